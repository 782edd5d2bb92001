// Plain text and Markdown to blocks. Each line is a block, except that hard-wrapped lines of
// one paragraph are joined: a single newline never ends a sentence for wink, so a block must
// never span two real paragraphs or two headline-like lines.
import type { BlockHint, PageMeta, RawBlock, SourceDocument } from '../types.js';
import { readsAsProse, titleCaseShare } from '../headline-style.js';

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

const MAX_TITLE_WORDS = 25;

const wordCount = (line: string) => (line.match(/\S+/g) ?? []).length;

/**
 * A sentence-case line that ends like a sentence is a title only when short: headline style keeps
 * titles to a dozen words or so, while a lead or a summary sentence set on its own line runs longer.
 */
const MAX_SENTENCE_TITLE_WORDS = 12;

/**
 * The voice of running prose, rare in a title: the writer speaking to or for the reader ("we", "our",
 * "you", "I") outside a quotation, or an agency dateline opening the story ("(CNN)", "WASHINGTON (AP) —").
 */
function speaksInPerson(line: string): boolean {
  const unquoted = line.replace(/["“][^"”]*["”]/g, ' ');
  return /\b(we|our|us|you|your|i|my)\b/i.test(unquoted.replace(/\bU\.?S\.?\b/g, ' ')) || /^\(?[A-Z]{2,}\)?\s*[—–-]|^\([A-Z][A-Za-z]+\)\s/.test(line);
}

/**
 * Words that point back to something said before: a pronoun or a connective. A title is read first,
 * with nothing before it, so it does not open with one ("It won't be easy", "They made history",
 * "But the vote ..."); the first sentence of a story's second paragraph does.
 */
const LEANS_BACK = /^(it|it['’]s|its|they|they['’](re|ve|ll)|their|them|he|he['’]s|his|him|she|she['’]s|her|this|these|those|that['’]s|there['’]s|here['’]s|but|and|so|yet|still|also|instead|indeed|meanwhile|maybe|then|now)\b/i;
const leansOnContext = (line: string) => !/\?["”’)]*$/.test(line) && LEANS_BACK.test(line.replace(/^["“‘']/, ''));

/**
 * The next paragraph carries on from the line above with a personal pronoun or a connective ("Ginsburg
 * regrets her remarks." / "She said ..."): the line is the story's first sentence, set apart. After a
 * title the story starts afresh and names what it is about. Not "it" or "they": a lead can open with
 * them pointing forward ("It takes 2,383 delegates to win", "They have a job title that ...").
 * A question is exempt from the opening-word test ("So how's the middle class, really?").
 */
const continuedBy = (next: string) => /^(he|she|his|her|their|them|but|and|so|yet|still|instead|indeed|also|then)\b/i.test(next.replace(/^["“‘']/, ''));

/**
 * A first line that ends like a sentence can still be a title: "How to Mend the Tax Code to Close
 * Trump's Loopholes." or "Could a rate rise derail the recovery?". It is one when it is short and
 * either set in title case, or set apart by a blank line above longer prose. A lead sentence that
 * runs straight into the next paragraph (the way a pasted article starts) stays body text, and so
 * does a first paragraph as long as a lead (over 20 words) unless it is in title case.
 */
export function periodTitle(first: string, following: readonly string[], gap: string): boolean {
  // The closing quotation mark can be an apostrophe or two ('', the New York Times archive's): "... 'top secret.'".
  if (!/[.?!]["”’')]*$/.test(first) || /\.\.\.$|…$/.test(first)) return false;
  const words = wordCount(first);
  if (words < 3 || words > MAX_TITLE_WORDS) return false;
  // At most two sentences ("Sanders Suffered A Big Blow. Here's His Plan."), and two only when short.
  const sentences = (first.slice(0, -1).match(/[.!?]["”’)]*\s+["“‘']?\p{Lu}/gu) ?? []).length + 1;
  if (sentences > 2 || (sentences === 2 && words > 15)) return false;
  if (titleCaseShare(first) >= 0.8 && words >= 4) return true;
  const blankLineAfter = (gap.match(/\n/g) ?? []).length >= 2;
  // Longer prose within the next three blocks ("ABSTRACT." or a dateline can come first).
  const longer = following.slice(0, 3).some((block) => wordCount(block) >= Math.max(20, 2 * words));
  // A lead is a built sentence: a clause set off by a comma in a longer line, or someone quoted
  // with "says"/"said". A title is rarely either.
  const built = (words > 12 && first.includes(',')) || /["“”].*\b(says|said)\b|\b(says|said)\b.*["“”]/i.test(first) || speaksInPerson(first);
  return blankLineAfter && words <= MAX_SENTENCE_TITLE_WORDS && sentences === 1 && longer && !built && !readsAsProse(first) && !leansOnContext(first) && !continuedBy(following[0] ?? '');
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
  const [first, second] = blocks;
  if (first && !first.hint && periodTitle(first.text, blocks.slice(1, 4).map((b) => b.text), text.slice(first.end, second?.start ?? text.length))) first.hint = 'h1';
  return { file, format: 'text', text, blocks, meta: EMPTY_META };
}
