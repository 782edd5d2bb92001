// The wink-free word split used for blocks the page marks as furniture.
import { describe, expect, it } from 'vitest';
import { plainParse } from '../src/nlp/plain-parse.js';
import { parseDocument } from '../src/nlp/parse-document.js';
import type { SourceDocument } from '../src/types.js';

describe('plainParse', () => {
  it('splits words and punctuation with absolute offsets', () => {
    const p = plainParse("Home | Mayor's race, 2024", 10);
    expect(p.tokens.map((t) => [t.value, t.type, t.start, t.end])).toEqual([
      ['Home', 'word', 10, 14],
      ['|', 'punctuation', 15, 16],
      ["Mayor's", 'word', 17, 24],
      ['race', 'word', 25, 29],
      [',', 'punctuation', 29, 30],
      ['2024', 'word', 31, 35],
    ]);
    expect(p.sentences).toHaveLength(1);
    expect(p.entities).toEqual([]);
  });

  it('parseDocument uses it only for furniture-marked blocks', () => {
    const doc: SourceDocument = {
      file: 'x.html', format: 'html', text: 'Home News\n\nThe mayor spoke.',
      blocks: [{ text: 'Home News', start: 0, end: 9, hint: 'navigation' }, { text: 'The mayor spoke.', start: 11, end: 27, hint: 'paragraph' }],
      meta: { title: null, ogTitle: null, siteName: null, author: null, published: null, description: null },
    };
    const parsed = parseDocument(doc);
    expect(parsed.blocks[0].parsed.tokens.every((t) => t.pos === 'X')).toBe(true);
    expect(parsed.blocks[1].parsed.tokens.some((t) => t.pos === 'VERB')).toBe(true);
  });
});
