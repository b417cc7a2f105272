import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ReleaseNotes } from '@/components/data/release-notes';

describe('ReleaseNotes', () => {
  it('renders Markdown but never raw HTML or script links', () => {
    const html = renderToStaticMarkup(
      <ReleaseNotes
        markdown={
          '# Changelog\n\n## Version 1.1 (2026-12-01)\n\n- **Codebook** `political_support`\n\n<script>alert(1)</script>\n\n<b onclick="x()">bold</b> [link](javascript:alert(1)) ![i](http://x/y.png)\n'
        }
      />,
    );
    expect(html).toContain('<h3>Version 1.1 (2026-12-01)</h3>');
    expect(html).toContain('<strong>Codebook</strong>');
    expect(html).toContain('<code>political_support</code>');
    expect(html).not.toMatch(/<script|onclick|javascript:|<img|<h1/);
  });
});
