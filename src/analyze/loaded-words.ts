// The published-lists layer: words from lists in the research literature (lexicon/published-words.json)
// read as weaker evidence than the curated lexicon, so each is checked in context: the part of speech
// the list means (a negative-opinion adjective, not the topic noun "crime"), not part of a name, and
// in a sentence that carries other evidence of slant.
import { append } from '../collections.js';
import type { Article, LoadedWordFinding, PhraseFinding, ReportVerbFinding, SignalFinding, TermFinding, Token } from '../types.js';
import { publishedWords } from '../lexicon/published.js';
import { CONTENT_ROLES, whereOf } from './quotes.js';
import { overlapsAny } from './spans.js';
import { bundledNewsNeutral } from './lean-phrases.js';
import type { SpanTest } from './spans.js';

/**
 * Which parts of speech count for each list. Measured on news sentences with annotated bias words
 * (bench/words-devset.ts, tuning half): negative-opinion adjectives and adverbs ("bizarre",
 * "falsely") are loaded about a third of the time; its nouns and verbs ("crime", "attack") mostly
 * name the topic (precision 0.13), so they are not counted.
 */
export const LIST_POS: Record<string, ReadonlySet<string>> = {
  'liu-negative': new Set(['ADJ', 'ADV']),
};
/**
 * A loaded word counts only in a sentence with at least this many pieces of evidence (itself
 * included). 1 measured best on the tuning half: requiring a second piece lost more recall than it
 * gained precision. Kept as a parameter so a stricter reading stays one number away.
 */
export const MIN_SENTENCE_EVIDENCE = 1;
/** Learned phrases this partisan (log-odds per use, either way) count as evidence for a sentence. */
export const STRONG_PHRASE = 1;

let index: Map<string, string[]> | undefined;
function wordIndex(): Map<string, string[]> {
  if (!index) {
    index = new Map();
    for (const [list, data] of Object.entries(publishedWords().lists)) {
      if (!LIST_POS[list]) continue;
      for (const word of data.words) append(index, word, list);
    }
  }
  return index;
}

export interface SentenceEvidence {
  terms: readonly TermFinding[];
  signals: readonly SignalFinding[];
  reportVerbs: readonly ReportVerbFinding[];
  phrases: readonly PhraseFinding[];
}

const key = (block: number, sentence: number) => block * 100000 + sentence;

/** `newsNeutral`: list words real center outlets use at least as often as partisan ones ("unclear"): not counted. */
export function extractLoadedWords(article: Article, quoted: SpanTest, evidence: SentenceEvidence, newsNeutral: ReadonlySet<string> = bundledNewsNeutral(), minEvidence = MIN_SENTENCE_EVIDENCE): LoadedWordFinding[] {
  const words = wordIndex();
  // A word already counted as a curated term or a slant signal ("illegal" in "illegal aliens",
  // "tense") is not counted again here.
  const counted = overlapsAny([...evidence.terms, ...evidence.signals]);
  const candidates: (LoadedWordFinding & { at: number })[] = [];
  const perSentence = new Map<number, number>();
  // Other findings, counted per sentence through the token that starts them.
  const startsAt = new Map<number, number>();
  for (const f of [...evidence.terms, ...evidence.reportVerbs, ...evidence.signals.filter((s) => s.signal === 'intensifier' || s.signal === 'evaluative'), ...evidence.phrases.filter((p) => Math.abs(p.lean) >= STRONG_PHRASE || p.partisan >= STRONG_PHRASE)]) {
    startsAt.set(f.start, (startsAt.get(f.start) ?? 0) + 1);
  }
  article.blocks.forEach((block, b) => {
    if (!CONTENT_ROLES.has(block.role)) return;
    const tokens = block.parsed.tokens;
    let titleCase: boolean | undefined;
    for (let k = 0; k < tokens.length; k += 1) {
      const t = tokens[k];
      const others = startsAt.get(t.start);
      if (others) perSentence.set(key(b, t.sentence), (perSentence.get(key(b, t.sentence)) ?? 0) + others);
      // The map look-up first: it rules out almost every token at the cost of one hash.
      const lists = words.get(t.lemma) ?? words.get(t.normal);
      const list = lists?.find((l) => LIST_POS[l].has(t.pos));
      if (!list || t.type !== 'word' || newsNeutral.has(t.lemma) || isName(tokens, k, titleCase) || counted(t.start, t.end)) continue;
      perSentence.set(key(b, t.sentence), (perSentence.get(key(b, t.sentence)) ?? 0) + 1);
      candidates.push({ kind: 'loaded-word', text: t.value, start: t.start, end: t.end, where: whereOf(block), word: t.lemma, list, pos: t.pos, voice: quoted(t.start, t.end) ? 'quoted' : 'own', at: key(b, t.sentence) });
    }
  });
  return candidates.filter((c) => (perSentence.get(c.at) ?? 0) >= minEvidence).map(({ at: _at, ...finding }) => finding);
}

/** A capitalised word inside a sentence ("Robert Hammer", "Dark Money PAC") is a name, not an opinion word. */
function isName(tokens: Token[], k: number, titleCase: boolean | undefined): boolean {
  const t = tokens[k];
  if (t.pos === 'PROPN') return true;
  if (titleCase ?? isTitleCase(tokens)) return false;
  const prev = tokens[k - 1];
  return /^\p{Lu}/u.test(t.value) && prev !== undefined && prev.sentence === t.sentence && /\p{L}/u.test(prev.value);
}

/** A headline in title case capitalises every word, so capitals say nothing about names there. */
export function isTitleCase(tokens: readonly Token[]): boolean {
  const words = tokens.filter((t) => t.type === 'word' && /\p{L}/u.test(t.value));
  return words.length > 0 && words.filter((t) => /^\p{Lu}/u.test(t.value)).length / words.length > 0.5;
}
