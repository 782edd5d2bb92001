// Scale benchmark (issue: 10,000 articles on a laptop): builds corpora of real-length articles from
// the dev sets (repeated with small changes), then times in separate processes, one run each:
// `framelens report` end to end (cold, default jobs and --jobs 1), a bare script that only calls wink
// readDoc on the same files, and a second `report` after one `add`. Peak memory is GNU time's max RSS
// of the whole process (worker threads included). Sizes: FRAMELENS_BENCH_SIZES (default "1000,10000").
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { createHash } from 'node:crypto';
import { fingerprint } from '../src/corpus/add.js';

const ROOT = join(import.meta.dirname, '..');
const LEAN = join(ROOT, '..', 'shared', 'devsets', 'lean', 'abp-train-valid.jsonl.gz');
const CLI = join(ROOT, 'dist', 'cli', 'main.js');

interface Source {
  title: string;
  text: string;
  source: string;
  date: string;
}

/** A small seeded PRNG, so the corpus is the same on every run. */
export function prng(seed: number): () => number {
  let x = seed >>> 0;
  return () => {
    x = (x + 0x6d2b79f5) >>> 0;
    let t = x;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Copy `round` of an article: paragraphs shuffled, a word swapped, the date moved by `round` years. */
function variant(a: Source, round: number, random: () => number): Source {
  const paragraphs = a.text.split(/\n\n+/);
  for (let i = paragraphs.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [paragraphs[i], paragraphs[j]] = [paragraphs[j], paragraphs[i]];
  }
  const date = /^\d{4}-\d{2}-\d{2}$/.test(a.date) ? new Date(`${a.date}T00:00:00Z`) : null;
  date?.setUTCFullYear(date.getUTCFullYear() + round);
  return { ...a, title: a.title.replace(/\b(the|a)\b/i, (w) => (w === w.toLowerCase() ? 'this' : 'This')), text: paragraphs.join('\n\n'), date: date ? date.toISOString().slice(0, 10) : '' };
}

export function buildCorpus(size: number, sources: Source[]): string {
  const dir = mkdtempSync(join(tmpdir(), `framelens-scale-${size}-`));
  const corpus = join(dir, 'corpus');
  mkdirSync(corpus);
  const random = prng(size);
  const manifest: string[] = [];
  for (let i = 0; i < size; i += 1) {
    const round = Math.floor(i / sources.length);
    const a = round === 0 ? sources[i] : variant(sources[i % sources.length], round, random);
    const text = `${a.title}\n\n${a.text}\n`;
    const name = `${String(i).padStart(5, '0')}_${createHash('sha256').update(text).digest('hex').slice(0, 16)}.txt`;
    writeFileSync(join(corpus, name), text);
    manifest.push(JSON.stringify({ file: name, outlet: a.source, url: null, published: /^\d{4}-\d{2}-\d{2}$/.test(a.date) ? a.date : null, lean: null, headline: a.title, added: null, given: ['outlet', 'published'], found: ['headline'], fingerprints: [fingerprint(text)] }));
  }
  writeFileSync(join(corpus, 'manifest.jsonl'), `${manifest.join('\n')}\n`);
  return corpus;
}

const BARE = `
const fs = require('fs'), path = require('path');
const winkNLP = require(${JSON.stringify(join(ROOT, 'node_modules', 'wink-nlp'))});
const model = require(${JSON.stringify(join(ROOT, 'node_modules', 'wink-eng-lite-web-model'))});
const nlp = winkNLP(model);
const dir = process.argv[2];
let tokens = 0;
const t = performance.now();
for (const f of fs.readdirSync(dir).filter((n) => n.endsWith('.txt')).sort()) tokens += nlp.readDoc(fs.readFileSync(path.join(dir, f), 'utf8')).tokens().length();
console.log(JSON.stringify({ ms: performance.now() - t, tokens }));
`;

/** Runs a command under GNU time: wall seconds and peak resident memory (MB) of the whole process. */
function timed(args: string[], env: Record<string, string> = {}): { seconds: number; peakMb: number; stdout: string; stderr: string; code: number | null } {
  const r = spawnSync('/usr/bin/time', ['-f', 'FRAMELENS_TIME %e %M', ...args], { encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 1 << 30 });
  const m = /FRAMELENS_TIME ([\d.]+) (\d+)/.exec(r.stderr);
  return { seconds: m ? Number(m[1]) : NaN, peakMb: m ? Number(m[2]) / 1024 : NaN, stdout: r.stdout, stderr: r.stderr.replace(/FRAMELENS_TIME.*\n?/, ''), code: r.status };
}

function report(corpus: string, out: string, extra: string[] = []): { seconds: number; peakMb: number; stats: Record<string, number> & { phases?: Record<string, number> } } {
  const statsFile = join(out, '..', `stats-${Math.random().toString(36).slice(2)}.json`);
  const r = timed([process.execPath, CLI, 'report', '--corpus', corpus, '--out', out, '--quiet', ...extra], { FRAMELENS_STATS_FILE: statsFile });
  if (r.code !== 0) throw new Error(`framelens report exited ${r.code}: ${r.stderr.slice(0, 500)}`);
  const stats = JSON.parse(readFileSync(statsFile, 'utf8')) as Record<string, number> & { phases?: Record<string, number> };
  return { seconds: r.seconds, peakMb: r.peakMb, stats };
}

export function scaleBenchmark(): void {
  console.log('\n## Scale: framelens report vs bare wink readDoc (separate processes, one run each)');
  if (!existsSync(LEAN)) {
    console.log(`skipped: ${LEAN} is missing`);
    return;
  }
  if (!existsSync(CLI) || !existsSync('/usr/bin/time')) {
    console.log('skipped: needs a build (npm run build) and GNU time (/usr/bin/time)');
    return;
  }
  const sources = gunzipSync(readFileSync(LEAN)).toString('utf8').trim().split('\n').map((l) => JSON.parse(l) as Source).filter((a) => a.text.length > 500);
  const sizes = (process.env.FRAMELENS_BENCH_SIZES ?? '1000,10000').split(',').map(Number).filter((n) => n > 0);
  const rows: string[] = [];
  const stageRows: string[] = [];
  const peaks: number[] = [];
  for (const size of sizes) {
    const corpus = buildCorpus(size, sources);
    const bareScript = join(corpus, '..', 'bare.cjs');
    writeFileSync(bareScript, BARE);
    const bare = timed([process.execPath, bareScript, corpus]);
    const bareRun = JSON.parse(bare.stdout) as { ms: number; tokens: number };
    const out = join(corpus, '..', 'reports');
    const cold = report(corpus, out);
    peaks.push(cold.peakMb);
    // One more article, then the second run: only it is analysed again.
    const extra = join(corpus, '..', 'one-more.txt');
    writeFileSync(extra, `${sources[size % sources.length].title} (update)\n\n${sources[(size + 7) % sources.length].text}\n`);
    const add = timed([process.execPath, CLI, 'add', extra, '--corpus', corpus, '--outlet', 'Bench Wire', '--date', '2020-01-01', '--quiet']);
    const warm = report(corpus, out);
    // Where the second report's time went (phases of the run, then grouping and writing), in seconds.
    const phases = Object.entries(warm.stats.phases ?? {}).map(([k, v]) => `${k} ${(v / 1000).toFixed(2)}`).join(', ');
    stageRows.push(`second report at ${size}: ${warm.seconds.toFixed(2)} s wall; before the run ${((warm.stats.analyseMs - Object.entries(warm.stats.phases ?? {}).filter(([k]) => ['open', 'scan', 'summaries', 'analyse'].includes(k)).reduce((a, [, v]) => a + v, 0)) / 1000).toFixed(2)} s; phases: ${phases}; grouping ${(warm.stats.groupMs / 1000).toFixed(2)} s, compare and write ${(warm.stats.compareAndWriteMs / 1000).toFixed(2)} s`);
    const ours = size / cold.seconds;
    const bareRate = size / bare.seconds;
    rows.push(`| ${size} | ${bareRate.toFixed(0)} / ${(bareRun.tokens / bare.seconds / 1000).toFixed(0)}k | ${ours.toFixed(0)} / ${(bareRun.tokens / cold.seconds / 1000).toFixed(0)}k | ${(ours / bareRate).toFixed(2)} | ${cold.peakMb.toFixed(0)} MB (bare ${bare.peakMb.toFixed(0)} MB) | ${(cold.stats.groupMs / 1000).toFixed(2)} s + ${(cold.stats.compareAndWriteMs / 1000).toFixed(2)} s | ${add.seconds.toFixed(1)} s + ${warm.seconds.toFixed(1)} s (${((100 * warm.seconds) / cold.seconds).toFixed(1)}% of cold; ${warm.stats.analysed} analysed, ${warm.stats.reused} from the cache) |`);
    if (size === sizes[0]) {
      const one = report(corpus, join(corpus, '..', 'reports-1'), ['--jobs', '1', '--no-cache']);
      const two = report(corpus, join(corpus, '..', 'reports-2'), ['--jobs', '2', '--no-cache']);
      const oneRate = size / one.seconds;
      rows.push(`|  | --jobs 1: ${one.seconds.toFixed(1)} s, --jobs 2: ${two.seconds.toFixed(1)} s (ratio ${(two.seconds / one.seconds).toFixed(2)}) | --jobs 1: ${oneRate.toFixed(0)} articles/s | --jobs 1: ${(oneRate / bareRate).toFixed(2)} | --jobs 1: ${one.peakMb.toFixed(0)} MB | | |`);
      // Where one thread's time goes, per article (in a process of its own, on the first articles).
      const sample = Number(process.env.FRAMELENS_BENCH_STAGE_ARTICLES ?? 300);
      const staged = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'bench', 'stage-times.ts'), corpus, String(sample)], { encoding: 'utf8', cwd: ROOT });
      try {
        const { articles, ms } = JSON.parse(staged.stdout) as { articles: number; ms: Record<string, number> };
        const sum = Object.values(ms).reduce((a, b) => a + b, 0);
        stageRows.push(`per-stage ms per article, one thread, ${articles} articles: ${Object.entries(ms).map(([k, v]) => `${k} ${v.toFixed(2)}`).join(', ')}; total ${sum.toFixed(2)} ms; bare readDoc in this run ${(1000 / bareRate).toFixed(2)} ms per article (process wall time over articles)`);
      } catch {
        stageRows.push(`per-stage times failed: ${staged.stderr.split('\n')[0]}`);
      }
    }
    rmSync(join(corpus, '..'), { recursive: true, force: true });
  }
  console.log('| articles | bare readDoc: articles/s / tokens/s | framelens report (cold, default jobs): articles/s / tokens/s | ratio | peak memory | grouping + compare and write | `add` one + second report |');
  console.log('|---|---|---|---|---|---|---|');
  for (const r of rows) console.log(r);
  for (const r of stageRows) console.log(r);
  if (peaks.length > 1) console.log(`peak memory at ${sizes.at(-1)} articles / at ${sizes[0]}: ${(peaks.at(-1)! / peaks[0]).toFixed(2)}x`);
}

if (process.argv[1] === import.meta.filename) scaleBenchmark();
