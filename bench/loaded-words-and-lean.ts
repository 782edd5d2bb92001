// Issue 13 benchmarks: loaded words on BABE, lean on Article Bias Prediction `valid`, and the
// 128 slant pairs with every evidence layer. Run alone: npx tsx bench/loaded-words-and-lean.ts
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeArticle } from '../src/analyze/index.js';
import { termMatcher } from '../src/pipeline.js';
import { bodyArticle } from '../tests/helpers/seeds.js';
import { wordsDevset } from './words-devset.js';
import { leanDevset } from './lean-devset.js';

/** The hand-written neutral/loaded pairs, scored with all layers (bench/run.ts scores the curated layer alone). */
export function slantPairsAllLayers(): void {
  const pairs = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'tests/fixtures/slant/pairs.json'), 'utf8')) as { neutral: string; loaded: string; lean: 'left' | 'right' }[];
  const terms = termMatcher();
  let higher = 0, tie = 0, leanRight = 0;
  for (const p of pairs) {
    const n = analyzeArticle(bodyArticle(p.neutral), { terms }).slant;
    const l = analyzeArticle(bodyArticle(p.loaded), { terms }).slant;
    higher += Number(l.score > n.score);
    tie += Number(l.score === n.score);
    leanRight += Number((l.lean ?? l.layers?.curatedLean ?? l.layers?.learnedLean) === p.lean);
  }
  console.log(`\n## Slant pairs with every layer (${pairs.length} pairs)\nloaded scored higher: ${higher}/${pairs.length} (${tie} ties); lean pointed the pair's way (named, else curated, else learned): ${leanRight}/${pairs.length}`);
}

export function loadedWordsAndLean(): void {
  wordsDevset();
  slantPairsAllLayers();
  leanDevset();
}

if (import.meta.url === `file://${process.argv[1]}`) loadedWordsAndLean();
