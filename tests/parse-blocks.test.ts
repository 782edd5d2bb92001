// One wink read per article (parseBlocks): every block must come back exactly as if it had been read
// alone: a block boundary is always a sentence boundary, and offsets point into the article text.
// Expected values below were written by hand from the texts before the code was run on them.
import { describe, expect, it } from 'vitest';
import { parseBlocks, parseStats, parseText } from '../src/nlp/wink.js';
import type { BlockText } from '../src/nlp/wink.js';
import { parseDocument } from '../src/nlp/parse-document.js';
import { toDocument } from '../src/ingest/read-file.js';

/** Blocks laid out in an article text one per line, as a text file would hold them. */
function layout(texts: string[]): { text: string; blocks: BlockText[] } {
  let text = '';
  const blocks: BlockText[] = [];
  for (const t of texts) {
    blocks.push({ text: t, start: text.length });
    text += `${t}\n`;
  }
  return { text, blocks };
}

const values = (p: { tokens: { value: string }[] }) => p.tokens.map((t) => t.value);

describe('parseBlocks: block boundaries', () => {
  it('ends a sentence at a block without final punctuation followed by one starting lower case', () => {
    const { text, blocks } = layout(['Officials met on Tuesday', 'the plan was announced later.']);
    const before = { ...parseStats };
    const [first, second] = parseBlocks(blocks);
    // Read together, not one by one.
    expect(parseStats.joinedBlocks - before.joinedBlocks).toBe(2);
    expect(parseStats.fallbackBlocks + parseStats.aloneBlocks).toBe(before.fallbackBlocks + before.aloneBlocks);
    expect(values(first)).toEqual(['Officials', 'met', 'on', 'Tuesday']);
    expect(values(second)).toEqual(['the', 'plan', 'was', 'announced', 'later', '.']);
    expect(first.sentences).toHaveLength(1);
    expect(first.sentences[0]).toMatchObject({ firstToken: 0, lastToken: 3, start: 0, end: 24 });
    expect(second.sentences).toHaveLength(1);
    expect(second.sentences[0]).toMatchObject({ firstToken: 0, lastToken: 5, start: 25, end: 54 });
    expect(second.tokens[4]).toMatchObject({ value: 'later', start: 48, end: 53, sentence: 0 });
    expect(second.tokens[5]).toMatchObject({ value: '.', start: 53, end: 54, sentence: 0 });
    expect(text.slice(second.start, second.end)).toBe('the plan was announced later.');
  });

  it('keeps a closing quotation mark with its block and sentence', () => {
    const { blocks } = layout(['He said, “The border is closed.”', 'she replied.']);
    const [first, second] = parseBlocks(blocks);
    expect(values(first)).toEqual(['He', 'said', ',', '“', 'The', 'border', 'is', 'closed', '.', '”']);
    expect(first.tokens[9]).toMatchObject({ value: '”', start: 31, end: 32, sentence: 0 });
    expect(first.sentences).toHaveLength(1);
    expect(first.sentences[0]).toMatchObject({ firstToken: 0, lastToken: 9, end: 32 });
    expect(values(second)).toEqual(['she', 'replied', '.']);
    expect(second.tokens[0]).toMatchObject({ start: 33, end: 36, sentence: 0 });
  });

  it('numbers sentences from 0 in every block', () => {
    const { blocks } = layout(['One. Two.', 'Three. Four. Five', 'Six']);
    const parsed = parseBlocks(blocks);
    expect(parsed.map((p) => p.sentences.length)).toEqual([2, 3, 1]);
    expect(parsed[1].tokens.map((t) => t.sentence)).toEqual([0, 0, 1, 1, 2]);
    expect(parsed[1].sentences.map((s) => [s.firstToken, s.lastToken])).toEqual([[0, 1], [2, 3], [4, 4]]);
    expect(parsed[2].tokens.map((t) => t.sentence)).toEqual([0]);
  });

  it('gives every token offsets into the article text', () => {
    const { text, blocks } = layout(['Trump-Backed Candidate STUNS Rivals', 'By Jane Doe, Associated Press', '“We are done. We will leave,” he said on Jan. 5, 2025.', 'More than 3,000 people (D-N.Y.) attended', '']);
    for (const p of parseBlocks(blocks)) {
      for (const t of p.tokens) expect(text.slice(t.start, t.end)).toBe(t.value);
      for (const e of p.entities) expect(text.slice(e.start, e.end)).toBe(text.slice(p.tokens[e.firstToken].start, p.tokens[e.lastToken].end));
    }
  });
});

describe('parseBlocks: the same as reading each block alone', () => {
  const cases: [string, string[]][] = [
    // wink learns "Trump’s," from the first block; read alone, the second block splits "Trump’s".
    ['a word learned in an earlier block', ['Trump’s, not anyone else’s', 'A vision that rejects Trump’s lawlessness, his aides said.']],
    ['abbreviations at a block end', ['He met Sen.', 'Smith and Mr.', 'Jones in St.', 'Louis at 3 p.m.']],
    ['negation running to a block end', ['The senator never said it was illegal', 'officials said the plan was good.']],
    ['numbers and dates over a boundary', ['The vote was on Jan.', '5, 2025 and 300', 'people attended, 40 percent of them', 'per day.']],
    ['blank lines inside a block, a block of white space and one ending in a line break', ['First line\n\nsecond line', '   ', 'ends with a break\n', '\tstarts with a tab', 'last.']],
    ['an empty block', ['', 'Only one.']],
  ];
  for (const [name, texts] of cases) {
    it(name, () => {
      const { blocks } = layout(texts);
      expect(parseBlocks(blocks)).toEqual(blocks.map((b) => parseText(b.text, b.start)));
    });
  }

  it('reads page furniture without wink and keeps the order of blocks', () => {
    const doc = toDocument('page.html', '<html><body><nav><a href="/">Home</a> <a href="/world">World</a></nav><article><h1>Council votes on the budget</h1><p>The council voted on Tuesday.</p><p>the mayor said nothing</p></article></body></html>', 'html');
    const parsed = parseDocument(doc);
    expect(parsed.blocks.map((b) => b.text)).toEqual(doc.blocks.map((b) => b.text));
    for (const b of parsed.blocks) {
      for (const t of b.parsed.tokens) expect(doc.text.slice(t.start, t.end)).toBe(t.value);
      if (b.hint === 'navigation') expect(b.parsed.tokens.every((t) => t.pos === 'X' || t.pos === 'PUNCT')).toBe(true);
      else expect(b.parsed).toEqual(parseText(b.text, b.start));
    }
  });
});
