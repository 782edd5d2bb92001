// Slant signals beyond the lexicon: ALL-CAPS words and exclamation in display text, intensifying
// adverbs and evaluative adjectives in the outlet's own voice.
import { readFileSync } from 'node:fs';
import { dataPath } from '../data-path.js';
import type { Article, QuoteFinding, SignalFinding, TermFinding } from '../types.js';
import type { EntityIndex } from './entities.js';
import { CONTENT_ROLES, whereOf } from './content.js';
import { insideAny, overlapsAny } from './spans.js';
import { bundledNewsNeutral } from './lean-phrases.js';
import { rarerThan } from './news-frequency.js';

/**
 * An intensifier or evaluative word news writes more often than this per million words ("very",
 * "really", "great") is house prose, not a signal. On news sentences with annotated bias words
 * (bench/words-devset.ts, tuning half) the common intensifiers were marked about one time in five;
 * leaving them out raised word-level F1 there from 0.393 to 0.397 (and on the held-out half too).
 */
export const SIGNAL_MAX_USES = 50;

interface SignalsFile {
  initialisms: string[];
  intensifiers: { pos: string; words: string[] };
  evaluative: { pos: string; words: string[] };
}

let signalWords: { intensifiers: Set<string>; evaluative: Set<string>; intensifierPos: string; evaluativePos: string; initialisms: Set<string> } | undefined;
function words() {
  if (!signalWords) {
    const data = JSON.parse(readFileSync(dataPath('signals.json'), 'utf8')) as SignalsFile;
    signalWords = { intensifiers: new Set(data.intensifiers.words), evaluative: new Set(data.evaluative.words), intensifierPos: data.intensifiers.pos, evaluativePos: data.evaluative.pos, initialisms: new Set(data.initialisms) };
  }
  return signalWords;
}

const DISPLAY = new Set(['headline', 'dek', 'heading']);


/**
 * `terms`: lexicon matches already found; a word counted there is not reported again as an intensifier
 * or evaluative word. `newsNeutral`: words real center outlets use at least as often as partisan ones
 * ("significantly", "sharp"; learned with the partisan phrases): plain news vocabulary, not a signal.
 */
export function extractSignals(article: Article, quotes: readonly QuoteFinding[], index: EntityIndex, terms: readonly TermFinding[], newsNeutral: ReadonlySet<string> = bundledNewsNeutral()): SignalFinding[] {
  const w = words();
  const acronyms = new Set([...index.entities.values()].map((e) => e.name).filter((n) => /^[A-Z]{2,6}$/.test(n)));
  // A word the body also writes in capitals ("FEMA") is an acronym, not a shout.
  for (const b of article.blocks) if (b.role === 'body') for (const t of b.parsed.tokens) if (/^\p{Lu}{2,}$/u.test(t.value)) acronyms.add(t.value);
  const quoted = insideAny(quotes);
  const inAnyTerm = overlapsAny(terms);
  const found: SignalFinding[] = [];
  for (const block of article.blocks) {
    if (!CONTENT_ROLES.has(block.role)) continue;
    const where = whereOf(block);
    for (const t of block.parsed.tokens) {
      if (quoted(t.start, t.end)) continue;
      const inTerm = inAnyTerm(t.start, t.end);
      const base = { kind: 'signal' as const, text: t.value, start: t.start, end: t.end, where };
      if (DISPLAY.has(block.role)) {
        // A capitalised headline word is a shout only when the rest of the headline is not in capitals too.
        const allCapsHeadline = block.text === block.text.toUpperCase();
        const shout = /^\p{Lu}{3,}$/u.test(t.value) && !w.initialisms.has(t.value) && !acronyms.has(t.value);
        if (!allCapsHeadline && shout) found.push({ ...base, signal: 'all-caps' });
        if (t.value.includes('!')) found.push({ ...base, signal: 'exclamation' });
      }
      if (inTerm || newsNeutral.has(t.lemma)) continue;
      const signal = t.pos === w.intensifierPos && w.intensifiers.has(t.lemma) ? 'intensifier' : t.pos === w.evaluativePos && (w.evaluative.has(t.lemma) || w.evaluative.has(t.normal)) ? 'evaluative' : null;
      if (signal && rarerThan(SIGNAL_MAX_USES, t.lemma, t.normal)) found.push({ ...base, signal });
    }
  }
  return found;
}
