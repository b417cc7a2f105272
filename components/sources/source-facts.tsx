import type { SourceMeta } from '@/db/queries/sources';
import { formatPartialDate } from '@/lib/domain/dates';
import { formatBytes } from '@/lib/sources/limits';
import { SOURCE_KIND_LABELS, SOURCE_PROVENANCE_LABELS, SOURCE_UNIT_LABELS } from '@/lib/sources/vocabulary';

/**
 * What a reader needs to trust a stored source: the file, its SHA-256 (to compare with their own copy), where and
 * when it was obtained, who attached it, and the download — or, when it may not be redistributed, why not.
 */
type SourceFile = Pick<SourceMeta, 'fileName' | 'kind' | 'unitKind' | 'unitCount' | 'sizeBytes' | 'sha256'>;

/**
 * The rows every view of a source file begins with — the file, its SHA-256, where and when it was obtained — on the
 * public source page and in the desk's review of a proposal that attaches one.
 */
export function SourceFileRows({ file, obtainedOn, originalUrl }: { file: SourceFile; obtainedOn: string; originalUrl: string | null }) {
  const units = `${file.unitCount} ${SOURCE_UNIT_LABELS[file.unitKind].toLowerCase()}${file.unitCount === 1 ? '' : 's'}`;
  return (
    <>
      <dt>File</dt>
      <dd>
        {file.fileName} ({SOURCE_KIND_LABELS[file.kind]}, {units}, {formatBytes(file.sizeBytes)})
      </dd>
      <dt>SHA-256</dt>
      <dd>
        <code className="source-hash">{file.sha256}</code>
      </dd>
      <dt>Obtained</dt>
      <dd>
        {formatPartialDate(obtainedOn)}
        {originalUrl && (
          <>
            {' '}
            from{' '}
            <a href={originalUrl} rel="noopener noreferrer">
              {originalUrl}
            </a>
          </>
        )}
      </dd>
    </>
  );
}

export function SourceFacts({ source, downloadHref }: { source: SourceMeta; downloadHref: string }) {
  return (
    <dl className="source-facts">
      <SourceFileRows file={source} obtainedOn={source.obtainedOn} originalUrl={source.originalUrl} />
      <dt>Attached</dt>
      <dd>
        {formatPartialDate(source.attachedAt.slice(0, 10))} by {source.attachedByLabel} — {SOURCE_PROVENANCE_LABELS[source.provenance]}
      </dd>
      <dt>Download</dt>
      <dd>
        {source.redistribute ? (
          <>
            <a href={downloadHref} download={source.fileName}>
              Download the stored file
            </a>{' '}
            <span className="muted">({source.redistributionReason})</span>
          </>
        ) : (
          <>Not offered: {source.redistributionReason}</>
        )}
      </dd>
      {source.pagesWithoutText.length > 0 && (
        <>
          <dt>No text</dt>
          <dd>
            Page{source.pagesWithoutText.length === 1 ? '' : 's'} {source.pagesWithoutText.join(', ')} of the file{' '}
            {source.pagesWithoutText.length === 1 ? 'has' : 'have'} no text layer (scanned), so {source.pagesWithoutText.length === 1 ? 'it is' : 'they are'}{' '}
            blank here.
          </dd>
        </>
      )}
    </dl>
  );
}
