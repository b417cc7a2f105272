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
        Whoever runs the database attaches the file (PDF, DOCX, HTML or text) with <code>npm run source:add -- {documentSlug} &lt;file&gt;</code>; then reload
        this page.
      </p>
    </section>
  );
}
