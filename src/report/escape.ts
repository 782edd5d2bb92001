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

/**
 * Quoted article text: escaped, in curly quotes, shortened to `max` characters at a word boundary.
 * Double quotation marks inside become single ones, as a quotation within a quotation is written, so
 * a cited sentence that opens with a quotation does not read “““ and the citation's own closing mark
 * is the first ” after its opening one (the HTML view pairs them that way).
 */
export function cite(text: string, max = 160): string {
  const flat = nestQuotes(collapseWhitespace(text));
  const short = flat.length <= max ? flat : `${flat.slice(0, flat.lastIndexOf(' ', max) > max / 2 ? flat.lastIndexOf(' ', max) : max)}…`;
  return `“${md(short)}”`;
}

/** Double curly quotation marks -> single ones, character for character (offsets are kept). */
function nestQuotes(text: string): string {
  return text.replace(/“/g, '‘').replace(/”/g, '’');
}

/** An article's id as the reports cite it, `[003]`: escaped, since ids of hand-named files come from file names. */
export function ref(id: string): string {
  return `[${md(id)}]`;
}

/**
 * Text shown exactly as written, as a code span in a table cell (file names): the fence is longer than
 * any run of backticks inside, and `|` is escaped so it cannot end the cell.
 */
export function codeCell(text: string): string {
  const flat = collapseWhitespace(text).replace(/\|/g, '\\|');
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}
