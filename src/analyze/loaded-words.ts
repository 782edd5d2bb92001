// The published-lists layer: words from lists in the research literature (lexicon/published-words.json)
// read as weaker evidence than the curated lexicon, so each is checked in context: the part of speech
// the list means, not part of a name, and not a word plain news writes every day (the topic noun
// "crime", not the writer's "hoax"; lexicon/news-frequency.json). With them, words that news writing
// almost never uses at all ("grifter", "egomaniacal", "hard-left"): marked language, loaded more often
// than not in political copy.
import { append } from '../collections.js';
import type { Article, LoadedWordFinding, SignalFinding, TermFinding, Token } from '../types.js';
import { publishedWords } from '../lexicon/published.js';
import { rarerThan } from './news-frequency.js';
import { CONTENT_ROLES, whereOf } from './content.js';
import { overlapsAny } from './spans.js';
import { bundledNewsNeutral } from './lean-phrases.js';
import type { SpanTest } from './spans.js';
import { hasLetter, startsUpper } from '../text.js';

/**
 * Which parts of speech count for each list, each with the most uses per million words of plain
 * news (lexicon/news-frequency.json) a word may have and still count. Measured on news sentences
 * with annotated bias words (bench/words-devset.ts, tuning half): negative-opinion nouns and verbs
 * as a whole are loaded about an eighth of the time ("crime", "attack" name the topic), but those
 * news rarely writes ("hoax", "smear") a third of the time; adjectives used over 100 times per
 * million ("violent", "poor") mostly describe, rarer ones ("bizarre") mostly judge.
 */
export const LIST_POS: Record<string, Readonly<Record<string, number>>> = {
  'liu-negative': { ADJ: 100, ADV: 100, NOUN: 30, VERB: 10 },
};
/**
 * Words of any list, or none, that plain news uses less often than this per million words, by part
 * of speech: rare adjectives and adverbs ("cuckoo", "feebly") colour more often than rare nouns and
 * verbs, which are as often technical or foreign words. Tuned on the same half.
 */
export const RARE_POS: Readonly<Record<string, number>> = { ADJ: 3, ADV: 3, NOUN: 1, VERB: 1 };
/** Parts of speech a list or the rare-word rule counts: a word of any other can be neither, so it is not looked up. */
const COUNTED_POS = new Set([...Object.keys(RARE_POS), ...Object.values(LIST_POS).flatMap((byPos) => Object.keys(byPos))]);
/** The list name rare words are reported under. */
export const RARE_LIST = 'rare-in-news';
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

// A rare word must look like an ordinary English word: letters only, at least three of them.
const PLAIN_WORD = /^[a-z][a-z'’]*[a-z]$/i;

export interface SentenceEvidence {
  terms: readonly TermFinding[];
  signals: readonly SignalFinding[];
}

/** `newsNeutral`: list words real center outlets use at least as often as partisan ones ("unclear"): not counted. */
export function extractLoadedWords(article: Article, quoted: SpanTest, evidence: SentenceEvidence, newsNeutral: ReadonlySet<string> = bundledNewsNeutral()): LoadedWordFinding[] {
  const words = wordIndex();
  // A word already counted as a curated term or a slant signal ("illegal" in "illegal aliens",
  // "tense") is not counted again here.
  const counted = overlapsAny([...evidence.terms, ...evidence.signals]);
  const found: LoadedWordFinding[] = [];
  for (const block of article.blocks) {
    if (!CONTENT_ROLES.has(block.role)) continue;
    const tokens = block.parsed.tokens;
    let titleCase: boolean | undefined;
    const name = (k: number) => isName(tokens, k, (titleCase ??= isTitleCase(tokens)));
    for (let k = 0; k < tokens.length; k += 1) {
      const t = tokens[k];
      if (t.type !== 'word') continue;
      // "hard-left", "anti-vaxxers": a compound is judged as a whole, on its written words.
      const compound = compoundAt(tokens, k) ?? (t.value.includes('-') ? k : null);
      if (compound !== null) {
        const last = tokens[compound];
        const written = tokens.slice(k, compound + 1).map((x) => x.normal).join('');
        if (PLAIN_COMPOUND.test(written) && rarerThan(RARE_POS.ADJ, written) && !name(k) && !counted(t.start, last.end)) {
          found.push({ kind: 'loaded-word', text: article.text.slice(t.start, last.end), start: t.start, end: last.end, where: whereOf(block), word: written, list: RARE_LIST, pos: 'ADJ', voice: quoted(t.start, last.end) ? 'quoted' : 'own' });
        }
        k = compound;
        continue;
      }
      if (!COUNTED_POS.has(t.pos)) continue;
      // The map look-up first: it rules out almost every token at the cost of one hash.
      const lists = words.get(t.lemma) ?? words.get(t.normal);
      let list = lists?.find((l) => LIST_POS[l][t.pos] !== undefined && rarerThan(LIST_POS[l][t.pos], t.lemma, t.normal) && !newsNeutral.has(t.lemma));
      const rare = RARE_POS[t.pos];
      if (!list && rare !== undefined && rarerThan(rare, t.lemma, t.normal) && PLAIN_WORD.test(t.value)) list = RARE_LIST;
      if (!list || name(k) || counted(t.start, t.end)) continue;
      found.push({ kind: 'loaded-word', text: t.value, start: t.start, end: t.end, where: whereOf(block), word: t.lemma, list, pos: t.pos, voice: quoted(t.start, t.end) ? 'quoted' : 'own' });
    }
  }
  return found;
}

const PLAIN_COMPOUND = /^[a-z]{2,}(-[a-z]{2,})+$/;

/** The last token of a hyphenated compound starting at `k` ("far", "-", "left"), or null. */
function compoundAt(tokens: Token[], k: number): number | null {
  let end = k;
  while (tokens[end + 2] && tokens[end + 1].value === '-' && tokens[end + 1].start === tokens[end].end && tokens[end + 2].start === tokens[end + 1].end && tokens[end + 2].type === 'word') end += 2;
  return end > k ? end : null;
}

/** A capitalised word inside a sentence ("Robert Hammer", "Dark Money PAC") is a name, not an opinion word. */
function isName(tokens: Token[], k: number, titleCase: boolean | undefined): boolean {
  const t = tokens[k];
  if (t.pos === 'PROPN') return true;
  if (titleCase ?? isTitleCase(tokens)) return false;
  const prev = tokens[k - 1];
  return startsUpper(t.value) && prev !== undefined && prev.sentence === t.sentence && /\p{L}/u.test(prev.value);
}


/** A headline in title case capitalises every word, so capitals say nothing about names there. */
export function isTitleCase(tokens: readonly Token[]): boolean {
  const words = tokens.filter((t) => t.type === 'word' && hasLetter(t.value));
  return words.length > 0 && words.filter((t) => startsUpper(t.value)).length / words.length > 0.5;
}
