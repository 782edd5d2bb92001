// Whose words a mention sits in: the outlet's own, a direct quotation's, or reported speech's.
import type { AttributionFinding, QuoteFinding } from '../types.js';

export type ToneVoice = 'own' | 'quoted' | 'reported';

export interface VoiceContext {
  quotes: readonly QuoteFinding[];
  attributions: readonly AttributionFinding[];
}

export interface VoiceOf {
  voice: ToneVoice;
  /** The quotation's speaker or the attribution's source; null for the outlet's own voice. */
  holder: string | null;
}

interface Span { start: number; end: number; holder: string | null }

/** Spans sorted by start, for a binary search per mention (no scan of every quote per mention). */
export class VoiceIndex {
  private readonly quotes: Span[];
  private readonly reported: Span[];

  constructor(context: VoiceContext) {
    const byStart = (a: Span, b: Span) => a.start - b.start || b.end - a.end;
    this.quotes = context.quotes.filter((q) => q.quoteKind === 'speech').map((q) => ({ start: q.start, end: q.end, holder: q.speaker })).sort(byStart);
    this.reported = context.attributions
      .filter((a) => a.contentStart !== undefined && a.contentEnd !== undefined)
      .map((a) => ({ start: a.contentStart as number, end: a.contentEnd as number, holder: a.source }))
      .sort(byStart);
  }

  /** The innermost span holding [start, end): the last one starting at or before it that reaches its end. */
  private static holding(spans: readonly Span[], start: number, end: number): Span | null {
    let lo = 0, hi = spans.length - 1, last = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (spans[mid].start <= start) { last = mid; lo = mid + 1; } else hi = mid - 1;
    }
    // Spans rarely nest; a few steps back cover a quotation piece inside a longer one.
    for (let i = last; i >= 0 && i > last - 4; i -= 1) if (spans[i].start <= start && spans[i].end >= end) return spans[i];
    return null;
  }

  of(start: number, end: number): VoiceOf {
    const quote = VoiceIndex.holding(this.quotes, start, end);
    if (quote) return { voice: 'quoted', holder: quote.holder };
    const reported = VoiceIndex.holding(this.reported, start, end);
    if (reported) return { voice: 'reported', holder: reported.holder };
    return { voice: 'own', holder: null };
  }

  /** Quotation and reported-speech spans that overlap [start, end), for the clause layout of a sentence. */
  heldIn(start: number, end: number): [number, number][] {
    const overlapping = (spans: readonly Span[]) => {
      const out: [number, number][] = [];
      // Spans are sorted by start: stop at the first one starting past the sentence.
      for (const s of spans) {
        if (s.start >= end) break;
        if (s.end > start) out.push([s.start, s.end]);
      }
      return out;
    };
    return [...overlapping(this.quotes), ...overlapping(this.reported)];
  }
}
