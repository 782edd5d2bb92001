// Round 8: the folded word scores read in other ways than their plain mean (docs/framing.md, "Round 8:
// bias sentences"). Variants that are not linear in the word vectors (the highest score of one word) or
// that a second model must weigh (the neighbours' scores, the article's mean) are stacked: stage 1 is
// the shipped joint training (round-4 features + 100 vector features), folded into per-word scores;
// stage 2 is a logistic regression over the round-4 features plus score features read from those
// scores. Honest nesting: for an outer fold, stage 1 sees the training folds only, the training
// sentences' score features come from stage-1 models trained without their own events (cross-fitting),
// and the held-out fold's from the stage-1 model of all training folds.
// None was adopted (docs/framing.md, round 8): the analysis and the build are the round-7 joint model;
// this file keeps the measurement so it can be run again (`SHIPPED=1 VARIANTS=s-max,... npm run bench -- bias-variants`).
import type { Example, TrainOptions } from '../src/framing/bias-sentences/model.js';
import { probability, train } from '../src/framing/bias-sentences/model.js';
import { choose, foldOf } from '../src/framing/bias-sentences/cv.js';
import { bodySentences } from '../src/framing/bias-sentences/features.js';
import { VECTOR_SCALE, isContentWord } from '../src/framing/bias-sentences/word-scores.js';
import { newsFrequency } from '../src/lexicon/published.js';
import type { BasilSentences } from './bias-examples.js';
import type { WordVectors } from './word-vectors.js';
import { standardisation } from './word-vectors.js';

/** Score features read from the per-word scores, stated before the run. */
export type Derived = 'mean' | 'max' | 'top3' | 'artdiff' | 'nb';

export interface StackSpec {
  /** Stage 1 weights each word's vector a / (a + p(w)) in the sentence mean (SIF). */
  sif: boolean;
  /** Stage-2 score features; empty: no stage 2 (the joint model itself, as shipped). */
  derived: readonly Derived[];
}

/** SIF's a (Arora, Liang and Ma 2017's default; not tuned). */
export const SIF_A = 0.001;
/** Folds of the cross-fitting inside the training folds. */
export const CROSS_FOLDS = 3;

interface Word {
  key: string;
  /** Weight in the sentence mean: 1, or SIF's a / (a + p). */
  c: number;
}

/** Per article, per body sentence: its content words that have a vector (written form, then lemma: as the analysis looks scores up). */
export function sentenceWords(read: readonly BasilSentences[], vectors: WordVectors, sif: boolean): Word[][][] {
  const freq = sif ? newsFrequency().perMillion : null;
  const pm = (w: string) => (freq && Object.hasOwn(freq, w) ? freq[w] : undefined);
  return read.map((r) => bodySentences(r.parsedArticle).map(({ block, sentence }) => {
    const out: Word[] = [];
    for (let i = sentence.firstToken; i <= sentence.lastToken; i += 1) {
      const t = block.parsed.tokens[i];
      if (!isContentWord(t)) continue;
      const n = t.normal.toLowerCase();
      const key = vectors.get(n) ? n : t.lemma && vectors.get(t.lemma) ? t.lemma : null;
      if (!key) continue;
      const p = ((pm(n) ?? (t.lemma ? pm(t.lemma) : undefined)) ?? 0) / 1e6;
      out.push({ key, c: sif ? SIF_A / (SIF_A + p) : 1 });
    }
    return out;
  }));
}

/** Everything the stacked cross-validation reads. */
export interface StackData {
  /** Round-4 features of each labelled sentence (no vector feature). */
  base: Example[];
  groups: string[];
  where: { article: number; sentence: number }[];
  vectors: WordVectors;
}

/**
 * A variant's cross-validation: stage-1 examples (base + standardised weighted-mean vectors), the
 * folding of stage-1 weights into scores, and the score features of a sentence.
 */
export function stackRunner(data: StackData, words: Word[][][]) {
  const dims = data.vectors.dims;
  const means = words.map((a) => a.map((s) => {
    let cs = 0;
    const m = new Float64Array(dims);
    for (const { key, c } of s) {
      const v = data.vectors.get(key)!;
      for (let k = 0; k < dims; k += 1) m[k] += c * v[k];
      cs += c;
    }
    return cs > 0 ? m.map((x) => x / cs) : null;
  }));
  const { mean, sd } = standardisation(data.where.map((w) => means[w.article][w.sentence]).filter((v) => v !== null), dims);
  const stage1: Example[] = data.base.map((e, i) => {
    const f = new Map(e.features);
    const v = means[data.where[i].article][data.where[i].sentence];
    if (!v) f.set('vs:none', 1);
    else for (let k = 0; k < dims; k += 1) f.set(`vs:${k}`, (VECTOR_SCALE * (v[k] - mean[k])) / sd[k]);
    return { label: e.label, features: f };
  });
  const vocab = [...new Set(words.flat(2).map((w) => w.key))];
  /** Stage-1 weights -> per-word score, rounded to 3 decimals as the shipped table (foldWordScores' formula). */
  const fold = (w: ReadonlyMap<string, number>): Map<string, number> => {
    const u = Array.from({ length: dims }, (_, k) => ((w.get(`vs:${k}`) ?? 0) * VECTOR_SCALE) / sd[k]);
    const out = new Map<string, number>();
    for (const key of vocab) {
      const v = data.vectors.get(key)!;
      let s = 0;
      for (let k = 0; k < dims; k += 1) s += u[k] * (v[k] - mean[k]);
      out.set(key, Math.round(s * 1000) / 1000);
    }
    return out;
  };
  const meanScore = (ws: readonly Word[], S: ReadonlyMap<string, number>): number | null => {
    let sum = 0, cs = 0;
    for (const { key, c } of ws) {
      sum += c * S.get(key)!;
      cs += c;
    }
    return cs > 0 ? sum / cs : null;
  };
  const articleMean = new Map<string, Map<number, number | null>>();
  /** Stage-2 features of one labelled sentence: its round-4 features and the score features. */
  const features = (i: number, S: ReadonlyMap<string, number>, derived: readonly Derived[], cacheKey: string): Map<string, number> => {
    const { article: ai, sentence: si } = data.where[i];
    const f = new Map(data.base[i].features);
    const ws = words[ai][si];
    const m = meanScore(ws, S);
    if (m === null) f.set('wv:none', 1);
    else f.set('wv:score', m);
    for (const d of derived) {
      if (d === 'max' && ws.length) f.set('wv:max', Math.max(...ws.map((w) => S.get(w.key)!)));
      if (d === 'top3' && ws.length) {
        const top = ws.map((w) => S.get(w.key)!).sort((a, b) => b - a).slice(0, 3);
        f.set('wv:top3', top.reduce((a, b) => a + b, 0) / top.length);
      }
      if (d === 'artdiff' && m !== null) {
        let byArticle = articleMean.get(cacheKey);
        if (!byArticle) articleMean.set(cacheKey, (byArticle = new Map()));
        if (!byArticle.has(ai)) byArticle.set(ai, meanScore(words[ai].flat(), S));
        f.set('wv:artdiff', m - (byArticle.get(ai) ?? m));
      }
      if (d === 'nb') {
        for (const [dir, name] of [[-1, 'prev'], [1, 'next']] as const) {
          const n = words[ai][si + dir];
          const x = n ? meanScore(n, S) : null;
          if (x === null) f.set(`wv:${name}-none`, 1);
          else f.set(`wv:${name}`, x);
        }
      }
    }
    return f;
  };

  // Stage 1 of an outer fold (its choice, weights and cross-fitted scores) is the same for every stacked
  // row of one split: made once (it depends on the split, the fold and the candidates only).
  const stage1Cache = new Map<string, { c1: ReturnType<typeof choose>; w1: Map<string, number>; S: Map<string, number>; crossS: Map<string, number>[] }>();
  /** Nested CV of the variant on one split (`salt` as in bias-variants): held-out probabilities and flags. */
  function cv(spec: StackSpec, salt: string, outer: number, candidates: readonly TrainOptions[], inner: number): { p: number[]; flagged: boolean[] } {
    const groups = data.groups.map((g) => salt + g);
    const outerFold = groups.map((g) => foldOf(g, outer));
    const p = new Array<number>(stage1.length).fill(0);
    const flagged = new Array<boolean>(stage1.length).fill(false);
    for (let k = 0; k < outer; k += 1) {
      const T = stage1.map((_, i) => i).filter((i) => outerFold[i] !== k);
      const pick = (idx: readonly number[]) => ({ ex: idx.map((i) => stage1[i]), gr: idx.map((i) => groups[i]) });
      const { ex, gr } = pick(T);
      const cacheKey = `${salt}:${k}:${candidates.length}`;
      const cached = stage1Cache.get(cacheKey);
      const c1 = cached?.c1 ?? choose(ex, gr, candidates, inner);
      const w1 = cached?.w1 ?? train(ex, gr, c1.options);
      const held = stage1.map((_, i) => i).filter((i) => outerFold[i] === k);
      if (!spec.derived.length) {
        for (const i of held) {
          p[i] = probability({ weights: w1, threshold: c1.threshold }, stage1[i].features);
          flagged[i] = p[i] >= c1.threshold;
        }
        continue;
      }
      // Cross-fitted score features for the training sentences.
      const train2 = new Map<number, Map<string, number>>();
      const cross = T.map((i) => foldOf(groups[i], CROSS_FOLDS, 'stack'));
      const crossS = cached?.crossS ?? [];
      for (let j = 0; j < CROSS_FOLDS; j += 1) {
        if (!crossS[j]) {
          const r = pick(T.filter((_, x) => cross[x] !== j));
          crossS[j] = fold(train(r.ex, r.gr, c1.options));
        }
        const S = crossS[j];
        T.forEach((i, x) => {
          if (cross[x] === j) train2.set(i, features(i, S, spec.derived, `${salt}:${k}:${j}`));
        });
      }
      const ex2: Example[] = T.map((i) => ({ label: stage1[i].label, features: train2.get(i)! }));
      const c2 = choose(ex2, gr, candidates, inner);
      const w2 = train(ex2, gr, c2.options);
      const S = cached?.S ?? fold(w1);
      stage1Cache.set(cacheKey, { c1, w1, S, crossS });
      for (const i of held) {
        p[i] = probability({ weights: w2, threshold: c2.threshold }, features(i, S, spec.derived, `${salt}:${k}`));
        flagged[i] = p[i] >= c2.threshold;
      }
      articleMean.clear();
    }
    return { p, flagged };
  }
  return { cv, stage1, fold, features };
}

/** The round-8 rows, as stated in docs/framing.md. */
export const STACK_ROWS: [string, string, StackSpec][] = [
  ['s-mean', 'control: stacked, the mean score only', { sif: false, derived: ['mean'] }],
  ['s-max', '(1) mean score + the highest score of one content word', { sif: false, derived: ['mean', 'max'] }],
  ['s-top3', '(1b) mean score + the mean of the 3 highest scores', { sif: false, derived: ['mean', 'top3'] }],
  ['s-artdiff', '(2) mean score + (mean score − the article\'s mean score)', { sif: false, derived: ['mean', 'artdiff'] }],
  ['s-nb', '(3) mean score + the previous and next sentence\'s mean scores', { sif: false, derived: ['mean', 'nb'] }],
  ['sif', `(4) joint as shipped, content words weighted a / (a + p(w)) in the mean, a = ${SIF_A}, p from news-frequency.json`, { sif: true, derived: [] }],
  ['s-max+s-nb', '(5) max + neighbours', { sif: false, derived: ['mean', 'max', 'nb'] }],
  ['s-max+s-artdiff+s-nb', '(5) max + article difference + neighbours', { sif: false, derived: ['mean', 'max', 'artdiff', 'nb'] }],
  ['sif+s-max+s-nb', '(5) SIF-weighted stage 1, then max + neighbours', { sif: true, derived: ['mean', 'max', 'nb'] }],
];
