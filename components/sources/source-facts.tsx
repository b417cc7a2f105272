import type { SourceMeta } from '@/db/queries/sources';
import { formatPartialDate } from '@/lib/domain/dates';
import { formatBytes } from '@/lib/sources/limits';
import { SOURCE_KIND_LABELS, SOURCE_PROVENANCE_LABELS, SOURCE_UNIT_LABELS } from '@/lib/sources/vocabulary';

/**
 * What a reader needs to trust a stored source: the file, its SHA-256 (to compare with their own copy), where and
 * when it was obtained, who attached it, and the download — or, when it may not be redistributed, why not.
 */
export function SourceFacts({ source, downloadHref }: { source: SourceMeta; downloadHref: string }) {
  const units = `${source.unitCount} ${SOURCE_UNIT_LABELS[source.unitKind].toLowerCase()}${source.unitCount === 1 ? '' : 's'}`;
  return (
    <dl className="source-facts">
      <dt>File</dt>
      <dd>
        {source.fileName} ({SOURCE_KIND_LABELS[source.kind]}, {units}, {formatBytes(source.sizeBytes)})
      </dd>
      <dt>SHA-256</dt>
      <dd>
        <code className="source-hash">{source.sha256}</code>
      </dd>
      <dt>Obtained</dt>
      <dd>
        {formatPartialDate(source.obtainedOn)}
        {source.originalUrl && (
          <>
            {' '}
            from{' '}
            <a href={source.originalUrl} rel="noopener noreferrer">
              {source.originalUrl}
            </a>
          </>
        )}
      </dd>
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
