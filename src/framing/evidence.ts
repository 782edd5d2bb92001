// Plain-words claims behind each article's relative framing, each with the passages it rests on, in
// the form a reader checks against the text: "[003] gives Republicans 71% of its sided quoted words
// (the others 28% and 35%)".
import type { Citation, FramingEvidence, FramingInput, FramingSignal } from './relative.js';
import { ATTRIBUTION_WORDS, WEIGHTS } from './relative.js';

export interface SideLabels {
  left: string;
  right: string;
}

const pct = (x: number) => `${Math.round(x * 100)}%`;
const list = (items: string[]) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`);
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const MAX_CITES = 4;

const sidedWords = (x: FramingInput, side: 'left' | 'right') => x.quotedWords[side] + ATTRIBUTION_WORDS * x.attributions[side];

/** Share of the article's sided sourcing (quoted words, attributions at 15 words each) given to the right. */
function rightShare(x: FramingInput): number | null {
  const total = sidedWords(x, 'left') + sidedWords(x, 'right');
  return total === 0 ? null : sidedWords(x, 'right') / total;
}

function sources(i: number, inputs: readonly FramingInput[], labels: SideLabels): FramingEvidence | null {
  const x = inputs[i];
  const share = rightShare(x);
  const others = inputs.filter((_, j) => j !== i).map((o) => rightShare(o));
  const mine = share ?? 0.5;
  const othersMean = others.reduce((a: number, b) => a + (b ?? 0.5), 0) / Math.max(others.length, 1);
  const side: 'left' | 'right' = mine >= othersMean ? 'right' : 'left';
  const shareOf = (v: number | null) => (v === null ? 'none sided' : pct(side === 'right' ? v : 1 - v));
  const rightShareOf = (v: number | null) => (v === null ? 'none sided' : pct(v));
  // Shares alone hide volume (three articles may all give one side 100%), and a share without its base
  // cannot be checked: each article's counts for both sides, and how an attribution is weighed.
  const other = side === 'right' ? 'left' : 'right';
  const volume = (o: FramingInput) => `${plural(o.quotedWords[side], 'quoted word')} and ${plural(o.attributions[side], 'attribution')}, against ${plural(o.quotedWords[other], 'quoted word')} and ${plural(o.attributions[other], 'attribution')} for ${labels[other]}`;
  const brief = (o: FramingInput, k: 'left' | 'right') => `${plural(o.quotedWords[k], 'word')} and ${plural(o.attributions[k], 'attribution')}`;
  const otherOf = (o: FramingInput) => `[${o.id}] ${rightShare(o) === null ? 'none sided' : `${shareOf(rightShare(o))}, ${brief(o, side)} against ${brief(o, other)}`}`;
  const rest = inputs.filter((_, j) => j !== i);
  const claim = share === null
    ? `quotes no one whose side is known (the others give ${labels.right} ${list(others.map(rightShareOf))} of their sided sourcing)`
    : `gives ${labels[side]} ${shareOf(share)} of its sided sourcing: ${volume(x)} (the others: ${rest.map(otherOf).join('; ')}; a share counts an attribution as ${ATTRIBUTION_WORDS} quoted words)`;
  return { signal: 'sources', direction: side === 'right' ? 1 : -1, claim, cites: x.sourceCites[side].slice(0, MAX_CITES) };
}

function tone(i: number, inputs: readonly FramingInput[], labels: SideLabels): FramingEvidence | null {
  const x = inputs[i];
  const parts: string[] = [];
  const cites: Citation[] = [];
  let direction = 0;
  const tally = (t: FramingInput['tone']['left']) => `${t.positive.length} positive, ${t.negative.length} negative`;
  for (const side of ['right', 'left'] as const) {
    const mine = x.tone[side];
    const others = inputs.filter((_, j) => j !== i).map((o) => o.tone[side]);
    const said = (t: FramingInput['tone']['left']) => t.positive.length + t.negative.length > 0;
    if (!said(mine) && !others.some(said)) continue;
    const ids = inputs.filter((_, j) => j !== i).map((o) => o.id);
    parts.push(`its own-voice sentences about ${labels[side]} are ${tally(mine)} (the others: ${others.map((t, k) => `[${ids[k]}] ${tally(t)}`).join('; ')})`);
    cites.push(...mine.negative.slice(0, MAX_CITES / 2), ...mine.positive.slice(0, MAX_CITES / 2));
    direction += (mine.positive.length - mine.negative.length) * (side === 'right' ? 1 : -1);
  }
  if (parts.length === 0) return null;
  const counted = WEIGHTS.tone === 0 ? ' (shown for checking, not counted in the relative lean)' : '';
  return { signal: 'tone', direction: Math.sign(direction), claim: `${list(parts)}${counted}`, cites };
}

function learned(i: number, inputs: readonly FramingInput[]): FramingEvidence | null {
  const x = inputs[i];
  if (x.learnedLean === null) return null;
  const others = inputs.filter((_, j) => j !== i).map((o) => (o.learnedLean === null ? 'none' : o.learnedLean.toFixed(2)));
  // Compared as shown (two decimals), so the claim never says "left of" a value the reader sees as equal.
  const shown = (v: number) => Number(v.toFixed(2));
  const mine = shown(x.learnedLean);
  const known = inputs.filter((o, j) => j !== i && o.learnedLean !== null).map((o) => ({ id: o.id, lean: shown(o.learnedLean!) }));
  const where = (o: { lean: number }) => (mine > o.lean ? 'right of' : mine < o.lean ? 'left of' : 'level with');
  const places = ['right of', 'left of', 'level with'].map((w) => [w, known.filter((o) => where(o) === w).map((o) => `[${o.id}]`)] as const).filter(([, ids]) => ids.length > 0);
  const position = places.length === 1 ? `${places[0][0]} the others` : list(places.map(([w, ids]) => `${w} ${list(ids)}`));
  const mean = known.reduce((a, o) => a + o.lean, 0) / Math.max(known.length, 1);
  const direction = places.length === 1 && places[0][0] === 'level with' ? 0 : mine >= mean ? 1 : -1;
  return { signal: 'learned', direction, claim: `scores ${position} on own-voice phrases learned from left- and right-rated outlets (learned lean ${x.learnedLean.toFixed(2)}; the others ${list(others)}), a weak signal on its own`, cites: [] };
}

function bias(i: number, inputs: readonly FramingInput[], labels: SideLabels): FramingEvidence | null {
  const x = inputs[i];
  const against = (o: FramingInput, side: 'left' | 'right') => o.bias.filter((b) => b.leaning === (side === 'left' ? 1 : -1));
  const lean = (o: FramingInput) => against(o, 'left').length - against(o, 'right').length;
  const others = inputs.filter((_, j) => j !== i);
  const othersMean = others.reduce((n, o) => n + lean(o), 0) / Math.max(others.length, 1);
  // The side this article's flagged sentences are aimed at more than the others' are.
  const side: 'left' | 'right' = lean(x) >= othersMean ? 'left' : 'right';
  // The flagged sentences read as against neither side are said too, so the counts add up to the number flagged.
  const tally = (o: FramingInput) => {
    const mine = against(o, side).length;
    const theirs = against(o, side === 'left' ? 'right' : 'left').length;
    const neither = o.bias.length - mine - theirs;
    return `${mine} against ${labels[side]}, ${theirs} against ${labels[side === 'left' ? 'right' : 'left']}${neither > 0 ? `, ${neither} against neither` : ''}`;
  };
  // "Against" is the model's reading, said as such: a flagged sentence leans against a side it names
  // without quoting it or treating it positively (most annotated informational bias is unfavourable
  // to the actor it names), so a reader knows a neutral mention can count.
  const claim = `has ${plural(x.bias.length, 'sentence')} the bias-sentence model flags as informational bias, read by the sides they name (a side named there without being quoted or treated positively counts against it): ${tally(x)} (the others: ${others.map((o) => `[${o.id}] ${o.bias.length} flagged, ${tally(o)}`).join('; ')})`;
  // The sentences aimed at that side first, then those aimed at the other (an article can stand apart by having fewer).
  const byProbability = (xs: FramingInput['bias']) => [...xs].sort((a, b) => b.probability - a.probability || a.start - b.start);
  const chosen = [...byProbability(against(x, side)), ...byProbability(against(x, side === 'left' ? 'right' : 'left'))].slice(0, MAX_CITES);
  const cites = chosen.sort((a, b) => a.start - b.start).map(({ start, end, text }) => ({ start, end, text }));
  return { signal: 'bias', direction: side === 'left' ? 1 : -1, claim, cites };
}

/** The evidence for one signal of article `i`, or null when there is nothing to say. */
export function describeSignal(labels: SideLabels): (signal: FramingSignal, i: number, inputs: readonly FramingInput[]) => FramingEvidence | null {
  return (signal, i, inputs) => (signal === 'sources' ? sources(i, inputs, labels) : signal === 'tone' ? tone(i, inputs, labels) : signal === 'bias' ? bias(i, inputs, labels) : learned(i, inputs));
}
