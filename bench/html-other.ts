// Body on pages no one tuned for: ../shared/devsets/html/readability-other (94 pages from Mozilla
// Readability's test suite: blogs, documentation, news in many languages, odd layouts). The reference
// is Readability's own output (expected.html.gz): agreement with it, not truth. Measured: pages with an
// empty body where the reference has 100+ words (must be none), body token F1 against the reference
// (median and mean), ms per page (ingest + wink parse + roles).
// Run alone with `npx tsx bench/html-other.ts` (`--dump FILE` writes one JSON line per page).
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { devset, tokenF1 } from './devsets.js';

// Words per script: Intl.Segmenter finds word boundaries in text without spaces (Chinese, Japanese,
// Thai) from ICU's dictionaries; a letters-and-digits regex would make one "word" of a whole CJK
// sentence, and an English word list knows nothing of Cyrillic or Hangul.
const segmenter = new Intl.Segmenter('und', { granularity: 'word' });
export function scriptWords(s: string): string[] {
  const out: string[] = [];
  for (const piece of segmenter.segment(s.toLowerCase())) if (piece.isWordLike) out.push(piece.segment);
  return out;
}

const readPage = (path: string) => gunzipSync(readFileSync(path)).toString('utf8');

/** The text of Readability's saved output: tags dropped, the common entities decoded. */
const htmlText = (html: string) =>
  html
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&#x27;|&#39;|&rsquo;|&lsquo;/g, "'")
    .replace(/&quot;|&ldquo;|&rdquo;/g, '"')
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)));

const median = (xs: number[]) => (xs.length === 0 ? 0 : [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]);

export interface OtherScores {
  pages: number;
  emptyWithText: number;
  emptyNames: string[];
  f1Median: number;
  f1Mean: number;
  /** Pages below 0.5 F1: the ones to read. */
  low: number;
  msMean: number;
  msMedian: number;
}

/**
 * Page names to run alone while iterating: `--only a,b` on the command line or FRAMELENS_BENCH_PAGES=a,b
 * (which also reaches `npm run bench -- html-other`). The figures reported come from the full set.
 */
const onlyPages = (): Set<string> | null => {
  const i = process.argv.indexOf('--only');
  const list = (i > 0 ? process.argv[i + 1] : undefined) ?? process.env.FRAMELENS_BENCH_PAGES;
  return list ? new Set(list.split(',').map((s) => s.trim()).filter(Boolean)) : null;
};

export async function htmlOtherBenchmark(options: { dump?: string | null; limit?: number; verbose?: boolean } = {}): Promise<OtherScores | null> {
  const dir = devset('html/readability-other', 'Pages in many languages and layouts (readability-other)');
  if (!dir) return null;
  const { toDocument } = await import('../src/ingest/read-file.js');
  const { parseDocument } = await import('../src/nlp/parse-document.js');
  const { structureArticle } = await import('../src/structure/index.js');
  const only = onlyPages();
  const names = readdirSync(dir)
    .filter((d) => existsSync(join(dir, d, 'source.html.gz')) && existsSync(join(dir, d, 'expected.html.gz')) && (!only || only.has(d)))
    .sort()
    .slice(0, options.limit ?? 1e9);
  if (only) console.log(`(only ${names.length} named pages: ${names.join(', ')}; not the set's figures)`);
  const f1s: number[] = [];
  const times: number[] = [];
  const emptyNames: string[] = [];
  const rows: string[] = [];
  for (const name of names) {
    const html = readPage(join(dir, name, 'source.html.gz'));
    const reference = htmlText(readPage(join(dir, name, 'expected.html.gz')));
    const refWords = scriptWords(reference).length;
    const t = performance.now();
    let body = '';
    let removedAs: Record<string, number> = {};
    try {
      const a = structureArticle(parseDocument(toDocument(`${name}.html`, html, 'html')));
      body = a.body;
      removedAs = {};
      for (const b of a.blocks) if (b.role === 'boilerplate') removedAs[b.reason ?? '?'] = (removedAs[b.reason ?? '?'] ?? 0) + 1;
      // --blocks prints every block's role and evidence, to read one page while iterating.
      if (process.argv.includes('--blocks')) for (const b of a.blocks) console.error(`${name}\t${b.role}${b.reason ? `/${b.reason}` : ''}\t${b.hint ?? ''}\t${JSON.stringify(b.text.slice(0, 100))}\t${b.why}`);
    } catch {
      // an exception counts as an empty body
    }
    times.push(performance.now() - t);
    if (options.verbose) console.error(`${name} ${(performance.now() - t).toFixed(0)} ms`);
    const bodyWords = scriptWords(body).length;
    const f1 = tokenF1(body, reference, scriptWords);
    f1s.push(f1);
    if (bodyWords === 0 && refWords >= 100) emptyNames.push(name);
    if (options.dump) rows.push(JSON.stringify({ name, f1: Number(f1.toFixed(3)), bodyWords, refWords, removedAs }));
  }
  if (options.dump) writeFileSync(options.dump, rows.join('\n') + '\n');
  const scores: OtherScores = {
    pages: names.length,
    emptyWithText: emptyNames.length,
    emptyNames,
    f1Median: median(f1s),
    f1Mean: f1s.reduce((a, b) => a + b, 0) / Math.max(1, f1s.length),
    low: f1s.filter((f) => f < 0.5).length,
    msMean: times.reduce((a, b) => a + b, 0) / Math.max(1, times.length),
    msMedian: median(times),
  };
  console.log(`\n## Pages in many languages and layouts: readability-other, ${scores.pages} pages (reference: Readability's output, not truth)`);
  console.log('| | framelens |\n|---|---|');
  console.log(`| empty body where the reference has >= 100 words (goal 0) | ${scores.emptyWithText}${emptyNames.length ? ` (${emptyNames.join(', ')})` : ''} |`);
  console.log(`| body word F1 against the reference, median (goal >= 0.9) | ${scores.f1Median.toFixed(3)} |`);
  console.log(`| body word F1, mean | ${scores.f1Mean.toFixed(3)} |`);
  console.log(`| pages under 0.5 F1 | ${scores.low} |`);
  console.log(`| ms/page (ingest + parse + roles), mean / median | ${scores.msMean.toFixed(1)} / ${scores.msMedian.toFixed(1)} |`);
  return scores;
}

const argValue = (name: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await htmlOtherBenchmark({ dump: argValue('--dump') ?? null, limit: Number(argValue('--pages') ?? 1e9), verbose: process.argv.includes('--verbose') });
}
