// A quotation as readers count it: the pieces a newsroom splits one quotation into (“A,” she said,
// “B.”; a quotation running over several paragraphs) joined into one record. The pieces stay the
// findings the other analyses read (the attribution between them is the outlet's own voice); this is
// the view `extract --json` and the report show.
import { append } from '../../collections.js';
import type { QuoteFinding } from '../../types.js';

export interface QuotePiece {
  text: string;
  start: number;
  end: number;
}

export interface Quotation extends QuoteFinding {
  /** Each piece as written, with exact offsets; one piece for an unbroken quotation. */
  pieces: QuotePiece[];
}

/** Joins the text of the pieces of one quotation: the ellipsis marks what stands between them. */
export const PIECE_JOINER = ' … ';

export function quotations(pieces: readonly QuoteFinding[]): Quotation[] {
  const groups = new Map<number, QuoteFinding[]>();
  for (const p of pieces) append(groups, p.quotation, p);
  return [...groups.values()].map((group): Quotation => {
    const sorted = [...group].sort((a, b) => a.start - b.start);
    const first = sorted.find((p) => p.speaker !== null) ?? sorted[0];
    return {
      ...first,
      quoteKind: sorted.some((p) => p.quoteKind === 'speech') ? 'speech' : 'term',
      text: sorted.map((p) => p.text).join(PIECE_JOINER),
      start: sorted[0].start,
      end: sorted.at(-1)!.end,
      where: sorted[0].where,
      words: sorted.reduce((n, p) => n + p.words, 0),
      pieces: sorted.map((p) => ({ text: p.text, start: p.start, end: p.end })),
    };
  }).sort((a, b) => a.start - b.start);
}
