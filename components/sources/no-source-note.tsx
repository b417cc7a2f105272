import Link from 'next/link';
import { proposeSourceHref } from '@/lib/url/hrefs';

/** The reading view's place when we hold no copy of the document: say so, and how a source gets attached. */
export function NoSourceNote({ documentSlug, url }: { documentSlug: string; url: string | null }) {
  return (
    <section className="notice" aria-labelledby="no-source-heading">
      <h2 id="no-source-heading">No stored source for this document</h2>
      <p>
        We hold no copy of this document, so there is no text to read and select beside the form, and its quotes cannot be checked against it.
        {url && (
          <>
            {' '}
            Read it at <a href={url}>{url}</a> and copy the quote exactly.
          </>
        )}
      </p>
      <p>
        <Link href={proposeSourceHref(documentSlug)}>Attach the source file</Link> (PDF, DOCX, HTML or text): once a reviewer approves it, its text is here.
        Whoever runs the database can also attach it with <code>npm run source:add -- {documentSlug} &lt;file&gt;</code>.
      </p>
    </section>
  );
}
