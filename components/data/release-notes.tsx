import Markdown, { type Components } from 'react-markdown';

/**
 * The CHANGELOG rendered from Markdown without raw HTML: react-markdown builds React elements (no innerHTML), and
 * `skipHtml` drops any HTML written in the file; its default URL filter drops javascript: and similar links.
 * Headings move down one level so they sit under the page's own h1 and h2.
 */
const components: Components = {
  // The file's own title ("Changelog — …") repeats the section heading.
  h1: () => null,
  h2: ({ children }) => <h3>{children}</h3>,
  h3: ({ children }) => <h4>{children}</h4>,
  h4: ({ children }) => <h5>{children}</h5>,
  h5: ({ children }) => <h6>{children}</h6>,
  img: () => null,
};

export function ReleaseNotes({ markdown }: { markdown: string }) {
  return (
    <div className="release-notes">
      <Markdown skipHtml components={components}>
        {markdown}
      </Markdown>
    </div>
  );
}
