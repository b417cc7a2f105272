import { SourceWorkbench } from '@/components/sources/source-workbench';
import { SourceFileRows } from '@/components/sources/source-facts';
import type { ProposedSource } from '@/lib/editorial/payloads';
import type { ProposedSourceView } from '@/server/sources/proposed-source';

/**
 * The source file a proposal brings, as the reviewer checks it before approving: what the file is, where and when it
 * was obtained, whether readers will be offered it, and its text page by page (the desk's reading view, read only).
 */
export function ProposedSourceSection({ details, text }: { details: ProposedSource; text: ProposedSourceView | null }) {
  const f = details.file;
  return (
    <section aria-labelledby="proposed-source-h">
      <h2 id="proposed-source-h">The source file</h2>
      <dl className="source-facts">
        <SourceFileRows file={f} obtainedOn={details.obtainedOn} originalUrl={details.originalUrl} />
        <dt>Download</dt>
        <dd>
          {details.redistribution === null
            ? 'As usual for its issuer: offered for official government and UN documents, not otherwise.'
            : `${details.redistribution.allowed ? 'Offered' : 'Not offered'}: ${details.redistribution.reason}`}
        </dd>
        {text && text.pagesWithoutText.length > 0 && (
          <>
            <dt>No text</dt>
            <dd>Pages {text.pagesWithoutText.join(', ')} have no text layer (scanned).</dd>
          </>
        )}
      </dl>
      {text ? (
        <SourceWorkbench source={text} dimension="applicability" heading={`Its text: ${f.fileName}`} />
      ) : (
        <p className="notice">The file of this proposal is missing: reject it and ask for it again.</p>
      )}
    </section>
  );
}
