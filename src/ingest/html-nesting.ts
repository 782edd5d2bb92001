// A guard run on a page's HTML before it is parsed. Broken or hostile pages can nest elements thousands
// deep (an unclosed <div> in a loop, <b><i> repeated). parse5 checks element scopes against the whole
// stack of open elements, so parsing time grows with the square of the depth (8,000 nested <div>s took
// over a second, 20,000 a minute), and cheerio's and the block walk's recursion overflow the stack past
// a few thousand levels. Browsers cap the tree depth too (Chromium at 512). Opening tags beyond
// MAX_NESTING are dropped; every word of text is kept. Linear in the length of the page.

/** Deepest element nesting kept; far above what real article pages use. */
export const MAX_NESTING = 256;

// Elements that never hold children, and elements a new sibling closes implicitly (`<p><p>` is two
// paragraphs, not one inside the other): neither adds a level.
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'keygen', 'basefont', 'bgsound', 'frame', 'image']);
const SIBLING_CLOSED = new Set(['p', 'li', 'dt', 'dd', 'option', 'optgroup', 'tr', 'td', 'th', 'tbody', 'thead', 'tfoot', 'rb', 'rp', 'rt', 'rtc', 'colgroup', 'caption', 'html', 'head', 'body']);
/** Their content is text, not markup: a `<div>` inside a script is not an element. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript', 'plaintext']);
const TAG_NAME = /^<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)/;
/** Inside these, `<x/>` closes itself; in HTML proper the slash is ignored and `<div/>` opens a div. */
const FOREIGN = new Set(['svg', 'math']);

const nests = (name: string) => !VOID.has(name) && !SIBLING_CLOSED.has(name);

/** `html` with the opening tags that would nest deeper than `max` removed (the same string when none do). */
export function limitNesting(html: string, max = MAX_NESTING): string {
  const kept: string[] = [];
  let copiedTo = 0;
  let depth = 0;
  let foreign = 0;
  let i = 0;
  for (;;) {
    const lt = html.indexOf('<', i);
    if (lt < 0) break;
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      if (end < 0) break;
      i = end + 3;
      continue;
    }
    // No `>` anywhere after this point means no more tags: stop rather than search again per `<`.
    const gt = html.indexOf('>', lt + 1);
    if (gt < 0) break;
    const tag = TAG_NAME.exec(html.slice(lt, Math.min(gt + 1, lt + 80)));
    if (!tag) {
      i = lt + 1;
      continue;
    }
    const name = tag[2].toLowerCase();
    i = gt + 1;
    if (tag[1] === '/') {
      if (nests(name)) depth = Math.max(0, depth - 1);
      if (FOREIGN.has(name)) foreign = Math.max(0, foreign - 1);
      continue;
    }
    if (RAW_TEXT.has(name)) {
      const close = new RegExp(`</${name}[\\s/>]`, 'gi');
      close.lastIndex = i;
      const found = close.exec(html);
      if (!found) break;
      i = found.index + 2;
      continue;
    }
    if (!nests(name) || (foreign > 0 && html[gt - 1] === '/')) continue;
    if (depth < max) {
      depth += 1;
      if (FOREIGN.has(name)) foreign += 1;
      continue;
    }
    kept.push(html.slice(copiedTo, lt));
    copiedTo = gt + 1;
  }
  if (copiedTo === 0) return html;
  kept.push(html.slice(copiedTo));
  return kept.join('');
}
