// Round 5's new-user walk-through (docs/cli.md, "Round 5"): what a first-time user feeds the CLI, each
// a defect found and fixed. Synthetic inputs only; the built CLI (npm test builds dist/ first).
import { describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
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
