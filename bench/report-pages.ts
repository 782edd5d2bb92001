// What the HTML pages and charts cost (issue 20), beside the Markdown: time and bytes to render and
// write them, for the bundled seeds (in process, median of rounds) and for a cold `report` of a
// 1,000-article corpus built from the lean dev set (FRAMELENS_STATS_FILE: render and write time of
// each kind of file, summed over the workers, against the run's wall time). Goal: HTML and charts add
// at most 20% to a cold report.
import { readdirSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { analyzeFiles } from '../src/pipeline.js';
import { compareArticles } from '../src/compare/index.js';
import { storyFiles } from '../src/report/outputs.js';
import type { RenderTiming } from '../src/report/outputs.js';
import { buildCorpus } from './scale.js';

const ROOT = join(import.meta.dirname, '..');
const LEAN = join(ROOT, '..', 'shared', 'devsets', 'lean', 'abp-train-valid.jsonl.gz');
const CLI = join(ROOT, 'dist', 'cli', 'main.js');
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function seeds(): void {
  const files = readdirSync(join(ROOT, 'corpus')).filter((f) => f.endsWith('.txt')).sort().map((f) => join(ROOT, 'corpus', f));
  const stories = compareArticles(analyzeFiles(files)).filter((s) => s.articles.length > 1);
  const rounds = 20;
  const laps: RenderTiming[] = [];
  let bytes = { md: 0, html: 0, svg: 0 };
  for (let r = 0; r < rounds; r += 1) {
    const timing: RenderTiming = { charts: 0, markdown: 0, html: 0 };
    bytes = { md: 0, html: 0, svg: 0 };
    for (const s of stories) for (const f of storyFiles(s, timing)) bytes[f.name.endsWith('.md') ? 'md' : f.name.endsWith('.html') ? 'html' : 'svg'] += Buffer.byteLength(f.text);
    laps.push(timing);
  }
  const m = (k: keyof RenderTiming) => median(laps.map((l) => l[k])).toFixed(2);
  console.log(`seeds (${stories.length} story, ${files.length} articles; median of ${rounds} rounds): Markdown ${m('markdown')} ms, ${kb(bytes.md)}; HTML page ${m('html')} ms, ${kb(bytes.html)}; charts ${m('charts')} ms, ${kb(bytes.svg)}`);
}

interface Stats {
  analyseMs: number;
  groupMs: number;
  compareAndWriteMs: number;
  stories: number;
  pages: { renderMs: RenderTiming; writeMs: { md: number; html: number; svg: number }; bytes: { md: number; html: number; svg: number } };
}

function thousand(): void {
  if (!existsSync(LEAN)) {
    console.log(`1,000 articles: skipped: ${LEAN} is missing`);
    return;
  }
  if (!existsSync(CLI)) {
    console.log('1,000 articles: skipped: needs a build (npm run build)');
    return;
  }
  const sources = gunzipSync(readFileSync(LEAN)).toString('utf8').trim().split('\n').map((l) => JSON.parse(l) as { title: string; text: string; source: string; date: string }).filter((a) => a.text.length > 500);
  const corpus = buildCorpus(1000, sources);
  const out = join(corpus, '..', 'reports');
  const statsFile = join(corpus, '..', 'stats.json');
  const started = performance.now();
  const r = spawnSync(process.execPath, [CLI, 'report', '--corpus', corpus, '--out', out, '--quiet', '--no-cache'], { env: { ...process.env, FRAMELENS_STATS_FILE: statsFile }, encoding: 'utf8' });
  const wall = performance.now() - started;
  if (r.status !== 0) throw new Error(`report exited ${r.status}: ${r.stderr.slice(0, 300)}`);
  const stats = JSON.parse(readFileSync(statsFile, 'utf8')) as Stats;
  const p = stats.pages;
  const mdMs = p.renderMs.markdown + p.writeMs.md;
  const htmlMs = p.renderMs.html + p.renderMs.charts + p.writeMs.html + p.writeMs.svg;
  const written = readdirSync(out);
  console.log(`1,000 articles, cold report (--no-cache, default jobs): ${(wall / 1000).toFixed(1)} s wall; ${written.filter((f) => f.endsWith('.html') && f !== 'index.html').length} story pages`);
  console.log('| output | render | write | bytes |');
  console.log('|---|---|---|---|');
  console.log(`| Markdown | ${(p.renderMs.markdown / 1000).toFixed(2)} s | ${(p.writeMs.md / 1000).toFixed(2)} s | ${kb(p.bytes.md)} |`);
  console.log(`| HTML pages | ${(p.renderMs.html / 1000).toFixed(2)} s | ${(p.writeMs.html / 1000).toFixed(2)} s | ${kb(p.bytes.html)} |`);
  console.log(`| charts (SVG) | ${(p.renderMs.charts / 1000).toFixed(2)} s | ${(p.writeMs.svg / 1000).toFixed(2)} s | ${kb(p.bytes.svg)} |`);
  console.log(`HTML and charts: ${(htmlMs / 1000).toFixed(2)} s of worker time (Markdown ${(mdMs / 1000).toFixed(2)} s) = ${((100 * htmlMs) / wall).toFixed(1)}% of the cold run's wall time, an upper bound (the workers render in parallel); goal at most 20%`);
  rmSync(join(corpus, '..'), { recursive: true, force: true });
}

export function reportPagesBenchmark(): void {
  console.log('\n## Report pages: HTML and charts beside the Markdown (issue 20)');
  seeds();
  thousand();
}

if (process.argv[1] === import.meta.filename) reportPagesBenchmark();
