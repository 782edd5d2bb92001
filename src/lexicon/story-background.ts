// The shipped background table of story-term document frequencies (lexicon/story-background.json),
// read once. It gives a small corpus sensible term weights: with three articles, the corpus alone
// cannot tell "president" (everywhere) from "ventilator" (one event).
import { readFileSync } from 'node:fs';
import { dataPath } from '../data-path.js';

export interface StoryBackground {
  /** How many articles the table was counted on. */
  documents: number;
  /** Articles containing each term (terms seen in fewer than the table's minimum are left out). */
  df: ReadonlyMap<string, number>;
}

/** How rare a term is in the background table alone (inverse document frequency, smoothed). */
export const backgroundIdf = (background: StoryBackground, term: string): number => Math.log((background.documents + 1) / ((background.df.get(term) ?? 0) + 0.5));

interface BackgroundFile {
  documents: number;
  /** Lemmas grouped by document frequency: { "df": "lemma lemma ..." } keeps the file small. */
  byDocumentFrequency: Record<string, string>;
}

let cached: StoryBackground | undefined;

export function parseStoryBackground(data: BackgroundFile): StoryBackground {
  const df = new Map<string, number>();
  for (const [count, lemmas] of Object.entries(data.byDocumentFrequency)) for (const lemma of lemmas.split(' ')) if (lemma) df.set(lemma, Number(count));
  return { documents: data.documents, df };
}

export function storyBackground(): StoryBackground {
  cached ??= parseStoryBackground(JSON.parse(readFileSync(dataPath('story-background.json'), 'utf8')) as BackgroundFile);
  return cached;
}
