// Per-stage cost of one article on one thread (issue 21): where a cold report's time goes, measured
// in-process on the first articles of a corpus. Run by bench/scale.ts in a process of its own:
//   node --import tsx bench/stage-times.ts <corpus dir> <articles>
// Prints one JSON line: milliseconds per article for each stage, and the articles timed.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readArticleBytes } from '../src/ingest/read-file.js';
import { parseDocument } from '../src/nlp/parse-document.js';
import { structureArticle } from '../src/structure/index.js';
import { analyzeArticle } from '../src/analyze/index.js';
import { termMatcher } from '../src/pipeline.js';
import { summarize } from '../src/compare/summary.js';

export const STAGES = ['read', 'ingest', 'parse', 'structure', 'analyze', 'record'] as const;

export function stageTimes(dir: string, limit: number): { articles: number; ms: Record<string, number> } {
  const files = readdirSync(dir).filter((n) => /\.(txt|md|html?)$/.test(n)).sort().slice(0, limit).map((n) => join(dir, n));
  const terms = termMatcher([]);
  const total: Record<string, number> = Object.fromEntries(STAGES.map((s) => [s, 0]));
  // Round 0 warms up (model load, lexicons, JIT); round 1 is timed.
  for (let round = 0; round < 2; round += 1) {
    for (const file of files) {
      const t0 = performance.now();
      const bytes = readFileSync(file);
      const t1 = performance.now();
      const { document } = readArticleBytes(file, bytes);
      const t2 = performance.now();
      const parsed = parseDocument(document);
      const t3 = performance.now();
      const article = structureArticle(parsed, { repeatedAcrossCorpus: new Set() });
      const t4 = performance.now();
      const analysis = analyzeArticle(article, { terms });
      const t5 = performance.now();
      gzipSync(JSON.stringify(analysis), { level: 1 });
      summarize(analysis);
      const t6 = performance.now();
      if (round === 1) [t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4, t6 - t5].forEach((ms, k) => (total[STAGES[k]] += ms));
    }
  }
  return { articles: files.length, ms: Object.fromEntries(STAGES.map((s) => [s, total[s] / Math.max(1, files.length)])) };
}

if (process.argv[1] === import.meta.filename) console.log(JSON.stringify(stageTimes(process.argv[2], Number(process.argv[3] ?? 300))));
