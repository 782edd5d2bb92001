// Word-vector information about the words around a mention, for the learned tone model (round 8).
// The model is trained on the mean word vector of each group of words around the mention (the window
// left of it, the window right of it, its clause, the verb that governs it by the mention's role);
// a linear model of a mean is the mean of a per-word linear score, so the build folds each group's
// 100 vector weights into two scores per word (toward negative, toward positive) and the analysis
// reads a small table of scores (lexicon/tone-word-scores.json), never the vectors. The same code
// chooses a group's words in training (values: the word's vector) and at run time (values: its scores).
import { readFileSync } from 'node:fs';
import { dataPath } from '../data-path.js';
import type { Token } from '../types.js';
import { checkFileHeader } from './bias-sentences/file-header.js';
import { isContentWord, lookupWord } from './bias-sentences/word-scores.js';
import type { SentenceLayout } from './layout.js';

/** Left window, right window, the mention's clause, the governing verb when the mention is its agent / patient / other. */
export type ContextGroup = 'L' | 'R' | 'C' | 'Va' | 'Vp' | 'Vo';
export const CONTEXT_GROUPS: readonly ContextGroup[] = ['L', 'R', 'C', 'Va', 'Vp', 'Vo'];

/** How far the left and right groups reach, in content words. */
export const CONTEXT_WINDOW = 6;

export interface ContextValues {
  /** Feature names are `${prefix}${group}:${i}` (value: the group's mean of component i) and `${prefix}${group}:none`. */
  prefix: string;
  groups: readonly ContextGroup[];
  /** The values of one word for a group (its vector in training, its folded scores at run time); undefined when it has none. */
  of(t: Token, group: ContextGroup): ArrayLike<number> | undefined;
}

/** The words of each group, as token indices; the verb groups hold at most the clause's main verb. */
export function contextGroupTokens(tokens: readonly Token[], layout: SentenceLayout, t0: number, t1: number, role: 'agent' | 'patient' | 'other'): Record<ContextGroup, number[]> {
  const out: Record<ContextGroup, number[]> = { L: [], R: [], C: [], Va: [], Vp: [], Vo: [] };
  const content = (k: number) => isContentWord(tokens[k]);
  for (let k = t0 - 1; k >= layout.from && out.L.length < CONTEXT_WINDOW; k -= 1) if (content(k)) out.L.push(k);
  for (let k = t1 + 1; k <= layout.to && out.R.length < CONTEXT_WINDOW; k += 1) if (content(k)) out.R.push(k);
  const clauseIndex = layout.clauseOf[t0 - layout.from];
  const clause = layout.clauses[clauseIndex];
  for (let k = clause.first; k <= clause.last; k += 1) if ((k < t0 || k > t1) && layout.clauseOf[k - layout.from] === clauseIndex && content(k)) out.C.push(k);
  if (clause.verb >= 0 && (clause.verb < t0 || clause.verb > t1) && tokens[clause.verb].type === 'word') out[role === 'agent' ? 'Va' : role === 'patient' ? 'Vp' : 'Vo'].push(clause.verb);
  return out;
}

/**
 * The context features of one mention: per group in `values.groups`, the mean of its words' values
 * (words without values left out), or `none` when no word has one. A verb group's features name the
 * verb's token; the others the mention as a whole (-1).
 */
export function contextFeatures(groupsOf: Record<ContextGroup, number[]>, tokens: readonly Token[], values: ContextValues, add: (name: string, token: number, value: number) => void): void {
  for (const g of values.groups) {
    const words = groupsOf[g];
    let sum: Float64Array | null = null;
    let n = 0;
    for (const k of words) {
      const v = values.of(tokens[k], g);
      if (!v) continue;
      sum ??= new Float64Array(v.length);
      for (let i = 0; i < v.length; i += 1) sum[i] += v[i];
      n += 1;
    }
    const token = g.startsWith('V') && words.length ? words[0] : -1;
    if (!sum) {
      add(`${values.prefix}${g}:none`, token, 1);
      continue;
    }
    for (let i = 0; i < sum.length; i += 1) if (sum[i] !== 0) add(`${values.prefix}${g}:${i}`, token, sum[i] / n);
  }
}

/** The run-time feature prefix: the folded scores' features `wv:<group>:0` (toward negative) and `:1` (toward positive). */
export const SCORE_PREFIX = 'wv:';

/**
 * The table file: the groups it scores, and for each word (lower case, sorted) its scores,
 * [negative, positive] per group in the order of `groups`, flattened into one row.
 */
export interface ToneWordScoresFile {
  name: string;
  version: number;
  description: string;
  source: string;
  groups: ContextGroup[];
  words: string[];
  scores: number[][];
}

export function validateToneWordScores(data: unknown, file: string): ToneWordScoresFile {
  const { d, fail } = checkFileHeader(data, file);
  if (!Array.isArray(d.groups) || !d.groups.length || d.groups.some((g) => !CONTEXT_GROUPS.includes(g as ContextGroup)) || new Set(d.groups).size !== d.groups.length) fail(`"groups" must be distinct names of ${CONTEXT_GROUPS.join(', ')}`);
  if (!Array.isArray(d.words) || !Array.isArray(d.scores)) fail('"words" and "scores" must be arrays');
  const words = d.words as unknown[], scores = d.scores as unknown[];
  if (words.length !== scores.length) fail('"words" and "scores" differ in length');
  const width = 2 * (d.groups as unknown[]).length;
  for (let i = 0; i < words.length; i += 1) {
    const w = words[i], row = scores[i];
    if (typeof w !== 'string' || !w || w !== w.toLowerCase()) fail(`"${String(w)}" is not a lower-case word`);
    if (!Array.isArray(row) || row.length !== width || row.some((x) => typeof x !== 'number' || !Number.isFinite(x))) fail(`scores of "${String(w)}" must be ${width} finite numbers`);
    if (i > 0 && (words[i - 1] as string) >= (w as string)) fail(`words are not sorted at "${String(w)}"`);
  }
  return d as unknown as ToneWordScoresFile;
}

/** Run-time values from a table: a word's [negative, positive] scores for the group asked. */
export function scoreValues(file: ToneWordScoresFile): ContextValues {
  const at = new Map(file.groups.map((g, i) => [g, 2 * i]));
  const table = new Map<string, Float64Array>();
  file.words.forEach((w, i) => table.set(w, Float64Array.from(file.scores[i])));
  return {
    prefix: SCORE_PREFIX,
    groups: file.groups,
    of(t, group) {
      const o = at.get(group);
      const row = o === undefined ? undefined : lookupWord(table, t);
      return row && o !== undefined ? row.subarray(o, o + 2) : undefined;
    },
  };
}

const loaded = new Map<string, ContextValues>();
/** The values of a table in lexicon/, read and checked once per process. */
export function toneWordScores(name: string): ContextValues {
  let values = loaded.get(name);
  if (!values) {
    const path = dataPath(name);
    values = scoreValues(validateToneWordScores(JSON.parse(readFileSync(path, 'utf8')), path));
    loaded.set(name, values);
  }
  return values;
}
