// How often plain news writing uses a word (lexicon/news-frequency.json, built from real articles of
// left, center and right outlets by scripts/build-news-frequency.ts): the loaded-words layer and the
// slant signals use it to tell a topic word news writes every day from the writer's colouring.
import { newsFrequency } from '../lexicon/published.js';

let frequency: ReadonlyMap<string, number> | undefined;

/** Whether plain news uses the word less than `limit` times per million; the commonest case costs one look-up. */
export function rarerThan(limit: number, lemma: string, normal = lemma): boolean {
  frequency ??= new Map(Object.entries(newsFrequency().perMillion));
  return (frequency.get(lemma) ?? 0) < limit && (normal === lemma || (frequency.get(normal) ?? 0) < limit);
}
