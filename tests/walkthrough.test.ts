// Round 5's new-user walk-through (docs/cli.md, "Round 5"): what a first-time user feeds the CLI, each
// a defect found and fixed. Synthetic inputs only; the built CLI (npm test builds dist/ first).
import { describe, expect, it } from 'vitest';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { cli, scratch } from './helpers/cli.js';

/** A usage or input error as the CLI contract has it: exit 2, one line on stderr, nothing on stdout. */
function expectOneLineError(r: { code: number | null; stdout: string; stderr: string }, pattern: RegExp): void {
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
  expect(r.stderr).toMatch(pattern);
}

describe('usage errors stay on one line', () => {
  it('a mistyped option with a suggestion is one line', () => {
    // Commander suggests --corpus for --corpu, on a line of its own before the fix.
    expectOneLineError(cli(['list', '--corpu', 'x']), /^framelens: unknown option '--corpu' \(Did you mean --corpus\?\) \(see framelens --help\)\n$/);
  });
  it('a mistyped command with a suggestion is one line', () => {
    expectOneLineError(cli(['repot']), /^framelens: unknown command 'repot' \(Did you mean report\?\)/);
  });
});

describe('add --from with a list saved on Windows', () => {
  it('a byte-order mark and CRLF line ends are read as the list, not "line 1: not valid JSON"', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'a.txt'), 'Council passes budget\n\nThe city council voted on Tuesday to approve a budget that adds four teachers to every school.\n');
    writeFileSync(join(dir, 'list.jsonl'), '\ufeff{"file": "a.txt", "outlet": "Town Crier", "date": "March 5, 2021"}\r\n\r\n');
    const r = cli(['add', '--from', join(dir, 'list.jsonl'), '--corpus', join(dir, 'c'), '--json', '--quiet']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const line = JSON.parse(r.stdout) as { status: string; entry: { outlet: string; published: string } };
    expect(line.status).toBe('added');
    expect(line.entry.outlet).toBe('Town Crier');
    expect(line.entry.published).toBe('2021-03-05');
  });
});

describe('files a user has at hand that are not articles yet', () => {
  const dir = scratch();
  const page = '<!doctype html><html><head><title>Council passes budget</title></head><body><article><h1>Council passes budget</h1><p>The city council voted on Tuesday to approve a budget that adds four teachers to every school, the mayor said.</p></article></body></html>';
  writeFileSync(join(dir, 'page.html.gz'), gzipSync(page));
  // "Café owners protest" in Latin-1: é is the single byte 0xe9.
  writeFileSync(join(dir, 'latin1.txt'), Buffer.concat([Buffer.from('Caf'), Buffer.from([0xe9]), Buffer.from(' owners protest the new tax on terraces, the union said.\n')]));
  it('extract on a .html.gz says to decompress it, not "binary file"', () => {
    expectOneLineError(cli(['extract', join(dir, 'page.html.gz')]), /page\.html\.gz: compressed \(gzip\) file; decompress it first/);
  });
  it('add on a .html.gz says the same, and adds nothing', () => {
    expectOneLineError(cli(['add', join(dir, 'page.html.gz'), '--corpus', join(dir, 'c')]), /page\.html\.gz: compressed \(gzip\) file; decompress it first/);
  });
  it('gzip bytes under an article name are told the same', () => {
    writeFileSync(join(dir, 'page.html'), gzipSync(page));
    expectOneLineError(cli(['extract', join(dir, 'page.html')]), /page\.html: compressed \(gzip\) file/);
  });
  it('a Latin-1 file says how to fix it', () => {
    expectOneLineError(cli(['extract', join(dir, 'latin1.txt')]), /latin1\.txt: not valid UTF-8 text, expected text or HTML \(Latin-1 or Windows-1252\? save it as UTF-8\)\n$/);
  });
});

describe('a numeric date that could be day-first or month-first', () => {
  it('dateProblem gives both readings, and plain "expected" for anything else', async () => {
    const { dateProblem } = await import('../src/corpus/date-problem.js');
    expect(dateProblem('04/05/2021')).toBe('expected a date such as 2021-04-05, found "04/05/2021": it could be 2021-04-05 (month first) or 2021-05-04 (day first); write it as YYYY-MM-DD');
    expect(dateProblem('3.7.2020')).toBe('expected a date such as 2021-04-05, found "3.7.2020": it could be 2020-03-07 (month first) or 2020-07-03 (day first); write it as YYYY-MM-DD');
    expect(dateProblem('soon')).toBe('expected a date such as 2021-04-05, found "soon"');
    expect(dateProblem('2021-13-45')).toBe('expected a date such as 2021-04-05, found "2021-13-45"');
  });
  it('add --date 04/05/2021 says why it is refused, in one line, and writes nothing', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'a.txt'), 'The city council voted on Tuesday to approve a budget that adds four teachers to every school.\n');
    expectOneLineError(cli(['add', join(dir, 'a.txt'), '--corpus', join(dir, 'c'), '--date', '04/05/2021']), /^framelens: --date: .*could be 2021-04-05 \(month first\) or 2021-05-04 \(day first\)/);
  });
  it('compare --date says the same', () => {
    const dir = scratch();
    mkdirSync(join(dir, 'x'));
    writeFileSync(join(dir, 'x', 'a.txt'), 'The city council voted on Tuesday to approve the budget.\n');
    writeFileSync(join(dir, 'x', 'b.txt'), 'The council approved the budget on Tuesday, seven votes to two.\n');
    expectOneLineError(cli(['compare', join(dir, 'x', 'a.txt'), join(dir, 'x', 'b.txt'), '--date', '04/05/2021']), /^framelens: --date: .*\(day first\); write it as YYYY-MM-DD\n$/);
  });
});

describe('compare --out that cannot be written, and one file under two names', () => {
  const dir = scratch();
  mkdirSync(join(dir, 'x'));
  const a = join(dir, 'x', 'a.txt');
  const b = join(dir, 'x', 'b.txt');
  writeFileSync(a, 'The city council voted on Tuesday to approve the budget.\n');
  writeFileSync(b, 'The council approved the budget on Tuesday, seven votes to two.\n');
  it('--out naming a folder is refused before any work, and leaves no temporary file', () => {
    mkdirSync(join(dir, 'out'));
    expectOneLineError(cli(['compare', a, b, '--out', join(dir, 'out')]), /out: is a directory; give --out a file name, such as story\.html or story\.md\n$/);
    expect(readdirSync(dir).sort()).toEqual(['out', 'x']);
  });
  it('--out in a folder that does not exist names the folder', () => {
    expectOneLineError(cli(['compare', a, b, '--out', join(dir, 'nowhere', 'story.md')]), /story\.md: no such folder .*nowhere\n$/);
  });
  it('the same file given as a.txt and ./a.txt is "given twice", not "rename one"', () => {
    expectOneLineError(cli(['compare', 'a.txt', './a.txt', 'b.txt'], { cwd: join(dir, 'x') }), /^framelens: \.\/a\.txt: given twice \(also as a\.txt\)\n$/);
  });
  it('writeFileAtomically leaves no temporary file when a folder is in the way', async () => {
    const { writeFileAtomically } = await import('../src/corpus/cache.js');
    const where = scratch();
    mkdirSync(join(where, 'taken'));
    expect(() => writeFileAtomically(join(where, 'taken'), 'x')).toThrow();
    expect(readdirSync(where)).toEqual(['taken']);
  });
});

describe('--help says what docs/cli.md says', () => {
  it('the top-level help has the exit codes and examples', () => {
    const r = cli(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Exit status: 0 ok, 1 a check you asked for failed, 2 bad input or usage .*3 internal error\./s);
    expect(r.stdout).toMatch(/Examples:\n {2}framelens add /);
  });
  it('--min-similarity shows the default the grouping uses, and --jobs the rule docs/cli.md gives', async () => {
    const { DEFAULT_MIN_SIMILARITY } = await import('../src/compare/stories.js');
    const help = cli(['stories', '--help']).stdout.replace(/\s+/g, ' ');
    expect(help).toContain(`higher splits more (default: ${DEFAULT_MIN_SIMILARITY})`);
    expect(help).toContain('worker threads, 1 to 64 (default: one per 20 files, at most one per core)');
  });
});

describe("extract's summary counts in words a reader expects", () => {
  it('one paragraph, one quotation, no block set aside: singular, and no empty brackets', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'short.txt'), 'The mayor said the bridge would reopen in May. "We are on schedule," she said on Monday, standing by the river.\n');
    const r = cli(['extract', join(dir, 'short.txt')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^ {2}body: {6}1 paragraph, \d+ words; 0 blocks set aside$/m);
    expect(r.stdout).toMatch(/^ {2}quotes: {4}1 quotation of speech \(.+\), 0 quoted terms$/m);
  });
});

describe('the outlet lean in any case', () => {
  it('--lean Left and a list\'s "lean": "Right" are read as left and right; "sideways" is still refused', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'a.txt'), 'Council Passes Budget\n\nThe city council voted on Tuesday to approve a budget that adds four teachers to every school, the mayor said.\n');
    writeFileSync(join(dir, 'b.txt'), 'Mayor Signs Budget\n\nThe mayor signed the new budget on Wednesday, a day after the council approved four more teachers for every school.\n');
    const corpus = join(dir, 'c');
    const one = cli(['add', join(dir, 'a.txt'), '--corpus', corpus, '--lean', 'Left', '--json', '--quiet']);
    expect(one.code).toBe(0);
    expect(JSON.parse(one.stdout.trim()).entry.lean).toBe('left');
    writeFileSync(join(dir, 'list.jsonl'), `${JSON.stringify({ file: join(dir, 'b.txt'), lean: ' Right ' })}\n`);
    const two = cli(['add', '--from', join(dir, 'list.jsonl'), '--corpus', corpus, '--json', '--quiet']);
    expect(two.code).toBe(0);
    expect(JSON.parse(two.stdout.trim()).entry.lean).toBe('right');
    const bad = cli(['add', join(dir, 'a.txt'), '--corpus', corpus, '--lean', 'sideways']);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
  });
});

// Round 6: `extract -` reads the article from standard input, as `add -` does.
describe('extract - reads standard input', () => {
  const text = 'Council passes budget\n\nThe city council voted on Tuesday to approve a budget that adds four teachers to every school, the mayor said.\n';
  const body = 'The city council voted on Tuesday to approve a budget that adds four teachers to every school, the mayor said.';
  const page = '<!doctype html><html><head><title>Schools get more teachers</title></head><body><article><h1>Schools get more teachers</h1><p>The city council voted on Tuesday to approve a budget that adds four teachers to every school, the mayor said.</p></article></body></html>';
  it('pasted plain text: named <stdin>, its headline and one paragraph; 23 words (the headline counts: content words)', () => {
    const r = cli(['extract', '-'], { input: text });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('<stdin>');
    expect(r.stdout).toMatch(/^ {2}headline: {2}Council passes budget$/m);
    expect(r.stdout).toMatch(/^ {2}body: {6}1 paragraph, 23 words; 0 blocks set aside$/m);
  });
  it('a page on standard input is read as HTML (--json): its h1 is the headline, the tags are not text', () => {
    const r = cli(['extract', '-', '--json'], { input: page });
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const record = JSON.parse(lines[0]) as { file: string; headline: string; body: string };
    expect(record.file).toBe('<stdin>');
    expect(record.headline).toBe('Schools get more teachers');
    expect(record.body).toBe(body);
  });
  it('a page saved by a browser, starting with a "saved from" comment, is HTML too', () => {
    const saved = `<!-- saved from url=(0031)https://news.example.com/budget -->\n${page}`;
    const r = cli(['extract', '-', '--json'], { input: saved });
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { headline: string }).headline).toBe('Schools get more teachers');
  });
  it('with files, in the order given', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'a.txt'), text);
    const r = cli(['extract', join(dir, 'a.txt'), '-', '--json', '--jobs', '2'], { input: page });
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { file: string; headline: string }).headline)).toEqual(['Council passes budget', 'Schools get more teachers']);
  });
  it('an empty standard input is one line and exit 2', () => {
    expectOneLineError(cli(['extract', '-'], { input: '' }), /^framelens: <stdin>: file is empty\n$/);
  });
  it('standard input named twice is refused in one line', () => {
    expectOneLineError(cli(['extract', '-', '-'], { input: text }), /^framelens: <stdin>: standard input can be given only once\n$/);
  });
});
