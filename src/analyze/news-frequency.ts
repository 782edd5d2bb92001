// How often plain news writing uses a word (lexicon/news-frequency.json, built from real articles of
// left, center and right outlets by scripts/build-news-frequency.ts): the loaded-words layer and the
// slant signals use it to tell a topic word news writes every day from the writer's colouring.
import { newsFrequency } from '../lexicon/published.js';

let frequency: ReadonlyMap<string, number> | undefined;

/** Uses per million words of plain news; 0 for a word the table does not hold (rarer than its floor). */
export function newsUses(lemma: string, normal = lemma): number {
  frequency ??= new Map(Object.entries(newsFrequency().perMillion));
  return Math.max(frequency.get(lemma) ?? 0, frequency.get(normal) ?? 0);
}
