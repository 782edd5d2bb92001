// Article-level lean on real articles: Article Bias Prediction `valid` (outlets rated left, center,
// right by AllSides). The verdict was calibrated on `train` only (scripts/build-lean-phrases.ts).
// Run alone: npx tsx bench/lean-devset.ts
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { toDocument } from '../src/ingest/read-file.js';
import { analyzeDocuments } from '../src/pipeline.js';
import { devset, macroF1, majorityFloor } from './devsets.js';

type Cls = 'left' | 'center' | 'right';
interface Row { split: string; id: string; source: string; title: string; text: string; lean: Cls }

export function leanDevset(split = process.env.LEAN_SPLIT ?? 'valid'): void {
  const path = devset('lean/abp-train-valid.jsonl.gz', 'Lean on real articles (Article Bias Prediction)');
  if (!path) return;
  const rows = gunzipSync(readFileSync(path)).toString('utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Row).filter((r) => r.split === split);
  const started = performance.now();
  // One article at a time, as `framelens extract` reads them: no cross-article boilerplate evidence.
  const verdicts = rows.map((r) => analyzeDocuments([toDocument(`${r.id}.txt`, `${r.title}\n\n${r.text}`, 'text')])[0].slant);
  const ms = performance.now() - started;
  const gold = rows.map((r) => r.lean);
  const pred = verdicts.map((v): Cls | 'partisan, no lean' => (v.label === 'neutral' ? 'center' : v.lean ?? 'partisan, no lean'));
  const classes: Cls[] = ['left', 'center', 'right'];
  const binary = (c: string) => (c === 'center' ? 'center' : 'partisan');
  const count = (c: Cls) => gold.filter((g) => g === c).length;
  console.log(`\n## Lean on real articles: Article Bias Prediction \`${split}\` (${rows.length} articles, ${new Set(rows.map((r) => r.source)).size} outlets; left ${count('left')}, center ${count('center')}, right ${count('right')})`);
  console.log(`3-class macro-F1 (left/center/right): ${macroF1(gold, pred, classes).toFixed(3)} (majority-class floor ${majorityFloor(gold, classes).toFixed(3)})`);
  console.log(`partisan-vs-center macro-F1: ${macroF1(gold.map(binary), pred.map(binary), ['partisan', 'center']).toFixed(3)} (floor ${majorityFloor(gold.map(binary), ['partisan', 'center']).toFixed(3)})`);
  const cells = ['left', 'center', 'right', 'partisan, no lean'] as const;
  console.log(`| gold \\ verdict | ${cells.join(' | ')} |\n|---|---|---|---|---|`);
  for (const g of classes) console.log(`| ${g} | ${cells.map((c) => pred.filter((p, i) => gold[i] === g && p === c).length).join(' | ')} |`);
  // Which outlets come out which way: the lean label is the outlet's, so look for house style here.
  const byOutlet = new Map<string, { n: number; right: number }>();
  rows.forEach((r, i) => {
    const e = byOutlet.get(`${r.source} (${r.lean})`) ?? { n: 0, right: 0 };
    e.n += 1;
    e.right += Number(pred[i] === r.lean || (binary(pred[i]) === 'partisan' && r.lean !== 'center' && pred[i] === 'partisan, no lean'));
    byOutlet.set(`${r.source} (${r.lean})`, e);
  });
  console.log(`verdict matches the outlet's rating, largest outlets: ${[...byOutlet].sort((a, b) => b[1].n - a[1].n).slice(0, 8).map(([o, e]) => `${o} ${e.right}/${e.n}`).join(', ')}`);
  console.log(`(${(ms / rows.length).toFixed(1)} ms per article, whole pipeline)`);
}

if (import.meta.url === `file://${process.argv[1]}`) leanDevset();
