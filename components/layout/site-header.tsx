import Link from 'next/link';

const NAV = [
  { href: '/actors', label: 'Actors' },
  { href: '/compare', label: 'Compare' },
  { href: '/map', label: 'Map' },
  { href: '/timeline', label: 'Timeline' },
  { href: '/changes', label: 'Changes' },
  { href: '/briefing', label: 'Briefing' },
  { href: '/search', label: 'Search' },
  { href: '/method', label: 'Method' },
  { href: '/data', label: 'Data' },
];

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
    </header>
  );
}
