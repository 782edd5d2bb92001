// Property-based tests (fast-check): hostile input through every stage and the whole pipeline.
// Invariants: no exception escapes; every offset slices the text it claims; `extract --json` prints
// valid JSON; work grows about linearly with input size, counted in steps (tests/helpers/work-meter.ts)
// and wink tokens, never in seconds.
//
// Runs are seeded, so `npm test` sees the same cases every time. To explore more, set
// FRAMELENS_FC_SEED (any integer) and FRAMELENS_FC_SCALE (multiplies every run count), e.g.
// `FRAMELENS_FC_SEED=7 FRAMELENS_FC_SCALE=10 npx vitest run tests/properties.test.ts`.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toDocument } from '../src/ingest/read-file.js';
import { textToDocument } from '../src/ingest/text-blocks.js';
import { parseText } from '../src/nlp/wink.js';
import { parseDocument } from '../src/nlp/parse-document.js';
import { structureArticle } from '../src/structure/index.js';
import { analyzeArticle } from '../src/analyze/index.js';
import { analyzeDocument, analyzeDocuments, termMatcher } from '../src/pipeline.js';
import { compareArticles } from '../src/compare/index.js';
import { summarize } from '../src/compare/summary.js';
import { indexMarkdown, storyMarkdown } from '../src/report/markdown.js';
import { articleRecord } from '../src/report/json.js';
import type { ArticleRecord } from '../src/report/json.js';
import { runTask } from '../src/run/tasks.js';
import type { SourceDocument } from '../src/types.js';
import { articleText, htmlPage, piece, proseArticle, prosePage, sentence } from './helpers/arbitraries.js';
import { analysisProblems, recordOffsetProblems, recordText } from './helpers/offsets.js';
import { measure } from './helpers/work-meter.js';
import { cliAsync } from './helpers/cli.js';

const SEED = Number(process.env.FRAMELENS_FC_SEED ?? 20_240_601);
const SCALE = Number(process.env.FRAMELENS_FC_SCALE ?? 1);
/** Run counts as `npm test` uses them (README "Measured" reports these). */
const RUNS = {
  ingestText: 300,
  ingestHtml: 150,
  parseText: 300,
  structure: 100,
  analyze: 150,
  compareReport: 30,
  pipelineTask: 60,
  oneMegabyteLine: 1,
  noSpaces: 3,
  deepHtml: 4,
  entityFlood: 2,
  linearText: 6,
  linearHtml: 4,
  cliBatch: 24,
};
const params = (runs: number) => ({ numRuns: Math.max(1, Math.round(runs * SCALE)), seed: SEED, endOnFailure: true });

const terms = termMatcher();
const scratch = () => mkdtempSync(join(tmpdir(), 'framelens-props-'));
const ROLES = new Set(['headline', 'dek', 'byline', 'dateline', 'outlet', 'section', 'heading', 'caption', 'body', 'boilerplate']);

/** Blocks in order, inside the text, slicing their own text. */
function blockProblems(doc: SourceDocument): string[] {
  const problems: string[] = [];
  let previousEnd = 0;
  doc.blocks.forEach((b, i) => {
    if (b.start < previousEnd || b.end < b.start || b.end > doc.text.length) problems.push(`block ${i} at ${b.start}..${b.end} after ${previousEnd}`);
    if (doc.text.slice(b.start, b.end) !== b.text) problems.push(`block ${i} does not slice its text`);
    if (b.text.trim() === '') problems.push(`block ${i} is blank`);
    previousEnd = b.end;
  });
  return problems;
}

const fail = (problems: string[]) => expect(problems).toEqual([]);

type Format = 'text' | 'markdown' | 'html';
/** Any input, with the format it is read as. */
const anyDocument: fc.Arbitrary<{ format: Format; input: string }> = fc.oneof(
  proseArticle.map((input) => ({ format: 'text' as const, input })),
  articleText.map((input) => ({ format: 'text' as const, input })),
  articleText.map((input) => ({ format: 'markdown' as const, input })),
  htmlPage.map((input) => ({ format: 'html' as const, input })),
  prosePage.map((input) => ({ format: 'html' as const, input })),
);
const fileName = (format: Format) => ({ text: 'a.txt', markdown: 'a.md', html: 'a.html' })[format];

describe('ingest', () => {
  it(`plain text and Markdown: blocks slice the text (${RUNS.ingestText} runs)`, () => {
    fc.assert(fc.property(articleText, fc.boolean(), (text, markdown) => {
      const doc = textToDocument('a.txt', text, markdown);
      expect(doc.text).toBe(text);
      fail(blockProblems(doc));
    }), params(RUNS.ingestText));
  }, 120_000);
  it(`HTML: the text is the blocks joined by blank lines (${RUNS.ingestHtml} runs)`, () => {
    fc.assert(fc.property(fc.oneof(htmlPage, prosePage), (html) => {
      const doc = toDocument('a.html', html, 'html');
      expect(doc.text).toBe(doc.blocks.map((b) => b.text).join('\n\n'));
      fail(blockProblems(doc));
    }), params(RUNS.ingestHtml));
  }, 120_000);
});

describe('nlp: parseText', () => {
  it(`every token is defined and slices the text; gaps are white space; sentences in range (${RUNS.parseText} runs)`, () => {
    fc.assert(fc.property(fc.oneof(sentence, articleText), fc.nat(1000), (text, offset) => {
      const parsed = parseText(text, offset);
      const problems: string[] = [];
      let cursor = offset;
      parsed.tokens.forEach((t, k) => {
        for (const field of ['value', 'normal', 'lemma', 'pos', 'type'] as const) if (typeof t[field] !== 'string') problems.push(`token ${k}: ${field} is ${typeof t[field]}`);
        if (t.lemma !== t.lemma.toLowerCase()) problems.push(`token ${k}: lemma ${t.lemma} not lower case`);
        if (t.start < cursor) problems.push(`token ${k} starts at ${t.start}, before ${cursor}`);
        if (text.slice(t.start - offset, t.end - offset) !== t.value) problems.push(`token ${k}: ${JSON.stringify(t.value)} at ${t.start}..${t.end}`);
        // Between tokens there is only white space: no character is lost, so no offset drifts.
        if (!/^\s*$/.test(text.slice(cursor - offset, t.start - offset))) problems.push(`before token ${k}: ${JSON.stringify(text.slice(cursor - offset, t.start - offset))}`);
        cursor = t.end;
      });
      if (!/^\s*$/.test(text.slice(cursor - offset))) problems.push(`after the last token: ${JSON.stringify(text.slice(cursor - offset))}`);
      for (const s of parsed.sentences) if (s.firstToken > s.lastToken || s.lastToken >= parsed.tokens.length) problems.push(`sentence ${s.firstToken}..${s.lastToken}`);
      for (const e of parsed.entities) if (e.lastToken >= parsed.tokens.length) problems.push(`entity ${e.firstToken}..${e.lastToken}`);
      fail(problems);
    }), params(RUNS.parseText));
  }, 120_000);
});

describe('structure', () => {
  it(`every block gets a known role; headline, dek and body come from the blocks (${RUNS.structure} runs)`, () => {
    fc.assert(fc.property(anyDocument, ({ format, input }) => {
      const doc = toDocument(fileName(format), input, format);
      const article = structureArticle(parseDocument(doc));
      for (const b of article.blocks) {
        expect(ROLES.has(b.role)).toBe(true);
        if (b.role === 'boilerplate') expect(b.reason).toBeTruthy();
        expect(typeof b.why).toBe('string');
      }
      expect(article.body).toBe(article.blocks.filter((b) => b.role === 'body').map((b) => b.text.replace(/\s+/g, ' ').trim()).join('\n\n'));
    }), params(RUNS.structure));
  }, 120_000);
});

describe('analyze', () => {
  it(`no exception; every finding slices the article text; numbers finite (${RUNS.analyze} runs)`, () => {
    fc.assert(fc.property(anyDocument, ({ format, input }) => {
      const doc = toDocument(fileName(format), input, format);
      const analysis = analyzeArticle(structureArticle(parseDocument(doc)), { terms });
      fail(analysisProblems(analysis));
      const record = JSON.parse(JSON.stringify(articleRecord(analysis))) as ArticleRecord;
      fail(recordOffsetProblems(record, doc.text));
    }), params(RUNS.analyze));
  }, 120_000);
});

describe('compare and report', () => {
  it(`groups, lines up and writes Markdown for any set of articles (${RUNS.compareReport} runs)`, () => {
    fc.assert(fc.property(fc.array(anyDocument, { minLength: 1, maxLength: 4 }), (inputs) => {
      const docs = inputs.map(({ format, input }, i) => toDocument(`corpus/00${i}_0123456789abcdef.${fileName(format).slice(2)}`, input, format)).filter((d) => d.blocks.length > 0);
      const analyses = analyzeDocuments(docs);
      const stories = compareArticles(analyses);
      expect(stories.flatMap((s) => s.articles).length).toBe(analyses.length);
      for (const story of stories) {
        const markdown = storyMarkdown(story);
        expect(markdown.startsWith('# Story: ')).toBe(true);
        expect(markdown.endsWith('\n')).toBe(true);
      }
      const index = indexMarkdown(stories.map((s) => ({ title: s.slug, file: `${s.slug}.md`, articles: s.articles.map(summarize) })), [{ file: 'bad.txt', status: 'refused', message: 'bad.txt: file is empty' }]);
      expect(index).toMatch(/## Not analysed/);
    }), params(RUNS.compareReport));
  }, 120_000);
});

/** What `extract --json` does for one file, in this thread: the task a worker runs. */
function extractInProcess(path: string): ReturnType<typeof runTask> {
  return runTask({ kind: 'analyze', file: path, repeated: [], lexicons: [], recordPath: null, key: null, output: 'json' });
}

function checkTaskResult(path: string, result: ReturnType<typeof runTask>): void {
  expect(result.status, result.status === 'crashed' ? result.message : '').not.toBe('crashed');
  if (result.status !== 'analyzed') return;
  const record = JSON.parse(result.output!) as ArticleRecord;
  const format = path.endsWith('.html') ? 'html' : 'text';
  fail(recordOffsetProblems(record, recordText(record, readFileSync(path, 'utf8'), format)));
}

const extension = fc.constantFrom('.txt', '.md', '.html');

describe('whole pipeline, one file at a time (the task extract and report run per file)', () => {
  it(`never crashes; the JSON record is valid and its offsets slice the file's text (${RUNS.pipelineTask} runs)`, () => {
    const dir = scratch();
    let n = 0;
    fc.assert(fc.property(fc.oneof(proseArticle, articleText, htmlPage, prosePage), extension, fc.boolean(), (input, ext, bom) => {
      const path = join(dir, `${(n += 1)}${ext}`);
      writeFileSync(path, `${bom ? '\ufeff' : ''}${input}`);
      checkTaskResult(path, extractInProcess(path));
    }), params(RUNS.pipelineTask));
  }, 120_000);
});

describe('big and pathological inputs', () => {
  const dir = scratch();
  const runFile = (name: string, content: string) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    const result = extractInProcess(path);
    checkTaskResult(path, result);
    return result;
  };
  it(`a 1 MB single line (${RUNS.oneMegabyteLine} runs)`, () => {
    fc.assert(fc.property(fc.array(fc.oneof(piece, sentence), { minLength: 20, maxLength: 60 }), (parts) => {
      let line = parts.join(' ').replace(/[\r\n\u2028\u2029\u0085\v\f]/g, ' ');
      while (line.length < 1_000_000) line += ` ${line}`;
      expect(runFile('line.txt', line.slice(0, 1_000_000)).status).not.toBe('crashed');
    }), params(RUNS.oneMegabyteLine));
  }, 120_000);
  it(`200,000 characters without a space (${RUNS.noSpaces} runs)`, () => {
    fc.assert(fc.property(fc.array(fc.oneof(piece, fc.constantFrom('x', '“', '"', '.', 'a’', '😀', '\u0301', '&amp;', '<b>')), { minLength: 1, maxLength: 12 }), fc.constantFrom('.txt', '.html'), (parts, ext) => {
      const unit = parts.join('').replace(/\s/g, '') || 'x';
      const run = unit.repeat(Math.ceil(200_000 / unit.length)).slice(0, 200_000);
      expect(runFile(`run${ext}`, ext === '.html' ? `<p>${run}</p>` : run).status).not.toBe('crashed');
    }), params(RUNS.noSpaces));
  }, 120_000);
  it(`deeply nested and unclosed HTML (${RUNS.deepHtml} runs)`, () => {
    fc.assert(fc.property(fc.integer({ min: 300, max: 20_000 }), fc.constantFrom('<div>', '<b><i>', '<table><tr><td>', '<span class="x">', '<ul><li>', '<blockquote>', '<div/>', '<svg><g>'), sentence, (depth, open, text) => {
      const html = `<html><body>${open.repeat(depth)}<p>${text.replace(/</g, '&lt;')} the mayor said.</p>${'</div>'.repeat(depth % 7)}`;
      expect(runFile('deep.html', html).status).not.toBe('crashed');
    }), params(RUNS.deepHtml));
  }, 120_000);
  it(`entity floods (${RUNS.entityFlood} runs)`, () => {
    fc.assert(fc.property(fc.constantFrom('&amp;', '&lt;script&gt;', '&#x1F600;', '&#0;', '&nbsp;', '&#xD800;', '&bogus;', '&#34;'), fc.integer({ min: 20_000, max: 100_000 }), (entity, count) => {
      expect(runFile('flood.html', `<article><p>Officials said ${entity.repeat(count)} and more.</p></article>`).status).not.toBe('crashed');
    }), params(RUNS.entityFlood));
  }, 120_000);
});

/** Steps of the full pipeline (parse, structure, analyze) for one document. */
function work(doc: SourceDocument): { steps: number } {
  return { steps: measure(() => analyzeDocument(doc, { terms })).steps };
}

describe('work grows about linearly with input size', () => {
  // Four articles concatenated are one article four times the size: linear work costs about the sum of
  // the four (measured: 0.99 to 1.02), quadratic work about four times that sum. An article repeated 4n
  // times costs about 4x its n-times version when work is linear (measured: 3.2 to 4.0), about 16x when
  // quadratic. The limits leave some room for the small costs that are neither.
  const MAX_CONCAT_RATIO = 1.3;
  const MAX_GROWTH = 5;
  it(`text: steps(a+b+c+d) < ${MAX_CONCAT_RATIO} x (steps(a)+...+steps(d)) (${RUNS.linearText} runs)`, () => {
    fc.assert(fc.property(fc.array(fc.tuple(proseArticle, articleText), { minLength: 4, maxLength: 4 }), (pairs) => {
      const parts = pairs.map(([prose, noise]) => `${prose}\n${noise}\n`.repeat(6));
      const alone = parts.map((p) => work(textToDocument('a.txt', p)));
      const together = work(textToDocument('a.txt', parts.join('\n')));
      const sum = alone.reduce((n, w) => n + w.steps, 0);
      expect(together.steps / sum).toBeLessThan(MAX_CONCAT_RATIO);
    }), params(RUNS.linearText));
  }, 120_000);
  it(`one article repeated n and 4n times: steps grow less than ${MAX_GROWTH}x (${RUNS.linearText} runs)`, () => {
    fc.assert(fc.property(fc.oneof(proseArticle, articleText), (text) => {
      const small = work(textToDocument('a.txt', text.repeat(8)));
      const large = work(textToDocument('a.txt', text.repeat(32)));
      expect(large.steps / small.steps).toBeLessThan(MAX_GROWTH);
    }), params(RUNS.linearText));
  }, 120_000);
  it(`HTML: one page's paragraphs n and 4n times (${RUNS.linearHtml} runs)`, () => {
    fc.assert(fc.property(prosePage, (page) => {
      const body = /<article>([\s\S]*)<\/article>/.exec(page)?.[1] ?? page;
      const at = (n: number) => work(toDocument('a.html', `<html><body><article>${body.repeat(n)}</article></body></html>`, 'html'));
      const small = at(6);
      const large = at(24);
      expect(large.steps / small.steps).toBeLessThan(MAX_GROWTH);
    }), params(RUNS.linearHtml));
  }, 120_000);
});

describe('the built CLI on a batch of hostile files', () => {
  // Started while the file is collected, so the child process works on the other core during the
  // in-process properties above; the test only waits for it.
  const dir = scratch();
  const inputs = fc.sample(fc.tuple(fc.oneof(proseArticle, articleText, htmlPage, prosePage, fc.constant(''), fc.constant('   \n')), extension), { numRuns: Math.round(RUNS.cliBatch * SCALE), seed: SEED });
  const files = inputs.map(([content, ext], i) => {
    const path = join(dir, `${String(i).padStart(2, '0')}${ext}`);
    writeFileSync(path, content);
    return path;
  });
  const run = cliAsync(['extract', '--json', ...files]);
  it(`extract --json: one valid JSON line per readable file, one stderr line per refused file, never an internal error (${RUNS.cliBatch} files)`, async () => {
    const r = await run;
    expect([0, 2]).toContain(r.code);
    expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
    const lines = r.stdout.split('\n').filter(Boolean);
    const refused = r.stderr.split('\n').filter(Boolean);
    expect(lines.length + refused.length).toBe(files.length);
    for (const line of refused) expect(line).toMatch(/^framelens: .+: .+$/);
    for (const line of lines) {
      const record = JSON.parse(line) as ArticleRecord;
      fail(recordOffsetProblems(record, recordText(record, readFileSync(record.file, 'utf8'), record.file.endsWith('.html') ? 'html' : 'text')));
    }
    expect(r.code).toBe(refused.length ? 2 : 0);
  }, 120_000);
});
