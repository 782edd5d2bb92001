// The cache stores an analysis with its article text once (src/corpus/record-text.ts): every text
// that is a slice of the article text at its own offsets is stored as 0 and rebuilt when read.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { gunzipSync } from 'node:zlib';
import { createHash } from 'node:crypto';
import { compactRecord, expandRecord } from '../src/corpus/record-text.js';
import { readRecord, writeRecord } from '../src/corpus/cache.js';
import { analyzeFiles } from '../src/pipeline.js';
import type { ArticleAnalysis } from '../src/analyze/index.js';

const ROOT = join(import.meta.dirname, '..');

// A hand-made record: the text is "Storm hits coast\n\nThe storm hit the coast." (offsets counted by hand:
// headline 0-16, body 18-42; "storm" in the body at 22-27).
const TEXT = 'Storm hits coast\n\nThe storm hit the coast.';
const handMade = () => ({
  article: {
    file: 'a.txt', format: 'text', text: TEXT, body: 'The storm hit the coast.', headline: 'Storm hits coast',
    blocks: [
      { text: 'Storm hits coast', start: 0, end: 16, role: 'headline', why: 'first line' },
      { text: 'The storm hit the coast.', start: 18, end: 42, role: 'body', why: 'prose' },
    ],
  },
  words: 8,
  // One finding whose text is its slice, one whose text is not (kept as it is).
  signals: [
    { kind: 'signal', text: 'storm', start: 22, end: 27, where: 'body', signal: 'intensifier' },
    { kind: 'signal', text: 'STORM', start: 22, end: 27, where: 'body', signal: 'all-caps' },
  ],
  political: { found: false, reason: 'none', cues: [{ kind: 'political-subject', text: 'coast', start: 36, end: 41, where: 'body', cue: 'coast', category: 'x', strength: 'weak', lead: false }] },
});

describe('the article text once in a cache record', () => {
  it('replaces exactly the texts that are slices at their own offsets, body included, and keeps the rest', () => {
    const compact = compactRecord(handMade() as unknown as ArticleAnalysis) as ReturnType<typeof handMade>;
    expect(compact.article.text).toBe(TEXT);
    expect(compact.article.body).toBe(0);
    expect(compact.article.blocks.map((b) => b.text)).toEqual([0, 0]);
    expect(compact.signals.map((s) => s.text)).toEqual([0, 'STORM']);
    expect(compact.political.cues[0].text).toBe(0);
    // The input is not changed.
    expect(handMade().signals[0].text).toBe('storm');
  });

  it('keeps a body that is not its body blocks joined', () => {
    const record = handMade();
    record.article.body = 'Something else.';
    expect((compactRecord(record as unknown as ArticleAnalysis) as ReturnType<typeof handMade>).article.body).toBe('Something else.');
  });

  it('gives back the same JSON, key order included, after a round trip through JSON', () => {
    const original = JSON.stringify(handMade());
    const back = expandRecord(JSON.parse(JSON.stringify(compactRecord(handMade() as unknown as ArticleAnalysis))));
    expect(JSON.stringify(back)).toBe(original);
  });

  it('round-trips the seed analyses through the cache, and stores each one smaller', () => {
    const dir = mkdtempSync(join(tmpdir(), 'framelens-record-text-'));
    try {
      const files = ['000_db93470c877b965e.txt', '003_b3ba2b347c0dc621.txt', '004_361b314df7f73658.txt'].map((f) => join(ROOT, 'corpus', f));
      analyzeFiles(files).forEach((analysis, i) => {
        const path = join(dir, `${i}.json.gz`);
        writeRecord(path, `key${i}`, analysis);
        expect(JSON.stringify(readRecord(path, `key${i}`))).toBe(JSON.stringify(analysis));
        const stored = gunzipSync(readFileSync(path)).toString('utf8');
        // The body's first paragraph is stored once (in the article text), not three times.
        const paragraph = analysis.article.blocks.find((b) => b.role === 'body')!.text;
        expect(stored.split(JSON.stringify(paragraph).slice(1, -1)).length - 1).toBe(1);
        expect(stored.length).toBeLessThan(JSON.stringify(analysis).length);
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('writes the entry as the UTF-8 of its one layout, the check over the key and the record JSON', () => {
    // The entry is built as bytes (src/corpus/cache.ts); its text must stay
    // {"schema":6,"key":<key>,"record":<compact JSON>,"check":<16 hex of sha256(key \n JSON)>},
    // curly quotes, an emoji and a lone surrogate (escaped by JSON.stringify) included.
    const dir = mkdtempSync(join(tmpdir(), 'framelens-record-entry-'));
    try {
      const record = handMade();
      record.signals.push({ kind: 'signal', text: 'It’s “odd” 🙂 \ud800', start: 0, end: 0, where: 'body', signal: 'x' });
      const json = JSON.stringify(compactRecord(record as unknown as ArticleAnalysis));
      const check = createHash('sha256').update('k1').update('\n').update(json).digest('hex').slice(0, 16);
      const path = join(dir, 'e.json.gz');
      writeRecord(path, 'k1', record as unknown as ArticleAnalysis);
      expect(gunzipSync(readFileSync(path)).toString('utf8')).toBe(`{"schema":6,"key":"k1","record":${json},"check":"${check}"}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('leaves what is not a compacted analysis for the shape check to refuse', () => {
    expect(expandRecord(null)).toBe(null);
    expect(expandRecord({ article: { text: 5 } })).toEqual({ article: { text: 5 } });
    // A 0 text without offsets stays 0 (and fails the shape check later).
    expect(expandRecord({ article: { text: 'abc', blocks: [{ text: 0, role: 'body' }], body: 0 } })).toEqual({ article: { text: 'abc', blocks: [{ text: 0, role: 'body' }], body: 0 } });
  });
});
