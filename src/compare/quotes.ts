// Who is quoted across a story's articles, and which quotations are the same words.
// Both run through indexes (speaker names, an inverted index of quotation words), so a story's
// cost grows with its words, not with the pairs of quotations of every pair of articles.
import type { ArticleAnalysis } from '../analyze/index.js';
import type { QuoteFinding } from '../types.js';
import { articleId } from './ids.js';
import { canonicalSpeakers } from './speakers.js';

/** Share of the shorter quote's words that the other must contain for the two to match. */
export const QUOTE_MATCH_CONTAINMENT = 0.6;
export const QUOTE_MATCH_MIN_WORDS = 4;
/** A word in more quotations than this finds no candidates ("the", "we"); rarer shared words do. */
const MAX_POSTING = 40;

export interface SharedQuote {
  /** Article id -> the quote as that article gives it. */
  byArticle: Record<string, QuoteFinding>;
  /** The story's name for the speaker (see SpeakerRow). */
  speaker: string | null;
  /** Shared words / words of the shorter quote. */
  overlap: number;
}

export interface SpeakerRow {
  /** The story's name for the speaker: "Donald J. Trump" for "Trump" in one article and "Donald J. Trump" in another. */
  speaker: string;
  /** Article id -> words of this speaker the article quotes directly. */
  words: Record<string, number>;
  quotedBy: string[];
  /** The names the articles give this speaker (each article's own canonical name). */
  names: string[];
}

const wordsOf = (text: string) => text.toLowerCase().replace(/[’']/g, "'").match(/[\p{L}\p{N}']+/gu) ?? [];

export function quoteOverlap(a: string, b: string): { shared: number; containment: number } {
  const wa = new Set(wordsOf(a));
  const wb = new Set(wordsOf(b));
  const shared = [...wa].filter((w) => wb.has(w)).length;
  return { shared, containment: shared / Math.max(1, Math.min(wa.size, wb.size)) };
}

interface Indexed {
  article: number;
  quote: QuoteFinding;
  /** Position among the article's speech quotations, for a stable order. */
  position: number;
}

export function matchQuotes(articles: readonly ArticleAnalysis[]): SharedQuote[] {
  const names = canonicalSpeakers(articles);
  const speech = articles.map((a, i) => a.quotes.filter((x) => x.quoteKind === 'speech').map((quote, position): Indexed => ({ article: i, quote, position })));
  // Inverted index: word -> quotations that contain it.
  const postings = new Map<string, Indexed[]>();
  for (const list of speech) {
    for (const q of list) {
      for (const w of new Set(wordsOf(q.quote.text))) {
        const posting = postings.get(w);
        if (posting) posting.push(q);
        else postings.set(w, [q]);
      }
    }
  }
  const shared: SharedQuote[] = [];
  const rowOf = new Map<QuoteFinding, SharedQuote>();
  for (const list of speech) {
    for (const q of list) {
      // Candidates: quotations of later articles that share a word not every quotation has.
      const candidates = new Set<Indexed>();
      for (const w of new Set(wordsOf(q.quote.text))) {
        const posting = postings.get(w)!;
        if (posting.length > MAX_POSTING) continue;
        for (const r of posting) if (r.article > q.article) candidates.add(r);
      }
      const ordered = [...candidates].sort((x, y) => x.article - y.article || x.position - y.position);
      for (const r of ordered) {
        const { shared: n, containment } = quoteOverlap(q.quote.text, r.quote.text);
        if (n < QUOTE_MATCH_MIN_WORDS || containment < QUOTE_MATCH_CONTAINMENT) continue;
        // One outlet may split a quotation that another gives whole: keep them in one row.
        const existing = rowOf.get(q.quote) ?? rowOf.get(r.quote);
        const ida = articleId(articles[q.article].article.file);
        const idb = articleId(articles[r.article].article.file);
        if (existing) {
          existing.byArticle[ida] ??= q.quote;
          existing.byArticle[idb] ??= r.quote;
          // Only a quotation the row holds leads back to it, as when rows were searched by value.
          if (existing.byArticle[ida] === q.quote) rowOf.set(q.quote, existing);
          if (existing.byArticle[idb] === r.quote) rowOf.set(r.quote, existing);
          continue;
        }
        const speaker = q.quote.speaker ?? r.quote.speaker;
        const row: SharedQuote = { byArticle: { [ida]: q.quote, [idb]: r.quote }, speaker: speaker === null ? null : (names.get(speaker) ?? speaker), overlap: Math.round(containment * 100) / 100 };
        shared.push(row);
        rowOf.set(q.quote, row);
        rowOf.set(r.quote, row);
      }
    }
  }
  return shared;
}

/** Speakers down the side, articles across: words of direct speech each article gives them. */
export function speakerTable(articles: readonly ArticleAnalysis[]): SpeakerRow[] {
  const names = canonicalSpeakers(articles);
  const ids = articles.map((a) => articleId(a.article.file));
  const rows = new Map<string, SpeakerRow>();
  articles.forEach((a, i) => {
    for (const q of a.quotes) {
      if (q.quoteKind !== 'speech') continue;
      const written = q.speaker ?? '(unknown speaker)';
      const speaker = q.speaker === null ? written : (names.get(q.speaker) ?? q.speaker);
      const row = rows.get(speaker) ?? { speaker, words: Object.fromEntries(ids.map((id) => [id, 0])), quotedBy: [], names: [] };
      row.words[ids[i]] += q.words;
      if (!row.quotedBy.includes(ids[i])) row.quotedBy.push(ids[i]);
      if (!row.names.includes(written)) row.names.push(written);
      rows.set(speaker, row);
    }
  });
  const total = (r: SpeakerRow) => Object.values(r.words).reduce((x, y) => x + y, 0);
  return [...rows.values()].sort((a, b) => total(b) - total(a) || a.speaker.localeCompare(b.speaker));
}
