// The corpus commands end to end on the built CLI: add with metadata, list, stories, --corpus,
// refusals that leave the corpus untouched, and report runs that are parallel, cached and isolated.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
const CLI = join(ROOT, 'dist', 'cli', 'main.js');
const run = (args: string[], options: { input?: string; env?: Record<string, string> } = {}) => {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8', input: options.input, env: { ...process.env, ...options.env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};
const scratch = () => mkdtempSync(join(tmpdir(), 'framelens-corpus-'));
const seedCorpus = () => {
  const dir = join(scratch(), 'corpus');
  cpSync(join(ROOT, 'corpus'), dir, { recursive: true, filter: (src) => !src.includes('.framelens-cache') });
  return dir;
};
/** Every file of a folder (hidden ones too, the cache aside) with its bytes. */
const snapshot = (dir: string) => Object.fromEntries(readdirSync(dir).filter((n) => n !== '.framelens-cache').sort().map((n) => [n, readFileSync(join(dir, n), 'utf8')]));

const STORM = 'Storm Batters Gulf Coast Towns\n\nA powerful storm made landfall near Galveston on Tuesday, officials said, cutting power to 40,000 homes.\n\nThe governor declared a state of emergency for twelve counties.\n';
const STORM_2 = 'Gulf Coast Storm Leaves Thousands in the Dark\n\nThousands of homes near Galveston lost power on Tuesday after a powerful storm made landfall, the utility said.\n\nTwelve counties are under a state of emergency, the governor said.\n';

describe('framelens add with metadata', () => {
  it('records what the user gave and what the text says, and list shows it', () => {
    const corpus = seedCorpus();
    const file = join(corpus, '..', 'storm.txt');
    writeFileSync(file, STORM);
    const r = run(['add', file, '--corpus', corpus, '--outlet', 'Gulf Courier', '--date', 'April 6, 2021', '--lean', 'center', '--url', 'https://example.com/storm', '--json', '--quiet']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { status: string; target: string; entry: Record<string, unknown> };
    expect(out.status).toBe('added');
    expect(out.entry).toMatchObject({ outlet: 'Gulf Courier', published: '2021-04-06', lean: 'center', url: 'https://example.com/storm', headline: 'Storm Batters Gulf Coast Towns', given: ['lean', 'outlet', 'published', 'url'], found: ['headline'] });
    const manifest = readFileSync(join(corpus, 'manifest.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { file: string; outlet: string | null });
    expect(manifest.map((e) => e.file)).toEqual(['000_db93470c877b965e.txt', '003_b3ba2b347c0dc621.txt', '004_361b314df7f73658.txt', out.target.split('/').at(-1)]);
    const list = JSON.parse(run(['list', '--corpus', corpus, '--json']).stdout) as { file: string; outlet: string | null; published: string | null; lean: string | null }[];
    expect(list).toHaveLength(4);
    expect(list[3]).toMatchObject({ outlet: 'Gulf Courier', published: '2021-04-06', lean: 'center' });
    expect(list[2]).toMatchObject({ outlet: 'Latin Times' });
    const table = run(['list', '--corpus', corpus]);
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/005_[0-9a-f]{16}\.txt\s+Gulf Courier\s+2021-04-06\s+center\s+Storm Batters Gulf Coast Towns/);
  });
  it('reads one article from standard input', () => {
    const corpus = seedCorpus();
    const r = run(['add', '-', '--corpus', corpus, '--outlet', 'Gulf Courier', '--quiet'], { input: STORM });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^added .*005_[0-9a-f]{16}\.txt <- - \(outlet Gulf Courier\)\n$/);
  });
  it('uses the manifest outlet and date in extract', () => {
    const corpus = seedCorpus();
    writeFileSync(join(corpus, '..', 'storm.txt'), STORM);
    const added = JSON.parse(run(['add', join(corpus, '..', 'storm.txt'), '--corpus', corpus, '--outlet', 'Gulf Courier', '--date', '2021-04-06', '--json', '--quiet']).stdout) as { target: string };
    const record = JSON.parse(run(['extract', added.target, '--json']).stdout) as { outlet: string; published: string; url: string | null; outletLean: string | null };
    expect(record).toMatchObject({ outlet: 'Gulf Courier', published: '2021-04-06', url: null, outletLean: null });
  });
  const refusals: [string, (dir: string) => string[], RegExp][] = [
    ['an empty file', (d) => { writeFileSync(join(d, 'e.txt'), ''); return [join(d, 'e.txt')]; }, /e\.txt: file is empty/],
    ['a binary file', (d) => { writeFileSync(join(d, 'b.txt'), Buffer.from([1, 0, 2, 0])); return [join(d, 'b.txt')]; }, /b\.txt: binary file/],
    ['a bad date', (d) => { writeFileSync(join(d, 's.txt'), STORM); return [join(d, 's.txt'), '--date', 'someday']; }, /--date: expected a date/],
    ['a bad url', (d) => { writeFileSync(join(d, 's.txt'), STORM); return [join(d, 's.txt'), '--url', 'javascript:alert(1)']; }, /--url: expected an http\(s\) address/],
    ['a bad lean', (d) => { writeFileSync(join(d, 's.txt'), STORM); return [join(d, 's.txt'), '--lean', 'up']; }, /--lean.*invalid/i],
  ];
  for (const [name, make, message] of refusals) {
    it(`refuses ${name} and leaves corpus and manifest byte for byte as they were`, () => {
      const corpus = seedCorpus();
      const before = snapshot(corpus);
      const r = run(['add', ...make(join(corpus, '..')), '--corpus', corpus]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(new RegExp(`^framelens: .*${message.source}`));
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stdout).toBe('');
      expect(snapshot(corpus)).toEqual(before);
    });
  }
  it('adds a list of articles, each with its own outlet and date (--from)', () => {
    const corpus = seedCorpus();
    const dir = join(corpus, '..');
    writeFileSync(join(dir, 'storm.txt'), STORM);
    writeFileSync(join(dir, 'storm2.txt'), STORM_2);
    writeFileSync(join(dir, 'list.jsonl'), `${JSON.stringify({ file: 'storm.txt', outlet: 'Gulf Courier', date: '2021-04-06', lean: 'center' })}\n${JSON.stringify({ file: 'storm2.txt', outlet: 'Coastal Daily', url: 'https://example.com/b' })}\n`);
    const r = run(['add', '--from', join(dir, 'list.jsonl'), '--corpus', corpus, '--date', '2021-04-07', '--json', '--quiet']);
    expect(r.code).toBe(0);
    const entries = r.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { entry: Record<string, unknown> }).entry);
    // A line's own field wins over the flag; the flag fills what the line leaves out.
    expect(entries).toEqual([
      expect.objectContaining({ outlet: 'Gulf Courier', published: '2021-04-06', lean: 'center', given: ['lean', 'outlet', 'published'] }),
      expect.objectContaining({ outlet: 'Coastal Daily', published: '2021-04-07', url: 'https://example.com/b', lean: null, given: ['outlet', 'published', 'url'] }),
    ]);
  });
  it('refuses a whole list when one line is bad, naming the line', () => {
    const corpus = seedCorpus();
    const dir = join(corpus, '..');
    writeFileSync(join(dir, 'storm.txt'), STORM);
    writeFileSync(join(dir, 'list.jsonl'), `${JSON.stringify({ file: 'storm.txt', outlet: 'Gulf Courier' })}\n${JSON.stringify({ file: 'storm.txt', date: 'soon' })}\n`);
    const before = snapshot(corpus);
    const r = run(['add', '--from', join(dir, 'list.jsonl'), '--corpus', corpus]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^framelens: .*list\.jsonl: line 2: "date": expected a date such as 2021-04-05, found "soon"\n$/);
    expect(snapshot(corpus)).toEqual(before);
  });
  it('skips a duplicate and leaves corpus and manifest byte for byte as they were', () => {
    const corpus = seedCorpus();
    const before = snapshot(corpus);
    const r = run(['add', join(corpus, '003_b3ba2b347c0dc621.txt'), '--corpus', corpus, '--outlet', 'Somebody', '--quiet']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^skipped .*: same article as .*003_b3ba2b347c0dc621\.txt\n$/);
    expect(snapshot(corpus)).toEqual(before);
  });
});

describe('framelens stories and report on a corpus', () => {
  const corpusWithTwoStories = () => {
    const corpus = seedCorpus();
    writeFileSync(join(corpus, '..', 'storm.txt'), STORM);
    writeFileSync(join(corpus, '..', 'storm2.txt'), STORM_2);
    expect(run(['add', join(corpus, '..', 'storm.txt'), '--corpus', corpus, '--outlet', 'Gulf Courier', '--date', '2021-04-06', '--quiet']).code).toBe(0);
    expect(run(['add', join(corpus, '..', 'storm2.txt'), '--corpus', corpus, '--outlet', 'Coastal Daily', '--date', '2021-04-06', '--quiet']).code).toBe(0);
    return corpus;
  };
  it('stories --json lists each story with its files', () => {
    const corpus = corpusWithTwoStories();
    const r = run(['stories', '--corpus', corpus, '--json', '--quiet']);
    expect(r.code).toBe(0);
    const stories = JSON.parse(r.stdout) as { story: string; title: string; articles: string[] }[];
    expect(stories.map((s) => s.articles.map((f) => f.split('/').at(-1)!.slice(0, 3)))).toEqual([['000', '003', '004'], ['005', '006']]);
    for (const s of stories) expect(typeof s.title).toBe('string');
  });
  it('writes one report per story of two or more and the same bytes with --jobs 1 and --jobs 2', () => {
    const corpus = corpusWithTwoStories();
    const one = scratch();
    const two = scratch();
    expect(run(['report', '--corpus', corpus, '--out', one, '--jobs', '1', '--no-cache', '--quiet']).code).toBe(0);
    expect(run(['report', '--corpus', corpus, '--out', two, '--jobs', '2', '--no-cache', '--quiet']).code).toBe(0);
    expect(existsSync(join(corpus, '.framelens-cache'))).toBe(false);
    const files = readdirSync(one).sort();
    // Per story its Markdown, HTML page and four charts; the index as Markdown and HTML.
    expect(files).toHaveLength(14);
    expect(files.filter((f) => f.endsWith('.md'))).toHaveLength(3);
    expect(readdirSync(two).sort()).toEqual(files);
    for (const f of files) expect(readFileSync(join(two, f), 'utf8')).toBe(readFileSync(join(one, f), 'utf8'));
    const index = readFileSync(join(one, 'index.md'), 'utf8');
    expect(index).toContain('Gulf Courier');
    expect(index).toContain('2021-04-06');
  });
  it('removes the report files of a story that is gone, Markdown, page and charts, and leaves files it did not write', () => {
    const corpus = corpusWithTwoStories();
    const out = scratch();
    expect(run(['report', '--corpus', corpus, '--out', out, '--quiet']).code).toBe(0);
    const before = readdirSync(out);
    const storm = before.filter((f) => !/^(index|ice-)/.test(f));
    expect(storm.map((f) => f.replace(/^[a-z0-9-]*?(-loaded|-speakers|-sides|-frames)?\.(md|html|svg)$/, '$1.$2')).sort()).toEqual(['-frames.svg', '-loaded.svg', '-sides.svg', '-speakers.svg', '.html', '.md']);
    // The reader's own files, with names and extensions like framelens' own.
    writeFileSync(join(out, 'notes.md'), '# My notes\n');
    writeFileSync(join(out, 'notes.html'), '<!DOCTYPE html>\n<p>mine</p>\n');
    writeFileSync(join(out, 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"></svg>\n');
    for (const f of readdirSync(corpus)) if (/^00[56]_/.test(f)) rmSync(join(corpus, f));
    expect(run(['report', '--corpus', corpus, '--out', out, '--quiet']).code).toBe(0);
    const after = readdirSync(out).sort();
    expect(after).toEqual([...before.filter((f) => !storm.includes(f)), 'logo.svg', 'notes.html', 'notes.md'].sort());
  });
  it('re-uses the cache on a second run, ignores a corrupt entry and rebuilds it', () => {
    const corpus = corpusWithTwoStories();
    const out = scratch();
    const first = run(['report', '--corpus', corpus, '--out', out]);
    expect(first.stderr).toMatch(/5 articles \(5 analysed, 0 from the cache\)/);
    const reports = snapshot(out);
    const second = run(['report', '--corpus', corpus, '--out', out]);
    expect(second.stderr).toMatch(/5 articles \(0 analysed, 5 from the cache\), 2 stories of two or more \(0 written, 2 unchanged\)/);
    // The index still shows where each article sits in its story, though no story was compared again.
    expect(snapshot(out)).toEqual(reports);
    expect(reports['index.md']).toMatch(/\| furthest (right|left) \([+-]\d\.\d\d\) \|/);
    // Corrupt every cached record: they are rebuilt, the reports come out the same.
    const records = join(corpus, '.framelens-cache', 'records');
    for (const shard of readdirSync(records)) for (const f of readdirSync(join(records, shard))) writeFileSync(join(records, shard, f), 'not gzip');
    rmSync(join(out, 'index.md'));
    for (const f of readdirSync(out)) writeFileSync(join(out, f), '# Story: stale\n');
    const third = run(['report', '--corpus', corpus, '--out', out]);
    expect(third.code).toBe(0);
    expect(snapshot(out)).toEqual(reports);
  });
  it('takes the articles an interrupted run stored, though its tables were never written', () => {
    const corpus = corpusWithTwoStories();
    const out = scratch();
    expect(run(['report', '--corpus', corpus, '--out', out]).code).toBe(0);
    const reports = snapshot(out);
    // A run stopped with Ctrl-C has written each article's record but not the tables that list them.
    for (const table of ['summaries', 'scans', 'stamps', 'reports']) rmSync(join(corpus, '.framelens-cache', `${table}.jsonl`), { force: true });
    const second = run(['report', '--corpus', corpus, '--out', out]);
    expect(second.code).toBe(0);
    expect(second.stderr).toMatch(/5 articles \(0 analysed, 5 from the cache\)/);
    expect(snapshot(out)).toEqual(reports);
  });
  it('goes on past files it cannot read, lists them in the index and exits 2', () => {
    const corpus = corpusWithTwoStories();
    writeFileSync(join(corpus, '007_00000000000000aa.txt'), '');
    writeFileSync(join(corpus, '008_00000000000000bb.txt'), Buffer.from([0x89, 0x50, 0, 0]));
    const out = scratch();
    const r = run(['report', '--corpus', corpus, '--out', out, '--quiet']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^framelens: .*007_00000000000000aa\.txt: file is empty$/), expect.stringMatching(/^framelens: .*008_00000000000000bb\.txt: binary file/)]);
    expect(readdirSync(out).filter((f) => f.endsWith('.md'))).toHaveLength(3);
    const index = readFileSync(join(out, 'index.md'), 'utf8');
    expect(index).toMatch(/## Not analysed[\s\S]*007_00000000000000aa\.txt.*refused: file is empty/);
  });
  it('reports an article whose analysis fails as an internal error and goes on (exit 3)', () => {
    const corpus = corpusWithTwoStories();
    const out = scratch();
    // Every task times out at once: each file is reported, the run still ends with an index.
    const r = run(['report', '--corpus', corpus, '--out', out, '--jobs', '2', '--no-cache', '--quiet'], { env: { FRAMELENS_TASK_TIMEOUT_MS: '1' } });
    expect(r.code).toBe(3);
    expect(r.stderr.trim().split('\n').every((l) => /^framelens: .*: internal error: analysis took longer than/.test(l))).toBe(true);
    expect(readFileSync(join(out, 'index.md'), 'utf8')).toMatch(/## Not analysed/);
  });
});

describe('framelens extract on a mixed batch', () => {
  it('prints the good row and one line per bad file, exit 2', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'good.txt'), STORM);
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]));
    const r = run(['extract', join(dir, 'empty.txt'), join(dir, 'good.txt'), join(dir, 'binary.txt'), '--json']);
    expect(r.code).toBe(2);
    const rows = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { headline: string });
    expect(rows).toHaveLength(1);
    expect(rows[0].headline).toBe('Storm Batters Gulf Coast Towns');
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^framelens: .*empty\.txt: file is empty$/), expect.stringMatching(/^framelens: .*binary\.txt: binary file/)]);
  });
});
