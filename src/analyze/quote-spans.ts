// Finds quotation spans by scanning characters: wink splits sentences inside quotes, so quotes
// are matched on marks across sentence boundaries and, for multi-paragraph quotes, across blocks.

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
}

const OPENERS = new Set(['“', '„', '«']);
const CLOSERS = new Set(['”', '»']);
const STRAIGHT = '"';

function opensHere(text: string, i: number): boolean {
  const before = i === 0 ? ' ' : text[i - 1];
  return /[\s([{\u2014\u2013-]/.test(before);
}

export interface SpanBlock {
  text: string;
  start: number;
}

/** Quote spans of a sequence of blocks (in article order), with offsets into the article text. */
export function findQuoteSpans(blocks: SpanBlock[]): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let chain = 0;
  let carried = false;
  blocks.forEach((block, b) => {
    const { text } = block;
    let openAt = -1;
    const push = (open: number, close: number, closeMark: number) => {
      let s = open + 1;
      let e = closeMark;
      while (s < e && /\s/.test(text[s])) s += 1;
      while (e > s && /[\s,]/.test(text[e - 1])) e -= 1;
      if (e > s) spans.push({ block: b, open: block.start + open, close: block.start + close, innerStart: block.start + s, innerEnd: block.start + e, chain });
    };
    const startsContinuation = carried && (OPENERS.has(text.trimStart()[0]) || text.trimStart()[0] === STRAIGHT);
    if (!startsContinuation) chain += 1;
    carried = false;
    for (let i = 0; i < text.length; i += 1) {
      const c = text[i];
      if (openAt < 0) {
        if (OPENERS.has(c) || (c === STRAIGHT && opensHere(text, i))) openAt = i;
      } else if (CLOSERS.has(c) || c === STRAIGHT) {
        push(openAt, i + 1, i);
        openAt = -1;
        chain += 1;
      }
    }
    if (openAt >= 0) {
      // An unclosed quote runs to the end of the paragraph; the next paragraph may continue it.
      push(openAt, text.length, text.length);
      const next = blocks[b + 1]?.text.trimStart()[0];
      carried = next !== undefined && (OPENERS.has(next) || next === STRAIGHT);
    }
  });
  return spans;
}
