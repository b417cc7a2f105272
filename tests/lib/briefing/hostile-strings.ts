/**
 * Text that tries to become markup in a Markdown renderer: raw HTML, entities, links, images, footnotes, blocks, and
 * bare URLs whose GFM autolink would swallow the escape before an `<img>` (issue 22). Shared by the unit test of the
 * escaping and the hostile seed of the browser test.
 */
export const HOSTILE_STRINGS = [
  'Published at http://a.example/<img src=x onerror=alert(1)//> by the ministry.',
  'Published at http://a.example/\\<img src=x onerror=alert(1)//\\> by the ministry.',
  'See HTTPS://A.EXAMPLE/<svg onload=alert(1)> and https://a.example/(x)<img src=x onerror=alert(1)>.',
  'At https://a.example/x_<img src=x onerror=alert(1)>_ and https://a.example/?q=<script>alert(1)</script>&a=1',
  'Mirror www.a.example/<img src=x onerror=alert(1)> or ftp://a.example/<img src=x onerror=alert(1)>',
  'Write to mailto:x@a.example<img src=x onerror=alert(1)> or x@a.example<img src=x onerror=alert(1)>',
  '<script>alert(1)</script><img src=x onerror=alert(1)><iframe src="javascript:alert(1)"></iframe>',
  '<a href="javascript:alert(1)">click</a> <b onmouseover=alert(1)>bold</b> <!-- comment --> <style>*{}</style>',
  '&lt;img src=x onerror=alert(1)&gt; &#60;script&#62;alert(1)&#60;/script&#62; &#x3C;svg onload=alert(1)&#x3E;',
  '[click](javascript:alert(1)) ![x](https://a.example/x.png "t" onerror="alert(1)") [ref]: https://a.example/',
  '<https://a.example/"onmouseover="alert(1)> <javascript:alert(1)> <x@a.example>',
  '`<img src=x onerror=alert(1)>` ``code`` *emphasis* _under_ ~~strike~~ **strong**',
  'A footnote [^1] of our own, and [^x]: a definition',
  '| a | b | and a cell break',
  '# heading',
  '- list item',
  '1. numbered item',
  '> quote',
  '    indented code',
  'Line one\n<img src=x onerror=alert(1)>\n# injected heading',
  'A trailing backslash \\',
  'data:text/html,<script>alert(1)</script> javascript:alert(1) vbscript:msgbox(1)',
  'https://',
  'R&D, 5 < 6 > 4, a_b_c, snake_case and 2 * 3 stay readable.',
];
