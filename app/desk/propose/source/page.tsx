import type { Metadata } from 'next';
import Link from 'next/link';
import { SourceForm } from '@/components/desk/source-form';
import { formatPartialDate, todayIso } from '@/lib/domain/dates';
import { actorHref, deskVerifyHref } from '@/lib/url/hrefs';
import type { SearchParams } from '@/lib/url/search-params';
import { proposeSourceAction } from '@/server/desk/actions/propose-source';
import { loadProposeSource } from '@/server/desk/views/propose-source';

export const metadata: Metadata = { title: 'Attach the source file' };

/** "Attach the source file" of a tracked document: reviewed like every other change before anyone reads it. */
export default async function ProposeSourcePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const view = await loadProposeSource(await searchParams);
  if (!view.found) {
    return (
      <>
        <h1>Attach the source file</h1>
        <p className="notice">
          No such document. Start from the <Link href={deskVerifyHref()}>verification queue</Link> or the document&apos;s card on its actor&apos;s page.
        </p>
      </>
    );
  }
  const { document, authors, current } = view;
  return (
    <>
      <h1>Attach the source file of “{document.title}”</h1>
      <p className="lede">
        {authors.map((a, i) => (
          <span key={a.slug}>
            {i > 0 && ', '}
            <Link href={actorHref(a.slug, { document: document.slug })}>{a.name}</Link>
          </span>
        ))}{' '}
        · {formatPartialDate(document.date)}. The file is checked when you submit; a reviewer other than you reads its text and approves it before it is stored,
        searchable and offered to readers.
      </p>
      <SourceForm
        action={proposeSourceAction}
        documentSlug={document.slug}
        today={todayIso()}
        replaces={current ? `${current.fileName} (SHA-256 ${current.sha256.slice(0, 12)}…)` : null}
      />
    </>
  );
}
