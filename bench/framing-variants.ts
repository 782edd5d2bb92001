// Variants of the relative-framing signals on BASIL dev, side by side: how each way of reading "who is
// heard" and "how each side is treated" orders the three articles of an event. This is the record of
// what was tried (docs/framing.md cites it), not a tuning loop: with 46 events every figure moves by
// about ±0.05, so a variant is adopted only for a reason that holds beyond this set.
// Run alone: npx tsx bench/framing-variants.ts
import { analyseBasil } from './framing-devset.js';
import type { ArticleAnalysis } from '../src/analyze/index.js';
import { toneWords } from '../src/framing/tone-words.js';
import { framingInput } from '../src/framing/index.js';
import { FLOORS, scaled, sourceBalance, toneBalance } from '../src/framing/relative.js';
import { devset } from './devsets.js';
import { loadBasil, orderScore } from './basil.js';
import type { BasilArticle } from './basil.js';

type Raw = (a: ArticleAnalysis, b: BasilArticle) => number | null;

const WORDS = toneWords();

/** Every content sentence with the article's text ranges that are quotations or reported speech. */
// The analysis keeps no tokens, so this bench reads BASIL's own sentence ranges and splits words itself.
function sentences(a: ArticleAnalysis, b: BasilArticle) {
  return b.sentenceRanges.map(([start, end]) => {
    const tokens = [...a.article.text.slice(start, end).matchAll(/[A-Za-z][A-Za-z'-]*/g)].map((m) => ({ lower: m[0].toLowerCase(), start: start + m.index!, end: start + m.index! + m[0].length }));
    return { start, end, tokens };
  });
}

const inside = (ranges: readonly { start: number; end: number }[], x: number) => ranges.some((r) => x >= r.start && x < r.end);

/**
 * The prototype's sentence tone: sentences whose sided actors (outside quotations, and outside reported
 * speech when `skipReported`) are all of one side; tone words outside quotations and outside the actor
 * names; the mean per side; right minus left.
 */
function sentenceTone(opts: { skipReported: boolean; oneSideOnly: boolean; useQuotedMentions: boolean; normalise: boolean }): Raw {
  return (a, b) => {
    const quotes = a.quotes.map((q) => ({ start: q.start, end: q.end }));
    const reported = a.attributions.filter((x) => x.contentStart !== undefined).map((x) => ({ start: x.contentStart!, end: x.contentEnd! }));
    const hidden = opts.skipReported ? [...quotes, ...reported] : quotes;
    const sums = { left: [] as number[], right: [] as number[] };
    for (const s of sentences(a, b)) {
      const mentions = a.actors.filter((m) => m.side && m.start >= s.start && m.start < s.end && (opts.useQuotedMentions || !inside(quotes, m.start)));
      const sides = new Set(mentions.map((m) => m.side!));
      if (sides.size === 0 || (opts.oneSideOnly && sides.size > 1)) continue;
      let score = 0;
      let n = 0;
      for (const t of s.tokens) {
        if (inside(hidden, t.start) || mentions.some((m) => t.start >= m.start && t.start < m.end)) continue;
        n += 1;
        const w = WORDS.get(t.lower);
        if (w) score += w.polarity;
      }
      const value = opts.normalise ? Math.sign(score) : score;
      for (const side of sides) sums[side].push(value);
    }
    const mean = (v: number[]) => (v.length ? v.reduce((x, y) => x + y, 0) / v.length : null);
    const r = mean(sums.right);
    const l = mean(sums.left);
    if (r === null && l === null) return null;
    return (r ?? 0) - (l ?? 0);
  };
}

/** Tone records of the given voices, per sentence and side (sign of the summed polarity), mean per side. */
function recordTone(voices: ReadonlySet<string>): Raw {
  return (a) => {
    const bySentence = new Map<number, { left: number; right: number; seen: Set<string> }>();
    for (const t of a.tones) {
      if (!voices.has(t.voice) || t.side === null) continue;
      const s = bySentence.get(t.sentenceStart) ?? { left: 0, right: 0, seen: new Set<string>() };
      s[t.side] += t.polarity;
      s.seen.add(t.side);
      bySentence.set(t.sentenceStart, s);
    }
    const acc = { left: [] as number[], right: [] as number[] };
    for (const s of bySentence.values()) for (const side of s.seen as Set<'left' | 'right'>) acc[side].push(Math.sign(s[side]));
    const mean = (v: number[]) => (v.length ? v.reduce((x, y) => x + y, 0) / v.length : null);
    const r = mean(acc.right);
    const l = mean(acc.left);
    if (r === null && l === null) return null;
    return (r ?? 0) - (l ?? 0);
  };
}

export function framingVariants(): void {
  const path = devset('framing/basil-dev.jsonl.gz', 'Relative framing variants on BASIL dev');
  if (!path) return;
  const events = loadBasil(path);
  // Each article as its story reads it: with its date, and sides the story's other articles give.
  const read = analyseBasil(events, true);
  const analysis = new Map<BasilArticle, ArticleAnalysis>([...read].map(([a, r]) => [a, r.analysis]));
  const learned: Raw = (a) => (a.political.found ? a.slant.layers?.leanLogit ?? null : null);
  const signals: Record<string, { raw: Raw; floor: number }> = {
    sources: { raw: (a) => sourceBalance(framingInput(a)), floor: FLOORS.sources },
    'tone (shipped: own-voice records)': { raw: (a) => toneBalance(framingInput(a)), floor: FLOORS.tone },
    'tone records, own + reported': { raw: recordTone(new Set(['own', 'reported'])), floor: FLOORS.tone },
    'tone records, all voices': { raw: recordTone(new Set(['own', 'reported', 'quoted'])), floor: FLOORS.tone },
    'sentence tone, one side, outside quotes (prototype b)': { raw: sentenceTone({ skipReported: false, oneSideOnly: true, useQuotedMentions: false, normalise: false }), floor: FLOORS.tone },
    'sentence tone, one side, outside quotes and reported speech': { raw: sentenceTone({ skipReported: true, oneSideOnly: true, useQuotedMentions: false, normalise: false }), floor: FLOORS.tone },
    'sentence tone, every side': { raw: sentenceTone({ skipReported: false, oneSideOnly: false, useQuotedMentions: false, normalise: false }), floor: FLOORS.tone },
    'sentence tone sign, one side': { raw: sentenceTone({ skipReported: false, oneSideOnly: true, useQuotedMentions: false, normalise: true }), floor: FLOORS.tone },
    learned: { raw: learned, floor: FLOORS.learned },
  };
  const table = new Map<string, Map<BasilArticle, number>>();
  for (const [name, { raw, floor }] of Object.entries(signals)) {
    const values = new Map<BasilArticle, number>();
    for (const event of events) {
      const v = scaled(event.map((a) => raw(analysis.get(a)!, a)), floor);
      event.forEach((a, i) => values.set(a, v[i]));
    }
    table.set(name, values);
  }
  const rows: [string, string[]][] = [
    ...Object.keys(signals).map((n) => [n, [n]] as [string, string[]]),
    ['sources + shipped tone + learned', ['sources', 'tone (shipped: own-voice records)', 'learned']],
    ['sources + prototype b', ['sources', 'sentence tone, one side, outside quotes (prototype b)']],
    ['sources + prototype b + learned', ['sources', 'sentence tone, one side, outside quotes (prototype b)', 'learned']],
    ['sources + records all voices + learned', ['sources', 'tone records, all voices', 'learned']],
    ['sources + records own+reported + learned', ['sources', 'tone records, own + reported', 'learned']],
    ['sources + learned', ['sources', 'learned']],
  ];
  console.log(`\n## Relative framing variants on BASIL dev (${events.length} events, dated; text only; each signal centred and scaled within the event)`);
  console.log('| variant | pairs | most-right | most-left |\n|---|---|---|---|');
  for (const [name, parts] of rows) {
    const o = orderScore(events, (a) => parts.reduce((sum, p) => sum + table.get(p)!.get(a)!, 0));
    console.log(`| ${name} | ${o.pairs.toFixed(3)} | ${o.mostRight.toFixed(2)} | ${o.mostLeft.toFixed(2)} |`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) framingVariants();
