/** Official link and archived copy of a document; both when both exist. */
export function SourceLinks({ url, archiveUrl, title }: { url: string | null; archiveUrl: string | null; title: string }) {
  if (!url && !archiveUrl) return <span className="muted">No official link known</span>;
  return (
    <span className="source-links">
      {url && (
        <a href={url} rel="noopener noreferrer" aria-label={`Official source: ${title}`}>
          Official source
        </a>
      )}
      {url && archiveUrl && ' · '}
      {archiveUrl && (
        <a href={archiveUrl} rel="noopener noreferrer" aria-label={`Archived copy: ${title}`}>
          Archived copy
        </a>
      )}
    </span>
  );
}
