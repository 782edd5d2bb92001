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

/** Every word framelens flags in a sentence, in any voice, lower case (a multiset). */
export function flaggedWords(a: ArticleAnalysis): string[] {
  const spans = [
    ...a.terms, ...(a.loadedWords ?? []), ...(a.reportVerbs ?? []),
    ...a.signals.filter((s) => s.signal === 'intensifier' || s.signal === 'evaluative'),
  ].map((f) => [f.start, f.end] as const).sort((x, y) => x[0] - y[0]);
  // Overlapping findings ("illegal aliens" and "illegal") flag each word once.
  const words: string[] = [];
  let reach = -1;
  for (const [start, end] of spans) {
    const from = Math.max(start, reach);
    if (from < end) words.push(...wordsOf(a.article.text.slice(from, end)));
    reach = Math.max(reach, end);
  }
  return words;
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
  const flagged = rows.map((r) => flaggedWords(analyzeArticle(bodyArticle(r.text), { terms })));
  console.log(`\n## Loaded words on real sentences: BABE SG2 dev half (${rows.length} sentences; words marked by annotators, any voice)`);
  console.log('| rows | precision | recall | F1 | Biased sentences with a finding | Non-biased sentences with a finding |\n|---|---|---|---|---|---|');
  for (const [name, keep] of [['even half (tuned on)', (i: number) => i % 2 === 0], ['odd half (held out)', (i: number) => i % 2 === 1], ['all', () => true]] as const) {
    const idx = rows.map((_, i) => i).filter(keep);
    const t = scoreWords(idx.map((i) => rows[i]), idx.map((i) => flagged[i]));
    const { p, r, f } = prf(t);
    console.log(`| ${name} | ${p.toFixed(3)} | ${r.toFixed(3)} | ${f.toFixed(3)} | ${(t.biasedFlagged / t.biased * 100).toFixed(1)}% | ${(t.plainFlagged / t.plain * 100).toFixed(1)}% |`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) wordsDevset();
