// The framing verdict. The method, in words, is in README "How the slant verdict is made"; the
// constants below are that method, so change both together.
import type { Lean, SignalFinding, SlantVerdict, TermFinding, Where } from '../types.js';
import type { TermCategory } from '../lexicon/schema.js';

export const SLANT_THRESHOLD = 0.5;
/** How much one own-voice occurrence of each category weighs. */
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
/** Body evidence is scaled down for articles longer than this, so length alone does not make a verdict. */
export const REFERENCE_WORDS = 400;
export const SIGNAL_WEIGHT = { 'all-caps': 1, exclamation: 1, intensifier: 0.15, evaluative: 0.15 } as const;
const SIGNAL_CAP = { 'all-caps': 2, exclamation: 1, intensifier: 0.75, evaluative: 0.75 } as const;
/** Own-voice weight one side needs (and twice the other side's) before a lean is named. */
export const MIN_LEAN = 0.5;
/** raw evidence -> score: 1 - exp(-raw / SCALE); the threshold is reached at raw = SCALE * ln 2. */
export const SCALE = 3;

export interface SlantInput {
  terms: readonly TermFinding[];
  signals: readonly SignalFinding[];
  /** Words of the article's own text (body and display). */
  words: number;
}

const round = (x: number) => Math.round(x * 1000) / 1000;
const quoteText = (s: string) => `“${s.replace(/\s+/g, ' ')}”`;

export function judgeSlant({ terms, signals, words }: SlantInput): SlantVerdict {
  const bodyScale = Math.min(1, REFERENCE_WORDS / Math.max(words, 1));
  const evidence: string[] = [];
  let raw = 0;
  const lean: Record<Lean, number> = { left: 0, right: 0 };
  const own = terms.filter((t) => t.voice === 'own');
  // Group own-voice occurrences by entry and place so the evidence reads "“illegal aliens” ×3 in the body".
  const groups = new Map<string, TermFinding[]>();
  // Appended in place: copying the group for every occurrence made term-heavy articles quadratic.
  for (const t of own) {
    const group = groups.get(`${t.entryId}|${t.where}`);
    if (group) group.push(t);
    else groups.set(`${t.entryId}|${t.where}`, [t]);
  }
  for (const group of groups.values()) {
    const t = group[0];
    const display = DISPLAY_MULTIPLIER[t.where];
    const weight = CATEGORY_WEIGHT[t.category as TermCategory] * t.weight * group.length * (display ?? bodyScale);
    raw += weight;
    if (t.lean) lean[t.lean] += weight;
    const forms = [...new Set(group.map((g) => g.text))].map(quoteText).join(', ');
    const alt = t.neutral.length ? `; a neutral wording is “${t.neutral[0]}”` : '';
    evidence.push(`${t.where}: ${forms}${group.length > 1 ? ` ×${group.length}` : ''} in the outlet's own voice (${t.category}${t.lean ? `, signals ${t.lean}` : ''}${alt})`);
  }
  for (const kind of ['all-caps', 'exclamation', 'intensifier', 'evaluative'] as const) {
    const found = signals.filter((s) => s.signal === kind);
    if (found.length === 0) continue;
    const scale = kind === 'intensifier' || kind === 'evaluative' ? bodyScale : 1;
    raw += Math.min(SIGNAL_CAP[kind], SIGNAL_WEIGHT[kind] * found.length * scale);
    const shown = [...new Set(found.map((s) => s.text))].slice(0, 6).map(quoteText).join(', ');
    const label = { 'all-caps': 'word in capitals', exclamation: 'exclamation', intensifier: 'intensifying adverb', evaluative: 'evaluative adjective' }[kind];
    const plural = found.length === 1 ? label : label.replace(/^word /, 'words ').replace(/(adverb|adjective|exclamation)$/, '$1s');
    evidence.push(`${kind === 'intensifier' || kind === 'evaluative' ? 'own voice' : found[0].where}: ${found.length} ${plural} (${shown})`);
  }
  const ownIds = new Set(own.map((o) => o.entryId));
  const quotedOnly = terms.filter((t) => t.voice === 'quoted' && !ownIds.has(t.entryId));
  if (quotedOnly.length > 0) {
    evidence.push(`not counted, inside quotations: ${[...new Set(quotedOnly.map((t) => t.text))].map(quoteText).join(', ')}`);
  }
  const tilt: Lean | null = lean.right >= MIN_LEAN && lean.right >= 2 * lean.left ? 'right' : lean.left >= MIN_LEAN && lean.left >= 2 * lean.right ? 'left' : null;
  const score = round(1 - Math.exp(-raw / SCALE));
  const label = score >= SLANT_THRESHOLD ? 'partisan' : 'neutral';
  if (tilt) evidence.push(`own-voice terms point ${tilt} (weights: left ${round(lean.left)}, right ${round(lean.right)})`);
  if (evidence.length === 0) evidence.push('no loaded terms or slant signals in the outlet\'s own voice');
  return { label, lean: label === 'partisan' ? tilt : null, score, evidence, tilt };
}
