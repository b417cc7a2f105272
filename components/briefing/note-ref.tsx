/** A superscript link to note `n`; `first` marks the place the note's back-link returns to; `comma` separates it from the one before. */
export function NoteRef({ n, first = false, comma = false }: { n: number; first?: boolean; comma?: boolean }) {
  return (
    <sup>
      {comma && ','}
      <a href={`#fn-${n}`} id={first ? `fnref-${n}` : undefined} aria-label={`Note ${n}`}>
        {n}
      </a>
    </sup>
  );
}
