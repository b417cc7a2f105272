import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { SiteHeader } from '@/components/layout/site-header';
import { SiteFooter } from '@/components/layout/site-footer';
import { SkipLinks } from '@/components/layout/skip-links';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Cyber Due Diligence Positions Tracker', template: '%s · Cyber Due Diligence Tracker' },
  description: "States' positions on due diligence in cyberspace, coded per dated document, each value backed by the actor's own words.",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <SkipLinks />
        <SiteHeader />
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
