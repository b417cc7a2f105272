import Link from 'next/link';
import { actorsHref } from '@/lib/url/hrefs';

/** An unknown document in /sources/[document]. */
export default function SourceNotFound() {
  return (
    <>
      <h1>Document not found</h1>
      <p>
        The tracker has no document at this address, so no source to read. Documents are listed on each actor&rsquo;s page: see{' '}
        <Link href={actorsHref()}>the actors</Link>.
      </p>
    </>
  );
}
