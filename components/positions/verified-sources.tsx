/** The pages where a record was checked, as links. */
export function VerifiedSources({ urls, className }: { urls: readonly string[]; className?: string }) {
  if (urls.length === 0) return <span className="muted">No verification source recorded</span>;
  return (
    <ul className={className}>
      {urls.map((u) => (
        <li key={u}>
          <a href={u} rel="noopener noreferrer">
            {u}
          </a>
        </li>
      ))}
    </ul>
  );
}
