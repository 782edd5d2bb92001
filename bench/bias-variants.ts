// Round 5: variants of the bias-sentence model's features on BASIL dev, each measured by the same nested
// event-split cross-validation as the framing bench (5 outer folds by event; penalty and threshold
// chosen on inner folds only; no word features, which the inner folds of round 4 rejected), and on
// five different splits of the events into folds (the fold hash salted), so a variant's gain can be
// read against the noise of one split. Every variant stated is printed; none is picked here.
// Run: npm run bench -- bias-variants   (EVENTS=N for a sample of the first N events while iterating)
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { devset } from './devsets.js';
import { infSentenceScore, loadBasil, orderScore } from './basil.js';
import { analyseBasil, heldOutOverride } from './framing-devset.js';
import type { BasilArticle } from './basil.js';
import { basilSentences, examplesOf } from './bias-examples.js';
import type { BasilSentences } from './bias-examples.js';
import { CANDIDATES, INNER_FOLDS, OUTER_FOLDS, nestedCv } from '../src/framing/bias-sentences/cv.js';
import type { Example } from '../src/framing/bias-sentences/model.js';
import { closestSentences, eventContext } from './bias-context.js';
import type { ContextArticle } from './bias-context.js';
import { bodySentences } from '../src/framing/bias-sentences/features.js';
import { toneWords } from '../src/framing/tone-words.js';
import { insideAny } from '../src/analyze/spans.js';
import { dataPath } from '../src/data-path.js';
import { loadWordVectors, VECTORS_PACKAGE } from './word-vectors.js';
import type { TrainOptions } from '../src/framing/bias-sentences/model.js';
import { STACK_ROWS, sentenceWords, stackRunner } from './bias-stack.js';
import type { StackData } from './bias-stack.js';

type Features = Map<string, number>;
/** A variant adds features to (or replaces some of) a sentence's round-4 features. */
type Variant = (r: BasilSentences, article: number, sentence: number, f: Features) => Features;

/** Tokens of one body sentence (the parsed article keeps them). */
function tokensOf(r: BasilSentences, si: number) {
  const s = r.sentences[si];
  return r.parsedArticle.blocks.filter((b) => b.role === 'body').flatMap((b) => b.parsed.tokens.filter((t) => t.start >= s.start && t.start < s.end));
}

// Event-independent words: function words, contrast, hedges, time of the background. Written by hand.
const FUNCTION = new Set(('a an the and or but if of to in on at by for with from as into about than then that this these those it its '
  + 'he she they we you i his her their our your my him them us me be is are was were been being have has had do does did '
  + 'will would can could may might shall should must not no so also just there here which who whom whose what when where why how '
  + 'all any some each more most other such only own same very up out over after before while during '
  + "however although though yet despite even still already again once since ago last former previously earlier recently long never n't "
  + 'reportedly allegedly apparently actually indeed instead rather because according whether').split(' '));

// The published lists of biased and subjective language in ../shared/lexicons (Recasens et al. 2013's
// linguistic features), read only here; a missing folder leaves the variant out.
const LEXICONS = join(import.meta.dirname, '..', '..', 'shared', 'lexicons');
const LIST_FILES: Record<string, string> = { npov: 'npov_lexicon.txt', hedges: 'hedges_hyland2005.txt', factives: 'factives_hooper1975.txt', assertives: 'assertives_hooper1975.txt', implicatives: 'implicatives_karttunen1971.txt', report: 'report_verbs.txt', strong: 'strong_subjectives_riloff2003.txt', weak: 'weak_subjectives_riloff2003.txt' };

function publishedLists(): Map<string, { single: Set<string>; multi: string[] }> | null {
  if (!existsSync(LEXICONS)) return null;
  return new Map(Object.entries(LIST_FILES).map(([k, file]) => {
    const entries = readFileSync(join(LEXICONS, file), 'utf8').split('\n').map((l) => l.trim().toLowerCase()).filter((l) => l && !l.startsWith('#') && !l.startsWith(';'));
    return [k, { single: new Set(entries.filter((e) => !e.includes(' '))), multi: entries.filter((e) => e.includes(' ')) }] as const;
  }));
}

export function biasVariants(): void {
  const path = devset('framing/basil-dev.jsonl.gz', 'Bias-sentence feature variants on BASIL dev');
  if (!path) return;
  const sample = Number(process.env.EVENTS ?? 0);
  const events = sample ? loadBasil(path).slice(0, sample) : loadBasil(path);
  const read = basilSentences(events);
  // SHIPPED=1: the base row is the shipped model's inputs since round 7 (the round-4 features and the
  // word vectors of the shipped vocabulary), for its five-split figure; the vector rows then add to it.
  const { examples, groups, where, vectors: shippedVectors } = examplesOf(read, !!process.env.SHIPPED);

  // The story of each article: the other articles of its event, as the compare stage would have them.
  const byEvent = new Map<string, number[]>();
  read.forEach((r, i) => byEvent.set(r.article.event, [...(byEvent.get(r.article.event) ?? []), i]));
  const others = read.map((r, i) => byEvent.get(r.article.event)!.filter((j) => j !== i).map((j) => read[j]));
  const asContext = (o: BasilSentences): ContextArticle => ({ text: o.analysis.article.text, sentences: o.sentences, actors: o.analysis.actors, quotes: o.analysis.quotes, figures: o.analysis.figures });
  const context = read.map((r, i) => eventContext(asContext(r), others[i].map(asContext)));
  const closest = read.map((r, i) => closestSentences(asContext(r), others[i].map(asContext)));

  const words = toneWords();
  const lists = publishedLists();
  const body = new Map(read.map((r) => [r, bodySentences(r.parsedArticle)]));
  const NEIGHBOUR = ['lex:neg', 'voice:quoted', 'tone:neg', 'loaded:term', 'voice:own'];
  const neighbours = (steps: readonly [number, string][]): Variant => (r, _a, si, f) => {
    const g = new Map(f);
    for (const [d, name] of steps) {
      const n = r.sentences[si + d];
      if (!n) {
        g.set(`nb:${name}:none`, 1);
        continue;
      }
      for (const k of NEIGHBOUR) if (n.features.get(k)) g.set(`nb:${name}:${k}`, n.features.get(k)!);
    }
    return g;
  };
  const variants: [string, string, Variant][] = [
    ['base', 'the round-4 features (the shipped model\'s)', (_r, _a, _s, f) => f],
    ['context', 'event context: closest sentence of the others (TF-IDF cosine, binned), share of words no other article uses, an actor / quotation / figure the others have or not (bench/bias-context.ts)', (_r, ai, si, f) => new Map([...f, ...context[ai][si]])],
    ['context-diff', 'how the sentence differs from its closest sentence of the others (similarity ≥ 0.2): more or fewer negative / positive words, quotation, negative tone, Hu & Liu loaded words; unmatched otherwise', (_r, ai, si, f) => {
      const g = new Map(f);
      const m = closest[ai][si];
      if (m.other < 0 || m.similarity < 0.2) return g.set('cd:unmatched', 1);
      const o = others[ai][m.other].sentences[m.sentence].features;
      for (const k of ['lex:neg', 'lex:pos', 'voice:quoted', 'tone:neg', 'loaded:liu-negative']) {
        const d = (f.get(k) ?? 0) - (o.get(k) ?? 0);
        if (d > 0) g.set(`cd:more:${k}`, 1);
        if (d < 0) g.set(`cd:less:${k}`, 1);
      }
      return g;
    }],
    ['tone-lookup', 'polarity words looked up by the written form, then the lemma (as tone.ts), not the written form only', (r, _a, si, f) => {
      const g = new Map([...f].filter(([n]) => !n.startsWith('lex:')));
      let neg = 0, pos = 0;
      for (const t of tokensOf(r, si)) {
        if (t.type !== 'word') continue;
        const w = words.get(t.normal.toLowerCase()) ?? (t.lemma ? words.get(t.lemma) : undefined);
        if (w) w.polarity < 0 ? (neg += 1) : (pos += 1);
      }
      if (neg) g.set('lex:neg', Math.min(neg, 3) / 3);
      if (pos) g.set('lex:pos', Math.min(pos, 3) / 3);
      return g;
    }],
    ['neighbours', 'five features of the sentence before and after (negative words, quotation, negative tone, loaded term, own voice): bias spans cluster', neighbours([[-1, 'prev'], [1, 'next']])],
    ['neighbours-2', 'the same, two sentences each way', neighbours([[-1, 'prev'], [1, 'next'], [-2, 'prev2'], [2, 'next2']])],
    ['paragraph', 'first / middle / last sentence of its paragraph, and the paragraph\'s size', (r, _a, si, f) => {
      const bs = body.get(r)!;
      const same = bs.filter((x) => x.block === bs[si].block);
      const k = same.indexOf(bs[si]);
      return new Map([...f, [k === 0 ? 'pp:first' : k === same.length - 1 ? 'pp:last' : 'pp:middle', 1], [`pp:size:${Math.min(same.length, 4)}`, 1]]);
    }],
    ['article', 'the article\'s mean of the five neighbour features (a sentence read against its article)', (r, _a, _s, f) => {
      const g = new Map(f);
      for (const k of NEIGHBOUR) g.set(`art:${k}`, r.sentences.reduce((n, x) => n + (x.features.get(k) ?? 0), 0) / r.sentences.length);
      return g;
    }],
    ['style', 'event-independent words (function words, contrast, hedges, background time), a year, ? ! : ; ( and dashes, counts of adjectives, adverbs, numbers, names, pronouns, auxiliaries', (r, _a, si, f) => {
      const g = new Map(f);
      const pos = new Map<string, number>();
      for (const t of tokensOf(r, si)) {
        if (t.type === 'word') pos.set(t.pos, (pos.get(t.pos) ?? 0) + 1);
        const w = t.normal.toLowerCase();
        if (FUNCTION.has(w)) g.set(`fw:${w}`, 1);
        if (t.type === 'punctuation' && ['?', '!', ':', ';', '(', '—', '–'].includes(w)) g.set(`punct:${w}`, 1);
        if (/^(19|20)\d\d$/.test(w)) g.set('year', 1);
      }
      for (const p of ['ADJ', 'ADV', 'NUM', 'PROPN', 'PRON', 'AUX']) g.set(`pos:${p}:${Math.min(pos.get(p) ?? 0, 3)}`, 1);
      return g;
    }],
    ...(lists ? [['lists', `the published bias and subjectivity lists (${Object.keys(LIST_FILES).join(', ')}): words of each list in the sentence, capped at 3`, (r: BasilSentences, _a: number, si: number, f: Features) => {
      const g = new Map(f);
      const count = new Map<string, number>();
      for (const t of tokensOf(r, si)) {
        if (t.type !== 'word') continue;
        for (const [n, l] of lists) if (l.single.has(t.normal.toLowerCase()) || l.single.has(t.lemma)) count.set(n, (count.get(n) ?? 0) + 1);
      }
      const s = r.sentences[si];
      const text = ` ${r.analysis.article.text.slice(s.start, s.end).toLowerCase().replace(/[^a-z' ]+/g, ' ')} `;
      for (const [n, l] of lists) for (const m of l.multi) if (text.includes(` ${m} `)) count.set(n, (count.get(n) ?? 0) + 1);
      for (const [n, c] of count) g.set(`lx:${n}`, Math.min(c, 3) / 3);
      return g;
    }] as [string, string, Variant]] : []),
  ];
  // The round-7 rows load the whole vector table (a second time with SHIPPED=1): only when one is asked for.
  const asked = process.env.VARIANTS?.split(/[,+]/);
  const vec = !asked || asked.some((n) => n.startsWith('vec-')) ? vectorVariants(read, where) : null;
  variants.push(...(vec?.variants ?? []));
  const combos = [['context', 'neighbours'], ['tone-lookup', 'context', 'neighbours'], ['context-diff', 'context'], ...(vec ? VECTOR_COMBOS : [])];
  // VARIANTS=base,vec-mean,... runs only the named rows (a combination is named by its parts joined with +).
  const only = process.env.VARIANTS ? new Set(process.env.VARIANTS.split(',')) : null;
  // Round 8 (SHIPPED=1 only: they read the shipped vocabulary's vectors): stacked rows, bench/bias-stack.ts.
  const stackData: StackData | null = shippedVectors ? { base: examples.map((e) => ({ label: e.label, features: new Map([...e.features].filter(([n]) => !n.startsWith('vs:'))) })), groups, where, vectors: shippedVectors.vectors } : null;
  const runners = new Map<boolean, ReturnType<typeof stackRunner>>();
  const runnerOf = (sif: boolean) => {
    let r = runners.get(sif);
    if (!r) runners.set(sif, (r = stackRunner(stackData!, sentenceWords(read, stackData!.vectors, sif))));
    return r;
  };
  const stackSpec = new Map(STACK_ROWS.map(([n, , spec]) => [n, spec]));
  const runs: string[][] = [...variants.map(([n]) => [n]), ...combos, ...(stackData ? STACK_ROWS.map(([n]) => [n]) : [])].filter((run) => !only || only.has(run.join('+')));
  // SPLITS=1: the framing bench's split only (with ORDER=1, a quicker check of the order).
  const SALTS = ['', 'a', 'b', 'c', 'd'].slice(0, Number(process.env.SPLITS ?? 5));
  const candidates = CANDIDATES.filter((c) => !c.words);
  // A row may choose its penalty from a wider grid (stated with the row); the others use the round-5 grid.
  const candidatesOf = (run: string[]): readonly TrainOptions[] => run.some((n) => WIDE_L2.has(n)) ? WIDE_CANDIDATES : candidates;
  const articles = events.flat();

  console.log(`\n## Bias-sentence feature variants on BASIL dev: nested ${OUTER_FOLDS}-fold CV by event, ${SALTS.length} splits (${new Set(groups).size} events, ${examples.length} sentences; no word features)`);
  for (const [name, what] of variants) console.log(`- ${name}: ${what}`);
  if (stackData) for (const [name, what] of STACK_ROWS) console.log(`- ${name}: ${what} (round 8, bench/bias-stack.ts)`);
  if (!lists) console.log(`- lists: skipped (${LEXICONS} not found)`);
  if (!vec) console.log(`- word-vector variants: ${asked ? 'not asked for' : `skipped (${VECTORS_PACKAGE} not installed)`}`);
  else console.log(`- word vectors: ${vec.note}`);
  const orderHead = process.env.ORDER ? ' order, split 1: undated; dated (pairs / most-right / most-left) |' : '';
  console.log(`\n| variant | F1 per split (split 1 is the framing bench's) | mean F1 | mean P / R |${orderHead}\n|---|---|---|---|${orderHead ? '---|' : ''}`);
  for (const run of runs) {
    const spec = run.length === 1 ? stackSpec.get(run[0]) : undefined;
    const fs = spec ? [] : run.map((n) => variants.find(([m]) => m === n)![2]);
    const ex: Example[] = spec ? [] : examples.map((e, i) => ({ label: e.label, features: fs.reduce((f, v) => v(read[where[i].article], where[i].article, where[i].sentence, f), e.features) }));
    let order = '';
    const scores = SALTS.map((salt) => {
      const cv = spec ? runnerOf(spec.sif).cv(spec, salt, OUTER_FOLDS, candidates, INNER_FOLDS) : nestedCv(ex, groups.map((g) => salt + g), OUTER_FOLDS, candidatesOf(run), INNER_FOLDS);
      const flags = new Map<BasilArticle, Set<number>>();
      const flaggedAt = new Map<BasilArticle, { start: number; end: number; p: number }[]>();
      cv.flagged.forEach((fl, i) => {
        if (!fl) return;
        const r = read[where[i].article];
        flags.set(r.article, (flags.get(r.article) ?? new Set()).add(r.basilIndex[where[i].sentence]));
        const s = r.sentences[where[i].sentence];
        flaggedAt.set(r.article, [...(flaggedAt.get(r.article) ?? []), { start: s.start, end: s.end, p: cv.p[i] }]);
      });
      // ORDER=1: the relative order with this row's held-out flags of split 1 (the framing bench's own split),
      // undated and dated, as `npm run bench -- framing` reads it (pairs / most-right / most-left).
      if (process.env.ORDER && salt === '') {
        order = [false, true].map((dated) => {
          const story = analyseBasil(events, dated, heldOutOverride(flaggedAt));
          const o = orderScore(events, (a) => {
            const { story: st, index } = story.get(a)!;
            return st.framing[index].relativeLean;
          });
          return `${o.pairs.toFixed(3)} / ${o.mostRight.toFixed(2)} / ${o.mostLeft.toFixed(2)}`;
        }).join('; ');
      }
      return infSentenceScore(articles, (a) => flags.get(a) ?? new Set());
    });
    const mean = (k: 'p' | 'r' | 'f1') => scores.reduce((n, s) => n + s[k], 0) / scores.length;
    console.log(`| ${run.join(' + ')} | ${scores.map((s) => s.f1.toFixed(3)).join(' ')} | **${mean('f1').toFixed(3)}** | ${mean('p').toFixed(3)} / ${mean('r').toFixed(3)} |${order ? ` ${order} |` : ''}`);
  }
  console.log('(target 0.35; flag-all 0.263; word rule 0.323; RoBERTa 0.425; three-article model 0.441)');
}

// ---- Round 7: dense word vectors (stated before they were measured; docs/framing.md, round 7) ----

/** Content words: nouns, verbs, adjectives, adverbs. Names (PROPN) are left out: a name carries its event, not the bias. */
const CONTENT_POS = new Set(['NOUN', 'VERB', 'ADJ', 'ADV']);
/** Standardised vector components are scaled to about a binary feature's spread (a 15% feature has sd 0.36). */
const VECTOR_SCALE = 0.3;
/** Rows whose penalty is chosen from a wider grid: 100 dense features may need more shrinking than 0.1. */
const WIDE_L2 = new Set(['vec-mean-wide']);
const WIDE_CANDIDATES: readonly TrainOptions[] = [0.001, 0.01, 0.1, 0.3, 1].map((l2) => ({ ...CANDIDATES[0], l2, words: false }));
const VECTOR_COMBOS = [['vec-mean', 'vec-diff-article'], ['vec-own', 'vec-loaded'], ['vec-pca', 'vec-loaded']];
const PCA_DIMS = 10;

type Vec = Float32Array;
const cosine = (a: Vec, b: Vec) => {
  let ab = 0, aa = 0, bb = 0;
  for (let i = 0; i < a.length; i += 1) {
    ab += a[i] * b[i];
    aa += a[i] * a[i];
    bb += b[i] * b[i];
  }
  return aa && bb ? ab / Math.sqrt(aa * bb) : 0;
};

/** Mean of vectors, or null when there are none. */
function meanOf(vs: readonly Vec[], dims: number): Vec | null {
  if (!vs.length) return null;
  const m = new Float32Array(dims);
  for (const v of vs) for (let i = 0; i < dims; i += 1) m[i] += v[i] / vs.length;
  return m;
}

/**
 * Standardises one kind of per-sentence vector over the labelled sentences (no labels read: the same
 * transform for every fold), and returns a variant adding it as `prefix:0..n` (scaled), or `prefix:none`.
 */
function standardised(prefix: string, per: (Vec | null)[][], where: readonly { article: number; sentence: number }[]): Variant {
  const rows = where.map((w) => per[w.article][w.sentence]).filter((v): v is Vec => v !== null);
  const dims = rows[0]?.length ?? 0;
  const mean = new Float64Array(dims), sd = new Float64Array(dims);
  for (const v of rows) for (let i = 0; i < dims; i += 1) mean[i] += v[i] / rows.length;
  for (const v of rows) for (let i = 0; i < dims; i += 1) sd[i] += (v[i] - mean[i]) ** 2 / rows.length;
  for (let i = 0; i < dims; i += 1) sd[i] = Math.sqrt(sd[i]) || 1;
  return (_r, ai, si, f) => {
    const g = new Map(f);
    const v = per[ai][si];
    if (!v) return g.set(`${prefix}:none`, 1);
    for (let i = 0; i < dims; i += 1) g.set(`${prefix}:${i}`, (VECTOR_SCALE * (v[i] - mean[i])) / sd[i]);
    return g;
  };
}

/** The first `k` principal axes of the rows (power iteration with deflation on the covariance; deterministic start). */
function principalAxes(rows: readonly Vec[], k: number): Vec[] {
  const d = rows[0].length;
  const mean = new Float64Array(d);
  for (const v of rows) for (let i = 0; i < d; i += 1) mean[i] += v[i] / rows.length;
  const cov = Array.from({ length: d }, () => new Float64Array(d));
  for (const v of rows) for (let i = 0; i < d; i += 1) for (let j = 0; j < d; j += 1) cov[i][j] += ((v[i] - mean[i]) * (v[j] - mean[j])) / rows.length;
  const axes: Vec[] = [];
  for (let a = 0; a < k; a += 1) {
    let x = new Float64Array(d).map((_, i) => 1 / Math.sqrt(d) + (i % 2 ? 0.01 : -0.01));
    for (let it = 0; it < 200; it += 1) {
      const y = new Float64Array(d);
      for (let i = 0; i < d; i += 1) for (let j = 0; j < d; j += 1) y[i] += cov[i][j] * x[j];
      for (const p of axes) {
        let dot = 0;
        for (let i = 0; i < d; i += 1) dot += y[i] * p[i];
        for (let i = 0; i < d; i += 1) y[i] -= dot * p[i];
      }
      const n = Math.hypot(...y) || 1;
      x = y.map((v) => v / n);
    }
    axes.push(Float32Array.from(x));
  }
  return axes;
}

/** The round-7 variants, or null when the vectors package is not installed. */
function vectorVariants(read: readonly BasilSentences[], where: readonly { article: number; sentence: number }[]): { variants: [string, string, Variant][]; note: string } | null {
  const loadedWords = (JSON.parse(readFileSync(dataPath('loaded-terms.json'), 'utf8')) as { entries: { terms: string[] }[] }).entries.flatMap((e) => e.terms).map((t) => t.toLowerCase()).filter((t) => !t.includes(' ') && !t.includes('-'));
  const negWords = [...toneWords()].filter(([, w]) => w.polarity < 0).map(([k]) => k);
  const tokens = read.map((r) => r.sentences.map((_, si) => tokensOf(r, si).filter((t) => t.type === 'word')));
  const wanted = new Set<string>([...loadedWords, ...negWords]);
  for (const a of tokens) for (const s of a) for (const t of s) wanted.add(t.normal.toLowerCase()).add(t.lemma);
  const started = Date.now();
  const vectors = loadWordVectors(wanted);
  if (!vectors) return null;
  const dims = vectors.dims;
  const vecOf = (t: { normal: string; lemma: string }) => vectors.get(t.normal.toLowerCase()) ?? vectors.get(t.lemma);
  let content = 0, found = 0;
  const contentVecs = tokens.map((a) => a.map((s) => s.filter((t) => CONTENT_POS.has(t.pos)).flatMap((t) => {
    content += 1;
    const v = vecOf(t);
    if (v) found += 1;
    return v ? [v] : [];
  })));
  const quoted = read.map((r) => insideAny(r.analysis.quotes));
  const ownVecs = tokens.map((a, ai) => a.map((s) => s.filter((t) => CONTENT_POS.has(t.pos) && !quoted[ai](t.start, t.end)).flatMap((t) => vecOf(t) ?? [])));
  const sentMean = contentVecs.map((a) => a.map((s) => meanOf(s, dims)));
  const ownMean = ownVecs.map((a) => a.map((s) => meanOf(s, dims)));
  const articleMean = contentVecs.map((a) => meanOf(a.flat(), dims));
  const byEvent = new Map<string, number[]>();
  read.forEach((r, i) => byEvent.set(r.article.event, [...(byEvent.get(r.article.event) ?? []), i]));
  const othersMean = read.map((r, i) => meanOf(byEvent.get(r.article.event)!.filter((j) => j !== i).flatMap((j) => contentVecs[j].flat()), dims));
  const diff = (base: (Vec | null)[], i: number, m: Vec | null) => base.map((v) => (v && m ? v.map((x, k) => x - m[k]) : null));
  const diffArticle = sentMean.map((a, ai) => diff(a, ai, articleMean[ai]));
  const diffEvent = sentMean.map((a, ai) => diff(a, ai, othersMean[ai]));

  const centroid = (ws: readonly string[]) => meanOf(ws.flatMap((w) => vectors.get(w) ?? []), dims)!;
  const loaded = centroid(loadedWords);
  const negative = centroid(negWords);
  const loadedIn = loadedWords.filter((w) => vectors.get(w)).length;
  // Loadedness: the sentence mean's cosine to each centroid, and the most loaded content word's.
  const loadedness = contentVecs.map((a) => a.map((s) => {
    if (!s.length) return null;
    const m = meanOf(s, dims)!;
    return Float32Array.from([cosine(m, loaded), Math.max(...s.map((v) => cosine(v, loaded))), cosine(m, negative), Math.max(...s.map((v) => cosine(v, negative)))]);
  }));
  const rows = where.map((w) => sentMean[w.article][w.sentence]).filter((v): v is Vec => v !== null);
  const axes = principalAxes(rows, PCA_DIMS);
  const projected = sentMean.map((a) => a.map((v) => (v ? Float32Array.from(axes.map((p) => cosineFree(v, p))) : null)));

  const note = `${VECTORS_PACKAGE}: ${vectors.size} of ${wanted.size} words wanted have a vector (loaded and kept in ${((Date.now() - started) / 1000).toFixed(1)} s); content words with a vector ${found} of ${content} (${((100 * found) / content).toFixed(1)}%); loaded-term words with a vector ${loadedIn} of ${loadedWords.length}; negative polarity words ${negWords.length}`;
  const variants: [string, string, Variant][] = [
    ['vec-mean', `(a) the mean vector of the sentence's content words (${[...CONTENT_POS].join(', ')}; written form, then lemma), each component standardised over the sentences and scaled by ${VECTOR_SCALE}`, standardised('vs', sentMean, where)],
    ['vec-own', '(b) the same over the content words outside quotations only (the outlet\'s own voice); none when the sentence is all quotation', standardised('vo', ownMean, where)],
    ['vec-diff-article', '(c) the sentence\'s mean vector minus its article\'s mean (content words of all its body sentences), standardised', standardised('vda', diffArticle, where)],
    ['vec-diff-event', '(c\') the sentence\'s mean vector minus the mean of the event\'s other articles, standardised', standardised('vde', diffEvent, where)],
    ['vec-loaded', '(d) loadedness: cosine of the sentence mean, and the highest cosine of one content word, to the centroid of the loaded-term lexicon\'s one-word terms and to the centroid of the tone lexicon\'s negative words (4 features, standardised)', standardised('vl', loadedness, where)],
    ['vec-pca', `(e) the sentence mean vector projected on its first ${PCA_DIMS} principal axes (over the sentences, no labels), standardised: fewer dense weights to learn`, standardised('vp', projected, where)],
    ['vec-mean-wide', '(f) = (a) with the penalty chosen from L2 0.001 / 0.01 / 0.1 / 0.3 / 1', standardised('vs', sentMean, where)],
  ];
  return { variants, note };
}

const cosineFree = (a: Vec, b: Vec) => {
  let s = 0;
  for (let i = 0; i < a.length; i += 1) s += a[i] * b[i];
  return s;
};

if (import.meta.url === `file://${process.argv[1]}`) biasVariants();
