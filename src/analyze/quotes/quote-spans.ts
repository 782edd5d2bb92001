// Finds quotation spans by scanning characters: wink splits sentences inside quotes, so quotes
// are matched on marks across sentence boundaries and, for multi-paragraph quotes, across blocks.
//
// Newsrooms quote with double marks (curly or straight), with doubled apostrophes ('' … '', the
// NYT archive style), and with single marks in headlines, decks and British-style copy. Single
// marks are also apostrophes (Trump’s, ’90s, officers’, rock ’n’ roll), so a single mark opens a
// quotation only at the start of a word and closes only at the end of one, and only when both ends
// are found in the same paragraph. Inside a quotation, marks of the other kind are a nested quote.

export interface QuoteSpan {
  /** Block the span is in. */
  block: number;
  /** Offsets of the opening mark and one past the closing mark (block end if unclosed). */
  open: number;
  close: number;
  /** The words between the marks, trimmed, without a trailing comma. */
  innerStart: number;
  innerEnd: number;
  /** Spans of one quotation that runs over several paragraphs share a chain number. */
  chain: number;
  /** Which marks: double (“…”, "…", ''…'') or single (‘…’, '…'). */
  marks: 'double' | 'single';
  /** True when the closing mark was found in this block (false: runs to the block's end). */
  closed: boolean;
}

export interface SpanBlock {
  text: string;
  start: number;
}

type MarkKind = 'double' | 'single';
interface Mark {
  at: number;
  width: number;
  kind: MarkKind;
  /** Can open / can close a quotation here (a straight mark can be either; position decides). */
  opens: boolean;
  closes: boolean;
}

const LETTER = /[\p{L}\p{N}]/u;
// Before an opening mark: start of text, space, an opening bracket, a dash, a slash or another mark.
const OPEN_CONTEXT = /[\s([{\u2014\u2013\-/“‘"'«„:]/;
// Elisions written with a leading apostrophe: not opening marks.
const ELISION = /^(em|til|tis|twas|cause|bout|round|n|ol|cept|fraid|nuff|sup)\b/i;

function isOpenPosition(text: string, i: number): boolean {
  return i === 0 || OPEN_CONTEXT.test(text[i - 1]);
}

/** Every character that can be a quotation mark in `text`, in order. */
function scanMarks(text: string): Mark[] {
  const marks: Mark[] = [];
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    const next = text[i + 1] ?? ' ';
    // A curly mark facing the wrong way is a typo: “ after a word and before a space closes
    // ("here,“ said"), ” after a space and before a word opens.
    const typoClose = c === '“' && i > 0 && !/\s/.test(text[i - 1]) && !OPEN_CONTEXT.test(text[i - 1]) && /[\s]/.test(next);
    const typoOpen = c === '”' && (i === 0 || /\s/.test(text[i - 1])) && LETTER.test(next);
    if (typoClose) marks.push({ at: i, width: 1, kind: 'double', opens: false, closes: true });
    else if (typoOpen) marks.push({ at: i, width: 1, kind: 'double', opens: true, closes: false });
    else if (c === '“' || c === '„' || c === '«') marks.push({ at: i, width: 1, kind: 'double', opens: true, closes: false });
    else if (c === '”' || c === '»') marks.push({ at: i, width: 1, kind: 'double', opens: false, closes: true });
    else if (c === '"') {
      const opens = isOpenPosition(text, i) && !/\s/.test(next);
      marks.push({ at: i, width: 1, kind: 'double', opens, closes: !opens });
    } else if (c === "'" && next === "'") {
      // Doubled apostrophes as a double mark; in ''' the apostrophe comes first when closing.
      const triple = text[i + 2] === "'";
      const opens = isOpenPosition(text, i) && !/\s/.test(text[i + 2] ?? ' ');
      if (triple && !opens) {
        marks.push({ at: i + 1, width: 2, kind: 'double', opens: false, closes: true });
        i += 2;
        continue;
      }
      marks.push({ at: i, width: 2, kind: 'double', opens, closes: !opens });
      i += 1;
    } else if (c === '‘' || c === "'" || c === '’') {
      const previous = i === 0 ? ' ' : text[i - 1];
      // Opening: a left mark (or a straight one) at the start of a word, not an elision or a year ('90s).
      const opens = c !== '’' && isOpenPosition(text, i) && (LETTER.test(next) || /[“"$]/.test(next)) && !ELISION.test(text.slice(i + 1, i + 6)) && !/^\d\d?s?\b/.test(text.slice(i + 1));
      // Closing: a right mark (or a straight one) at the end of a word or after its punctuation.
      const closes = c !== '‘' && !/\s/.test(previous) && !LETTER.test(next);
      if (opens || closes) marks.push({ at: i, width: 1, kind: 'single', opens, closes });
    }
  }
  return marks;
}

/** A single closing mark that is more likely a plural possessive ("the officers’ union"). */
function looksPossessive(text: string, mark: Mark): boolean {
  return text[mark.at - 1] === 's' && /^\s\p{Ll}/u.test(text.slice(mark.at + 1, mark.at + 3));
}

interface RawSpan {
  open: Mark;
  close: Mark | null;
  /** Where the quotation ends when it has no closing mark of its own (a typo: the next one opens first). */
  endsAt?: number;
}

/** Top-level quotations of one paragraph; nested quotes stay inside their outer quotation. */
function pairMarks(text: string, marks: Mark[]): RawSpan[] {
  const spans: RawSpan[] = [];
  let k = 0;
  while (k < marks.length) {
    const open = marks[k];
    if (!open.opens) {
      k += 1;
      continue;
    }
    const found = findClose(text, marks, k);
    if (found !== null && found.implicit) {
      spans.push({ open, close: null, endsAt: marks[found.index].at });
      k = found.index;
      continue;
    }
    const close = found?.index ?? null;
    if (close === null) {
      // An unclosed double quotation runs to the end of the paragraph (multi-paragraph quotes);
      // an unclosed single mark was an apostrophe.
      if (open.kind === 'double') {
        spans.push({ open, close: null });
        break;
      }
      k += 1;
      continue;
    }
    spans.push({ open, close: marks[close] });
    k = close + 1;
  }
  return spans;
}

/**
 * Index of the mark that closes the quotation opened at marks[k], or null. `implicit` when a new
 * opening double mark comes first: the quotation lacked its closing mark and ends there.
 */
function findClose(text: string, marks: Mark[], k: number): { index: number; implicit: boolean } | null {
  const open = marks[k];
  // Nested quotations of the other kind, opened and not yet closed.
  let nested = 0;
  let possessive: number | null = null;
  for (let j = k + 1; j < marks.length; j += 1) {
    const m = marks[j];
    if (m.kind !== open.kind) {
      if (m.opens && !m.closes) nested += 1;
      else if (m.closes && !m.opens && nested > 0) nested -= 1;
      else if (m.opens && m.closes) nested = nested > 0 ? nested - 1 : nested + 1;
      continue;
    }
    if (m.closes && m.at > open.at + open.width) {
      if (open.kind === 'single' && looksPossessive(text, m) && possessive === null) {
        possessive = j;
        continue;
      }
      return { index: j, implicit: false };
    }
    // A second opening double mark before any close: the first quotation was never closed (a typo).
    if (m.opens && open.kind === 'double' && !m.closes) return { index: j, implicit: true };
  }
  return possessive === null ? null : { index: possessive, implicit: false };
}

function innerRange(text: string, from: number, to: number): [number, number] {
  let s = from;
  let e = to;
  while (s < e && /\s/.test(text[s])) s += 1;
  while (e > s && /[\s,]/.test(text[e - 1])) e -= 1;
  return [s, e];
}

const opensParagraph = (text: string): boolean => {
  const t = text.trimStart();
  return /^[“„«"]/.test(t) || t.startsWith("''");
};

/** Quote spans of a sequence of blocks (in article order), with offsets into the article text. */
export function findQuoteSpans(blocks: SpanBlock[]): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let chain = 0;
  let carried = false;
  blocks.forEach((block, b) => {
    const { text } = block;
    if (!(carried && opensParagraph(text))) chain += 1;
    carried = false;
    const raw = pairMarks(text, scanMarks(text));
    raw.forEach((r, i) => {
      if (i > 0) chain += 1;
      const closeAt = r.close ? r.close.at : (r.endsAt ?? text.length);
      const [s, e] = innerRange(text, r.open.at + r.open.width, closeAt);
      // A single-marked "quotation" of one letter is rock 'n' roll, not a quote.
      if (e <= s || (r.open.kind === 'single' && !/[\p{L}\p{N}]{2}/u.test(text.slice(s, e)))) return;
      spans.push({
        block: b, open: block.start + r.open.at, close: block.start + (r.close ? r.close.at + r.close.width : closeAt),
        innerStart: block.start + s, innerEnd: block.start + e, chain, marks: r.open.kind, closed: r.close !== null,
      });
    });
    const last = raw.at(-1);
    if (last && !last.close && last.endsAt === undefined) {
      // The next paragraph may continue the quotation (opening mark on each, closing on the last).
      const next = blocks[b + 1]?.text;
      carried = next !== undefined && opensParagraph(next);
    }
  });
  return spans;
}
