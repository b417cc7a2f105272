import Link from 'next/link';

const NAV = [
  { href: '/actors', label: 'Actors' },
  { href: '/compare', label: 'Compare' },
  { href: '/map', label: 'Map' },
  { href: '/dimensions', label: 'Dimensions' },
  { href: '/timeline', label: 'Timeline' },
  { href: '/changes', label: 'Changes' },
  { href: '/briefing', label: 'Briefing' },
  { href: '/method', label: 'Method' },
  { href: '/data', label: 'Data' },
];

/** Title, the main pages and a search box on every page (a plain GET form to /search, so it works without script). */
export function SiteHeader() {
  return (
    <header className="site-header">
      <Link href="/" className="site-title">
        Cyber Due Diligence <span>Positions Tracker</span>
      </Link>
      <nav aria-label="Main">
        <ul>
          {NAV.map((item) => (
            <li key={item.href}>
              <Link href={item.href}>{item.label}</Link>
            </li>
          ))}
        </ul>
      </nav>
      {/* Named without "document" or "quote", words the desk's and filters' own fields use, so a label never
          points to two controls. */}
      <form role="search" action="/search" method="get" className="site-search" aria-label="Site search">
        <label htmlFor="site-search-q" className="visually-hidden">
          Search the tracker
        </label>
        <input id="site-search-q" type="search" name="q" placeholder="Search the tracker" />
        <button type="submit">Search</button>
      </form>
    </header>
  );
}
