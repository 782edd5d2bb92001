// Every relative link and anchor in README.md and docs/*.md must resolve: the README is a front page
// that sends readers into docs/, and a moved or renamed heading must not leave a dead link behind.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');

function markdownFiles(): string[] {
  const docs = join(ROOT, 'docs');
  const files = [join(ROOT, 'README.md')];
  if (existsSync(docs)) {
    for (const name of readdirSync(docs).sort()) if (name.endsWith('.md')) files.push(join(docs, name));
  }
  return files;
}

/** The lines outside fenced code blocks. */
function outsideFences(markdown: string): string[] {
  const out: string[] = [];
  let fence: string | null = null;
  for (const line of markdown.split('\n')) {
    const open = /^\s{0,3}(`{3,}|~{3,})/.exec(line);
    if (fence !== null) {
      if (open && open[1]!.startsWith(fence)) fence = null;
      continue;
    }
    if (open) {
      fence = open[1]!;
      continue;
    }
    out.push(line);
  }
  return out;
}

/** The text outside fenced code blocks and inline code spans, where links are live. */
function proseOf(markdown: string): string {
  return outsideFences(markdown)
    .map((line) => line.replace(/(`+)[^`]*?\1/g, ''))
    .join('\n');
}

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens, repeats numbered. */
export function anchorsOf(markdown: string): Set<string> {
  const seen = new Map<string, number>();
  const anchors = new Set<string>();
  for (const line of outsideFences(markdown)) {
    const m = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (!m) continue;
    const base = m[1]!
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\p{M}_\- ]/gu, '')
      .replace(/ /g, '-');
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    anchors.add(n === 0 ? base : `${base}-${n}`);
  }
  return anchors;
}

function linksOf(markdown: string): string[] {
  const links: string[] = [];
  for (const m of proseOf(markdown).matchAll(/!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) links.push(m[1]!);
  return links;
}

describe('documentation links', () => {
  const files = markdownFiles();

  it('the README links into docs/ and docs/ has an index', () => {
    expect(files.map((f) => relative(ROOT, f))).toContain(join('docs', 'README.md'));
    expect(linksOf(readFileSync(join(ROOT, 'README.md'), 'utf8'))).toContain('docs/README.md');
  });

  it('the anchor rule matches GitHub on a tricky heading', () => {
    expect([...anchorsOf('## JSON output (`extract --json`)\n## Lexicons (data, not code)\n## A\n## A\n')]).toEqual([
      'json-output-extract---json',
      'lexicons-data-not-code',
      'a',
      'a-1',
    ]);
  });

  for (const file of files) {
    it(`every relative link in ${relative(ROOT, file)} resolves`, () => {
      const text = readFileSync(file, 'utf8');
      const broken: string[] = [];
      for (const link of linksOf(text)) {
        if (/^[a-z][a-z0-9+.-]*:/i.test(link)) continue; // http(s), mailto: not checked offline
        const [path, anchor] = link.split('#', 2) as [string, string | undefined];
        const target = path === '' ? file : resolve(dirname(file), decodeURIComponent(path));
        if (!target.startsWith(ROOT) || !existsSync(target)) {
          broken.push(`${link}: no such file`);
          continue;
        }
        if (anchor === undefined || anchor === '') continue;
        if (statSync(target).isDirectory() || !target.endsWith('.md')) {
          broken.push(`${link}: anchor into a file that is not Markdown`);
          continue;
        }
        if (!anchorsOf(readFileSync(target, 'utf8')).has(anchor)) broken.push(`${link}: no heading #${anchor}`);
      }
      expect(broken).toEqual([]);
    });
  }

  it('the link checker catches a dead link and a dead anchor', () => {
    const text = '# T\n[a](#t) [b](#nope) `[c](#ignored)`\n```sh\n# not-a-heading\n[d](#in-code)\n```\n';
    const links = linksOf(text);
    expect(links).toEqual(['#t', '#nope']);
    expect(anchorsOf(text).has('t')).toBe(true);
    expect(anchorsOf(text).has('nope')).toBe(false);
    expect(anchorsOf(text).has('not-a-heading')).toBe(false);
  });
});
