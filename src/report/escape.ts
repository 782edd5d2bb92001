// Article text is untrusted: everything quoted from an article into Markdown goes through here,
// so a `|`, a backtick, raw HTML or a link in an article shows as text and cannot break a table.

import { collapseWhitespace } from '../text.js';

// `<` and `>` are already entities by the time this runs.
const MARKDOWN_SPECIAL = /[\\`*_{}[\]()#+!|~]/g;

/** Escapes text for a Markdown paragraph or table cell; newlines become spaces. */
export function md(text: string): string {
  return collapseWhitespace(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(MARKDOWN_SPECIAL, (c) => `\\${c}`);
}

/** Quoted article text: escaped, in curly quotes, shortened to `max` characters at a word boundary. */
export function cite(text: string, max = 160): string {
  const flat = collapseWhitespace(text);
  const short = flat.length <= max ? flat : `${flat.slice(0, flat.lastIndexOf(' ', max) > max / 2 ? flat.lastIndexOf(' ', max) : max)}…`;
  return `“${md(short)}”`;
}
