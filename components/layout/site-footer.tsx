import Link from 'next/link';

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <p>
        Positions are coded from each actor&apos;s own documents; quotes are the actor&apos;s words, summaries are ours. See{' '}
        <Link href="/method">the method</Link> for the codebook, the as-of rule and confidence levels.
      </p>
    </footer>
  );
}
