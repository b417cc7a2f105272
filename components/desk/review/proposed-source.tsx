import { SourceWorkbench } from '@/components/sources/source-workbench';
import { formatPartialDate } from '@/lib/domain/dates';
import type { ProposedSource } from '@/lib/editorial/payloads';
import { formatBytes } from '@/lib/sources/limits';
import { SOURCE_KIND_LABELS, SOURCE_UNIT_LABELS } from '@/lib/sources/vocabulary';
import type { ProposedSourceView } from '@/server/sources/proposed-source';

/**
 * The source file a proposal brings, as the reviewer checks it before approving: what the file is, where and when it
 * was obtained, whether readers will be offered it, and its text page by page (the desk's reading view, read only).
 */
export function ProposedSourceSection({ details, text }: { details: ProposedSource; text: ProposedSourceView | null }) {
  const f = details.file;
  const units = `${f.unitCount} ${SOURCE_UNIT_LABELS[f.unitKind].toLowerCase()}${f.unitCount === 1 ? '' : 's'}`;
  return (
    <section aria-labelledby="proposed-source-h">
      <h2 id="proposed-source-h">The source file</h2>
      <dl className="source-facts">
        <dt>File</dt>
        <dd>
          {f.fileName} ({SOURCE_KIND_LABELS[f.kind]}, {units}, {formatBytes(f.sizeBytes)})
        </dd>
        <dt>SHA-256</dt>
        <dd>
          <code className="source-hash">{f.sha256}</code>
        </dd>
        <dt>Obtained</dt>
        <dd>
          {formatPartialDate(details.obtainedOn)}
          {details.originalUrl && (
            <>
              {' '}
              from{' '}
              <a href={details.originalUrl} rel="noopener noreferrer">
                {details.originalUrl}
              </a>
            </>
          )}
        </dd>
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
