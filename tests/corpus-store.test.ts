// The corpus store as a library: manifest text, corpus order, recovery from an interrupted add.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compareCorpusNames, parseManifest, serializeManifest } from '../src/corpus/manifest.js';
import type { ManifestEntry } from '../src/corpus/manifest.js';
import { articleNames, recoverCorpus, writeManifest } from '../src/corpus/store.js';
import { InputError } from '../src/errors.js';

const entry = (file: string, extra: Partial<ManifestEntry> = {}): ManifestEntry => ({ file, outlet: null, url: null, published: null, lean: null, headline: null, added: null, given: [], found: [], fingerprints: [], ...extra });

describe('manifest', () => {
  it('round-trips entries in corpus order with keys in a fixed order', () => {
    const text = serializeManifest([entry('010_00000000000000aa.txt', { outlet: 'B' }), entry('002_00000000000000bb.txt', { lean: 'left', published: '2021-04-05' })]);
    expect(text.split('\n')[0]).toBe('{"file":"002_00000000000000bb.txt","outlet":null,"url":null,"published":"2021-04-05","lean":"left","headline":null,"added":null,"given":[],"found":[],"fingerprints":[]}');
    expect(parseManifest(text, 'm').map((e) => e.file)).toEqual(['002_00000000000000bb.txt', '010_00000000000000aa.txt']);
  });
  const bad: [string, string, RegExp][] = [
    ['broken JSON', '{"file":', /m: line 1: not valid JSON/],
    ['a path instead of a name', '{"file":"../x.txt"}', /line 1: "file" must be a file name/],
    ['an unknown lean', '{"file":"a.txt","lean":"far"}', /"lean" must be one of left, center, right/],
    ['a date not written YYYY-MM-DD', '{"file":"a.txt","published":"April 5"}', /"published" must be a date written YYYY-MM-DD/],
    ['the same file twice', '{"file":"a.txt"}\n{"file":"a.txt"}', /line 2: "a.txt" is listed twice/],
  ];
  for (const [name, text, message] of bad) {
    it(`refuses ${name}, naming the line`, () => {
      expect(() => parseManifest(text, 'm')).toThrow(InputError);
      expect(() => parseManifest(text, 'm')).toThrow(message);
    });
  }
  it('orders 1000_ after 999_', () => {
    expect(['1000_a.txt', '999_b.txt', '001_c.txt', 'notes.txt'].sort(compareCorpusNames)).toEqual(['001_c.txt', '999_b.txt', '1000_a.txt', 'notes.txt']);
  });
});

describe('recoverCorpus', () => {
  it('puts in place what the manifest committed and removes what it did not', () => {
    const dir = mkdtempSync(join(tmpdir(), 'framelens-store-'));
    writeManifest(dir, [entry('001_00000000000000aa.txt')]);
    writeFileSync(join(dir, '.pending-123-001_00000000000000aa.txt'), 'committed');
    writeFileSync(join(dir, '.pending-123-002_00000000000000bb.txt'), 'not committed');
    writeFileSync(join(dir, '.manifest.jsonl.tmp-123'), 'half a manifest');
    expect(recoverCorpus(dir)).toBe(1);
    expect(readdirSync(dir).sort()).toEqual(['001_00000000000000aa.txt', 'manifest.jsonl']);
    expect(articleNames(dir)).toEqual(['001_00000000000000aa.txt']);
  });
});
