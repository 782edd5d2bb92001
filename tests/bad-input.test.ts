// Bad input for every command (report, extract, add, list, stories), through the built CLI: one
// stderr line each in the form `framelens: path: problem`, the documented exit code (2 for bad input),
// and no partial output (for add: corpus and manifest byte-for-byte unchanged).
import { describe, expect, it, vi } from 'vitest';
import { spawnSync } from 'node:child_process';
import { accessSync, chmodSync, constants, cpSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { cli, cliAsync, ONE_LINE, scratch, snapshot } from './helpers/cli.js';

// Every case starts the CLI at least once; on a busy two-core machine that can take seconds.
vi.setConfig({ testTimeout: 60_000 });

const STORM_A = 'Storm Batters Gulf Coast Towns\n\nBy Dana Whitfield\n\nA powerful storm made landfall near the coast on Tuesday, cutting power to 40,000 homes, officials said.\n\nThe governor said shelters would stay open through the weekend.\n';
const STORM_B = 'Gulf Coast Storm Leaves 40,000 Homes Dark\n\nThe storm came ashore on Tuesday and knocked out power to 40,000 homes, the utility said.\n\nShelters will stay open through the weekend, the governor said on Wednesday.\n';

/** Every kind of bad article file, made fresh in `dir`. Returns name -> the problem its line must name. */
function makeBadFiles(dir: string): Map<string, RegExp> {
  const bad = new Map<string, RegExp>();
  writeFileSync(join(dir, 'empty.txt'), '');
  bad.set('empty.txt', /file is empty$/);
  writeFileSync(join(dir, 'blank.txt'), ' \n\t\n  \n');
  bad.set('blank.txt', /file is empty \(only white space\)$/);
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
  bad.set('binary.txt', /binary file \(contains NUL bytes\), expected text or HTML$/);
  writeFileSync(join(dir, 'latin1.txt'), Buffer.from('Caf\xe9 owners said the storm \xab was bad \xbb.\n', 'latin1'));
  bad.set('latin1.txt', /not valid UTF-8 text, expected text or HTML \(Latin-1 or Windows-1252\? save it as UTF-8\)$/);
  writeFileSync(join(dir, 'utf16le.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('The storm hit on Tuesday, officials said.\n', 'utf16le')]));
  bad.set('utf16le.txt', /UTF-16 text \(it starts with a UTF-16 byte-order mark\); save it as UTF-8$/);
  writeFileSync(join(dir, 'utf16be.html'), Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('<p>The storm hit.</p>', 'utf16le').swap16()]));
  bad.set('utf16be.html', /UTF-16 text .*save it as UTF-8$/);
  // Sparse: over the limit without writing 20 MB; refused from its size before it is read.
  writeFileSync(join(dir, 'huge.txt'), 'x');
  truncateSync(join(dir, 'huge.txt'), 20 * 1024 * 1024 + 1);
  bad.set('huge.txt', /file is larger than 20 MB$/);
  mkdirSync(join(dir, 'folder.txt'));
  bad.set('folder.txt', /is a directory, expected an article file$/);
  writeFileSync(join(dir, 'scripts-only.html'), '<html><head><title></title></head><body><script>document.write("hi")</script><style>p{}</style></body></html>');
  bad.set('scripts-only.html', /no readable text found$/);
  writeFileSync(join(dir, 'slides.pdf'), '%PDF-1.4');
  // extract names the format; add names the extensions it takes.
  bad.set('slides.pdf', /PDF files are not supported|not an article file: use \.txt, \.md or \.html$/);
  if (spawnSync('mkfifo', [join(dir, 'pipe.txt')]).status === 0) bad.set('pipe.txt', /is not a regular file$/);
  return bad;
}

/** chmod 000 blocks reads except for root, where the suite skips the case (and says why). */
function unreadableFile(dir: string): string | null {
  const path = join(dir, 'locked.txt');
  writeFileSync(path, STORM_A);
  chmodSync(path, 0o000);
  try {
    accessSync(path, constants.R_OK);
    return null;
  } catch {
    return path;
  }
}
const probe = scratch();
const permissionsWork = unreadableFile(probe) !== null;
const PERMISSION_CASE = permissionsWork ? 'no permission to read' : 'no permission to read (skipped: running as root, where chmod does not block reads)';

function expectOneLine(stderr: string, path: string, problem: RegExp): void {
  expect(stderr).toMatch(ONE_LINE);
  expect(stderr.startsWith(`framelens: ${path}: `)).toBe(true);
  expect(stderr.trimEnd()).toMatch(problem);
  expect(stderr).not.toMatch(/\n\s+at |internal error/);
}

describe.concurrent('extract: a batch of every kind of bad file gives one line per file, exit 2, nothing on stdout', () => {
  const dir = scratch();
  const bad = makeBadFiles(dir);
  bad.set('missing.txt', /no such file$/);
  writeFileSync(join(dir, 'plain.txt'), STORM_A);
  const paths = new Map<string, RegExp>([...bad].map(([name, problem]) => [join(dir, name), problem]));
  paths.set('/dev/zero', /is not a regular file$/);
  paths.set(join(dir, 'plain.txt', 'inner.txt'), /cannot read \(ENOTDIR\)$/);
  const locked = unreadableFile(scratch());
  if (locked) paths.set(locked, /permission denied$/);
  const run = cliAsync(['extract', '--json', ...paths.keys()]);
  const linesOf = async () => (await run).stderr.split('\n').filter(Boolean);
  it(`exit 2, no output, ${paths.size} lines`, async () => {
    const r = await run;
    const lines = await linesOf();
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(lines).toHaveLength(paths.size);
  });
  for (const [path, problem] of paths) {
    it(path.startsWith(dir) ? path.slice(dir.length + 1) : path, async () => {
      const line = (await linesOf()).find((l) => l.startsWith(`framelens: ${path}: `));
      expect(line).toBeDefined();
      expectOneLine(`${line}\n`, path, problem);
    });
  }
  it.skipIf(!permissionsWork)(PERMISSION_CASE, async () => {
    expect(locked).not.toBeNull();
  });
});

describe.concurrent('the mixed batch of the issue: a good file, an empty one and a binary one', () => {
  const dir = scratch();
  writeFileSync(join(dir, 'good.txt'), STORM_A);
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0]));
  const files = ['good.txt', 'empty.txt', 'binary.txt'].map((f) => join(dir, f));
  const twoLines = (stderr: string) => {
    const lines = stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe(`framelens: ${files[1]}: file is empty`);
    expect(lines[1]).toBe(`framelens: ${files[2]}: binary file (contains NUL bytes), expected text or HTML`);
  };
  it('extract prints the good row and two one-line errors, exit 2', async () => {
    const r = await cliAsync(['extract', ...files]);
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(new RegExp(`^${files[0].replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}\\n  outlet: `));
    expect(r.stdout.match(/^ {2}headline: /gm)).toHaveLength(1);
    twoLines(r.stderr);
  });
  it('extract --json prints one JSON line for the good file, exit 2', async () => {
    const r = await cliAsync(['extract', '--json', ...files]);
    expect(r.code).toBe(2);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0])).toMatchObject({ file: files[0], headline: 'Storm Batters Gulf Coast Towns' });
    twoLines(r.stderr);
  });
  it('report writes the good row, lists the two files as not analysed, exit 2', async () => {
    const corpus = scratch();
    writeFileSync(join(corpus, '001_0000000000000001.txt'), STORM_A);
    writeFileSync(join(corpus, '002_0000000000000002.txt'), '');
    writeFileSync(join(corpus, '003_0000000000000003.txt'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0]));
    const out = join(scratch(), 'reports');
    const r = await cliAsync(['report', corpus, '--out', out, '--quiet']);
    expect(r.code).toBe(2);
    expect(r.stderr.trimEnd().split('\n')).toEqual([
      `framelens: ${join(corpus, '002_0000000000000002.txt')}: file is empty`,
      `framelens: ${join(corpus, '003_0000000000000003.txt')}: binary file (contains NUL bytes), expected text or HTML`,
    ]);
    const index = readFileSync(join(out, 'index.md'), 'utf8');
    expect(index).toMatch(/\| \[001\] \| — \| — \| “Storm Batters Gulf Coast Towns” \|/);
    expect(index).toMatch(/## Not analysed/);
    expect(index).toMatch(/\| `002_0000000000000002\.txt` \| refused: file is empty \|/);
    expect(index).toMatch(/\| `003_0000000000000003\.txt` \| refused: binary file/);
  });
});

describe.concurrent('add: a bad file means nothing is written (corpus and manifest byte-for-byte unchanged)', () => {
  const dir = scratch();
  const bad = makeBadFiles(dir);
  writeFileSync(join(dir, 'good.txt'), STORM_A);
  const corpus = join(dir, 'corpus');
  mkdirSync(corpus);
  expect(cli(['add', join(dir, 'good.txt'), '--corpus', corpus, '--outlet', 'Coast Herald', '--quiet']).code).toBe(0);
  writeFileSync(join(dir, 'second.txt'), STORM_B);
  const before = snapshot(corpus);
  const check = async (args: string[], path: string, problem: RegExp) => {
    const r = await cliAsync(['add', ...args, '--corpus', corpus]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expectOneLine(r.stderr, path, problem);
    expect(snapshot(corpus)).toEqual(before);
  };
  for (const [name, problem] of [...bad, ['missing.txt', /no such file$/] as const]) {
    it(name, async () => await check([join(dir, name)], join(dir, name), problem));
  }
  it('a good file before a bad one: the good one is read and parsed, and still nothing is written', async () => {
    await check([join(dir, 'second.txt'), join(dir, 'binary.txt')], join(dir, 'binary.txt'), /binary file/);
  });
  it.skipIf(!permissionsWork)(PERMISSION_CASE, async () => {
    const path = unreadableFile(scratch())!;
    await check([join(dir, 'second.txt'), path], path, /permission denied$/);
  });
  it('empty standard input', async () => {
    const r = await cliAsync(['add', '-', '--corpus', corpus], { input: '' });
    expect(r.code).toBe(2);
    expectOneLine(r.stderr, '<stdin>', /file is empty$/);
    expect(snapshot(corpus)).toEqual(before);
  });
  it('binary standard input', async () => {
    const r = await cliAsync(['add', '-', '--corpus', corpus], { input: Buffer.from([1, 2, 0, 3]) });
    expect(r.code).toBe(2);
    expectOneLine(r.stderr, '<stdin>', /binary file/);
    expect(snapshot(corpus)).toEqual(before);
  });
  it('a bad --date, --url or --outlet', async () => {
    for (const [flag, value] of [['--date', 'someday'], ['--url', 'javascript:alert(1)'], ['--outlet', '  ']]) {
      const r = await cliAsync(['add', join(dir, 'second.txt'), flag, value, '--corpus', corpus]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(new RegExp(`^framelens: ${flag}: [^\\n]+\\n$`));
    }
    expect(snapshot(corpus)).toEqual(before);
  });
  it('a corpus folder that is a file', async () => {
    const file = join(dir, 'not-a-corpus');
    writeFileSync(file, 'x');
    const r = await cliAsync(['add', join(dir, 'second.txt'), '--corpus', file]);
    expect(r.code).toBe(2);
    expectOneLine(r.stderr, file, /is a file, not a corpus directory$/);
    expect(readFileSync(file, 'utf8')).toBe('x');
  });
  it('a corpus that does not exist yet is not created when the add fails', async () => {
    const fresh = join(dir, 'fresh-corpus');
    const r = await cliAsync(['add', join(dir, 'empty.txt'), '--corpus', fresh]);
    expect(r.code).toBe(2);
    expect(existsSync(fresh)).toBe(false);
  });
  it('a malformed manifest', async () => {
    const broken = join(dir, 'broken-corpus');
    cpSync(corpus, broken, { recursive: true });
    writeFileSync(join(broken, 'manifest.jsonl'), `${readFileSync(join(corpus, 'manifest.jsonl'), 'utf8')}{"file": 7}\n`);
    const was = snapshot(broken);
    const r = await cliAsync(['add', join(dir, 'second.txt'), '--corpus', broken]);
    expect(r.code).toBe(2);
    expectOneLine(r.stderr, join(broken, 'manifest.jsonl: line 2'), /"file" must be a file name inside the corpus directory$/);
    expect(snapshot(broken)).toEqual(was);
  });
});

describe.concurrent('report, stories and list: bad corpus folders are one line, exit 2, nothing written', () => {
  const dir = scratch();
  const corpus = join(dir, 'corpus');
  mkdirSync(corpus);
  writeFileSync(join(corpus, '001_0000000000000001.txt'), STORM_A);
  writeFileSync(join(corpus, '002_0000000000000002.txt'), STORM_B);
  const notADir = join(dir, 'corpus.txt');
  writeFileSync(notADir, STORM_A);
  const emptyDir = join(dir, 'empty-corpus');
  mkdirSync(emptyDir);
  const manifests: [string, string, RegExp][] = [
    ['not JSON', '{"file": "001_0000000000000001.txt"\n', /line 1: not valid JSON/],
    ['a field of the wrong type', '{"file": "001_0000000000000001.txt", "outlet": 5}\n', /line 1: "outlet" must be a string or null$/],
    ['a file listed twice', '{"file": "001_0000000000000001.txt"}\n{"file": "001_0000000000000001.txt"}\n', /line 2: "001_0000000000000001\.txt" is listed twice$/],
    ['a path outside the corpus', '{"file": "../etc/passwd"}\n', /line 1: "file" must be a file name inside the corpus directory$/],
    ['a bad date', '{"file": "001_0000000000000001.txt", "published": "April 5"}\n', /line 1: "published" must be a date written YYYY-MM-DD$/],
  ];
  const cases: [string, string, string, RegExp][] = [
    ['a missing corpus', join(dir, 'nope'), join(dir, 'nope'), /no such corpus directory$/],
    ['a corpus folder that is a file', notADir, notADir, /is not a directory; give a corpus directory or use `framelens extract FILE`$/],
    ...manifests.map(([name, text, problem]): [string, string, string, RegExp] => {
      const broken = join(dir, `manifest-${name.replace(/\W+/g, '-')}`);
      cpSync(corpus, broken, { recursive: true });
      writeFileSync(join(broken, 'manifest.jsonl'), text);
      return [`a malformed manifest: ${name}`, broken, join(broken, 'manifest.jsonl'), problem];
    }),
  ];
  for (const [name, path, subject, problem] of cases) {
    it(`report: ${name}`, async () => {
      const out = join(scratch(), 'out');
      const r = await cliAsync(['report', path, '--out', out]);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(ONE_LINE);
      expect(r.stderr.startsWith(`framelens: ${subject}`)).toBe(true);
      expect(r.stderr.trimEnd()).toMatch(problem);
      expect(existsSync(out)).toBe(false);
    });
    for (const command of ['stories', 'list']) {
      it(`${command}: ${name}`, async () => {
        const r = await cliAsync([command, '--corpus', path, '--json']);
        expect(r.code).toBe(2);
        expect(r.stdout).toBe('');
        expect(r.stderr).toMatch(ONE_LINE);
        expect(r.stderr.startsWith(`framelens: ${subject}`)).toBe(true);
        expect(r.stderr.trimEnd()).toMatch(problem);
      });
    }
  }
  it('report and stories: a corpus without article files', async () => {
    for (const args of [['report', emptyDir, '--out', join(dir, 'out-empty')], ['stories', '--corpus', emptyDir]]) {
      const r = await cliAsync(args);
      expect(r.code).toBe(2);
      expectOneLine(r.stderr, emptyDir, /no article files \(\.txt, \.md, \.html\) in the corpus directory$/);
    }
    expect(existsSync(join(dir, 'out-empty'))).toBe(false);
  });
  it('list: an empty corpus is not an error', async () => {
    const r = await cliAsync(['list', '--corpus', emptyDir, '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([]);
  });
  it('report: an output folder that is a file', async () => {
    const r = await cliAsync(['report', corpus, '--out', notADir]);
    expect(r.code).toBe(2);
    expectOneLine(r.stderr, notADir, /is a file, not a directory; give --out a directory$/);
    expect(readFileSync(notADir, 'utf8')).toBe(STORM_A);
  });
  it('extract: a malformed manifest next to the file is reported once; the article is still analysed (exit 2)', async () => {
    const broken = cases.find(([name]) => name.includes('not JSON'))![1];
    const r = await cliAsync(['extract', '--json', join(broken, '001_0000000000000001.txt'), join(broken, '002_0000000000000002.txt')]);
    expect(r.code).toBe(2);
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(2);
    expect(r.stderr).toMatch(ONE_LINE);
    expect(r.stderr).toMatch(/manifest\.jsonl: line 1: not valid JSON/);
  });
});

describe.concurrent('report and stories: bad article files in a corpus are one line each; the rest is reported', () => {
  const dir = scratch();
  const bad = makeBadFiles(dir);
  const locked = unreadableFile(dir);
  if (locked) bad.set('locked.txt', /permission denied$/);
  const corpus = join(dir, 'corpus');
  mkdirSync(corpus);
  writeFileSync(join(corpus, '001_0000000000000001.txt'), STORM_A);
  writeFileSync(join(corpus, '002_0000000000000002.txt'), STORM_B);
  // The bad files get corpus names so they are read (a .pdf is not an article file and is skipped).
  let n = 3;
  const inCorpus = new Map<string, RegExp>();
  for (const [name, problem] of bad) {
    if (name.endsWith('.pdf')) continue;
    const target = `${String(n++).padStart(3, '0')}_bad-${name}`;
    renameSync(join(dir, name), join(corpus, target));
    inCorpus.set(target, problem);
  }
  it(`report: ${inCorpus.size} bad files, one line each, every one listed as not analysed; the story is written (exit 2)`, async () => {
    const out = join(scratch(), 'out');
    const r = await cliAsync(['report', corpus, '--out', out, '--quiet']);
    expect(r.code).toBe(2);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(inCorpus.size);
    for (const [name, problem] of inCorpus) {
      const line = lines.find((l) => l.startsWith(`framelens: ${join(corpus, name)}: `));
      expect(line, name).toBeDefined();
      expect(line!).toMatch(problem);
    }
    const index = readFileSync(join(out, 'index.md'), 'utf8');
    expect(index).toMatch(new RegExp(`${inCorpus.size} files not analysed`));
    expect(readdirSync(out).filter((f) => f.endsWith('.md') && f !== 'index.md')).toHaveLength(1);
  });
  it('stories: the same lines, and the good articles grouped on stdout (exit 2)', async () => {
    const r = await cliAsync(['stories', '--corpus', corpus, '--json', '--quiet']);
    expect(r.code).toBe(2);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(inCorpus.size);
    const stories = JSON.parse(r.stdout) as { articles: string[] }[];
    expect(stories.flatMap((s) => s.articles)).toHaveLength(2);
  });
  it('list: lists every article file, bad ones included, without reading them (exit 0)', async () => {
    const r = await cliAsync(['list', '--corpus', corpus, '--json']);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as unknown[]).length).toBe(2 + inCorpus.size);
  });
});

describe('the analysis cache: malformed or foreign entries are ignored and rebuilt, never trusted', () => {
  const dir = scratch();
  const corpus = join(dir, 'corpus');
  mkdirSync(corpus);
  writeFileSync(join(corpus, '001_0000000000000001.txt'), STORM_A);
  writeFileSync(join(corpus, '002_0000000000000002.txt'), STORM_B);
  writeFileSync(join(corpus, '003_0000000000000003.txt'), 'Council Approves School Budget\n\nThe city council approved the school budget on Monday after a long debate, members said.\n');
  const cacheDir = join(corpus, '.framelens-cache');
  const reference = join(dir, 'reference');
  const fresh = cli(['report', corpus, '--out', reference, '--quiet', '--no-cache']);
  expect(fresh.code).toBe(0);
  // One run fills the cache; every case starts from a copy of it.
  const pristine = join(dir, 'pristine-cache');
  expect(cli(['report', corpus, '--out', join(dir, 'first'), '--quiet']).code).toBe(0);
  cpSync(cacheDir, pristine, { recursive: true });
  // The records of the two articles of the story: the ones a report reads back (a single article's
  // record is only read when it is needed, and checked then).
  const records = () => {
    const out: { path: string; key: string; entry: { schema: number; key: string; record: { article: { file: string; headline: string | null } } } }[] = [];
    for (const shard of readdirSync(join(cacheDir, 'records'))) {
      for (const name of readdirSync(join(cacheDir, 'records', shard))) {
        const path = join(cacheDir, 'records', shard, name);
        const entry = JSON.parse(gunzipSync(readFileSync(path)).toString('utf8')) as (typeof out)[number]['entry'];
        if (!entry.record.article.file.includes('003_')) out.push({ path, key: name.replace(/\.json\.gz$/, ''), entry });
      }
    }
    return out.sort((x, y) => x.entry.record.article.file.localeCompare(y.entry.record.article.file));
  };
  type Entry = ReturnType<typeof records>[number];
  /** The checksum framelens writes with an entry (src/corpus/cache.ts): for entries that are wrong but well formed. */
  const check = (key: string, value: unknown) => createHash('sha256').update(key).update('\n').update(JSON.stringify(value)).digest('hex').slice(0, 16);
  // Each corruption gets the two story records (as they were before any corruption) to work on.
  const single: [string, (a: Entry, b: Entry) => void][] = [
    ['garbage bytes instead of gzip', (a) => writeFileSync(a.path, 'not gzip at all')],
    ['a torn (truncated) gzip file', (_, b) => writeFileSync(b.path, readFileSync(b.path).subarray(0, 40))],
    ['gzip of text that is not JSON', (a) => writeFileSync(a.path, gzipSync('{"schema": 1, "key": '))],
    ['an entry of another schema', (_, b) => writeFileSync(b.path, gzipSync(JSON.stringify({ ...b.entry, schema: 99 })))],
    ['an entry stored under the wrong key', (a, b) => writeFileSync(a.path, gzipSync(JSON.stringify(b.entry)))],
    ["another article's analysis under this key, checksum and all (a foreign cache)", (a, b) => writeFileSync(b.path, gzipSync(JSON.stringify({ ...a.entry, key: b.key, check: check(b.key, a.entry.record) })))],
    ['a finding of the wrong shape, checksum recomputed', (a) => {
      const record = { ...a.entry.record, quotes: [{ kind: 'quote', text: 5, start: -1 }] };
      writeFileSync(a.path, gzipSync(JSON.stringify({ ...a.entry, record, check: check(a.key, record) })));
    }],
    ['summary lines edited by hand, torn, or not JSON', () => {
      const path = join(cacheDir, 'summaries.jsonl');
      const lines = readFileSync(path, 'utf8').trimEnd().split('\n');
      lines[0] = lines[0].replace(/"headline":"[^"]*"/, '"headline":"Tampered headline"');
      lines[1] = lines[1].slice(0, lines[1].length / 2);
      lines.push('not json', '{"schema":1,"key":"x","value":{"file":5}}');
      writeFileSync(path, `${lines.join('\n')}\n`);
    }],
    ['scans and report tables replaced by garbage', () => {
      writeFileSync(join(cacheDir, 'scans.jsonl'), '\u0000\u0001garbage\n[]\n');
      writeFileSync(join(cacheDir, 'reports.jsonl'), '{"schema":1}\n');
    }],
    ['a directory where a record should be', (_, b) => {
      rmSync(b.path);
      mkdirSync(b.path);
    }],
    ['an entry edited without its checksum', (a) => {
      const record = { ...a.entry.record, article: { ...a.entry.record.article, headline: 'Edited headline' } };
      writeFileSync(a.path, gzipSync(JSON.stringify({ ...a.entry, record })));
    }],
    ['a whole-looking entry the story code trips over (frames cut short, checksum recomputed): the story is analysed again', (_, b) => {
      const record = { ...b.entry.record, frames: [] };
      writeFileSync(b.path, gzipSync(JSON.stringify({ ...b.entry, record, check: check(b.key, record) })));
    }],
  ];
  // Two corruptions per run (different records or tables), so the twelve cases cost six runs.
  const corruptions: [string, () => void][] = [];
  for (let i = 0; i < single.length; i += 2) {
    const pair = single.slice(i, i + 2);
    corruptions.push([pair.map(([name]) => name).join('; '), () => {
      const [a, b] = records();
      for (const [, corrupt] of pair) corrupt(a, b);
    }]);
  }
  for (const [name, corrupt] of corruptions) {
    it(name, () => {
      rmSync(cacheDir, { recursive: true, force: true });
      cpSync(pristine, cacheDir, { recursive: true });
      corrupt();
      const out = join(scratch(), 'out');
      const r = cli(['report', corpus, '--out', out, '--quiet']);
      expect(r.code).toBe(0);
      expect(r.stderr).toBe('');
      expect(snapshot(out)).toEqual(snapshot(reference));
      // The entries the run needed were written again, whole.
      const rebuilt = records();
      expect(rebuilt.map((r2) => r2.entry.record.article.file)).toEqual(['001_0000000000000001.txt', '002_0000000000000002.txt'].map((f) => join(corpus, f)));
      for (const r2 of rebuilt) expect(r2.entry.key).toBe(r2.key);
    });
  }
});

describe.concurrent('lexicons and usage', () => {
  const dir = scratch();
  writeFileSync(join(dir, 'good.txt'), STORM_A);
  writeFileSync(join(dir, 'empty.json'), '');
  writeFileSync(join(dir, 'wrong.json'), JSON.stringify({ name: 'x', version: 1, sources: { me: 'me' }, entries: [{ id: 'a', terms: ['x'], category: 'nope', lean: null, source: 'me' }] }));
  mkdirSync(join(dir, 'folder.json'));
  const cases: [string, string, RegExp][] = [
    ['an empty lexicon file', join(dir, 'empty.json'), /not valid JSON/],
    ['a lexicon entry of the wrong shape', join(dir, 'wrong.json'), /entry 1 \("a"\): "category" must be one of/],
    ['a missing lexicon', join(dir, 'missing.json'), /no such lexicon file$/],
    ['a lexicon that is a directory', join(dir, 'folder.json'), /is a directory, not a lexicon file$/],
  ];
  for (const [name, path, problem] of cases) {
    it(`extract and report: ${name}`, async () => {
      for (const args of [['extract', join(dir, 'good.txt'), '--lexicon', path], ['report', join(import.meta.dirname, '..', 'corpus'), '--out', join(dir, 'never'), '--lexicon', path]]) {
        const r = await cliAsync(args);
        expect(r.code).toBe(2);
        expect(r.stdout).toBe('');
        expectOneLine(r.stderr, path, problem);
      }
      expect(existsSync(join(dir, 'never'))).toBe(false);
    });
  }
  it('usage errors are one line, exit 2', async () => {
    for (const args of [['extract'], ['add'], ['report', '--jobs', 'many'], ['add', join(dir, 'good.txt'), '--lean', 'sideways'], ['list', '--nope'], ['stories', 'extra-arg']]) {
      const r = await cliAsync(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/^framelens: [^\n]+\n$/);
    }
  });
});

describe.concurrent('isolation: one article cannot sink a run', () => {
  it('a file that runs past the task time limit is stopped and reported as an internal error (exit 3); the others are printed', async () => {
    const dir = scratch();
    // About 6 MB on one line: seconds of work, far past a 4 s limit on any machine, and each worker
    // still has time to load the model for the small files.
    writeFileSync(join(dir, 'a.txt'), STORM_A);
    writeFileSync(join(dir, 'huge-line.txt'), 'The council said on Monday that the plan would go ahead after a long debate. '.repeat(80_000));
    writeFileSync(join(dir, 'b.txt'), STORM_B);
    const files = ['a.txt', 'huge-line.txt', 'b.txt'].map((f) => join(dir, f));
    const r = await cliAsync(['extract', '--json', '--jobs', '2', ...files], { env: { ...process.env, FRAMELENS_TASK_TIMEOUT_MS: '4000' } });
    expect(r.code).toBe(3);
    expect(r.stdout.trimEnd().split('\n').map((l) => (JSON.parse(l) as { file: string }).file)).toEqual([files[0], files[2]]);
    expect(r.stderr).toMatch(ONE_LINE);
    expect(r.stderr).toMatch(new RegExp(`^framelens: ${files[1].replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: internal error: (analysis took longer than 4 s and was stopped|worker (failed|stopped))`));
    rmSync(dir, { recursive: true, force: true });
  });
});
