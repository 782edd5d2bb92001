// The frame shared by the story pages and the index: one self-contained HTML file. The policy forbids
// every fetch and every script, so even a mistake elsewhere could not make the page load or run anything.
import { esc } from './escape.js';
import { PAGE_CSS } from './style.js';

/** The first bytes of every story page framelens writes: how a later run knows the file is its own. */
export const STORY_HTML_MARKER = '<!DOCTYPE html>\n<!-- framelens story report -->\n';
export const INDEX_HTML_MARKER = '<!DOCTYPE html>\n<!-- framelens index -->\n';

export function page(marker: string, title: string, body: string): string {
  return `${marker}<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="referrer" content="no-referrer">
<title>${esc(title)}</title>
<style>${PAGE_CSS}</style>
</head>
<body>
${body}
</body>
</html>
`;
}
