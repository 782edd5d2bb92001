// Round 6 of relative framing (docs/framing.md, "Round 6"): variants of the relative lean chosen on
// the even-id half of the AllSides stories (12 times BASIL's pairs) and read once on the odd half and
// on BASIL dev (undated and dated, bias signal from the held-out model) as held-out checks.
// Every article is analysed once; each variant recombines per-article values read from the analysis,
// so a variant costs no re-analysis. The shipped combination is recomputed the same way and checked
// against compareStory's own relativeLean.
// Run: npm run bench -- framing-allsides-split
import { readFileSync } from 'node:fs';
import { toDocument } from '../src/ingest/read-file.js';
import { analyzeDocuments } from '../src/pipeline.js';
import type { ArticleAnalysis } from '../src/analyze/index.js';
import { compareStory } from '../src/compare/index.js';
import { withEventDay } from '../src/corpus/overlay.js';
import { framingInput } from '../src/framing/index.js';
import type { FramingInput } from '../src/framing/index.js';
import { ATTRIBUTION_WORDS, BIAS_PRIOR, FLOORS, SOURCE_PRIOR, WEIGHTS, scaled, toneBalance } from '../src/framing/relative.js';
import { speakerActors } from '../src/actors/sources.js';
import { slantCalibration } from '../src/lexicon/published.js';
import { devset } from './devsets.js';
import { loadBasil } from './basil.js';
import type { BasilArticle } from './basil.js';
import { basilSentences } from './bias-examples.js';
import { analyseBasil, heldOutFlags, heldOutOverride } from './framing-devset.js';
import type { AllSidesLine } from './framing-devset.js';

type Tally = { left: number; right: number };

/** What the variants read from one article (the story's copy of its analysis). */
interface Feat {
  stance: -1 | 0 | 1;
  input: FramingInput;
  /** Distinct sided actors quoted (speech) or cited (attributions), per side. */
  speakers: Tally;
  /** Quoted words and attributions of speakers whose side is not from a group word (`sideSource` group). */
  namedWords: Tally;
  namedAttributions: Tally;
  /** The learned lean of the headline's phrases read as a short document; null: no phrase there or no political subject. */
  headLean: number | null;
  /** `leanLogit` without the headline's phrases; null without a political subject. */
  bodyLean: number | null;
  /** `leanLogit` whatever the article's political subject, and whether it has one (variant 7). */
  anyLean: number;
  political: boolean;
  /** Words of the body (the article's words less the headline's). */
  bodyWords: number;
  /** The shipped relativeLean, for the check that the bench recomputes it. */
  shipped: number;
  /** The story hears one side only (the shipped sources rule gives every article of it no value). */
  oneSided: boolean;
}

type Story = { id: number; feats: Feat[] };

const story = (id: number, feats: Feat[]): Story => {
  const one = !heardBoth(feats, SHIPPED);
  return { id, feats: feats.map((f) => ({ ...f, oneSided: one })) };
};

function featuresOf(a: ArticleAnalysis, stance: -1 | 0 | 1, shipped: number): Feat {
  const input = framingInput(a);
  const who = speakerActors(a.actors);
  // An actor's side comes from a group word when every sided mention of it does ("Democrats", "the GOP").
  const fromGroup = new Map<string, boolean>();
  for (const m of a.actors) if (m.side) fromGroup.set(m.actor, (fromGroup.get(m.actor) ?? true) && m.sideSource === 'group');
  const speakers = { left: new Set<string>(), right: new Set<string>() };
  const namedWords = { left: 0, right: 0 };
  const namedAttributions = { left: 0, right: 0 };
  for (const q of a.quotes) {
    if (q.quoteKind !== 'speech') continue;
    const w = who(q.speaker, q.speakerMention);
    if (!w?.side) continue;
    speakers[w.side].add(w.actor);
    if (!fromGroup.get(w.actor)) namedWords[w.side] += q.words;
  }
  for (const x of a.attributions) {
    const w = who(x.source, x.text);
    if (!w?.side) continue;
    speakers[w.side].add(w.actor);
    if (!fromGroup.get(w.actor)) namedAttributions[w.side] += 1;
  }
  const cal = slantCalibration();
  const weight = cal.lean.weights.learnedLean ?? 0;
  const head = a.phrases.filter((p) => p.where === 'headline');
  const headSum = head.reduce((n, p) => n + p.lean, 0);
  const political = a.political.found;
  const logit = a.slant.layers?.leanLogit ?? 0;
  const headWords = a.article.blocks.filter((b) => b.role === 'headline').reduce((n, b) => n + b.text.split(/\s+/).filter(Boolean).length, 0);
  return {
    stance, input, shipped,
    speakers: { left: speakers.left.size, right: speakers.right.size },
    namedWords, namedAttributions,
    headLean: political && head.length > 0 ? (weight * headSum * 1000) / cal.minWords : null,
    bodyLean: political ? logit - (weight * headSum * 1000) / Math.max(a.words, cal.minWords) : null,
    anyLean: logit,
    political,
    bodyWords: a.words - headWords,
    oneSided: false,
  };
}

// ---- the sets -------------------------------------------------------------------------------------

function allSidesStories(): Story[] | null {
  const path = devset('stories/allsides-2021.jsonl', 'Round 6 split of the AllSides stories');
  if (!path) return null;
  const lines = readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as AllSidesLine & { id: number });
  const stance = { left: -1, center: 0, right: 1 } as const;
  const out: Story[] = [];
  for (const line of lines) {
    const sides = (['left', 'center', 'right'] as const).filter((s) => line.news[s]);
    if (sides.length < 2) continue;
    // Read as bench/framing-devset.ts' allSidesOrder reads them: headline, blank line, excerpt; the story's date.
    const analyses = sides.map((side, i) => {
      const a = line.news[side]!;
      const [x] = analyzeDocuments([toDocument(`${String(i).padStart(3, '0')}_article.txt`, `${a.newsTitle}\n\n${a.newBody.join('\n\n')}`, 'text')]);
      return withEventDay(x, line.date);
    });
    const s = compareStory({ slug: String(line.id), keywords: [] }, analyses);
    out.push(story(Number(line.id), s.articles.map((x, i) => featuresOf(x, stance[sides[i]], s.framing[i].relativeLean))));
  }
  return out;
}

function basilStories(): { undated: Story[]; dated: Story[] } | null {
  const path = devset('framing/basil-dev.jsonl.gz', 'Round 6 held-out check on BASIL dev');
  if (!path) return null;
  const events = loadBasil(path);
  const { flaggedAt } = heldOutFlags(basilSentences(events));
  const read = (dated: boolean) => {
    const r = analyseBasil(events, dated, heldOutOverride(flaggedAt));
    return events.map((event, k): Story => story(k, event.map((a: BasilArticle) => {
      const { story: s, index } = r.get(a)!;
      return featuresOf(s.articles[index], a.stance, s.framing[index].relativeLean);
    })));
  };
  return { undated: read(false), dated: read(true) };
}

// ---- combining and scoring ----------------------------------------------------------------------

interface Params {
  sourcePrior: number;
  attributionWords: number;
  biasPrior: number;
  floors: { sources: number; learned: number; bias: number; tone: number; head: number };
  /** Which sources signal: shipped quoted words, distinct speakers, or named (not group) speakers only. */
  sources: 'words' | 'speakers' | 'named';
  /** Learned lean as one signal, split into body and headline, or gated on the story's politics (7). */
  learned: 'whole' | 'split' | 'story-gate';
  weights: { sources: number; learned: number; bias: number; tone: number; head: number };
}

const SHIPPED: Params = {
  sourcePrior: SOURCE_PRIOR, attributionWords: ATTRIBUTION_WORDS, biasPrior: BIAS_PRIOR,
  floors: { sources: FLOORS.sources, learned: FLOORS.learned, bias: FLOORS.bias, tone: FLOORS.tone, head: FLOORS.learned },
  sources: 'words', learned: 'whole',
  weights: { sources: WEIGHTS.sources, learned: WEIGHTS.learned, bias: WEIGHTS.bias, tone: WEIGHTS.tone, head: 0 },
};

type Raw = (f: Feat) => number | null;

function sourcesRaw(p: Params): Raw {
  if (p.sources === 'speakers') return (f) => (f.speakers.left + f.speakers.right === 0 ? null : (f.speakers.right - f.speakers.left) / (f.speakers.right + f.speakers.left + 1));
  const words = (f: Feat) => (p.sources === 'named' ? f.namedWords : f.input.quotedWords);
  const attrs = (f: Feat) => (p.sources === 'named' ? f.namedAttributions : f.input.attributions);
  return (f) => {
    const r = words(f).right + p.attributionWords * attrs(f).right;
    const l = words(f).left + p.attributionWords * attrs(f).left;
    return r + l === 0 ? null : (r - l) / (r + l + p.sourcePrior);
  };
}

/** Whether the story hears each side under the variant's sourcing (the shipped storySourceBalances rule). */
function heardBoth(feats: readonly Feat[], p: Params): boolean {
  const tally = (f: Feat): Tally => (p.sources === 'speakers' ? f.speakers : p.sources === 'named'
    ? { left: f.namedWords.left + f.namedAttributions.left, right: f.namedWords.right + f.namedAttributions.right }
    : { left: f.input.quotedWords.left + f.input.attributions.left, right: f.input.quotedWords.right + f.input.attributions.right });
  return feats.some((f) => tally(f).left > 0) && feats.some((f) => tally(f).right > 0);
}

const biasRaw = (prior: number): Raw => (f) => {
  const b = f.input.bias;
  if (!b.some((x) => x.leaning !== 0)) return null;
  return b.reduce((n, x) => n + x.probability * x.leaning, 0) / (b.reduce((n, x) => n + x.probability, 0) + prior);
};

const round3 = (x: number) => Math.round(x * 1000) / 1000;

/** The relative lean of each article of a story under the variant (the shipped relativeFraming when p is SHIPPED). */
function leans(feats: readonly Feat[], p: Params): number[] {
  const parts: [number, (number | null)[], number][] = [];
  const src = sourcesRaw(p);
  parts.push([p.weights.sources, heardBoth(feats, p) ? feats.map(src) : feats.map(() => null), p.floors.sources]);
  parts.push([p.weights.tone, feats.map((f) => toneBalance(f.input)), p.floors.tone]);
  if (p.learned === 'whole') parts.push([p.weights.learned, feats.map((f) => f.input.learnedLean), p.floors.learned]);
  else if (p.learned === 'story-gate') parts.push([p.weights.learned, feats.some((f) => f.political) ? feats.map((f) => f.anyLean) : feats.map(() => null), p.floors.learned]);
  else {
    parts.push([p.weights.learned, feats.map((f) => f.bodyLean), p.floors.learned]);
    parts.push([p.weights.head, feats.map((f) => f.headLean), p.floors.head]);
  }
  parts.push([p.weights.bias, feats.map(biasRaw(p.biasPrior)), p.floors.bias]);
  const out = feats.map(() => 0);
  for (const [w, raw, floor] of parts) {
    if (w === 0) continue;
    scaled(raw, floor).forEach((v, i) => { out[i] += w * v; });
  }
  return out.map(round3);
}

interface Score { pairs: number; n: number; mostRight: number; mostLeft: number; perStory: { agree: number; n: number }[] }

/** Pairs with different labels ordered as labelled (ties half); most-right / most-left over stories with a right or left label. */
function score(stories: readonly Story[], lean: (s: Story) => number[]): Score {
  let agree = 0, n = 0, mr = 0, ml = 0, counted = 0;
  const perStory: { agree: number; n: number }[] = [];
  for (const s of stories) {
    const l = lean(s);
    let a = 0, k = 0;
    for (let i = 0; i < l.length; i += 1) for (let j = i + 1; j < l.length; j += 1) {
      const want = Math.sign(s.feats[i].stance - s.feats[j].stance);
      if (want === 0) continue;
      const got = Math.sign(l[i] - l[j]);
      k += 1;
      a += got === 0 ? 0.5 : Number(got === want);
    }
    agree += a;
    n += k;
    perStory.push({ agree: a, n: k });
    if (!s.feats.some((f) => f.stance !== 0)) continue;
    counted += 1;
    const top = Math.max(...l), bottom = Math.min(...l);
    const atTop = s.feats.filter((_, i) => l[i] === top), atBottom = s.feats.filter((_, i) => l[i] === bottom);
    mr += atTop.filter((f) => f.stance === 1).length / atTop.length;
    ml += atBottom.filter((f) => f.stance === -1).length / atBottom.length;
  }
  return { pairs: n ? agree / n : 0, n, mostRight: counted ? mr / counted : 0, mostLeft: counted ? ml / counted : 0, perStory };
}

/** One standard error of a pair share (round 5's convention: sqrt(p(1 − p)/n)). */
const se = (s: Score) => Math.sqrt((s.pairs * (1 - s.pairs)) / s.n);

/** Standard error of the difference of two scores on the same stories, clustered by story. */
function pairedSe(a: Score, b: Score): number {
  const d = (a.pairs - b.pairs);
  let sum = 0;
  a.perStory.forEach((x, i) => {
    const di = x.agree - b.perStory[i].agree;
    sum += (di - x.n * d) ** 2;
  });
  return Math.sqrt(sum) / a.n;
}

// ---- the round ------------------------------------------------------------------------------------

type Sets = { even: Story[]; odd: Story[]; undated: Story[]; dated: Story[] };
const SET_NAMES: [keyof Sets, string][] = [['even', 'AllSides even (tuning)'], ['odd', 'AllSides odd (held out)'], ['undated', 'BASIL undated'], ['dated', 'BASIL dated']];

function gridParams(): Params[] {
  const out: Params[] = [];
  for (const sourcePrior of [5, 10, 20, 40]) for (const attributionWords of [5, 15, 30]) for (const biasPrior of [1, 2, 4])
    for (const fs of [0.05, 0.1, 0.2]) for (const fl of [0.25, 0.5, 1]) for (const fb of [0.05, 0.1, 0.2])
      out.push({ ...SHIPPED, sourcePrior, attributionWords, biasPrior, floors: { ...SHIPPED.floors, sources: fs, learned: fl, bias: fb } });
  return out;
}

const changed = (p: Params) => Number(p.sourcePrior !== SHIPPED.sourcePrior) + Number(p.attributionWords !== SHIPPED.attributionWords) + Number(p.biasPrior !== SHIPPED.biasPrior)
  + Number(p.floors.sources !== SHIPPED.floors.sources) + Number(p.floors.learned !== SHIPPED.floors.learned) + Number(p.floors.bias !== SHIPPED.floors.bias);

const describeGrid = (p: Params) => `SOURCE_PRIOR ${p.sourcePrior}, ATTRIBUTION_WORDS ${p.attributionWords}, BIAS_PRIOR ${p.biasPrior}, floors sources ${p.floors.sources} / learned ${p.floors.learned} / bias ${p.floors.bias}`;

function coverage(name: string, stories: readonly Story[]): string {
  const feats = stories.flatMap((s) => s.feats);
  const pct = (k: number) => `${((100 * k) / feats.length).toFixed(1)}%`;
  const storyNull = feats.filter((f) => f.oneSided || sourcesRaw(SHIPPED)(f) === null).length;
  const none = (r: Raw) => feats.filter((f) => r(f) === null).length;
  const medianWords = [...feats.map((f) => f.bodyWords)].sort((a, b) => a - b)[Math.floor(feats.length / 2)];
  return `| ${name} | ${feats.length} | ${medianWords} | ${pct(none(sourcesRaw(SHIPPED)))} | ${pct(storyNull)} | ${pct(none((f) => toneBalance(f.input)))} | ${pct(none((f) => f.input.learnedLean))} | ${pct(none((f) => f.headLean))} | ${pct(none(biasRaw(BIAS_PRIOR)))} | ${pct(feats.filter((f) => f.input.bias.length === 0).length)} |`;
}

export function framingAllSidesSplit(): void {
  const started = performance.now();
  const all = allSidesStories();
  if (!all) return;
  const basil = basilStories();
  const sets: Sets = { even: all.filter((s) => s.id % 2 === 0), odd: all.filter((s) => s.id % 2 === 1), undated: basil?.undated ?? [], dated: basil?.dated ?? [] };
  const active = SET_NAMES.filter(([k]) => sets[k].length > 0);
  console.log(`\n## Round 6: relative framing variants chosen on AllSides' even half (${sets.even.length} stories), read on the odd half (${sets.odd.length}) and BASIL (${sets.undated.length} events)`);
  console.log(`(${((performance.now() - started) / 1000).toFixed(0)} s to analyse; every variant recombines the same analyses)`);

  // The bench recomputes the shipped relativeLean: any difference means it measures something else.
  const mismatched = Object.values(sets).flat().flatMap((s) => { const l = leans(s.feats, SHIPPED); return s.feats.filter((f, i) => f.shipped !== l[i]); }).length;
  console.log(`Shipped relativeLean recomputed by the bench: ${mismatched} of ${Object.values(sets).flat().reduce((n, s) => n + s.feats.length, 0)} articles differ from compareStory's.`);

  // Where a signal cannot help: how often it has no value.
  console.log('\nArticles with no value for a signal (the signal counts 0 there, before centring):');
  console.log('| set | articles | median body words | sources: none sided | sources: none after the story rule | tone | learned (no political subject) | headline learned phrase | bias: no sided flagged sentence | no flagged sentence at all |\n|---|---|---|---|---|---|---|---|---|---|');
  for (const [k, name] of active) console.log(coverage(name, sets[k]));
  // AllSides by excerpt length (body words, headline left out), in thirds of the excerpts.
  const allStories = [...sets.even, ...sets.odd];
  const lengths = allStories.flatMap((s) => s.feats.map((f) => f.bodyWords)).sort((a, b) => a - b);
  const cuts = [0, lengths[Math.floor(lengths.length / 3)], lengths[Math.floor((2 * lengths.length) / 3)], Infinity];
  for (let t = 0; t < 3; t += 1) {
    const [lo, hi] = [cuts[t], cuts[t + 1]];
    const byLen = allStories.map((s) => ({ ...s, feats: s.feats.filter((f) => f.bodyWords >= lo && f.bodyWords < hi) })).filter((s) => s.feats.length > 0);
    // The story rule is read on the whole story (oneSided), the rest per article.
    console.log(coverage(`AllSides, body ${lo}-${hi === Infinity ? '' : hi - 1} words`, byLen));
  }

  // Where a signal speaks: labelled pairs whose two articles both have a value, and how often the raw
  // values order them as labelled (ties half). A signal can only choose between variants where it speaks.
  const speaks: [string, Raw, boolean][] = [
    ['sources (story rule)', sourcesRaw(SHIPPED), true],
    ['learned', (f) => f.input.learnedLean, false],
    ['bias', biasRaw(BIAS_PRIOR), false],
    ['tone', (f) => toneBalance(f.input), false],
    ['headline learned', (f) => f.headLean, false],
  ];
  console.log(`\nWhere each signal speaks: share of the labelled pairs whose two articles both have a value, and the raw values' pair order there.\n| signal | ${active.map(([, n]) => n).join(' | ')} |\n|---|${active.map(() => '---|').join('')}`);
  for (const [name, raw, storyRule] of speaks) {
    const cells = active.map(([k]) => {
      let n = 0, with_ = 0, agree = 0;
      for (const st of sets[k]) for (let i = 0; i < st.feats.length; i += 1) for (let j = i + 1; j < st.feats.length; j += 1) {
        const [a, b] = [st.feats[i], st.feats[j]];
        const want = Math.sign(a.stance - b.stance);
        if (want === 0) continue;
        n += 1;
        const [x, y] = [raw(a), raw(b)];
        if (x === null || y === null || (storyRule && a.oneSided)) continue;
        with_ += 1;
        const got = Math.sign(x - y);
        agree += got === 0 ? 0.5 : Number(got === want);
      }
      return `${((100 * with_) / n).toFixed(1)}% of ${n}: ${with_ ? (agree / with_).toFixed(3) : '-'}`;
    });
    console.log(`| ${name} | ${cells.join(' | ')} |`);
  }

  const base = Object.fromEntries(active.map(([k]) => [k, score(sets[k], (s) => leans(s.feats, SHIPPED))])) as Record<keyof Sets, Score>;
  const fmt = (s: Score) => `${s.pairs.toFixed(3)} / ${s.mostRight.toFixed(2)} / ${s.mostLeft.toFixed(2)}`;
  console.log(`\nPairs / most-right / most-left. One standard error (sqrt(p(1 − p)/n) of the shipped order): ${active.map(([k, name]) => `${name} ${se(base[k]).toFixed(3)} (${base[k].n} pairs)`).join(', ')}. In brackets: the difference to shipped ± its paired standard error clustered by story.`);
  console.log(`| variant | ${active.map(([, n]) => n).join(' | ')} | passes the rule |\n|---|${active.map(() => '---|').join('')}---|`);
  const row = (name: string, p: Params | ((s: Story) => number[]), judge = true) => {
    const f = typeof p === 'function' ? p : (s: Story) => leans(s.feats, p);
    const sc = Object.fromEntries(active.map(([k]) => [k, score(sets[k], f)])) as Record<keyof Sets, Score>;
    const cell = (k: keyof Sets) => `${fmt(sc[k])}${sc === base ? '' : ` (${(sc[k].pairs - base[k].pairs >= 0 ? '+' : '')}${(sc[k].pairs - base[k].pairs).toFixed(3)} ± ${pairedSe(sc[k], base[k]).toFixed(3)})`}`;
    const evenGain = sc.even.pairs - base.even.pairs > se(base.even);
    const heldOk = active.filter(([k]) => k !== 'even').every(([k]) => sc[k].pairs - base[k].pairs >= -se(base[k]));
    const verdict = !judge ? '' : evenGain && heldOk ? '**yes**' : evenGain ? 'even only (loses held out)' : 'no';
    console.log(`| ${name} | ${active.map(([k]) => cell(k)).join(' | ')} | ${verdict} |`);
    return evenGain;
  };
  row('shipped: sources + learned + bias', SHIPPED, false);
  // Each signal alone, for reading the rest.
  const only = (w: Partial<Params['weights']>, extra: Partial<Params> = {}): Params => ({ ...SHIPPED, ...extra, weights: { sources: 0, learned: 0, bias: 0, tone: 0, head: 0, ...w } });
  row('  sources alone', only({ sources: 1 }), false);
  row('  learned alone', only({ learned: 1 }), false);
  row('  bias alone', only({ bias: 1 }), false);

  // 1. Constants chosen on the even half.
  const grid = gridParams();
  let best = SHIPPED, bestPairs = -1;
  for (const p of grid) {
    const x = score(sets.even, (s) => leans(s.feats, p)).pairs;
    if (x > bestPairs + 1e-12 || (Math.abs(x - bestPairs) <= 1e-12 && changed(p) < changed(best))) { best = p; bestPairs = x; }
  }
  const gridPairs = grid.map((p) => score(sets.even, (s) => leans(s.feats, p)).pairs).sort((a, b) => a - b);
  console.log(`| (1: ${grid.length} settings on the even half: pairs ${gridPairs[0].toFixed(3)}-${gridPairs[gridPairs.length - 1].toFixed(3)}, median ${gridPairs[Math.floor(gridPairs.length / 2)].toFixed(3)}; chosen: ${describeGrid(best)}) | | | | | |`);
  const passed: [string, Params][] = [];
  if (row('1. constants chosen on the even half', best)) passed.push(['1', best]);
  // 2. Distinct sided speakers.
  const speakers: Params = { ...SHIPPED, sources: 'speakers' };
  row('  2, sources alone', { ...only({ sources: 1 }), sources: 'speakers' }, false);
  if (row('2. distinct sided speakers in place of quoted words', speakers)) passed.push(['2', speakers]);
  // 3. Named people only.
  const named: Params = { ...SHIPPED, sources: 'named' };
  row('  3, sources alone', { ...only({ sources: 1 }), sources: 'named' }, false);
  if (row('3. sources from speakers whose side is not a group word', named)) passed.push(['3', named]);
  // 4. Learned lean split into body and headline.
  const split: Params = { ...SHIPPED, learned: 'split', weights: { ...SHIPPED.weights, head: 1 } };
  row('  4, body learned alone', { ...only({ learned: 1 }), learned: 'split' }, false);
  row('  4, headline learned alone', { ...only({ head: 1 }), learned: 'split' }, false);
  if (row('4. learned lean of the body and of the headline, two signals', split)) passed.push(['4', split]);
  // 5. Tone counted.
  const tone: Params = { ...SHIPPED, weights: { ...SHIPPED.weights, tone: 1 } };
  row('  5, tone alone', only({ tone: 1 }), false);
  if (row('5. own-voice tone counted (weight 1)', tone)) passed.push(['5', tone]);
  // 7. The politics gate read on the story (stated after the coverage table, docs).
  const storyGate: Params = { ...SHIPPED, learned: 'story-gate' };
  row('  7, learned alone', { ...only({ learned: 1 }), learned: 'story-gate' }, false);
  if (row('7. learned lean for every article of a story with a political subject', storyGate)) passed.push(['7', storyGate]);
  // 6. Those that pass the even-half part, combined.
  if (passed.length >= 2) {
    const c = passed.reduce((acc, [, p]) => ({
      ...acc,
      ...(p.sources !== 'words' ? { sources: p.sources } : {}),
      ...(p.learned !== 'whole' ? { learned: p.learned } : {}),
      ...(p !== best ? {} : { sourcePrior: p.sourcePrior, attributionWords: p.attributionWords, biasPrior: p.biasPrior, floors: { ...acc.floors, sources: p.floors.sources, learned: p.floors.learned, bias: p.floors.bias } }),
      weights: { ...acc.weights, tone: Math.max(acc.weights.tone, p.weights.tone), head: Math.max(acc.weights.head, p.weights.head) },
    }), SHIPPED);
    row(`6. ${passed.map(([n]) => n).join(' + ')} combined`, c);
  } else console.log(`| 6. not run: ${passed.length} of 1-5 passed the even-half part of the rule | ${active.map(() => '').join(' | ')} | |`);
  // Post hoc, not under the rule: the two variants that gain on every set, together (1 passes the even
  // half by its paired standard error, 4 by a little more than its own; the rule reads the binomial one).
  row('post hoc, not judged: 1 + 4', { ...best, learned: 'split', weights: { ...best.weights, head: 1 } }, false);
  console.log(`(${((performance.now() - started) / 1000).toFixed(0)} s in all)`);
}

if (import.meta.url === `file://${process.argv[1]}`) framingAllSidesSplit();
