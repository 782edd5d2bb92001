// Slant signals beyond the lexicon: ALL-CAPS words and exclamation in display text, intensifying
// adverbs and evaluative adjectives in the outlet's own voice.
import { readFileSync } from 'node:fs';
import { dataPath } from '../data-path.js';
import type { Article, QuoteFinding, SignalFinding } from '../types.js';
import type { EntityIndex } from './entities.js';
import { CONTENT_ROLES, whereOf } from './quotes.js';

interface SignalsFile {
  intensifiers: { pos: string; words: string[] };
  evaluative: { pos: string; words: string[] };
}

let signalWords: { intensifiers: Set<string>; evaluative: Set<string>; intensifierPos: string; evaluativePos: string } | undefined;
function words() {
  if (!signalWords) {
    const data = JSON.parse(readFileSync(dataPath('signals.json'), 'utf8')) as SignalsFile;
    signalWords = { intensifiers: new Set(data.intensifiers.words), evaluative: new Set(data.evaluative.words), intensifierPos: data.intensifiers.pos, evaluativePos: data.evaluative.pos };
  }
  return signalWords;
}

const DISPLAY = new Set(['headline', 'dek', 'heading']);
// Initialisms that are written in capitals anyway.
const INITIALISMS = new Set(['US', 'USA', 'UK', 'EU', 'UN', 'GOP', 'FBI', 'CIA', 'NSA', 'DOJ', 'DHS', 'ICE', 'CBP', 'NATO', 'CEO', 'TV', 'AI', 'LGBT', 'LGBTQ', 'COVID', 'NYC', 'DC', 'AP', 'NPR', 'CNN', 'BBC', 'NBC', 'CBS', 'ABC', 'MSNBC', 'IRS', 'EPA', 'FDA', 'CDC', 'NHS', 'MAGA', 'I', 'II', 'III', 'IV']);

export function extractSignals(article: Article, quotes: readonly QuoteFinding[], index: EntityIndex): SignalFinding[] {
  const w = words();
  const acronyms = new Set([...index.entities.values()].map((e) => e.name).filter((n) => /^[A-Z]{2,6}$/.test(n)));
  const quoted = (start: number, end: number) => quotes.some((q) => start >= q.start && end <= q.end);
  const found: SignalFinding[] = [];
  for (const block of article.blocks) {
    if (!CONTENT_ROLES.has(block.role)) continue;
    const where = whereOf(block);
    for (const t of block.parsed.tokens) {
      if (quoted(t.start, t.end)) continue;
      const base = { kind: 'signal' as const, text: t.value, start: t.start, end: t.end, where };
      if (DISPLAY.has(block.role)) {
        // A capitalised headline word is a shout only when the rest of the headline is not in capitals too.
        const allCapsHeadline = block.text === block.text.toUpperCase();
        if (!allCapsHeadline && /^\p{Lu}{3,}$/u.test(t.value) && !INITIALISMS.has(t.value) && !acronyms.has(t.value)) found.push({ ...base, signal: 'all-caps' });
        if (t.value.includes('!')) found.push({ ...base, signal: 'exclamation' });
      }
      if (t.pos === w.intensifierPos && w.intensifiers.has(t.lemma)) found.push({ ...base, signal: 'intensifier' });
      else if (t.pos === w.evaluativePos && (w.evaluative.has(t.lemma) || w.evaluative.has(t.normal))) found.push({ ...base, signal: 'evaluative' });
    }
  }
  return found;
}
