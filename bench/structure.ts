// Structure benchmark on the hand-labelled HTML pages: framelens vs Mozilla Readability.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { Readability } from '@mozilla/readability';
import { toDocument } from '../src/ingest/read-file.js';
import { parseDocument } from '../src/nlp/parse-document.js';
import { structureArticle } from '../src/structure/index.js';
import { lettersAndDigits, tokenF1 } from './devsets.js';

interface PageLabels {
  headline: string;
  outlet: string | null;
  byline: string | null;
  body: string[];
  boilerplate: { text: string; reason: string }[];
}

const FIXTURES = join(import.meta.dirname, '..', 'tests', 'fixtures', 'html');
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
const words = lettersAndDigits;

export interface StructureScores {
  pages: number;
  framelens: { headline: number; outlet: number; byline: number; boilerplateP: number; boilerplateR: number; bodyF1: number };
  readability: { headline: number; bodyF1: number };
  perPage: { page: string; framelensF1: number; readabilityF1: number; headline: boolean; readabilityHeadline: boolean }[];
}

export function structureBenchmark(): StructureScores {
  const pages = readdirSync(FIXTURES).filter((f) => f.endsWith('.html')).sort();
  let headline = 0, outlet = 0, byline = 0, rHeadline = 0, f1 = 0, rF1 = 0, bpHit = 0, bpPred = 0, bpGold = 0;
  const perPage: StructureScores['perPage'] = [];
  for (const page of pages) {
    const html = readFileSync(join(FIXTURES, page), 'utf8');
    const labels = JSON.parse(readFileSync(join(FIXTURES, page.replace(/\.html$/, '.labels.json')), 'utf8')) as PageLabels;
    const article = structureArticle(parseDocument(toDocument(page, html, 'html')));
    const okHeadline = norm(article.headline ?? '') === norm(labels.headline);
    headline += Number(okHeadline);
    outlet += Number((article.outlet ?? null) === labels.outlet);
    byline += Number((article.byline ?? null) === labels.byline);
    const pageF1 = tokenF1(article.body, labels.body.join(' '));
    f1 += pageF1;
    // Boilerplate as words (a bag): labels list a menu link by link, a page may give it as one block.
    const gold = new Map<string, number>();
    for (const w of labels.boilerplate.flatMap((b) => words(b.text))) gold.set(w, (gold.get(w) ?? 0) + 1);
    const predicted = article.blocks.filter((b) => b.role === 'boilerplate').flatMap((b) => words(b.text));
    bpPred += predicted.length;
    bpGold += [...gold.values()].reduce((a, b) => a + b, 0);
    for (const w of predicted) {
      const n = gold.get(w) ?? 0;
      if (n > 0) {
        bpHit += 1;
        gold.set(w, n - 1);
      }
    }
    const dom = new JSDOM(html, { virtualConsole: new VirtualConsole() });
    const parsed = new Readability(dom.window.document).parse();
    const rOk = norm(parsed?.title ?? '') === norm(labels.headline);
    rHeadline += Number(rOk);
    const pageRF1 = tokenF1(parsed?.textContent ?? '', labels.body.join(' '));
    rF1 += pageRF1;
    perPage.push({ page, framelensF1: pageF1, readabilityF1: pageRF1, headline: okHeadline, readabilityHeadline: rOk });
  }
  const n = pages.length;
  return {
    pages: n,
    framelens: { headline: headline / n, outlet: outlet / n, byline: byline / n, boilerplateP: bpPred ? bpHit / bpPred : 0, boilerplateR: bpGold ? bpHit / bpGold : 0, bodyF1: f1 / n },
    readability: { headline: rHeadline / n, bodyF1: rF1 / n },
    perPage,
  };
}
