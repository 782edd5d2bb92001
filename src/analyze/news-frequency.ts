// How often plain news writing uses a word (lexicon/news-frequency.json, built from real articles of
// left, center and right outlets by scripts/build-news-frequency.ts): the loaded-words layer and the
// slant signals use it to tell a topic word news writes every day from the writer's colouring.
import { newsFrequency } from '../lexicon/published.js';

let frequency: ReadonlyMap<string, number> | undefined;

/** The table as a Map, filled key by key: `Object.entries` made 22,000 pairs first, half the load's time in a worker's first article. */
function frequencyMap(perMillion: Record<string, number>): Map<string, number> {
  const map = new Map<string, number>();
  for (const word in perMillion) map.set(word, perMillion[word]);
  return map;
}

/** Whether plain news uses the word less than `limit` times per million; the commonest case costs one look-up. */
export function rarerThan(limit: number, lemma: string, normal = lemma): boolean {
  frequency ??= frequencyMap(newsFrequency().perMillion);
  return (frequency.get(lemma) ?? 0) < limit && (normal === lemma || (frequency.get(normal) ?? 0) < limit);
}
