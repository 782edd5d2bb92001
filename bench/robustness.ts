// Robustness pass (issue 12): every article and page of ../shared/devsets/ goes through the whole
// pipeline, one file at a time, exactly as `framelens extract --json` runs it per file (`runTask`, the
// task a worker runs). Counts: analysed, refused (by reason), crashed (must be 0), records whose offsets
// do not slice the text they claim, and time per article. Nothing from the sets is kept or copied.
// Run alone: `npx tsx bench/robustness.ts [--sample N]` (N items per set, for a quick look).
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { runTask } from '../src/run/tasks.js';
import type { ArticleRecord } from '../src/report/json.js';
import { recordOffsetProblems, recordText } from '../tests/helpers/offsets.js';

const DEVSETS = join(import.meta.dirname, '..', '..', 'shared', 'devsets');

/** One item of a set: what a user would save as one file. */
interface Item {
  name: string;
  ext: '.txt' | '.html';
  bytes: Buffer;
}

interface DevSet {
  label: string;
  path: string;
  items: () => Iterable<Item>;
}

const text = (s: string) => Buffer.from(s, 'utf8');
const jsonLines = (buffer: Buffer) => buffer.toString('utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Record<string, unknown>);

/** Semicolon-separated values with "quoted" fields (quotes doubled inside), as the BABE file is written. */
function parseDelimited(source: string, delimiter = ';'): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < source.length; i += 1) {
    const c = source[i];
    if (quoted) {
      if (c === '"' && source[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === delimiter) {
      row.push(field);
      field = '';
    } else if (c === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else if (c !== '\r') field += c;
  }
  if (field !== '' || row.length) rows.push([...row, field]);
  return rows;
}

const SETS: DevSet[] = [
  {
    label: 'L3S-GN1 news pages (HTML)',
    path: 'html/l3s-gn1-dev/pages',
    *items() {
      const dir = join(DEVSETS, this.path);
      for (const f of readdirSync(dir).filter((n) => n.endsWith('.html.gz')).sort()) yield { name: f.replace(/\.gz$/, ''), ext: '.html', bytes: gunzipSync(readFileSync(join(dir, f))) };
    },
  },
  {
    label: 'Readability test pages (HTML)',
    path: 'html/readability-news',
    *items() {
      const dir = join(DEVSETS, this.path);
      for (const d of readdirSync(dir).sort()) if (existsSync(join(dir, d, 'source.html.gz'))) yield { name: `${d}.html`, ext: '.html', bytes: gunzipSync(readFileSync(join(dir, d, 'source.html.gz'))) };
    },
  },
  {
    label: 'PolNeAR political articles (text)',
    path: 'quotes/polnear-train.jsonl.gz',
    *items() {
      for (const r of jsonLines(gunzipSync(readFileSync(join(DEVSETS, this.path))))) yield { name: `${String(r.id)}.txt`, ext: '.txt', bytes: text(String(r.text)) };
    },
  },
  {
    label: 'Article Bias Prediction articles (title + text)',
    path: 'lean/abp-train-valid.jsonl.gz',
    *items() {
      for (const r of jsonLines(gunzipSync(readFileSync(join(DEVSETS, this.path))))) yield { name: `${String(r.id)}.txt`, ext: '.txt', bytes: text(`${String(r.title ?? '')}\n\n${String(r.text ?? '')}\n`) };
    },
  },
  {
    label: 'AllSides excerpts (headline + excerpt, one per side)',
    path: 'stories/allsides-2021.jsonl',
    *items() {
      for (const r of jsonLines(readFileSync(join(DEVSETS, this.path)))) {
        const news = (r.news ?? {}) as Record<string, { newsTitle?: string; newBody?: string[] }>;
        for (const [side, n] of Object.entries(news)) yield { name: `${String(r.id)}-${side}.txt`, ext: '.txt', bytes: text(`${n.newsTitle ?? ''}\n\n${(n.newBody ?? []).join('\n\n')}\n`) };
      }
    },
  },
  {
    label: 'BABE sentences (each a tiny article)',
    path: 'words/babe-sg2-dev.csv',
    *items() {
      const rows = parseDelimited(readFileSync(join(DEVSETS, this.path), 'utf8'));
      let n = 0;
      for (const row of rows.slice(1)) if (row[0]) yield { name: `babe-${(n += 1)}.txt`, ext: '.txt', bytes: text(`${row[0]}\n`) };
    },
  },
];

interface SetResult {
  label: string;
  files: number;
  analysed: number;
  refused: Map<string, number>;
  crashed: string[];
  offsetProblems: string[];
  ms: number[];
  slowest: { name: string; ms: number; kb: number };
}

function runSet(set: DevSet, dir: string, sample: number | null): SetResult {
  const result: SetResult = { label: set.label, files: 0, analysed: 0, refused: new Map(), crashed: [], offsetProblems: [], ms: [], slowest: { name: '', ms: 0, kb: 0 } };
  for (const item of set.items()) {
    if (sample !== null && result.files >= sample) break;
    result.files += 1;
    const path = join(dir, `item${item.ext}`);
    writeFileSync(path, item.bytes);
    // CPU time, not wall time: the machine is shared, and a busy neighbour must not look like a slow page.
    const started = process.cpuUsage();
    const r = runTask({ kind: 'analyze', file: path, repeated: [], lexicons: [], recordPath: null, key: null, output: 'json' });
    const used = process.cpuUsage(started);
    const ms = (used.user + used.system) / 1000;
    result.ms.push(ms);
    if (ms > result.slowest.ms) result.slowest = { name: item.name, ms, kb: item.bytes.length / 1024 };
    if (r.status === 'analyzed') {
      result.analysed += 1;
      const record = JSON.parse(r.output!) as ArticleRecord;
      const problems = recordOffsetProblems(record, recordText(record, readFileSync(path, 'utf8'), item.ext === '.html' ? 'html' : 'text'));
      if (problems.length) result.offsetProblems.push(`${item.name}: ${problems[0]}`);
    } else if (r.status === 'refused') {
      const reason = r.message.slice(path.length + 2);
      result.refused.set(reason, (result.refused.get(reason) ?? 0) + 1);
    } else if (r.status === 'crashed') result.crashed.push(`${item.name}: ${r.message.slice(path.length + 2)}`);
  }
  return result;
}

const median = (xs: number[]) => (xs.length ? [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] : 0);
const percentile = (xs: number[], p: number) => (xs.length ? [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))] : 0);

export function robustnessBenchmark(options: { sample?: number | null } = {}): void {
  const sample = options.sample ?? null;
  console.log(`\n## Robustness: every dev-set article and page through the pipeline${sample ? ` (first ${sample} of each set)` : ''}`);
  if (!existsSync(DEVSETS)) {
    console.log(`skipped: ${DEVSETS} not found (the dev sets live next to the project, not in it)`);
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'framelens-robustness-'));
  const results: SetResult[] = [];
  // Load wink and cheerio once before timing anything.
  writeFileSync(join(dir, 'warm.html'), '<p>The mayor said it was warm.</p>');
  runTask({ kind: 'analyze', file: join(dir, 'warm.html'), repeated: [], lexicons: [], recordPath: null, key: null, output: 'json' });
  try {
    for (const set of SETS) {
      if (!existsSync(join(DEVSETS, set.path))) {
        console.log(`${set.label}: skipped (${set.path} not found)`);
        continue;
      }
      results.push(runSet(set, dir, sample));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log('| set | files | analysed | refused | crashed | offsets wrong | median CPU ms | 99th pct | slowest |\n|---|---|---|---|---|---|---|---|---|');
  for (const r of results) {
    const refused = [...r.refused.values()].reduce((a, b) => a + b, 0);
    console.log(`| ${r.label} | ${r.files} | ${r.analysed} | ${refused} | ${r.crashed.length} | ${r.offsetProblems.length} | ${median(r.ms).toFixed(1)} | ${percentile(r.ms, 0.99).toFixed(0)} | ${r.slowest.ms.toFixed(0)} ms (${r.slowest.kb.toFixed(0)} KB) |`);
  }
  const all = (f: (r: SetResult) => number) => results.reduce((n, r) => n + f(r), 0);
  const refusedAll = new Map<string, number>();
  for (const r of results) for (const [reason, n] of r.refused) refusedAll.set(reason, (refusedAll.get(reason) ?? 0) + n);
  console.log(`\nTotal: ${all((r) => r.files)} files, ${all((r) => r.analysed)} analysed, ${all((r) => [...r.refused.values()].reduce((a, b) => a + b, 0))} refused, ${all((r) => r.crashed.length)} crashed, ${all((r) => r.offsetProblems.length)} with offsets that do not slice their text.`);
  if (refusedAll.size) console.log(`Refused, by reason: ${[...refusedAll].sort((a, b) => b[1] - a[1]).map(([reason, n]) => `${reason} (${n})`).join('; ')}.`);
  for (const r of results) for (const c of r.crashed.slice(0, 5)) console.log(`CRASHED ${r.label}: ${c}`);
  for (const r of results) for (const p of r.offsetProblems.slice(0, 3)) console.log(`OFFSETS ${r.label}: ${p}`);
}

// `npx tsx bench/robustness.ts [--sample N]`
if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  const at = process.argv.indexOf('--sample');
  robustnessBenchmark({ sample: at > 0 ? Number(process.argv[at + 1]) : null });
}
