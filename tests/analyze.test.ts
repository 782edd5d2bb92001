import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { seedArticle } from './helpers/seeds.js';
import { analyzeArticle } from '../src/analyze/index.js';
import type { ArticleAnalysis } from '../src/analyze/index.js';
import { analyzeFiles, termMatcher } from '../src/pipeline.js';

type Triple = [string, string | null, string];
interface SeedAnalysisLabels {
  quotes: Triple[];
  speakerMentions?: Record<string, string>;
  speakerRoles?: Record<string, string>;
  attributions: [string, string, boolean][];
  hedges: string[];
  terms: [string, string, string][];
  missedTerms: [string, string, string][];
  figures: [number, string][];
  slant: { label: string; lean: string | null; evidence?: string[] };
}
const labels = JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures/seeds/analysis.json'), 'utf8')) as Record<string, SeedAnalysisLabels>;
const analyses = new Map<string, ArticleAnalysis>();
const analysis = (file: string) => {
  if (!analyses.has(file)) analyses.set(file, analyzeArticle(seedArticle(file), { terms: termMatcher() }));
  return analyses.get(file)!;
};

for (const [file, expected] of Object.entries(labels).filter(([k]) => !k.startsWith('_'))) {
  describe(`analyze ${file}`, () => {
    it('finds every quotation with its speaker and kind', () => {
      expect(analysis(file).quotes.map((q) => [q.text, q.speaker, q.quoteKind])).toEqual(expected.quotes);
    });
    it('keeps the speaker as written and the role', () => {
      const a = analysis(file);
      for (const [speaker, mention] of Object.entries(expected.speakerMentions ?? {})) expect(a.quotes.find((q) => q.speaker === speaker)?.speakerMention).toBe(mention);
      for (const [speaker, role] of Object.entries(expected.speakerRoles ?? {})) expect(a.quotes.find((q) => q.speaker === speaker)?.speakerRole).toBe(role);
    });
    it('finds attributions without quotation marks and hedges', () => {
      const a = analysis(file);
      expect(a.attributions.map((x) => [x.source, x.cue, x.anonymous])).toEqual(expected.attributions);
      expect(a.hedges.map((h) => h.cue)).toEqual(expected.hedges);
    });
    it('finds the labelled loaded terms with voice and place (missed terms listed apart)', () => {
      expect(analysis(file).terms.map((t) => [t.text, t.where, t.voice])).toEqual(expected.terms);
    });
    it('finds every figure written with digits', () => {
      expect(analysis(file).figures.map((f) => [f.value, f.text])).toEqual(expected.figures);
    });
    it('gives the expected verdict', () => {
      const { slant } = analysis(file);
      expect({ label: slant.label, lean: slant.lean }).toEqual({ label: expected.slant.label, lean: expected.slant.lean });
      for (const word of expected.slant.evidence ?? []) expect(slant.evidence.some((e) => e.includes(word))).toBe(true);
    });
    it('records offsets that point at the finding text', () => {
      const a = analysis(file);
      for (const f of [...a.quotes, ...a.terms, ...a.figures, ...a.attributions, ...a.hedges, ...a.signals]) expect(a.article.text.slice(f.start, f.end)).toBe(f.text);
    });
  });
}

describe('voice', () => {
  it('counts "criminal illegal aliens" in ICE\'s statement in 000 as quoted, not own voice', () => {
    const a = analysis('000_db93470c877b965e.txt');
    const alien = a.terms.find((t) => t.entryId === 'illegal-alien')!;
    expect(alien.voice).toBe('quoted');
    const quote = a.quotes.find((q) => alien.start >= q.start && alien.end <= q.end)!;
    expect(quote.speaker).toBe('ICE');
    expect(a.slant.evidence.some((e) => e.startsWith('not counted') && e.includes('illegal aliens'))).toBe(true);
  });
});

// Hand-written (tests/fixtures/quotes/headline-single-marks.txt): single straight marks in a
// headline beside an apostrophe (Flynn's), and doubled apostrophes as quotation marks in the body.
describe('quotation marks as newsrooms use them', () => {
  const a = analyzeFiles([join(import.meta.dirname, 'fixtures/quotes/headline-single-marks.txt')])[0];
  it('reads the headline’s single-marked word as a quotation, and not the apostrophe', () => {
    expect(a.quotes.filter((q) => q.where === 'headline').map((q) => [q.text, q.speaker])).toEqual([['Destroyed', 'Trump']]);
  });
  it('reads doubled apostrophes as quotation marks, one quotation in two pieces', () => {
    const body = a.quotes.filter((q) => q.where === 'body');
    expect(body.map((q) => [q.text, q.speaker, q.speakerMention])).toEqual([
      ['It was very unfair', 'Trump', 'Mr. Trump'],
      ['He was treated very, very badly.', 'Trump', 'Mr. Trump'],
    ]);
    expect(new Set(body.map((q) => q.quotation)).size).toBe(1);
  });
  it('counts words inside the quotations as quoted, never as the outlet’s own voice', () => {
    for (const t of a.terms) {
      const inside = a.quotes.some((q) => t.start >= q.start && t.end <= q.end);
      expect(t.voice).toBe(inside ? 'quoted' : 'own');
    }
  });
});

describe('quotations as readers count them', () => {
  it('joins the pieces of a quotation split by its attribution, keeping each piece exact', async () => {
    const { quotations, PIECE_JOINER } = await import('../src/analyze/quotes/quotations.js');
    const { bodyArticle } = await import('./helpers/seeds.js');
    const { analyzeArticle } = await import('../src/analyze/index.js');
    const { termMatcher } = await import('../src/pipeline.js');
    const text = '“We are done here,” the mayor said on Friday, “and we will not come back.”';
    const a = analyzeArticle(bodyArticle(text), { terms: termMatcher() });
    const qs = quotations(a.quotes);
    expect(qs).toHaveLength(1);
    // The comma that hands over to the attribution is not part of what was said.
    expect(qs[0].text).toBe(`We are done here${PIECE_JOINER}and we will not come back.`);
    expect(qs[0].pieces.map((p) => text.slice(p.start, p.end))).toEqual(['We are done here', 'and we will not come back.']);
    expect(qs[0].words).toBe(10);
  });
});
