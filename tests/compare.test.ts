// The seed story lined up: one story, speaker word counts (counted by hand from the articles),
// shared figures and the quotation two outlets share.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { CORPUS_DIR, seedFiles } from './helpers/seeds.js';
import { analyzeFiles } from '../src/pipeline.js';
import { compareArticles } from '../src/compare/index.js';
import { matchQuotes, speakerTable } from '../src/compare/quotes.js';

describe('compare on the seed corpus', () => {
  const stories = compareArticles(analyzeFiles(seedFiles().map((f) => join(CORPUS_DIR, f))));
  it('groups the three seeds into one story', () => {
    expect(stories.map((s) => s.articles.length)).toEqual([3]);
  });
  it('counts the words of direct speech each article gives each speaker', () => {
    // Hand counts: 000 Miller 21 + 41, 003 Miller 36; ICE 17 + 25 + 3 + 11; Homan 1 + 2 + 6 + 4; Trump 3.
    expect(stories[0].speakers.map((r) => [r.speaker, r.words])).toEqual([
      ['Stephen Miller', { '000': 62, '003': 36, '004': 0 }],
      ['ICE', { '000': 56, '003': 0, '004': 0 }],
      ['Tom Homan', { '000': 0, '003': 13, '004': 0 }],
      ['Donald Trump', { '000': 0, '003': 0, '004': 3 }],
    ]);
  });
  it('matches the Miller quotation that 000 splits in two and 003 gives whole', () => {
    const shared = stories[0].sharedQuotes;
    expect(shared).toHaveLength(1);
    expect(Object.keys(shared[0].byArticle).sort()).toEqual(['000', '003']);
    expect(shared[0].speaker).toBe('Stephen Miller');
  });
  it('lines up the 3,000-arrests-a-day target across all three articles', () => {
    const row = stories[0].figures.rows[0];
    expect({ value: row.value, unit: row.unit, per: row.per }).toEqual({ value: 3000, unit: 'arrest', per: 'day' });
    expect(Object.values(row.byArticle).every((fs) => fs.length > 0)).toBe(true);
  });
  it('keeps figures only one article reports apart', () => {
    const only003 = stories[0].figures.rows.filter((r) => r.byArticle['003'].length > 0 && r.byArticle['000'].length === 0 && r.byArticle['004'].length === 0);
    expect(only003.map((r) => r.value)).toEqual(expect.arrayContaining([65600, 158000, 660]));
  });
});

// A hand-written story of three articles (tests/fixtures/quotes/story) that name one speaker four
// ways: "Donald J. Trump" and "Mr. Trump" in a, "President Trump" and "Trump" in b, "Mr. Trump"
// and "he" in c. Expected values counted by hand from the fixture text.
describe('speakers across the articles of a story', () => {
  const dir = join(import.meta.dirname, 'fixtures', 'quotes', 'story');
  const analyses = analyzeFiles(['a.txt', 'b.txt', 'c.txt'].map((f) => join(dir, f)));
  it('merges the name variants into one speaker row with the full name', () => {
    expect(speakerTable(analyses).map((r) => [r.speaker, r.words])).toEqual([
      ['Donald J. Trump', { a: 15, b: 15, c: 5 }],
      ['Maria Lopez', { a: 9, b: 8, c: 0 }],
      ['Tom Reyes', { a: 0, b: 0, c: 5 }],
    ]);
    expect(speakerTable(analyses)[0].names.sort()).toEqual(['Donald J. Trump', 'Trump']);
  });
  it('keeps each article’s words for the speaker as written', () => {
    expect(analyses.map((a) => a.quotes.filter((q) => q.speaker !== null && /Trump/.test(q.speaker)).map((q) => q.speakerMention))).toEqual([
      ['Mr. Trump', 'Mr. Trump'],
      ['Trump', 'Trump'],
      ['he'],
    ]);
  });
  it('lists shared quotations under the canonical name', () => {
    const shared = matchQuotes(analyses);
    expect(shared.map((s) => [Object.keys(s.byArticle).sort(), s.speaker])).toEqual([
      [['a', 'b'], 'Donald J. Trump'],
      [['a', 'c'], 'Donald J. Trump'],
    ]);
  });
  it('never names a day, a date or a party tag as a speaker', () => {
    const speakers = analyses.flatMap((a) => a.quotes.map((q) => q.speaker));
    expect(new Set(speakers)).toEqual(new Set(['Donald J. Trump', 'Trump', 'Maria Lopez', 'Tom Reyes']));
  });
});
