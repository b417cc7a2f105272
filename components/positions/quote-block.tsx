/** The actor's own words with where they stand, and the document they come from. */
export function QuoteBlock({ quote, locator, sourceUrl }: { quote: string; locator: string; sourceUrl?: string | null }) {
  return (
    <figure className="quote">
      <blockquote cite={sourceUrl ?? undefined}>
        <p>&ldquo;{quote}&rdquo;</p>
      </blockquote>
      <figcaption>{locator}</figcaption>
    </figure>
  );
}
