// The words that tell one event from another, taken from an article's own text while its tokens are
// at hand. Story grouping (compare stage) works only on these small records.
import type { Article } from '../types.js';
import type { Entity } from './entities.js';
import { CONTENT_ROLES } from './quotes.js';

export interface StoryTerms {
  /** [content-word lemma, count] in the article's own text, sorted by lemma. */
  lemmas: [string, number][];
  /** Lower-cased names of the people and organisations the article mentions. */
  names: string[];
}

const CONTENT_POS = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ']);
const LIGHT_VERBS = new Set(['be', 'have', 'do', 'say', 'make', 'get', 'go', 'take', 'come', 'set']);

export function storyTerms(article: Article, entities: readonly Entity[]): StoryTerms {
  const counts = new Map<string, number>();
  for (const b of article.blocks) {
    if (!CONTENT_ROLES.has(b.role)) continue;
    for (const t of b.parsed.tokens) {
      if (t.type !== 'word' || !CONTENT_POS.has(t.pos) || LIGHT_VERBS.has(t.lemma) || t.lemma.length < 3) continue;
      counts.set(t.lemma, (counts.get(t.lemma) ?? 0) + 1);
    }
  }
  return {
    lemmas: [...counts].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)),
    names: [...new Set(entities.filter((e) => e.type !== 'unknown' && e.mentions > 0).map((e) => e.name.toLowerCase()))].sort(),
  };
}
