// The second `report` after one `add` (issue 21): its worker is started before the command loads its
// code and warms up on a made-up article, grouping reads the cached articles while the new one is
// analysed, and only the story that changed is written. None of that may change a byte: the folder it
// leaves is the one a cold run of the same corpus writes into a fresh folder. Runs the built CLI with
// two workers, on the hand-written story fixtures (three events, two reports each).
import { describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, scratch, snapshot } from './helpers/cli.js';
import { groupArticles, prepareGrouping } from '../src/compare/grouping.js';
import { analyzeDocuments } from '../src/pipeline.js';
import { toDocument } from '../src/ingest/read-file.js';
import { summarize } from '../src/compare/summary.js';

const FIXTURES = join(import.meta.dirname, 'fixtures', 'stories');
const FIRST = [
  ['drug-prices-a.txt', 'Wire One', '2021-03-02'],
  ['drug-prices-b.txt', 'Wire Two', '2021-03-02'],
  ['storm-visit-a.txt', 'Wire One', '2021-06-10'],
  ['storm-visit-b.txt', 'Wire Two', '2021-06-10'],
  ['wildfire-a.txt', 'Wire One', '2021-08-20'],
];
const LAST = ['wildfire-b.txt', 'Wire Two', '2021-08-20'];

function add(corpus: string, [file, outlet, date]: string[]): void {
  const r = cli(['add', join(FIXTURES, file), '--corpus', corpus, '--outlet', outlet, '--date', date, '--quiet']);
  expect(r.code, r.stderr).toBe(0);
}

describe('second report after one add', () => {
  it('analyses the new article only, writes only the story it joins, and leaves the same bytes as a cold run', () => {
    const dir = scratch();
    const corpus = join(dir, 'corpus');
    mkdirSync(corpus);
    for (const entry of FIRST) add(corpus, entry);
    const out = join(dir, 'reports');
    const first = cli(['report', '--corpus', corpus, '--out', out, '--jobs', '2']);
    expect(first.code, first.stderr).toBe(0);
    // Written by hand from the fixtures: drug prices and the storm visit are stories of two; the wildfire has one report yet.
    expect(first.stderr).toMatch(/5 articles \(5 analysed, 0 from the cache\), 2 stories of two or more \(2 written, 0 unchanged\)/);

    add(corpus, LAST);
    const statsFile = join(dir, 'stats.json');
    const second = cli(['report', '--corpus', corpus, '--out', out, '--jobs', '2'], { env: { ...process.env, FRAMELENS_STATS_FILE: statsFile } });
    expect(second.code, second.stderr).toBe(0);
    expect(second.stderr).toMatch(/6 articles \(1 analysed, 5 from the cache\), 3 stories of two or more \(1 written, 2 unchanged\)/);
    const stats = JSON.parse(readFileSync(statsFile, 'utf8')) as { analysed: number; reused: number };
    expect([stats.analysed, stats.reused]).toEqual([1, 5]);

    // The same corpus from nothing: no cache, a fresh folder, one thread.
    const fresh = join(dir, 'fresh');
    const cold = cli(['report', '--corpus', corpus, '--out', fresh, '--jobs', '1', '--no-cache', '--quiet']);
    expect(cold.code, cold.stderr).toBe(0);
    const warmFiles = snapshot(out);
    expect([...warmFiles.keys()].filter((f) => f.endsWith('.md')).length).toBe(4);
    expect(warmFiles).toEqual(snapshot(fresh));
  });

  it('writes nothing when nothing changed, and leaves the same bytes', () => {
    const dir = scratch();
    const corpus = join(dir, 'corpus');
    mkdirSync(corpus);
    for (const entry of [...FIRST, LAST]) add(corpus, entry);
    const out = join(dir, 'reports');
    expect(cli(['report', '--corpus', corpus, '--out', out, '--jobs', '2', '--quiet']).code).toBe(0);
    const before = snapshot(out);
    const again = cli(['report', '--corpus', corpus, '--out', out, '--jobs', '2']);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stderr).toMatch(/6 articles \(0 analysed, 6 from the cache\), 3 stories of two or more \(0 written, 3 unchanged\)/);
    expect(snapshot(out)).toEqual(before);
  });
});

describe('grouping prepared ahead', () => {
  const files = ['drug-prices-a.txt', 'drug-prices-b.txt', 'storm-visit-a.txt', 'storm-visit-b.txt', 'wildfire-a.txt', 'wildfire-b.txt'];
  const records = analyzeDocuments(files.map((f) => toDocument(f, readFileSync(join(FIXTURES, f), 'utf8'), 'text'))).map((a) => summarize(a));

  it('gives the groups, slugs and title words of grouping without it, whatever part of the corpus was prepared', () => {
    const plain = groupArticles(records);
    // Three events of two reports each (the fixtures were written that way).
    expect(plain.map((g) => g.members)).toEqual([[0, 1], [2, 3], [4, 5]]);
    for (const part of [records, records.slice(0, 3), records.slice(2), []]) expect(groupArticles(records, {}, prepareGrouping(part))).toEqual(plain);
    // One article alone: its own title words, from the preparation as from the packed list.
    const alone = [records[4]];
    expect(groupArticles(alone, {}, prepareGrouping(alone))).toEqual(groupArticles(alone));
  });
});
