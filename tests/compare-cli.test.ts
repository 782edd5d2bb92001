// `framelens compare FILE...`: exactly the files given, as one story, with the comparison in its JSON.
import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, ROOT, scratch } from './helpers/cli.js';

const seeds = ['000_db93470c877b965e.txt', '003_b3ba2b347c0dc621.txt', '004_361b314df7f73658.txt'].map((f) => join('corpus', f));

describe('framelens compare', () => {
  const json = cli(['compare', ...seeds, '--json']);
  const story = JSON.parse(json.stdout) as Record<string, any>;
  it('prints one story record with the comparison and every article record', () => {
    expect(json.code).toBe(0);
    expect(story.articles.map((a: { file: string }) => a.file)).toEqual(seeds);
    for (const field of ['slug', 'title', 'file', 'speakers', 'sharedQuotes', 'figures', 'differingFigures', 'naming']) expect(story).toHaveProperty(field);
    for (const a of story.articles) expect(Object.keys(a.framing)).toEqual(expect.arrayContaining(['relativeLean', 'rank', 'signals', 'evidence']));
    // Ranks run from 1 (furthest right) and follow relativeLean.
    const byLean = (story.articles as { framing: { relativeLean: number; rank: number } }[]).map((a) => a.framing).sort((a, b) => b.relativeLean - a.relativeLean);
    expect(byLean[0].rank).toBe(1);
    for (let i = 1; i < byLean.length; i += 1) expect(byLean[i].rank).toBeGreaterThanOrEqual(byLean[i - 1].rank);
  });
  it('writes the same HTML page as `report` for the same articles, and Markdown with the same sections', () => {
    const dir = scratch();
    const out = join(dir, 'story.html');
    const r = cli(['compare', ...seeds, '--out', out, '--quiet']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toBe(readFileSync(join(ROOT, 'reports', `${story.slug}.html`), 'utf8'));
    const md = cli(['compare', ...seeds]).stdout;
    const headings = (text: string) => text.split('\n').filter((l) => l.startsWith('#'));
    expect(headings(md)).toEqual(headings(readFileSync(join(ROOT, 'reports', `${story.slug}.md`), 'utf8')));
    expect(md).not.toContain('.svg');
  });
  it('--date gives undated articles the event day: sides are read at it (the seeds have no date of their own)', () => {
    // Without a date the seeds name President Trump: read in his term. In 2015 the White House was Obama's.
    const at2015 = JSON.parse(cli(['compare', ...seeds, '--json', '--date', '2015-06-01']).stdout) as Record<string, any>;
    expect(story.articles.map((a: any) => a.sidesDate.from)).toEqual(['president', 'president', 'president']);
    expect(at2015.articles.map((a: any) => a.sidesDate)).toEqual(seeds.map(() => ({ day: '2015-06-01', from: 'published', president: null })));
    const whiteHouse = (s: any) => s.articles.flatMap((a: any) => a.actors.filter((m: any) => m.actor === 'the White House').map((m: any) => m.side));
    expect(new Set(whiteHouse(story))).toEqual(new Set(['right']));
    expect(new Set(whiteHouse(at2015))).toEqual(new Set(['left']));
    const bad = cli(['compare', ...seeds, '--date', 'soon']);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim().split('\n')).toEqual(['framelens: --date: expected a date such as 2021-04-05, found "soon"']);
  });
  it('refuses fewer than two files, the same file twice and two files of one name, in one line', () => {
    for (const args of [[seeds[0]], [seeds[0], seeds[0]]]) {
      const r = cli(['compare', ...args]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^framelens: [^\n]+\n$/);
    }
    const dir = scratch();
    writeFileSync(join(dir, '000_db93470c877b965e.txt'), 'Another article with the same file name.\n\nIt has two paragraphs of text.');
    const clash = cli(['compare', seeds[0], join(dir, '000_db93470c877b965e.txt')]);
    expect(clash.code).toBe(2);
    expect(clash.stderr).toMatch(/same name/);
  });
  it('goes on past an unreadable file when two remain (exit 2)', () => {
    const r = cli(['compare', ...seeds, 'no-such-file.txt', '--json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no-such-file\.txt/);
    expect(JSON.parse(r.stdout).articles).toHaveLength(3);
  });
});
