// Article-level lean on real articles: Article Bias Prediction `valid` (outlets rated left, center,
// right by AllSides). The verdict was calibrated on `train` only (scripts/build-lean-phrases.ts).
// Run alone: npx tsx bench/lean-devset.ts
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { toDocument } from '../src/ingest/read-file.js';
import { analyzeDocuments } from '../src/pipeline.js';
import { auc, devset, macroF1, majorityFloor } from './devsets.js';
import { judgeSlant } from '../src/analyze/slant.js';

type Cls = 'left' | 'center' | 'right';
interface Row { split: string; id: string; source: string; title: string; text: string; lean: Cls }

export function leanDevset(split = process.env.LEAN_SPLIT ?? 'valid'): void {
  const path = devset('lean/abp-train-valid.jsonl.gz', 'Lean on real articles (Article Bias Prediction)');
  if (!path) return;
  const rows = gunzipSync(readFileSync(path)).toString('utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Row).filter((r) => r.split === split);
  const started = performance.now();
  // One article at a time, as `framelens extract` reads them: no cross-article boilerplate evidence.
  const analyses = rows.map((r) => analyzeDocuments([toDocument(`${r.id}.txt`, `${r.title}\n\n${r.text}`, 'text')])[0]);
  const verdicts = analyses.map((a) => a.slant);
  const ms = performance.now() - started;
  const gold = rows.map((r) => r.lean);
  const pred = verdicts.map((v): Cls | 'partisan, no lean' => (v.label === 'neutral' ? 'center' : v.lean ?? 'partisan, no lean'));
  const classes: Cls[] = ['left', 'center', 'right'];
  const binary = (c: string) => (c === 'center' ? 'center' : 'partisan');
  const count = (c: Cls) => gold.filter((g) => g === c).length;
  console.log(`\n## Lean on real articles: Article Bias Prediction \`${split}\` (${rows.length} articles, ${new Set(rows.map((r) => r.source)).size} outlets; left ${count('left')}, center ${count('center')}, right ${count('right')})`);
  console.log(`3-class macro-F1 (left/center/right): ${macroF1(gold, pred, classes).toFixed(3)} (majority-class floor ${majorityFloor(gold, classes).toFixed(3)})`);
  console.log(`partisan-vs-center macro-F1: ${macroF1(gold.map(binary), pred.map(binary), ['partisan', 'center']).toFixed(3)} (floor ${majorityFloor(gold.map(binary), ['partisan', 'center']).toFixed(3)})`);
  // The same articles without the politics-first rules (docs/politics-first.md), from the same analyses.
  const legacy = analyses.map((a) => judgeSlant({ terms: a.terms, signals: a.signals, words: a.words, loadedWords: a.loadedWords, reportVerbs: a.reportVerbs, phrases: a.phrases, legacy: true }));
  const legacyPred = legacy.map((v): Cls | 'partisan, no lean' => (v.label === 'neutral' ? 'center' : v.lean ?? 'partisan, no lean'));
  const gatedBy = (g: string) => verdicts.filter((v) => v.gated === g).length;
  console.log(`without the politics-first rules: 3-class ${macroF1(gold, legacyPred, classes).toFixed(3)}, partisan-vs-center ${macroF1(gold.map(binary), legacyPred.map(binary), ['partisan', 'center']).toFixed(3)}; articles with a political subject ${analyses.filter((a) => a.political.found).length}/${analyses.length}; calls set aside: no political subject ${verdicts.filter((v, i) => v.gated === 'no-political-subject' && legacy[i].label === 'partisan').length}, weak evidence only ${gatedBy('weak-evidence-only')}`);
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
  // How well each layer alone separates partisan-rated from center-rated outlets, with no fitting:
  // 0.5 is chance, under 0.5 points the wrong way. Article length is house style, shown for scale.
  const partisanGold = gold.map((g) => g !== 'center');
  const rate = (n: number, i: number) => (n * 1000) / Math.max(analyses[i].words, 100);
  const none = { curated: { left: 0, right: 0, unleaned: 0 }, published: 0, reportVerbs: 0, learned: { lean: 0, partisan: 0 } };
  const layerOf = (i: number) => verdicts[i].layers ?? none;
  const layers: [string, (i: number) => number][] = [
    ['curated terms', (i) => rate(layerOf(i).curated.left + layerOf(i).curated.right + layerOf(i).curated.unleaned, i)],
    ['slant signals', (i) => rate(analyses[i].signals.length, i)],
    ['published-list words', (i) => rate(layerOf(i).published, i)],
    ['report verbs', (i) => rate(layerOf(i).reportVerbs, i)],
    ['learned phrases (partisan)', (i) => rate(layerOf(i).learned.partisan, i)],
    ['verdict score', (i) => verdicts[i].score],
    ['article length (words)', (i) => analyses[i].words],
  ];
  console.log(`AUC partisan vs center, each layer alone (0.5 = chance): ${layers.map(([name, f]) => `${name} ${auc(rows.map((_, i) => f(i)), partisanGold).toFixed(2)}`).join(', ')}`);
  console.log(`(${(ms / rows.length).toFixed(1)} ms per article, whole pipeline)`);
}

if (import.meta.url === `file://${process.argv[1]}`) leanDevset();
