import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadLexicons, readLexiconFile } from '../src/lexicon/load.js';
import { buildTermMatcher, extractTerms } from '../src/analyze/terms.js';
import { indexEntities } from '../src/analyze/entities.js';
import { bodyArticle } from './helpers/seeds.js';

describe('bundled lexicon', () => {
  const [bundled] = loadLexicons();
  it('has a few hundred entries, each with a defined source', () => {
    expect(bundled.entries.length).toBeGreaterThanOrEqual(250);
    for (const e of bundled.entries) expect(bundled.sources[e.source]).toBeTruthy();
  });
  it('is balanced: left and right entries within 20% of each other, both leans in each main topic', () => {
    const left = bundled.entries.filter((e) => e.lean === 'left').length;
    const right = bundled.entries.filter((e) => e.lean === 'right').length;
    expect(Math.abs(left - right) / Math.max(left, right)).toBeLessThan(0.2);
    for (const topic of ['immigration', 'crime', 'economy', 'elections', 'foreign-policy']) {
      const entries = bundled.entries.filter((e) => e.topic === topic);
      expect(entries.length).toBeGreaterThanOrEqual(12);
      expect(entries.some((e) => e.lean === 'left') && entries.some((e) => e.lean === 'right')).toBe(true);
    }
  });
  it('lists no surface term twice', () => {
    const terms = bundled.entries.flatMap((e) => e.terms.map((t) => t.toLowerCase()));
    expect(terms.length).toBe(new Set(terms).size);
  });
});

describe('user lexicons', () => {
  const dir = mkdtempSync(join(tmpdir(), 'framelens-lexicon-'));
  const write = (name: string, data: unknown) => {
    const path = join(dir, name);
    writeFileSync(path, typeof data === 'string' ? data : JSON.stringify(data));
    return path;
  };
  it('matches on lemmas, so an inflected form counts', () => {
    const file = write('mine.json', { name: 'mine', version: 1, sources: { me: 'test' }, entries: [{ id: 'job-killer', terms: ['job-killing regulation'], category: 'loaded-framing', lean: 'right', source: 'me' }] });
    const matcher = buildTermMatcher([readLexiconFile(file)]);
    const article = bodyArticle('Critics attacked the job-killing regulations on Tuesday.');
    const found = extractTerms(article, matcher, [], indexEntities(article.blocks, article.text));
    expect(found.map((t) => [t.text, t.entryId, t.voice, t.where])).toEqual([['job-killing regulations', 'job-killer', 'own', 'body']]);
  });
  it('names the file and the entry at fault', () => {
    const file = write('bad.json', { sources: { me: 'test' }, entries: [{ id: 'ok', terms: ['x'], category: 'sensational', lean: null, source: 'me' }, { id: 'broken', terms: ['y'], category: 'rude', lean: null, source: 'me' }] });
    expect(() => readLexiconFile(file)).toThrow(`${file}: entry 2 ("broken"): "category" must be one of`);
    const unsourced = write('unsourced.json', { sources: {}, entries: [{ id: 'a', terms: ['x'], category: 'sensational', lean: 'up', source: 'me' }] });
    expect(() => readLexiconFile(unsourced)).toThrow(`${unsourced}: entry 1 ("a"): "lean" must be "left", "right" or null`);
    expect(() => readLexiconFile(write('notjson.json', '{'))).toThrow(/notjson\.json: not valid JSON/);
  });
});
