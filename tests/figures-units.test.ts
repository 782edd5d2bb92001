// Figures read as a reader reads them: a year is a date, not a count; a compound noun counts its
// head ("544 store managers" are managers). Expected values written by hand before running.
import { describe, expect, it } from 'vitest';
import { bodyArticle } from './helpers/seeds.js';
import { extractFigures } from '../src/analyze/figures.js';

const figures = (text: string) => extractFigures(bodyArticle(text)).map((f) => [f.text, f.value, f.unit]);

describe('figures', () => {
  it('does not count a year written before a noun as a quantity', () => {
    expect(figures('His 2016 campaign promised 2,000 new jobs in the county.')).toEqual([['2,000 new jobs', 2000, 'job']]);
    expect(figures('A number of 2018 races drew 1,500 volunteers.')).toEqual([['1,500 volunteers', 1500, 'volunteer']]);
  });
  it('keeps a four-digit count that a qualifier or money marks as a quantity', () => {
    expect(figures('About 1900 people attended the rally.')).toEqual([['About 1900 people', 1900, 'people']]);
    // ("$2000." at a sentence end is a date to wink: a rate keeps it money.)
    expect(extractFigures(bodyArticle('The fine was $2000 for each day.')).map((f) => [f.value, f.isMoney, f.per])).toEqual([[2000, true, 'day']]);
  });
  it('counts the head of a compound noun', () => {
    expect(figures('The class includes at least 544 store managers.')).toEqual([['at least 544 store managers', 544, 'manager']]);
    expect(figures('They worked in 3,400 stores in 170 job classifications.')).toEqual([['3,400 stores', 3400, 'store'], ['170 job classifications', 170, 'classification']]);
  });
});

describe('the figures table of a story', () => {
  it('labels a row with the unit as the articles write it, not its lemma', async () => {
    const { analyzeDocuments } = await import('../src/pipeline.js');
    const { toDocument } = await import('../src/ingest/read-file.js');
    const { compareStory } = await import('../src/compare/index.js');
    const { storyMarkdown } = await import('../src/report/markdown.js');
    const texts = ['Raids\n\nAgents made 300 arrests in the county on Monday, officials said.', 'County raids\n\nThe agency reported 300 arrests across the county this week.'];
    const analyses = analyzeDocuments(texts.map((t, i) => toDocument(`00${i}.txt`, t, 'text')));
    const md = storyMarkdown(compareStory({ slug: 'raids', keywords: [] }, analyses), []);
    // By hand: one row, "300 arrests", reported by both.
    expect(md).toContain('| 300 arrests |');
    expect(md).not.toContain('| 300 arrest |');
  });
});
