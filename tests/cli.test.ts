// End to end: the built CLI (npm test builds dist/ first) on the seed corpus and on bad input.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
const CLI = join(ROOT, 'dist', 'cli', 'main.js');
const run = (...args: string[]) => {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};
const scratch = () => mkdtempSync(join(tmpdir(), 'framelens-test-'));
const seeds = readdirSync(join(ROOT, 'corpus')).filter((f) => f.endsWith('.txt')).sort().map((f) => join('corpus', f));

describe('framelens extract --json', () => {
  const result = run('extract', ...seeds, '--json');
  const records = result.stdout.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
  it('prints one JSON object per article per line with every contract field', () => {
    expect(result.code).toBe(0);
    expect(records).toHaveLength(3);
    for (const r of records) {
      for (const field of ['file', 'outlet', 'headline', 'dek', 'byline', 'body', 'removed', 'blocks', 'quotes', 'terms', 'figures', 'slant']) expect(r).toHaveProperty(field);
      // The four contract keys stay; later versions may add keys (issue 13 added `layers`).
      expect(Object.keys(r.slant as object)).toEqual(expect.arrayContaining(['evidence', 'label', 'lean', 'score']));
    }
  });
  it('carries the seed facts', () => {
    const [a000, a003, a004] = records as Record<string, any>[];
    expect(a000.headline).toBeNull();
    expect(a003.headline).toBe('Trump-Backed Crackdown STUNS Sanctuary Cities');
    expect(a004.outlet).toBe('Latin Times');
    expect(a004.byline).toBe('Demian Bio');
    expect(a004.removed).toContainEqual(expect.objectContaining({ text: 'Download the app', reason: 'app' }));
    expect(a003.slant).toMatchObject({ label: 'partisan', lean: 'right' });
    expect(a000.slant.label).toBe('neutral');
    expect(a004.quotes).toEqual([expect.objectContaining({ text: 'millions and millions', speaker: 'Donald Trump', kind: 'speech' })]);
    expect(a000.figures[0]).toMatchObject({ value: 3000, text: '3,000 arrests per day' });
    expect(a000.terms).toContainEqual(expect.objectContaining({ term: 'illegal alien', voice: 'quoted', where: 'body' }));
    expect(a000.body.split('\n\n')).toHaveLength(15);
  });
});

describe('bad input: one line on stderr, exit 2, no stack trace', () => {
  const dir = scratch();
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]));
  mkdirSync(join(dir, 'folder.txt'));
  const cases: [string, string[], RegExp][] = [
    ['a missing file', ['extract', join(dir, 'nope.txt')], /nope\.txt: no such file/],
    ['an empty file', ['extract', join(dir, 'empty.txt')], /empty\.txt: file is empty/],
    ['a binary file', ['extract', join(dir, 'binary.txt')], /binary\.txt: binary file/],
    ['a directory', ['extract', join(dir, 'folder.txt')], /folder\.txt: is a directory/],
    ['a missing corpus', ['report', join(dir, 'no-corpus')], /no-corpus: no such corpus directory/],
    ['a malformed lexicon', ['extract', seeds[0], '--lexicon', join(dir, 'empty.txt')], /empty\.txt: not valid JSON/],
  ];
  for (const [name, args, message] of cases) {
    it(name, () => {
      const r = run(...args);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(new RegExp(`^framelens: .*${message.source}`));
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(r.stdout).toBe('');
    });
  }
  it('an unknown option is a usage error', () => {
    expect(run('extract', '--nope').code).toBe(2);
  });
});

describe('help', () => {
  for (const args of [['--help'], ['report', '--help'], ['extract', '--help']]) {
    it(`${args.join(' ')} prints usage with examples and exits 0`, () => {
      const r = run(...args);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/Usage: framelens/);
      if (args.length > 1) expect(r.stdout).toMatch(/Examples:/);
    });
  }
});

describe('framelens report', () => {
  it('writes the same bytes as the committed reports/ (regenerate with `npm run report` when this fails)', () => {
    const out = scratch();
    const r = run('report', 'corpus', '--out', out, '--quiet');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const committed = readdirSync(join(ROOT, 'reports')).sort();
    expect(readdirSync(out).sort()).toEqual(committed);
    for (const file of committed) expect(readFileSync(join(out, file), 'utf8')).toBe(readFileSync(join(ROOT, 'reports', file), 'utf8'));
  });
  it('escapes article text so it cannot break the Markdown', () => {
    const corpus = scratch();
    const hostile = 'Officials said the plan | was final and `rm -rf` <script>alert(1)</script> [click](javascript:alert(1)) would follow. The mayor said the city would comply with the order by Friday.';
    // Two articles on one event, so the story gets a report.
    writeFileSync(join(corpus, '001_0123456789abcdef.txt'), `${hostile}\n`);
    writeFileSync(join(corpus, '002_0123456789abcdee.txt'), `${hostile} The mayor repeated that the plan was final.\n`);
    const out = scratch();
    expect(run('report', corpus, '--out', out, '--quiet').code).toBe(0);
    // index and story, each as Markdown and HTML, and the story's four charts.
    expect(readdirSync(out)).toHaveLength(8);
    const report = readdirSync(out).filter((f) => f.endsWith('.md')).map((f) => readFileSync(join(out, f), 'utf8')).join('\n');
    const pages = readdirSync(out).filter((f) => !f.endsWith('.md')).map((f) => readFileSync(join(out, f), 'utf8')).join('\n');
    expect(pages).not.toContain('<script');
    expect(pages).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(report).not.toContain('<script>');
    expect(report).not.toContain('](javascript:');
    expect(report).toContain('plan \\| was final');
    expect(report).toContain('\\`rm -rf\\`');
    expect(report).toContain('&lt;script&gt;');
  });
});

describe('framelens add', () => {
  const setup = () => {
    const dir = scratch();
    cpSync(join(ROOT, 'corpus'), join(dir, 'corpus'), { recursive: true, filter: (src) => !src.includes('.framelens-cache') });
    writeFileSync(join(dir, 'storm.txt'), 'Storm hits the coast\n\nA powerful storm made landfall on Tuesday, officials said, cutting power to 40,000 homes.\n');
    return dir;
  };
  it('adds a new article under the next number and a content hash, once', () => {
    const dir = setup();
    const first = run('add', join(dir, 'storm.txt'), '--corpus', join(dir, 'corpus'), '--json', '--quiet');
    expect(first.code).toBe(0);
    const outcome = JSON.parse(first.stdout) as { status: string; target: string };
    expect(outcome.status).toBe('added');
    expect(outcome.target).toMatch(/corpus\/005_[0-9a-f]{16}\.txt$/);
    expect(readFileSync(outcome.target, 'utf8')).toBe(readFileSync(join(dir, 'storm.txt'), 'utf8'));
    const again = run('add', join(dir, 'storm.txt'), '--corpus', join(dir, 'corpus'), '--json', '--quiet');
    expect(JSON.parse(again.stdout)).toMatchObject({ status: 'duplicate', target: outcome.target });
    expect(readdirSync(join(dir, 'corpus')).filter((f) => f.endsWith('.txt'))).toHaveLength(4);
  });
  it('skips an article already in the corpus even with different promo lines around it', () => {
    const dir = setup();
    const seed = readFileSync(join(ROOT, 'corpus', '004_361b314df7f73658.txt'), 'utf8');
    writeFileSync(join(dir, 'copy.txt'), seed.replace('Download the app', 'Get our app today'));
    const r = run('add', join(dir, 'copy.txt'), '--corpus', join(dir, 'corpus'), '--json', '--quiet');
    expect(JSON.parse(r.stdout)).toMatchObject({ status: 'duplicate' });
  });
  it('writes nothing when any file is bad', () => {
    const dir = setup();
    writeFileSync(join(dir, 'empty.txt'), '');
    const r = run('add', join(dir, 'storm.txt'), join(dir, 'empty.txt'), '--corpus', join(dir, 'corpus'));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^framelens: .*empty\.txt: file is empty\n$/);
    expect(readdirSync(join(dir, 'corpus')).filter((f) => f.endsWith('.txt'))).toHaveLength(3);
  });
});

describe('found in review', () => {
  it('keeps wire copy that three articles share: shared prose is not a site template', () => {
    const dir = scratch();
    const seed = readFileSync(join(ROOT, 'corpus', '000_db93470c877b965e.txt'), 'utf8');
    for (const n of ['001', '002', '003']) writeFileSync(join(dir, `${n}_0123456789abcde${n.at(-1)}.txt`), `Outlet ${n} headline on ICE shake-up\n${seed}`);
    const r = run('extract', '--json', ...readdirSync(dir).sort().map((f) => join(dir, f)));
    for (const line of r.stdout.trim().split('\n')) expect((JSON.parse(line) as { body: string }).body.split('\n\n')).toHaveLength(15);
  });
  it('sets aside a short line that three articles share as a site template', () => {
    const dir = scratch();
    const seed = readFileSync(join(ROOT, 'corpus', '000_db93470c877b965e.txt'), 'utf8');
    const promo = 'Weekend Puzzle Roundup — Issue 12';
    for (const n of ['001', '002', '003']) writeFileSync(join(dir, `${n}_0123456789abcde${n.at(-1)}.txt`), `Outlet ${n} headline on ICE shake-up\n\n${promo}\n\n${seed}`);
    writeFileSync(join(dir, '004_0123456789abcdef.txt'), `A fourth outlet on the ICE shake-up\n\n${seed}`);
    const r = run('extract', '--json', ...readdirSync(dir).sort().map((f) => join(dir, f)));
    const records = r.stdout.trim().split('\n').map((line) => JSON.parse(line) as { removed: { text: string; reason: string }[]; body: string });
    expect(records).toHaveLength(4);
    for (const record of records.slice(0, 3)) {
      // Once in each article: only the corpus-wide rule can set it aside.
      expect(record.removed.find((b) => b.text === promo)?.reason).toBe('repeated');
      expect(record.body).not.toContain('Puzzle');
    }
  });
  it('stops quietly when stdout is closed early', () => {
    const r = spawnSync('bash', ['-c', `node ${CLI} extract --json corpus/*.txt corpus/*.txt corpus/*.txt | head -c 10 > /dev/null`], { cwd: ROOT, encoding: 'utf8' });
    expect(r.stderr).not.toMatch(/EPIPE|at /);
  });
  it('reports an unknown command in one framelens line', () => {
    const r = run('bogus');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("framelens: unknown command 'bogus' (see framelens --help)\n");
  });
  it('refuses a PDF with a clear message', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'story.pdf'), 'hi');
    const r = run('extract', join(dir, 'story.pdf'));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/story\.pdf: PDF files are not supported/);
  });
  it('reads Markdown sub-headings and short list items as article text', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'storm.md'), '# Storm Batters Gulf Coast\n\nHurricane Delia made landfall on Tuesday, officials said.\n\n## Thousands without power\n\nMore than 250,000 homes lost power overnight, the utility said.\n\n- Shelters opened in Beaumont\n- Schools closed in three counties\n\nThe storm is expected to weaken by Thursday, forecasters said.\n');
    const r = JSON.parse(run('extract', '--json', join(dir, 'storm.md')).stdout) as { blocks: { text: string; role: string }[]; headline: string };
    expect(r.headline).toBe('Storm Batters Gulf Coast');
    // A short first paragraph set apart by a sub-heading is the standfirst, as in seed 003.
    expect(r.blocks.map((b) => b.role)).toEqual(['headline', 'dek', 'heading', 'body', 'body', 'body', 'body']);
  });
  it('does not count an agency acronym in a headline as shouting', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'a.txt'), 'Hurricane Delia Hits Texas as FEMA Scrambles\n\nHurricane Delia made landfall in Texas on Tuesday, officials said, and federal teams moved in.\n');
    const r = JSON.parse(run('extract', '--json', join(dir, 'a.txt')).stdout) as { signals: { signal: string }[] };
    expect(r.signals.filter((s) => s.signal === 'all-caps')).toEqual([]);
  });
});
