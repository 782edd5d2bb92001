// Word level on real sentences: BABE (Spinde et al., 2021; AGPL data, read here to measure and tune
// thresholds, never shipped or learned from). Token precision and recall of the words annotators
// marked as bias-inducing, against every word framelens flags in any voice: curated terms, loaded
// words from the published lists, report verbs, intensifiers and evaluative adjectives.
// The set is split in halves (even and odd rows): thresholds were tuned on the even half only.
// Run alone: npx tsx bench/words-devset.ts
import { readFileSync } from 'node:fs';
import { analyzeArticle } from '../src/analyze/index.js';
import type { ArticleAnalysis } from '../src/analyze/index.js';
import { termMatcher } from '../src/pipeline.js';
import { bodyArticle } from '../tests/helpers/seeds.js';
import { devset } from './devsets.js';

export interface BabeRow { text: string; label: string; biased: string[] }

/** The semicolon-separated file, with double-quoted fields where the text holds a semicolon. */
export function readBabe(path: string): BabeRow[] {
  const text = readFileSync(path, 'utf8');
  const records: string[][] = [];
  let field = '', row: string[] = [], quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { field += '"'; i += 1; }
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === ';') { row.push(field); field = ''; }
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i += 1;
      row.push(field); field = '';
      if (row.length > 1) records.push(row);
      row = [];
    } else field += ch;
  }
  if (field || row.length) { row.push(field); records.push(row); }
  const [header, ...rows] = records;
  const col = (name: string) => header.indexOf(name);
  return rows.map((r) => ({ text: r[col('text')], label: r[col('label_bias')], biased: [...(r[col('biased_words')] ?? '').matchAll(/'((?:[^'\\]|\\.)*)'|"([^"]*)"/g)].map((m) => m[1] ?? m[2]) }));
}

export const wordsOf = (s: string) => s.toLowerCase().replace(/[’‘]/g, "'").match(/[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*/gu) ?? [];

/** The layer a finding belongs to, for the per-layer precision table. */
type Layered = { start: number; end: number; layer: string };
function layeredFindings(a: ArticleAnalysis): Layered[] {
  return [
    ...a.terms.map((f) => ({ start: f.start, end: f.end, layer: `curated: ${f.category}` })),
    ...(a.loadedWords ?? []).map((f) => ({ start: f.start, end: f.end, layer: `${f.list} ${f.pos}` })),
    ...(a.reportVerbs ?? []).map((f) => ({ start: f.start, end: f.end, layer: 'report verb' })),
    ...a.signals.filter((s) => s.signal === 'intensifier' || s.signal === 'evaluative').map((f) => ({ start: f.start, end: f.end, layer: `signal: ${f.signal}` })),
  ].sort((x, y) => x.start - y.start);
}

/** Every word framelens flags in a sentence, in any voice, lower case (a multiset), each with its layer. */
export function flaggedWordsByLayer(a: ArticleAnalysis): { word: string; layer: string }[] {
  // Overlapping findings ("illegal aliens" and "illegal") flag each word once, for the first finding.
  const words: { word: string; layer: string }[] = [];
  let reach = -1;
  for (const f of layeredFindings(a)) {
    const from = Math.max(f.start, reach);
    if (from < f.end) words.push(...wordsOf(a.article.text.slice(from, f.end)).map((word) => ({ word, layer: f.layer })));
    reach = Math.max(reach, f.end);
  }
  return words;
}

export const flaggedWords = (a: ArticleAnalysis): string[] => flaggedWordsByLayer(a).map((w) => w.word);

/** Precision of each layer's flagged words: which evidence earns its place at the word level. */
function layerPrecision(rows: readonly BabeRow[], flagged: readonly { word: string; layer: string }[][]): string {
  const tally = new Map<string, { n: number; hit: number }>();
  rows.forEach((r, i) => {
    const gold = new Map<string, number>();
    for (const w of r.biased.flatMap(wordsOf)) gold.set(w, (gold.get(w) ?? 0) + 1);
    for (const { word, layer } of flagged[i]) {
      const left = gold.get(word) ?? 0;
      if (left > 0) gold.set(word, left - 1);
      const t = tally.get(layer) ?? { n: 0, hit: 0 };
      t.n += 1;
      t.hit += Number(left > 0);
      tally.set(layer, t);
    }
  });
  return [...tally].sort((a, b) => b[1].n - a[1].n).map(([layer, t]) => `${layer} ${t.hit}/${t.n} (${(t.hit / t.n).toFixed(2)})`).join('; ');
}

interface Tally { tp: number; fp: number; fn: number; biased: number; biasedFlagged: number; plain: number; plainFlagged: number }

export function scoreWords(rows: readonly BabeRow[], flagged: readonly string[][]): Tally {
  const t: Tally = { tp: 0, fp: 0, fn: 0, biased: 0, biasedFlagged: 0, plain: 0, plainFlagged: 0 };
  rows.forEach((r, i) => {
    const gold = new Map<string, number>();
    for (const w of r.biased.flatMap(wordsOf)) gold.set(w, (gold.get(w) ?? 0) + 1);
    let hit = 0;
    for (const w of flagged[i]) {
      const n = gold.get(w) ?? 0;
      if (n > 0) { hit += 1; gold.set(w, n - 1); }
    }
    const goldTotal = r.biased.flatMap(wordsOf).length;
    t.tp += hit;
    t.fp += flagged[i].length - hit;
    t.fn += goldTotal - hit;
    if (r.label === 'Biased') { t.biased += 1; t.biasedFlagged += Number(flagged[i].length > 0); }
    else if (r.label === 'Non-biased') { t.plain += 1; t.plainFlagged += Number(flagged[i].length > 0); }
  });
  return t;
}

export const prf = (t: Tally) => {
  const p = t.tp / Math.max(1, t.tp + t.fp);
  const r = t.tp / Math.max(1, t.tp + t.fn);
  return { p, r, f: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
};

export function wordsDevset(): void {
  const path = devset('words/babe-sg2-dev.csv', 'Loaded words on real sentences (BABE)');
  if (!path) return;
  const rows = readBabe(path);
  const terms = termMatcher();
  const byLayer = rows.map((r) => flaggedWordsByLayer(analyzeArticle(bodyArticle(r.text), { terms })));
  const flagged = byLayer.map((ws) => ws.map((w) => w.word));
  console.log(`\n## Loaded words on real sentences: BABE SG2 dev half (${rows.length} sentences; words marked by annotators, any voice)`);
  console.log('| rows | precision | recall | F1 | Biased sentences with a finding | Non-biased sentences with a finding |\n|---|---|---|---|---|---|');
  for (const [name, keep] of [['even half (tuned on)', (i: number) => i % 2 === 0], ['odd half (held out)', (i: number) => i % 2 === 1], ['all', () => true]] as const) {
    const idx = rows.map((_, i) => i).filter(keep);
    const t = scoreWords(idx.map((i) => rows[i]), idx.map((i) => flagged[i]));
    const { p, r, f } = prf(t);
    console.log(`| ${name} | ${p.toFixed(3)} | ${r.toFixed(3)} | ${f.toFixed(3)} | ${(t.biasedFlagged / t.biased * 100).toFixed(1)}% | ${(t.plainFlagged / t.plain * 100).toFixed(1)}% |`);
  }
  console.log(`words flagged by layer, share marked by the annotators (all rows): ${layerPrecision(rows, byLayer)}`);
}

if (import.meta.url === `file://${process.argv[1]}`) wordsDevset();
