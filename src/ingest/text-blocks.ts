// Plain text and Markdown to blocks. Each line is a block, except that hard-wrapped lines of
// one paragraph are joined: a single newline never ends a sentence for wink, so a block must
// never span two real paragraphs or two headline-like lines.
import type { BlockHint, PageMeta, RawBlock, SourceDocument } from '../types.js';

export const EMPTY_META: PageMeta = { title: null, ogTitle: null, siteName: null, author: null, published: null, description: null };

interface Line {
  start: number;
  end: number;
  text: string;
  hint?: BlockHint;
}

const ENDS_SENTENCE = /[.!?:;"”’)\]]$/;
const STARTS_LOWER = /^[a-z(]/;
const BULLET = /^(?:[•*·▪◦‣-]|\d{1,2}[.)])\s+/;

function splitLines(text: string, markdown: boolean): Line[] {
  const lines: Line[] = [];
  const pattern = /[^\r\n]+/g;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    let start = match.index;
    let end = start + match[0].length;
    while (start < end && /\s/.test(text[start])) start += 1;
    while (end > start && /\s/.test(text[end - 1])) end -= 1;
    if (start === end) continue;
    let hint: BlockHint | undefined;
    let body = text.slice(start, end);
    if (markdown) {
      const heading = /^(#{1,6})\s+/.exec(body);
      if (heading) {
        hint = heading[1].length === 1 ? 'h1' : 'heading';
        start += heading[0].length;
        body = text.slice(start, end);
      }
    }
    const bullet = BULLET.exec(body);
    if (bullet && !hint) {
      hint = 'list-item';
      start += bullet[0].length;
      body = text.slice(start, end);
    }
    lines.push({ start, end, text: body, hint });
  }
  return lines;
}

/** True when `next` continues the paragraph of `line` (hard-wrapped text). */
function continues(text: string, line: Line, next: Line): boolean {
  if (next.hint || line.hint) return false;
  const between = text.slice(line.end, next.start);
  if ((between.match(/\n/g) ?? []).length !== 1) return false;
  return !ENDS_SENTENCE.test(line.text) && STARTS_LOWER.test(next.text);
}

export function textToDocument(file: string, text: string, markdown = false): SourceDocument {
  const lines = splitLines(text, markdown);
  const blocks: RawBlock[] = [];
  for (const line of lines) {
    const previous = blocks.at(-1);
    const previousLine: Line | undefined = previous && { start: previous.start, end: previous.end, text: previous.text, hint: previous.hint };
    if (previous && previousLine && continues(text, previousLine, line)) {
      previous.end = line.end;
      previous.text = text.slice(previous.start, line.end);
      continue;
    }
    blocks.push(line.hint ? { text: line.text, start: line.start, end: line.end, hint: line.hint } : { text: line.text, start: line.start, end: line.end });
  }
  return { file, format: 'text', text, blocks, meta: EMPTY_META };
}
