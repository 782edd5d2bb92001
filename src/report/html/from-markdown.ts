// The Markdown that markdown.ts writes -> HTML, for the comparison tables of the HTML page and for the
// index: the page shows the very sentences and tables of the Markdown report, with no second copy of
// the wording to drift apart. Only the constructs markdown.ts writes are read (headings, paragraphs,
// tables, "- " lists, **strong**, *emphasis*, code spans, backslash escapes, the entities escape.ts
// writes, <br> in table cells, links to reports, chart images); anything else shows as its characters.
// Every character of content goes through `esc`, so the result holds no markup an article made.
import { esc } from './escape.js';

export interface InlineOptions {
  /** The href for a bare `[id]` citation (an article column), or null to leave it as text. */
  citation?: (id: string) => string | null;
  /** The HTML for `![alt](src)`; default: nothing. */
  image?: (alt: string, src: string) => string;
  /**
   * The href for a quoted sentence “…” of at least QUOTE_LINK_WORDS words (the plain text inside the
   * marks, with a closing "…" when cut short), given the article the line is about (its first
   * citation, else the one of the paragraph above); null leaves it as text.
   */
  quote?: (text: string, subject: string | null) => string | null;
  /** The article a line without a citation of its own is about (set by blocksToHtml). */
  subject?: string | null;
}

/** Shorter quoted text is a term or a phrase ("illegal aliens"), found in many places: not linked. */
const QUOTE_LINK_WORDS = 6;

const ASCII_PUNCT = /[!-/:-@[-`{-~]/;
/** Characters that can start an inline construct; everything between them is plain text. */
const SPECIAL = /[\\&`*<![“]/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function entity(s: string, i: number): [string, number] | null {
  const m = /^&(?:([a-z]+)|#(\d{1,7})|#x([0-9a-f]{1,6}));/i.exec(s.slice(i, i + 12));
  if (!m) return null;
  const ch = m[1] !== undefined ? NAMED[m[1].toLowerCase()] : String.fromCodePoint(Number.parseInt(m[2] ?? m[3]!, m[2] !== undefined ? 10 : 16) || 0xfffd);
  return ch === undefined ? null : [ch, m[0].length];
}

/** Index just past the `]` that closes the `[` at `i`, skipping escapes and code spans; -1 if none. */
function closeBracket(s: string, i: number): number {
  let depth = 0;
  for (let j = i; j < s.length; j += 1) {
    const c = s[j];
    if (c === '\\') j += 1;
    else if (c === '`') {
      const run = /^`+/.exec(s.slice(j))![0].length;
      const close = s.indexOf('`'.repeat(run), j + run);
      if (close >= 0) j = close + run - 1;
    } else if (c === '[') depth += 1;
    else if (c === ']' && (depth -= 1) === 0) return j + 1;
  }
  return -1;
}

/** Plain text of inline Markdown (escapes and entities resolved, markers dropped): for alt text and ids. */
export function inlineText(s: string): string {
  return inline(s, {}).replace(/<[^>]*>/g, '').replace(/&(lt|gt|quot|#39|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&' })[e]!);
}

/** One line of inline Markdown -> HTML. */
export function inline(s: string, options: InlineOptions): string {
  let out = '';
  let strong = false;
  let em = false;
  // The article this line is about: its first citation, else the paragraph's.
  let subject = options.subject ?? null;
  let cited = false;
  for (let i = 0; i < s.length;) {
    const c = s[i];
    const close = c === '“' && options.quote ? s.indexOf('”', i + 1) : -1;
    if (close > i) {
      const inner = s.slice(i + 1, close);
      const text = inlineText(inner);
      const href = (text.match(/\S+/g) ?? []).length >= QUOTE_LINK_WORDS ? options.quote!(text, subject) : null;
      const html = `“${inline(inner, { ...options, quote: undefined })}”`;
      out += href ? `<a class="cited" href="${esc(href)}">${html}</a>` : html;
      i = close + 1;
    } else if (c === '“') {
      out += esc(c);
      i += 1;
    } else if (c === '\\' && i + 1 < s.length && ASCII_PUNCT.test(s[i + 1])) {
      out += esc(s[i + 1]);
      i += 2;
    } else if (c === '&' && entity(s, i)) {
      const [ch, length] = entity(s, i)!;
      out += esc(ch);
      i += length;
    } else if (c === '`') {
      const run = /^`+/.exec(s.slice(i))![0].length;
      let close = s.indexOf('`'.repeat(run), i + run);
      while (close >= 0 && s[close + run] === '`') close = s.indexOf('`'.repeat(run), close + run + 1);
      if (close < 0) {
        out += esc(s.slice(i, i + run));
        i += run;
        continue;
      }
      let code = s.slice(i + run, close).replace(/\\\|/g, '|');
      if (code.length > 1 && code.startsWith(' ') && code.endsWith(' ')) code = code.slice(1, -1);
      out += `<code>${esc(code)}</code>`;
      i = close + run;
    } else if (s.startsWith('**', i)) {
      out += strong ? '</strong>' : '<strong>';
      strong = !strong;
      i += 2;
    } else if (c === '*') {
      out += em ? '</em>' : '<em>';
      em = !em;
      i += 1;
    } else if (s.startsWith('<br>', i)) {
      out += '<br>';
      i += 4;
    } else if ((c === '[' || (c === '!' && s[i + 1] === '[')) && closeBracket(s, c === '!' ? i + 1 : i) > 0) {
      const open = c === '!' ? i + 1 : i;
      const after = closeBracket(s, open);
      const label = s.slice(open + 1, after - 1);
      const target = s[after] === '(' ? /^\(([^()\s]*)\)/.exec(s.slice(after)) : null;
      if (c === '!' && target) {
        out += options.image?.(inlineText(label), target[1]) ?? '';
        i = after + target[0].length;
      } else if (target && /^[a-z0-9-]+\.md$/i.test(target[1])) {
        // A link to a story report: the HTML page beside it.
        out += `<a href="${esc(target[1].replace(/\.md$/i, '.html'))}">${inline(label, options)}</a>`;
        i = after + target[0].length;
      } else {
        const href = target ? null : options.citation?.(inlineText(label)) ?? null;
        if (href && !cited) {
          subject = inlineText(label);
          cited = true;
        }
        out += href ? `<a class="cite" href="${esc(href)}">[${inline(label, options)}]</a>` : `[${inline(label, options)}]`;
        i = target ? after + target[0].length : after;
        // An unknown link target shows as its characters.
        if (target) out += esc(target[0]);
      }
    } else {
      // A run of plain characters up to the next one that may start a construct, escaped at once.
      SPECIAL.lastIndex = i + 1;
      const next = SPECIAL.exec(s)?.index ?? s.length;
      out += esc(s.slice(i, next));
      i = next;
    }
  }
  if (em) out += '</em>';
  if (strong) out += '</strong>';
  return out;
}

/** The cells of a table row `| a | b |`, split at the pipes that are not escaped. */
function cells(row: string): string[] {
  const body = row.trim().replace(/^\|/, '').replace(/\|$/, '');
  const out: string[] = [];
  let cell = '';
  for (let i = 0; i < body.length; i += 1) {
    if (body[i] === '\\' && i + 1 < body.length) {
      cell += body[i] + body[i + 1];
      i += 1;
    } else if (body[i] === '|') {
      out.push(cell.trim());
      cell = '';
    } else cell += body[i];
  }
  out.push(cell.trim());
  return out;
}

const isDivider = (line: string | undefined) => line !== undefined && /^\|(\s*:?-{3,}:?\s*\|)+\s*$/.test(line.trim());

/** Markdown blocks (separated by blank lines) -> HTML. `headingShift` moves heading levels down. */
/** The first `[id]` of a line that `citation` links: the article the line is about. */
function firstCitation(line: string, options: InlineOptions): string | null {
  for (const m of line.matchAll(/(?<!\\)\[([^\]\\]+)\](?!\()/g)) if (options.citation?.(m[1])) return m[1];
  return null;
}

export function blocksToHtml(markdown: string, options: InlineOptions & { headingShift?: number } = {}): string {
  const out: string[] = [];
  // A list of quoted sentences under "**[000]** own-voice tone ...:" is about [000].
  let subject: string | null = null;
  const about = (line: string) => ({ ...options, subject: firstCitation(line, options) ?? subject });
  for (const block of markdown.split(/\n{2,}/)) {
    const lines = block.split('\n').filter((l) => l.trim() !== '');
    if (lines.length === 0) continue;
    const heading = /^(#{1,6}) (.*)$/.exec(lines[0]);
    if (heading && lines.length === 1) {
      const level = Math.min(6, heading[1].length + (options.headingShift ?? 0));
      out.push(`<h${level}>${inline(heading[2], options)}</h${level}>`);
    } else if (lines[0].trim().startsWith('|') && isDivider(lines[1])) {
      const head = cells(lines[0]);
      const rows = lines.slice(2).map(cells);
      // Each body cell carries its column's name: on a narrow screen the rows stack, a cell under its name (style.ts).
      const labels = head.map((h) => ` data-label="${esc(inlineText(h))}"`);
      out.push(`<div class="table"><table><thead><tr>${head.map((h) => `<th>${inline(h, options)}</th>`).join('')}</tr></thead><tbody>${rows.map((r) => `<tr>${r.map((c, k) => (k === 0 && /^\*\*.*\*\*$/.test(c) ? `<th scope="row"${labels[k] ?? ''}>${inline(c.slice(2, -2), options)}</th>` : `<td${labels[k] ?? ''}>${inline(c, options)}</td>`)).join('')}</tr>`).join('')}</tbody></table></div>`);
    } else if (lines.every((l) => l.startsWith('- '))) {
      out.push(`<ul>${lines.map((l) => `<li>${inline(l.slice(2), about(l))}</li>`).join('')}</ul>`);
    } else {
      const line = lines.join(' ');
      out.push(`<p>${inline(line, about(line))}</p>`);
      subject = firstCitation(line, options) ?? subject;
    }
  }
  return out.join('\n');
}

/** A Markdown document -> its `## ` sections, each with its title and body (Markdown). */
export function sections(markdown: string): { title: string; body: string }[] {
  const parts = markdown.split(/^## /m).slice(1);
  return parts.map((p) => {
    const nl = p.indexOf('\n');
    return { title: p.slice(0, nl < 0 ? undefined : nl), body: nl < 0 ? '' : p.slice(nl + 1).trim() };
  });
}
