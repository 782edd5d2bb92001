// The framing verdict. The method, in words, is in README "How the slant verdict is made".
// Three layers of evidence are kept apart: the curated lexicon (lexicon/loaded-terms.json), the
// published word lists (context-checked loaded words and report verbs, with words plain news almost
// never writes), and the partisan phrases learned offline from real articles. How much each layer weighs, the per-1,000-word scaling and
// the partisan threshold are fitted on the training split of a labelled set of real articles by
// scripts/build-lean-phrases.ts and read from lexicon/slant-calibration.json; the category weights
// and display multipliers below are fixed by reasoning, not fitted.
// Politics first (docs/politics-first.md): an article without a political subject gets no partisan
// call and no lean, and the weakest layers (WEAKEST_LAYERS) never make a call alone.
import { append } from '../collections.js';
import type { Lean, LoadedWordFinding, PhraseFinding, PoliticalSubject, ReportVerbFinding, SignalFinding, SlantLayers, SlantVerdict, TermFinding, Where } from '../types.js';
import type { TermCategory } from '../lexicon/schema.js';
import { slantCalibration } from '../lexicon/published.js';
import type { SlantCalibration } from '../lexicon/published.js';
import { RARE_LIST } from './loaded-words.js';

/** The score is a probability-like number; partisan from here up (logit 0). */
export const SLANT_THRESHOLD = 0.5;
/** How much one own-voice occurrence of each category weighs within the curated layer. */
export const CATEGORY_WEIGHT: Record<TermCategory, number> = {
  'name-calling': 1,
  'group-label': 1,
  'fear-appeal': 1,
  sensational: 0.8,
  'loaded-framing': 0.6,
  euphemism: 0.6,
  intensifier: 0.3,
};
/** Headlines and deks are what most readers see: words there count this many times over. */
export const DISPLAY_MULTIPLIER: Partial<Record<Where, number>> = { headline: 2, dek: 2, heading: 1.5 };
export const SIGNAL_WEIGHT = { 'all-caps': 1, exclamation: 1, intensifier: 0.15, evaluative: 0.15 } as const;
const SIGNAL_CAP = { 'all-caps': 2, exclamation: 1, intensifier: 0.75, evaluative: 0.75 } as const;
/**
 * The learned layer alone names a side only from this lean logit (a 55 % chance of right over left,
 * or of left over right); with the curated layer pointing the same way any margin will do. A score
 * over the threshold with no side named is not called partisan: loaded wording that points nowhere
 * is intensity, not partisanship, and the evidence says so. A design choice, not fitted: on train
 * the side-less partisan call scored as well as this (README, "How the slant verdict is made").
 */
export const LEAN_CONFIDENCE = Math.log(0.55 / 0.45);
/** Learned phrases are listed in the evidence from this log-odds per use: weaker ones ("people") decide little alone. */
export const SHOWN_PHRASE_LEAN = 0.3;
/** Own-voice curated weight one side needs (and twice the other side's) before the curated layer points that way. */
export const MIN_LEAN = 0.5;

/**
 * The weakest evidence layers, which never make a partisan call alone (issue 18, docs/politics-first.md):
 * - signals: words in capitals, exclamations, intensifying adverbs and evaluative adjectives
 *   (lexicon/signals.json): "UTC" or "API" in a heading, "very", "great" are in any writing;
 * - rare words: own-voice words plain news almost never writes (the loaded-words list
 *   "rare-in-news"): jargon, recipe and software words are rare in news without being loaded.
 * Every other layer is stronger: a curated lexicon term, a context-checked word of a published
 * loaded-word list, a loaded report verb, or a learned partisan phrase strong enough to be shown
 * (|log-odds| of at least SHOWN_PHRASE_LEAN per use). A partisan call needs at least one own-voice
 * item of a stronger layer; the weak layers still add to the score once one is there.
 */
export const WEAKEST_LAYERS = ['signals', 'rare'] as const;

/** How many own-voice items of the stronger layers the verdict rests on. */
export function strongerEvidence(input: Pick<SlantInput, 'terms' | 'loadedWords' | 'reportVerbs' | 'phrases'>): number {
  return input.terms.filter((t) => t.voice === 'own').length
    + (input.loadedWords ?? []).filter((w) => w.voice === 'own' && w.list !== RARE_LIST).length
    + (input.reportVerbs ?? []).filter((v) => v.voice === 'own').length
    + (input.phrases ?? []).filter((p) => Math.max(Math.abs(p.lean), p.partisan) >= SHOWN_PHRASE_LEAN).length;
}

export interface SlantInput {
  terms: readonly TermFinding[];
  signals: readonly SignalFinding[];
  /** Words of the article's own text (body and display). */
  words: number;
  loadedWords?: readonly LoadedWordFinding[];
  reportVerbs?: readonly ReportVerbFinding[];
  phrases?: readonly PhraseFinding[];
  /** Sentence number (1-based, over the article's own text) of an offset, for the evidence list. */
  sentenceAt?: (offset: number) => number;
  calibration?: SlantCalibration;
  /**
   * Politics first: whether the article has a political subject (src/analyze/political/). When it is
   * given and not found, the verdict is neutral with no lean, whatever the vocabulary. When absent (a
   * caller that scores a lone sentence), that gate is not applied.
   */
  political?: PoliticalSubject;
  /**
   * The verdict as it was before politics first (no political-subject gate, no weak-evidence rule):
   * only for the before/after benchmark (bench/politics-devset.ts).
   */
  legacy?: boolean;
}

/** What each layer adds up to, before scaling: the inputs of the calibrated model. */
export interface SlantFeatures {
  words: number;
  curatedLeft: number;
  curatedRight: number;
  curatedUnleaned: number;
  signals: number;
  published: number;
  /** Own-voice words plain news almost never writes (loaded-words layer, list "rare-in-news"). */
  rare: number;
  reportVerbs: number;
  learnedLean: number;
  learnedPartisan: number;
}

/** Feature names the calibration file may weigh: each is a rate per 1,000 words. */
export const PARTISAN_FEATURES = ['curated', 'signals', 'published', 'rare', 'reportVerbs', 'learnedPartisan', 'learnedAbsLean'] as const;
export const LEAN_FEATURES = ['learnedLean', 'curatedTilt'] as const;

const round = (x: number) => Math.round(x * 1000) / 1000;
const quoteText = (s: string) => `“${s.replace(/\s+/g, ' ')}”`;

export function slantFeatures(input: SlantInput): SlantFeatures {
  const own = input.terms.filter((t) => t.voice === 'own');
  const f: SlantFeatures = { words: input.words, curatedLeft: 0, curatedRight: 0, curatedUnleaned: 0, signals: 0, published: 0, rare: 0, reportVerbs: 0, learnedLean: 0, learnedPartisan: 0 };
  for (const t of own) {
    const w = CATEGORY_WEIGHT[t.category as TermCategory] * t.weight * (DISPLAY_MULTIPLIER[t.where] ?? 1);
    if (t.lean === 'left') f.curatedLeft += w;
    else if (t.lean === 'right') f.curatedRight += w;
    else f.curatedUnleaned += w;
  }
  for (const kind of ['all-caps', 'exclamation', 'intensifier', 'evaluative'] as const) {
    const n = input.signals.filter((s) => s.signal === kind).length;
    f.signals += Math.min(SIGNAL_CAP[kind], SIGNAL_WEIGHT[kind] * n);
  }
  const ownLoaded = (input.loadedWords ?? []).filter((w) => w.voice === 'own');
  f.rare = ownLoaded.filter((w) => w.list === RARE_LIST).length;
  f.published = ownLoaded.length - f.rare;
  f.reportVerbs = (input.reportVerbs ?? []).filter((v) => v.voice === 'own').length;
  for (const p of input.phrases ?? []) {
    f.learnedLean += p.lean;
    f.learnedPartisan += p.partisan;
  }
  return f;
}

/** Per-1,000-word rates of the features, the inputs of both fitted models. */
export function slantRates(f: SlantFeatures, minWords: number): Record<string, number> {
  const per = 1000 / Math.max(f.words, minWords);
  return {
    curated: (f.curatedLeft + f.curatedRight + f.curatedUnleaned) * per,
    signals: f.signals * per,
    published: f.published * per,
    rare: f.rare * per,
    reportVerbs: f.reportVerbs * per,
    learnedPartisan: f.learnedPartisan * per,
    learnedAbsLean: Math.abs(f.learnedLean) * per,
    learnedLean: f.learnedLean * per,
    curatedTilt: (f.curatedRight - f.curatedLeft) * per,
  };
}

const linear = (model: { intercept: number; weights: Record<string, number> }, rates: Record<string, number>) =>
  Object.entries(model.weights).reduce((z, [name, w]) => z + w * (rates[name] ?? 0), model.intercept);

/** The curated layer's own lean: a side with at least MIN_LEAN weight and twice the other's. */
export function curatedTilt(left: number, right: number): Lean | null {
  return right >= MIN_LEAN && right >= 2 * left ? 'right' : left >= MIN_LEAN && left >= 2 * right ? 'left' : null;
}

export function judgeSlant(input: SlantInput): SlantVerdict {
  const calibration = input.calibration ?? slantCalibration();
  const features = slantFeatures(input);
  const rates = slantRates(features, calibration.minWords);
  const logit = linear(calibration.partisan, rates);
  const score = round(1 / (1 + Math.exp(-logit)));
  const leanLogit = linear(calibration.lean, { ...rates, curatedTilt: 0 });
  const learnedLean: Lean | null = (input.phrases ?? []).length === 0 ? null : leanLogit >= 0 ? 'right' : 'left';
  const curatedLean = curatedTilt(features.curatedLeft, features.curatedRight);
  // The lean is named when the layers that point somewhere agree; a disagreement names none, and
  // the learned layer alone needs LEAN_CONFIDENCE.
  const agreed: Lean | null = learnedLean && curatedLean
    ? (learnedLean === curatedLean ? learnedLean : null)
    : curatedLean ?? (Math.abs(leanLogit) >= LEAN_CONFIDENCE ? learnedLean : null);
  // Politics first: no political subject, no call and no lean; and the weakest layers never call alone.
  const apolitical = !input.legacy && input.political !== undefined && !input.political.found;
  const weakOnly = !input.legacy && !apolitical && score >= SLANT_THRESHOLD && strongerEvidence(input) === 0;
  const gated = apolitical ? 'no-political-subject' : weakOnly ? 'weak-evidence-only' : null;
  const sideless = !gated && score >= SLANT_THRESHOLD && agreed === null;
  const label = score >= SLANT_THRESHOLD && !sideless && !gated ? 'partisan' : 'neutral';
  const layers: SlantLayers = {
    curated: { left: round(features.curatedLeft), right: round(features.curatedRight), unleaned: round(features.curatedUnleaned) },
    published: features.published,
    reportVerbs: features.reportVerbs,
    learned: { lean: round(features.learnedLean), partisan: round(features.learnedPartisan) },
    learnedLean,
    curatedLean,
    leanLogit: round(leanLogit),
  };
  const evidence = explain(input, features, { label, agreed, learnedLean, curatedLean, score });
  if (sideless) evidence.push(`loaded wording (score ${score}) that points to no side with confidence: not called partisan`);
  if (weakOnly) evidence.push(`only the weakest evidence (words in capitals, exclamations, intensifiers, words plain news rarely writes) behind a score of ${score}: no curated term, loaded word, report verb or learned phrase, so not called partisan`);
  if (apolitical) evidence.unshift(`${input.political!.reason}; so no partisan call and no lean, whatever the wording below`);
  const verdict: SlantVerdict = { label, lean: label === 'partisan' ? agreed : null, score, evidence, tilt: apolitical ? null : curatedLean ?? learnedLean, layers };
  if (!input.legacy) {
    if (input.political) verdict.political = { found: input.political.found, cues: [...new Set(input.political.cues.map((c) => c.cue))], reason: input.political.reason };
    verdict.gated = gated;
  }
  return verdict;
}

interface Outcome {
  label: string;
  agreed: Lean | null;
  learnedLean: Lean | null;
  curatedLean: Lean | null;
  score: number;
}

/** The evidence list: each layer in its own lines, with the words (and sentences) that weighed most. */
function explain(input: SlantInput, f: SlantFeatures, o: Outcome): string[] {
  const evidence: string[] = [];
  const at = (offsets: number[]) => {
    if (!input.sentenceAt) return '';
    const numbers = [...new Set(offsets.map(input.sentenceAt))].sort((a, b) => a - b);
    return ` (sentence${numbers.length > 1 ? 's' : ''} ${numbers.slice(0, 5).join(', ')}${numbers.length > 5 ? ', …' : ''})`;
  };
  // Curated lexicon: grouped by entry and place, "“illegal aliens” ×3 in the body".
  const own = input.terms.filter((t) => t.voice === 'own');
  const groups = new Map<string, TermFinding[]>();
  for (const t of own) append(groups, `${t.entryId}|${t.where}`, t);
  for (const group of groups.values()) {
    const t = group[0];
    const forms = [...new Set(group.map((g) => g.text))].map(quoteText).join(', ');
    const alt = t.neutral.length ? `; a neutral wording is “${t.neutral[0]}”` : '';
    evidence.push(`${t.where}: ${forms}${group.length > 1 ? ` ×${group.length}` : ''} in the outlet's own voice${at(group.map((g) => g.start))} (curated lexicon: ${t.category}${t.lean ? `, signals ${t.lean}` : ''}${alt})`);
  }
  for (const kind of ['all-caps', 'exclamation', 'intensifier', 'evaluative'] as const) {
    const found = input.signals.filter((s) => s.signal === kind);
    if (found.length === 0) continue;
    const shown = [...new Set(found.map((s) => s.text))].slice(0, 6).map(quoteText).join(', ');
    const label = { 'all-caps': 'word in capitals', exclamation: 'exclamation', intensifier: 'intensifying adverb', evaluative: 'evaluative adjective' }[kind];
    const plural = found.length === 1 ? label : label.replace(/^word /, 'words ').replace(/(adverb|adjective|exclamation)$/, '$1s');
    evidence.push(`${kind === 'intensifier' || kind === 'evaluative' ? 'own voice' : found[0].where}: ${found.length} ${plural} (${shown})`);
  }
  const verbs = (input.reportVerbs ?? []).filter((v) => v.voice === 'own');
  if (verbs.length > 0) {
    const shown = verbs.slice(0, 6).map((v) => `${quoteText(v.text)} (${v.stance}${v.speaker ? `, for ${v.speaker}` : ''})`).join(', ');
    evidence.push(`report verbs in the outlet's own voice: ${verbs.length}: ${shown}${at(verbs.map((v) => v.start))}`);
  }
  const ownLoaded = (input.loadedWords ?? []).filter((w) => w.voice === 'own');
  const loaded = ownLoaded.filter((w) => w.list !== RARE_LIST);
  if (loaded.length > 0) {
    const counts = countBy(loaded.map((w) => w.text.toLowerCase()));
    evidence.push(`published word lists (weaker evidence, checked in context): ${loaded.length} loaded word${loaded.length === 1 ? '' : 's'} in the outlet's own voice: ${top(counts, 8)}${at(loaded.map((w) => w.start))}`);
  }
  const rare = ownLoaded.filter((w) => w.list === RARE_LIST);
  if (rare.length > 0) {
    const counts = countBy(rare.map((w) => w.text.toLowerCase()));
    evidence.push(`words plain news almost never writes (weakest evidence): ${rare.length} in the outlet's own voice: ${top(counts, 8)}${at(rare.map((w) => w.start))}`);
  }
  const phrases = input.phrases ?? [];
  if (phrases.length > 0) {
    // The phrases that pushed hardest toward the side the learned layer points to.
    const side = o.learnedLean === 'left' ? -1 : 1;
    const push = new Map<string, { weight: number; n: number; starts: number[] }>();
    for (const p of phrases) {
      const e = push.get(p.text.toLowerCase()) ?? { weight: 0, n: 0, starts: [] };
      e.weight += side * p.lean;
      e.n += 1;
      e.starts.push(p.start);
      push.set(p.text.toLowerCase(), e);
    }
    const strongest = [...push].filter(([, e]) => e.weight / e.n >= SHOWN_PHRASE_LEAN).sort((a, b) => b[1].weight - a[1].weight || a[0].localeCompare(b[0])).slice(0, 6);
    if (strongest.length > 0) {
      evidence.push(`learned partisan phrases point ${o.learnedLean} (summed log-odds right over left ${round(f.learnedLean)}, partisan over center ${round(f.learnedPartisan)}); strongest: ${strongest.map(([t, e]) => `${quoteText(t)}${e.n > 1 ? ` ×${e.n}` : ''}${at(e.starts)}`).join(', ')}`);
    }
  }
  const quotedOnly = input.terms.filter((t) => t.voice === 'quoted' && !own.some((x) => x.entryId === t.entryId));
  if (quotedOnly.length > 0) evidence.push(`not counted, inside quotations: ${[...new Set(quotedOnly.map((t) => t.text))].map(quoteText).join(', ')}`);
  if (o.curatedLean) evidence.push(`own-voice terms point ${o.curatedLean} (weights: left ${round(f.curatedLeft)}, right ${round(f.curatedRight)})`);
  if (o.learnedLean && o.curatedLean && o.learnedLean !== o.curatedLean) evidence.push(`the curated terms point ${o.curatedLean} and the learned phrases ${o.learnedLean}: no lean is named`);
  if (evidence.length === 0) evidence.push('no loaded terms or slant signals in the outlet\'s own voice');
  return evidence;
}

function countBy(xs: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const x of xs) m.set(x, (m.get(x) ?? 0) + 1);
  return m;
}

const top = (counts: Map<string, number>, n: number) =>
  [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, n).map(([w, c]) => `${quoteText(w)}${c > 1 ? ` ×${c}` : ''}`).join(', ');
