/** Explains what was ignored or replaced in the URL, so a bad link degrades visibly instead of silently. */
export function Notices({ notices }: { notices: readonly string[] }) {
  if (notices.length === 0) return null;
  return (
    <div className="notice" role="status">
      {notices.length === 1 ? (
        <p>{notices[0]}</p>
      ) : (
        <ul>
          {notices.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
