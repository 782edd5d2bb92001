// Rebuilds lexicon/story-background.json: in how many articles of a large, varied news set each
// story lemma occurs. Story grouping blends these counts with the corpus's own, so a corpus of three
// articles still knows that "president" is common and "ventilator" is not.
//
//   npm run build:story-background [-- PATH_TO/abp-train-valid.jsonl.gz]
//
// Source: the Article Bias Prediction sample in ../shared/devsets/lean/ (Baly et al., EMNLP 2020,
// Apache-2.0). Only counts are shipped, never text. The same lemmas as the grouping (storyLemmas on
// the structured article's own text). The 1,000 articles that bench/stories-devset.ts adds as
// unrelated articles are left out, so that measurement does not see its own counts.
// Deterministic: the same input gives the same file byte for byte.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { toDocument } from '../src/ingest/read-file.js';
import { parseDocument } from '../src/nlp/parse-document.js';
import { findCorpusRepeats, structureArticle } from '../src/structure/index.js';
import { CONTENT_ROLES } from '../src/analyze/content.js';
import { storyLemmas, storyNumber } from '../src/analyze/story-terms.js';
import type { SourceDocument } from '../src/types.js';

const ROOT = join(import.meta.dirname, '..');
export const DEFAULT_LEAN_SET = join(ROOT, '..', 'shared', 'devsets', 'lean', 'abp-train-valid.jsonl.gz');
const OUT = join(ROOT, 'lexicon', 'story-background.json');
/** Lemmas in fewer articles than this are left out: they weigh the same as unseen ones. */
const MIN_DOCUMENTS = 2;
/** Articles parsed at a time (repeated site templates are found within a batch). */
const BATCH = 500;

export interface LeanArticle {
  id: string;
  source: string;
  date: string | null;
  title: string;
  text: string;
}

export function readLeanSet(path: string): LeanArticle[] {
  return gunzipSync(readFileSync(path)).toString('utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as LeanArticle);
}

const idHash = (id: string) => createHash('sha256').update(id).digest('hex');

/** Splits the set by a hash of each id: the first `heldOut` go to the bench, the rest to the table. */
export function splitLeanSet(articles: readonly LeanArticle[], heldOut = 1000): { bench: LeanArticle[]; background: LeanArticle[] } {
  const sorted = articles.map((a) => [idHash(a.id), a] as const).sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0)).map(([, a]) => a);
  return { bench: sorted.slice(0, heldOut), background: sorted.slice(heldOut) };
}

/** The article file a user would add: headline, blank line, text. */
export const leanDocument = (a: LeanArticle): SourceDocument => toDocument(`lean-${a.id}.txt`, `${a.title}\n\n${a.text}`, 'text');

function main(): void {
  const path = process.argv[2] ?? DEFAULT_LEAN_SET;
  if (!existsSync(path)) {
    process.stderr.write(`build-story-background: ${path} not found (pass the path of abp-train-valid.jsonl.gz)\n`);
    process.exit(2);
  }
  const { background } = splitLeanSet(readLeanSet(path));
  const df = new Map<string, number>();
  for (let start = 0; start < background.length; start += BATCH) {
    const docs = background.slice(start, start + BATCH).map(leanDocument);
    const repeated = findCorpusRepeats(docs);
    for (const doc of docs) {
      const article = structureArticle(parseDocument(doc), { repeatedAcrossCorpus: repeated });
      const seen = new Set<string>();
      for (const b of article.blocks) {
        if (!CONTENT_ROLES.has(b.role)) continue;
        for (const t of b.parsed.tokens) {
          for (const lemma of storyLemmas(t)) seen.add(lemma);
          const figure = storyNumber(t);
          if (figure !== null) seen.add(`#${figure}`);
        }
      }
      for (const lemma of seen) df.set(lemma, (df.get(lemma) ?? 0) + 1);
    }
    process.stderr.write(`${Math.min(start + BATCH, background.length)}/${background.length}\r`);
  }
  const byDocumentFrequency: Record<string, string> = {};
  const kept = [...df].filter(([, n]) => n >= MIN_DOCUMENTS).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  for (const [lemma, n] of kept) byDocumentFrequency[n] = byDocumentFrequency[n] ? `${byDocumentFrequency[n]} ${lemma}` : lemma;
  const file = {
    name: 'framelens-story-background',
    version: 1,
    description: `In how many of ${background.length} news articles each story lemma (src/analyze/story-terms.ts storyLemmas) occurs; lemmas in fewer than ${MIN_DOCUMENTS} articles are left out. Story grouping blends these counts with the corpus's own document frequencies.`,
    source:
      'Article Bias Prediction (Baly, Da San Martino, Glass, Nakov, "We Can Detect Your Bias: Predicting the Political Ideology of News Articles", EMNLP 2020; github.com/ramybaly/Article-Bias-Prediction, Apache-2.0): a sample of 5,398 articles from 126 outlets (2012-2020), minus the 1,000 held out for bench/stories-devset.ts. Only counts are stored.',
    built: 'npm run build:story-background (scripts/build-story-background.ts)',
    documents: background.length,
    minDocuments: MIN_DOCUMENTS,
    byDocumentFrequency,
  };
  writeFileSync(OUT, `${JSON.stringify(file, null, 1)}\n`);
  process.stderr.write(`\nwrote ${OUT}: ${kept.length} lemmas from ${background.length} articles\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
