// Report safety, checked by a real CommonMark/GFM renderer (markdown-it, tables on): every section of a
// story report and the index, built from articles (and file names) full of Markdown and HTML, renders
// with no raw HTML, no unsafe link, no image, no heading/list/quote/code block the article made, and
// tables that keep their column count (the only image is the story's own chart). The renderer is set up as permissively as a careless viewer
// would be (raw HTML on, every link scheme allowed, bare URLs linked), so what the test sees is what
// framelens wrote, not what a sanitiser cleaned up.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';
import { toDocument } from '../src/ingest/read-file.js';
import { analyzeDocuments } from '../src/pipeline.js';
import { compareStory } from '../src/compare/index.js';
import { summarize } from '../src/compare/summary.js';
import { indexMarkdown, storyMarkdown } from '../src/report/markdown.js';
import type { IndexFailure } from '../src/report/markdown.js';
import { piece, sentence } from './helpers/arbitraries.js';
import { scratch } from './helpers/cli.js';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const renderer = new MarkdownIt({ html: true, linkify: true });
renderer.validateLink = () => true;

// What an article may try: table pipes, code, raw HTML and script, unsafe links in every Markdown form,
// and lines that would start a heading, quote, list, rule or code block.
const HOSTILE = [
  'a | b | c', '`rm -rf /`', '```js', '~~~', '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '<iframe src="javascript:alert(1)"></iframe>',
  '[x](javascript:alert(1))', '![y](javascript:alert(1))', '<javascript:alert(1)>', '[z]: javascript:alert(1)', '[ref][z]', '<a href="javascript:alert(1)">go</a>',
  '&#106;avascript:alert(1)', '&lt;script&gt;', 'data:text/html;base64,PHNjcmlwdD4=', 'https://example.com/a?b=1', 'www.example.com', '**bold** _it_ ~~gone~~',
  '<!-- hidden -->', '<div onclick="alert(1)">', '\\', '| --- |', '{{x}}', '$$x$$',
];
const LINE_STARTS = ['# ', '## ', '> ', '- ', '* ', '+ ', '1. ', '---', '***', '    ', '| ', '<div>', '```', '=== ', '[^1]: '];

/** One paragraph of prose that the pipeline keeps as the article's own text, with `bad` inside. */
const paragraph = (bad: string, n: number) => `Officials said on Tuesday that ${n * 1000} people ${bad} were “illegal aliens ${bad}” and the so-called “${bad}” plan, according to ${bad} Reuters.`;

function hostileArticle(k: number): string {
  const lines = [
    `${LINE_STARTS[k % LINE_STARTS.length]}Storm ${HOSTILE[k % HOSTILE.length]} Hits | Coast <script>alert(${k})</script>`,
    `By Jane ${HOSTILE[(k + 3) % HOSTILE.length]} Doe`,
    ...HOSTILE.map((bad, i) => `${i % 3 === 0 ? LINE_STARTS[(i + k) % LINE_STARTS.length] : ''}${paragraph(bad, i + 1)} “${bad},” said Mayor Ann ${bad} Lee. The storm cut power to 40,000 homes, SHOCKING everyone!`),
    `Subscribe | ${HOSTILE[k % HOSTILE.length]} | Sign up for our newsletter`,
    `© 2024 Coast ${HOSTILE[(k + 5) % HOSTILE.length]} Herald. All rights reserved.`,
  ];
  return lines.join('\n\n');
}

// A user lexicon is text from outside too: its neutral wordings reach the Loaded terms table.
const LEXICON = join(scratch(), 'hostile-terms.json');
writeFileSync(LEXICON, JSON.stringify({
  name: 'hostile', version: 1, sources: { me: 'a test <b>source</b>' },
  entries: [{ id: 'storm-word', terms: ['storm'], category: 'sensational', lean: null, neutral: HOSTILE.slice(0, 12), source: 'me' }],
}));

const HOSTILE_NAMES = ['x](javascript:alert(1)).txt', 'a|b`c.txt', '<img src=x onerror=alert(1)>.txt', '# head.txt', '``two``.txt'];

function storyFrom(texts: string[], names: string[]) {
  const docs = texts.map((text, i) => toDocument(names[i], text, names[i].endsWith('.html') ? 'html' : 'text'));
  const analyses = analyzeDocuments(docs, { lexicons: [LEXICON] });
  return { analyses, story: compareStory({ slug: 'storm', keywords: ['storm', '<b>', '|'] }, analyses) };
}

const ALLOWED_TAGS = new Set(['h1', 'h2', 'p', 'strong', 'em', 'code', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'ul', 'li', 'a', 'br', 'img']);

/** Everything that must not be in the rendered report, as a list of problems. */
function renderProblems(markdown: string): string[] {
  const problems: string[] = [];
  const tokens = renderer.parse(markdown, {});
  const walk = (list: Token[]) => {
    for (const t of list) {
      if (t.type === 'html_block' || (t.type === 'html_inline' && t.content !== '<br>')) problems.push(`raw HTML: ${t.content}`);
      // The one image a report embeds is its own chart, named from the story's slug (report/charts).
      if (t.type === 'image' && !/^[a-z0-9-]+-(loaded|speakers|sides|frames)\.svg$/.test(t.attrGet('src') ?? '')) problems.push(`image: ${t.attrGet('src')}`);
      if (t.type === 'link_open') {
        const href = t.attrGet('href') ?? '';
        if (!/^(https?:\/\/|mailto:|[a-z0-9-]+\.md$)/i.test(href)) problems.push(`unsafe link: ${href}`);
      }
      if (['blockquote_open', 'ordered_list_open', 'fence', 'code_block', 'hr', 'heading_open'].includes(t.type) && !(t.type === 'heading_open' && (t.tag === 'h1' || t.tag === 'h2'))) problems.push(`${t.type} made by article text`);
      if (t.children) walk(t.children);
    }
  };
  walk(tokens);
  const html = renderer.render(markdown);
  for (const [, tag] of html.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9]*)/g)) if (!ALLOWED_TAGS.has(tag.toLowerCase())) problems.push(`tag <${tag}> in the rendered report`);
  if (/\son\w+\s*=/i.test(html.replace(/&[a-z]+;|&#\d+;/g, ' ').replace(/>[^<]*</g, '><'))) problems.push('an event-handler attribute');
  // Headings: the title and the ten sections of a story report, or the index's own.
  const headings = tokens.filter((t) => t.type === 'heading_open').map((t) => tokens[tokens.indexOf(t) + 1].content);
  if (headings.filter((h) => !/^(Story: |framelens reports$|Articles side by side$|Framing contrast$|Who is heard, and how each side is treated$|How each article names|Loaded terms$|Frame mix$|Quotes by speaker$|Attributions, hedges|Figures across|Other slant signals$|What was removed|Stories$|Single articles$|Not analysed$)/.test(h)).length) problems.push(`unexpected headings: ${headings.join(' / ')}`);
  problems.push(...tableProblems(markdown, tokens));
  return problems;
}

/** Cells of a GFM table row, split on pipes that are not escaped. */
const cells = (line: string) => line.trim().replace(/^\|/, '').replace(/\|$/, '').split(/(?<!\\)\|/).length;

/**
 * GFM pads short rows and drops extra cells without a word, so the rendered table always looks square:
 * the columns are checked on the Markdown rows themselves, and every row must be inside the rendered table.
 */
function tableProblems(markdown: string, tokens: Token[]): string[] {
  const problems: string[] = [];
  const lines = markdown.split('\n');
  const tables = tokens.filter((t) => t.type === 'table_open');
  for (const t of tables) {
    const [from, to] = t.map!;
    const width = cells(lines[from]);
    for (let i = from; i < to; i += 1) if (cells(lines[i]) !== width) problems.push(`table row ${i + 1} has ${cells(lines[i])} cells, the header ${width}: ${lines[i].slice(0, 120)}`);
    if (lines[to]?.trim().startsWith('|')) problems.push(`line ${to + 1} fell out of its table: ${lines[to].slice(0, 120)}`);
  }
  const tableLines = lines.filter((l) => l.startsWith('| ')).length;
  const covered = tables.reduce((n, t) => n + t.map![1] - t.map![0], 0);
  if (tableLines !== covered) problems.push(`${tableLines} table lines in the Markdown, ${covered} in rendered tables`);
  return problems;
}

describe('story reports through a real Markdown renderer', () => {
  const texts = [0, 1, 2].map(hostileArticle);
  const { analyses, story } = storyFrom(texts, ['corpus/001_0123456789abcdef.txt', 'corpus/002_0123456789abcdee.txt', 'corpus/003_0123456789abcded.txt']);
  const markdown = storyMarkdown(story);
  it('the articles really carry the hostile text into every section', () => {
    // Otherwise the test below would pass on empty sections.
    expect(analyses.every((a) => a.quotes.length > 5 && a.terms.length > 0 && a.figures.length > 0 && a.removed.length > 0 && a.attributions.length > 0)).toBe(true);
    // (Attributions and figures are names and numbers, which hold no markup; they are rendered and checked below all the same.)
    for (const section of ['Articles side by side', 'Framing contrast', 'Loaded terms', 'Quotes by speaker', 'What was removed, and why']) {
      const body = markdown.split(`## ${section}`)[1].split('\n## ')[0];
      expect(body, section).toMatch(/&lt;script&gt;|\\\||\\`|\\\[x\\\]/);
    }
  });
  it('renders every section with no raw HTML, no unsafe link, no stray block, and square tables', () => {
    expect(renderProblems(markdown)).toEqual([]);
  });
  it('shows the hostile text as text', () => {
    const html = renderer.render(markdown);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('[x](javascript:alert(1))');
    expect(html).toContain('a | b | c');
  });
  it('file names that look like Markdown or HTML stay text, in the tables and in every citation', () => {
    const { story: named } = storyFrom(texts.slice(0, 2), HOSTILE_NAMES.slice(0, 2).map((n) => `corpus/${n}`));
    const md = storyMarkdown(named);
    expect(renderProblems(md)).toEqual([]);
    const html = renderer.render(md);
    expect(html).toContain('<code>x](javascript:alert(1)).txt</code>');
    expect(html).toContain('<code>a|b`c.txt</code>');
  });
});

describe('the index through a real Markdown renderer', () => {
  it('stories, single articles and files not analysed, with hostile titles, headlines and file names', () => {
    const texts = [0, 1, 2, 3].map(hostileArticle);
    const names = ['corpus/001_0123456789abcdef.txt', 'corpus/002_0123456789abcdee.txt', ...HOSTILE_NAMES.slice(2, 4).map((n) => `corpus/${n}`)];
    const docs = texts.map((t, i) => toDocument(names[i], t, 'text'));
    const analyses = analyzeDocuments(docs);
    const failures: IndexFailure[] = HOSTILE_NAMES.map((name, i) => ({ file: `corpus/${name}`, status: i % 2 ? 'crashed' : 'refused', message: `corpus/${name}: ${HOSTILE[i]} | not valid UTF-8 text` }));
    const grouped = { title: '<b>storm</b> | [x](javascript:alert(1))', file: 'storm.md', articles: analyses.slice(0, 2).map(summarize) };
    // The two articles with hostile file names as single articles: their ids come from those names.
    const singles = analyses.slice(2).map((a) => ({ title: 'single', file: null, articles: [summarize(a)] }));
    const md = indexMarkdown([grouped, ...singles], failures);
    expect(md).toMatch(/## Single articles/);
    expect(renderProblems(md)).toEqual([]);
    expect(md).toMatch(/## Not analysed/);
  });
});

const STORM_A = 'Storm Batters Gulf Coast Towns\n\nA powerful storm made landfall near Galveston on Tuesday, officials said, cutting power to 40,000 homes.\n';
const STORM_B = 'Gulf Coast Storm Leaves Thousands in the Dark\n\nThousands of homes near Galveston lost power on Tuesday after a powerful storm made landfall.\n';

describe('the index', () => {
  it("shows each article's place in its story beside its verdict alone, and a dash where the story was not compared", () => {
    const analyses = analyzeDocuments([STORM_A, STORM_B].map((t, i) => toDocument(`corpus/00${i + 1}_0123456789abcde${i}.txt`, t, 'text')));
    const articles = analyses.map(summarize);
    const positions = [{ position: 'furthest right', relativeLean: 1.126, rank: 1 }, { position: 'furthest left', relativeLean: -0.5, rank: 2 }];
    const withPositions = indexMarkdown([{ title: 'storm', file: 'storm.md', articles, positions }]);
    const rows = withPositions.split('\n').filter((l) => /^\|.*\[00[12]\]/.test(l));
    expect(rows).toHaveLength(2);
    expect(rows[0]).toContain('| furthest right (+1.13) |');
    expect(rows[1]).toContain('| furthest left (-0.50) |');
    const without = indexMarkdown([{ title: 'storm', file: 'storm.md', articles }]);
    expect(without.split('\n').filter((l) => /^\|.*\[00[12]\]/.test(l)).every((l) => /\| — \| (neutral|partisan)/.test(l))).toBe(true);
  });
});

describe('property: any article text, any section', () => {
  // Runs as in tests/properties.test.ts: seeded, FRAMELENS_FC_SEED / FRAMELENS_FC_SCALE explore more.
  const seed = Number(process.env.FRAMELENS_FC_SEED ?? 20_240_601);
  const runs = Math.max(1, Math.round(25 * Number(process.env.FRAMELENS_FC_SCALE ?? 1)));
  const hostilePiece = fc.oneof(piece, fc.constantFrom(...HOSTILE));
  const line = fc.tuple(fc.constantFrom('', '', ...LINE_STARTS), fc.array(fc.oneof(sentence, hostilePiece), { minLength: 1, maxLength: 6 })).map(([start, parts]) => `${start}${paragraph(parts.join(' '), parts.length)}`);
  it(`renders safely for ${runs} random pairs of hostile articles`, () => {
    fc.assert(fc.property(fc.array(line, { minLength: 2, maxLength: 8 }), fc.array(line, { minLength: 2, maxLength: 8 }), (a, b) => {
      const { story } = storyFrom([a.join('\n\n'), b.join('\n\n')], ['corpus/001_0123456789abcdef.txt', 'corpus/002_0123456789abcdee.txt']);
      expect(renderProblems(storyMarkdown(story))).toEqual([]);
    }), { numRuns: runs, seed, endOnFailure: true });
  }, 120_000);
});
