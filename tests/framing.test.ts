// Relative framing on three short hand-written articles about one (invented) Senate vote. The
// expected values were written by hand from the texts before the code was run on them:
// right.txt quotes only McConnell and its own voice says Pelosi "failed"; left.txt quotes only
// Pelosi and says McConnell "failed"; center.txt quotes both, briefly, with no judgement.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { analyzeFiles } from '../src/pipeline.js';
import { compareStory } from '../src/compare/index.js';
import { storyRecord } from '../src/report/story-json.js';
import { storyMarkdown } from '../src/report/markdown.js';
import { relativeFraming } from '../src/framing/relative.js';
import type { FramingInput } from '../src/framing/relative.js';
import { describeSignal } from '../src/framing/evidence.js';
import { storyCharts } from '../src/report/charts/story-charts.js';
import { framingLead, leanScale } from '../src/report/framing-section.js';
import fc from 'fast-check';

const dir = join(import.meta.dirname, 'fixtures', 'framing');
const files = ['right.txt', 'center.txt', 'left.txt'].map((f) => join(dir, f));

describe('relative framing on hand-written articles', () => {
  const analyses = analyzeFiles(files);
  const story = compareStory({ slug: 'senate-border-bill', keywords: ['senate', 'border', 'bill'] }, analyses);
  const record = storyRecord(story, null);
  const [right, center, left] = record.articles;

  it('gives McConnell and Pelosi their sides and the teacher none', () => {
    const side = (name: string) => record.actors.find((a) => a.actor.includes(name))?.side;
    expect(side('McConnell')).toBe('right');
    expect(side('Pelosi')).toBe('left');
    const teacher = right.actors.filter((m) => m.text.includes('Whitfield'));
    expect(teacher.length).toBeGreaterThan(0);
    for (const m of teacher) expect(m.side).toBeNull();
  });

  it('counts sided quoted words per article', () => {
    // First hand count said 27 and 24; recounted word by word: 18 + 8 and 14 + 9.
    expect(right.sources.sides.right.quotedWords).toBe(26);
    expect(right.sources.sides.left.quotedWords).toBe(0);
    expect(left.sources.sides.left.quotedWords).toBe(23);
    expect(left.sources.sides.right.quotedWords).toBe(0);
  });

  it('charts the quoted words by side, from the same counts, and the report embeds the chart', () => {
    const sides = storyCharts(story).find((c) => c.name === 'sides')!;
    expect(sides.shown).toBe(true);
    expect(sides.file).toBe('senate-border-bill-sides.svg');
    // The hand counts above: right.txt 26 words from the right side, left.txt 23 from the left.
    expect(sides.svg).toContain('>right 26</text>');
    expect(sides.svg).toContain('>left 23</text>');
    const section = storyMarkdown(story).split('## Who is heard, and how each side is treated')[1].split('\n## ')[0];
    expect(section).toContain('(senate-border-bill-sides.svg)');
  });

  it('reads own-voice tone toward the actor the words govern', () => {
    const own = (r: typeof right, name: string) => r.tones.filter((t) => t.voice === 'own' && t.actor.includes(name)).map((t) => t.polarity);
    expect(own(right, 'Pelosi')).toContain(-1);
    expect(own(left, 'McConnell')).toContain(-1);
    expect(own(center, 'Pelosi').every((p) => p === 0)).toBe(true);
    expect(own(center, 'McConnell').every((p) => p === 0)).toBe(true);
  });

  it('orders the articles right, center, left', () => {
    expect(right.framing.rank).toBe(1);
    expect(center.framing.rank).toBe(2);
    expect(left.framing.rank).toBe(3);
    expect(right.framing.relativeLean).toBeGreaterThan(0);
    expect(left.framing.relativeLean).toBeLessThan(0);
    // Every claim cites text that is in the article.
    for (const [a, analysis] of [[right, analyses[0]], [left, analyses[2]]] as const) {
      expect(a.framing.evidence.length).toBeGreaterThan(0);
      for (const e of a.framing.evidence) for (const c of e.cites) expect(analysis.article.text.slice(c.start, c.end)).toBe(c.text);
    }
  });

  it('names the sides by party in the report and cites the sentences', () => {
    const md = storyMarkdown(story);
    expect(md).toContain('## Who is heard, and how each side is treated');
    expect(md).toMatch(/\[right\] sits furthest right/);
    expect(md).toMatch(/gives Republicans 100% of its sided sourcing/);
    // Counted by hand: [right] quotes McConnell for 18 + 8 words; [center] quotes him for 6 words and
    // reports him once (15 words' worth) against Pelosi's 13 words and one report: 21 / 49 = 43%.
    const claim = story.framing[0].evidence.find((e) => e.signal === 'sources')!.claim;
    // Round 7: each share with its base, both sides' counts (left.txt: Pelosi 14 + 9 words, no reported speech).
    expect(claim).toBe('gives Republicans 100% of its sided sourcing: 26 quoted words and 0 attributions, against 0 quoted words and 0 attributions for Democrats (the others: [center] 43%, 6 words and 1 attribution against 13 words and 1 attribution; [left] 0%, 0 words and 0 attributions against 23 words and 0 attributions; a share counts an attribution as 15 quoted words)');
    expect(md).toMatch(/negative toward Nancy Pelosi \(left\)/);
  });
});

describe('relativeFraming', () => {
  const input = (id: string, right: number, left: number): FramingInput => ({
    id, quotedWords: { left, right }, attributions: { left: 0, right: 0 }, quotedWordsTotal: left + right, sourceCites: { left: [], right: [] },
    tone: { left: { negative: [], positive: [], neutral: 0 }, right: { negative: [], positive: [], neutral: 0 } }, learnedLean: null, bias: [],
  });
  it('puts the article that quotes the right side most furthest right, and ties share a rank', () => {
    const f = relativeFraming([input('a', 100, 0), input('b', 0, 100), input('c', 50, 50), input('d', 50, 50)]);
    expect(f.map((x) => x.rank)).toEqual([1, 4, 2, 2]);
    expect(f[0].relativeLean).toBeGreaterThan(0);
    expect(f[2].relativeLean).toBe(f[3].relativeLean);
  });
  it('says nothing when nothing differs', () => {
    const f = relativeFraming([input('a', 0, 0), input('b', 0, 0)]);
    expect(f.map((x) => x.relativeLean)).toEqual([0, 0]);
    expect(f.map((x) => x.rank)).toEqual([1, 1]);
  });
  it('shows own-voice tone but does not count it: two articles that differ only in tone are level', () => {
    const cite = { start: 0, end: 4, text: 'Bad.' };
    const negativeAboutRight = { ...input('a', 0, 0), tone: { left: { negative: [], positive: [], neutral: 0 }, right: { negative: [cite, cite], positive: [], neutral: 0 } } };
    const f = relativeFraming([negativeAboutRight, input('b', 0, 0)], describeSignal({ left: 'Democrats', right: 'Republicans' }));
    // Raw tone: a is (0 - 2) / (2 + 2) = -0.5 toward the right, b has none (0): scaled -1 and +1.
    expect(f.map((x) => x.signals.tone)).toEqual([-1, 1]);
    expect(f.map((x) => x.relativeLean)).toEqual([0, 0]);
    expect(f[0].evidence.map((e) => e.claim)).toEqual(['its own-voice sentences about Republicans are 0 positive, 2 negative (the others: [b] 0 positive, 0 negative) (shown for checking, not counted in the relative lean)']);
  });
  it('compares sourcing only when the story hears both sides: quoting the one side heard more is not a lean', () => {
    // By hand: every sided word of the story is the right side's, so sourcing sets no article apart;
    // one left-side word in a third article makes both sides heard, and the order returns.
    const oneSided = relativeFraming([input('a', 80, 0), input('b', 5, 0), input('c', 0, 0)], describeSignal({ left: 'Democrats', right: 'Republicans' }));
    expect(oneSided.map((x) => x.signals.sources)).toEqual([0, 0, 0]);
    expect(oneSided.map((x) => x.rank)).toEqual([1, 1, 1]);
    expect(oneSided.flatMap((x) => x.evidence)).toEqual([]);
    const bothHeard = relativeFraming([input('a', 80, 0), input('b', 5, 0), input('c', 0, 1)]);
    expect(bothHeard.map((x) => x.rank)).toEqual([1, 2, 3]);
  });
  it('says where the learned lean puts an article against each other article, level when the shown values are equal', () => {
    // By hand: 0.05 against 0.13 and 0.05 is left of b and level with c, not "left of the others".
    const learnedClaim = (leans: number[]) => {
      const inputs = leans.map((v, k) => ({ ...input(String.fromCharCode(97 + k), 0, 0), learnedLean: v }));
      return describeSignal({ left: 'Democrats', right: 'Republicans' })('learned', 0, inputs);
    };
    expect(learnedClaim([0.05, 0.13, 0.05])?.claim).toBe('scores left of [b] and level with [c] on own-voice phrases learned from left- and right-rated outlets (learned lean 0.05; the others 0.13 and 0.05), a weak signal on its own');
    expect(learnedClaim([1.3, -0.06, 0.12])?.claim).toBe('scores right of the others on own-voice phrases learned from left- and right-rated outlets (learned lean 1.30; the others -0.06 and 0.12), a weak signal on its own');
    expect(learnedClaim([0.2, 0.2, 0.2])?.direction).toBe(0);
    expect(learnedClaim([0.2, 0.2, 0.2])?.claim).toMatch(/^scores level with the others /);
  });
  it('gives the flagged sentences read as against neither side, so the counts add up to the number flagged (round 7)', () => {
    const flag = (leaning: -1 | 0 | 1, k: number) => ({ start: k * 10, end: k * 10 + 5, text: `s${k}`, probability: 0.6, leaning });
    // By hand: [a] 4 flagged: one against the left (+1), one against the right (-1), two neither; [b] one against the right.
    const inputs = [{ ...input('a', 0, 0), bias: [flag(1, 0), flag(0, 1), flag(0, 2), flag(-1, 3)] }, { ...input('b', 0, 0), bias: [flag(-1, 0)] }];
    expect(describeSignal({ left: 'Democrats', right: 'Republicans' })('bias', 0, inputs)?.claim).toBe('has 4 sentences the bias-sentence model flags as informational bias, read by the sides they name (a side named there without being quoted or treated positively counts against it): 1 against Democrats, 1 against Republicans, 2 against neither (the others: [b] 1 flagged, 0 against Democrats, 1 against Republicans)');
  });
  it('treats a difference below the floor as small: two near-equal articles do not get a full unit', () => {
    const f = relativeFraming([input('a', 51, 49), input('b', 49, 51)]);
    expect(Math.abs(f[0].relativeLean)).toBeLessThan(0.5);
  });
  // Round 8: a story whose articles sit close together says its order is weak (ranks are printed anyway).
  it('says the order is weak when the story\'s articles sit within half a spread of one another', () => {
    const zero = { left: 0, right: 0 };
    const sides = { quotedWords: zero, attributions: zero, negative: zero, positive: zero };
    const story = (leans: number[]) => ({
      articles: leans.map((_, k) => ({ article: { file: `00${k}_x.txt` }, provenance: {} })),
      framing: leans.map((relativeLean, k) => ({ id: `00${k}`, relativeLean, rank: [...leans].sort((x, y) => y - x).indexOf(relativeLean) + 1, sides, evidence: [] })),
    }) as never;
    // By hand: +0.04 / +0.01 / -0.04 spread 0.08 < 0.5: the line; +1.49 / -0.61 / -0.88 spread 2.37: none; all 0: level, none.
    const weak = (leans: number[]) => framingLead(story(leans)).some((l) => l.startsWith('The articles sit within'));
    expect(framingLead(story([0.04, 0.01, -0.04]))).toContain('The articles sit within 0.08 of each other, less than half a spread on one signal: their signals cancel or barely differ, so the order above is weak; read the cited sentences rather than the ranks.');
    expect(weak([1.49, -0.61, -0.88])).toBe(false);
    expect(weak([0, 0, 0])).toBe(false);
  });
  // Round 8: the report gives the relative lean a scale; the bound it states must hold.
  it('never passes the bound the report states for its number of articles', () => {
    // By hand: three counted signals, each at most sqrt(n - 1) from the middle: 3 x sqrt(2) = 4.24 for three articles.
    expect(leanScale(3)).toContain('with 3 articles it cannot pass ±4.2.');
    expect(leanScale(2)).toContain('with 2 articles it cannot pass ±3.0.');
    const flag = (leaning: -1 | 0 | 1) => ({ start: 0, end: 1, text: 's', probability: 0.9, leaning });
    const article = fc.record({ right: fc.nat(200), left: fc.nat(200), learned: fc.option(fc.double({ min: -5, max: 5, noNaN: true })), flags: fc.array(fc.constantFrom(-1 as const, 0 as const, 1 as const), { maxLength: 6 }) });
    fc.assert(fc.property(fc.array(article, { minLength: 2, maxLength: 8 }), (xs) => {
      const f = relativeFraming(xs.map((x, k) => ({ ...input(String(k), x.right, x.left), learnedLean: x.learned, bias: x.flags.map(flag) })));
      const bound = Number(/±([\d.]+)\.$/.exec(leanScale(xs.length))![1]);
      return f.every((g) => Math.abs(g.relativeLean) <= bound + 0.05);
    }));
  });
});
