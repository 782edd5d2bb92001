// Who is quoted across a story's articles, and which quotations are the same words.
import type { ArticleAnalysis } from '../analyze/index.js';
import type { QuoteFinding } from '../types.js';
import { articleId } from './ids.js';

/** Share of the shorter quote's words that the other must contain for the two to match. */
export const QUOTE_MATCH_CONTAINMENT = 0.6;
export const QUOTE_MATCH_MIN_WORDS = 4;

export interface SharedQuote {
  /** Article id -> the quote as that article gives it. */
  byArticle: Record<string, QuoteFinding>;
  speaker: string | null;
  /** Shared words / words of the shorter quote. */
  overlap: number;
}

export interface SpeakerRow {
  speaker: string;
  /** Article id -> words of this speaker the article quotes directly. */
  words: Record<string, number>;
  quotedBy: string[];
}

const wordsOf = (text: string) => text.toLowerCase().replace(/[’']/g, "'").match(/[\p{L}\p{N}']+/gu) ?? [];

export function quoteOverlap(a: string, b: string): { shared: number; containment: number } {
  const wa = new Set(wordsOf(a));
  const wb = new Set(wordsOf(b));
  const shared = [...wa].filter((w) => wb.has(w)).length;
  return { shared, containment: shared / Math.max(1, Math.min(wa.size, wb.size)) };
}

export function matchQuotes(articles: readonly ArticleAnalysis[]): SharedQuote[] {
  const shared: SharedQuote[] = [];
  articles.forEach((a, i) => {
    for (const q of a.quotes.filter((x) => x.quoteKind === 'speech')) {
      for (const b of articles.slice(i + 1)) {
        for (const r of b.quotes.filter((x) => x.quoteKind === 'speech')) {
          const { shared: n, containment } = quoteOverlap(q.text, r.text);
          if (n < QUOTE_MATCH_MIN_WORDS || containment < QUOTE_MATCH_CONTAINMENT) continue;
          // One outlet may split a quotation that another gives whole: keep them in one row.
          const existing = shared.find((s) => Object.values(s.byArticle).some((x) => x === q || x === r));
          const ida = articleId(a.article.file);
          const idb = articleId(b.article.file);
          if (existing) {
            existing.byArticle[ida] ??= q;
            existing.byArticle[idb] ??= r;
          }
          else shared.push({ byArticle: { [ida]: q, [idb]: r }, speaker: q.speaker ?? r.speaker, overlap: Math.round(containment * 100) / 100 });
        }
      }
    }
  });
  return shared;
}

/** Speakers down the side, articles across: words of direct speech each article gives them. */
export function speakerTable(articles: readonly ArticleAnalysis[]): SpeakerRow[] {
  const ids = articles.map((a) => articleId(a.article.file));
  const rows = new Map<string, SpeakerRow>();
  articles.forEach((a, i) => {
    for (const q of a.quotes) {
      if (q.quoteKind !== 'speech') continue;
      const speaker = q.speaker ?? '(unknown speaker)';
      const row = rows.get(speaker) ?? { speaker, words: Object.fromEntries(ids.map((id) => [id, 0])), quotedBy: [] };
      row.words[ids[i]] += q.words;
      if (!row.quotedBy.includes(ids[i])) row.quotedBy.push(ids[i]);
      rows.set(speaker, row);
    }
  });
  const total = (r: SpeakerRow) => Object.values(r.words).reduce((x, y) => x + y, 0);
  return [...rows.values()].sort((a, b) => total(b) - total(a) || a.speaker.localeCompare(b.speaker));
}
