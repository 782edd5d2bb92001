// Groups articles that cover the same event: cosine similarity of their content-word lemmas
// plus shared named entities, joined by single linkage. Deterministic: input order is file order.
import type { ArticleAnalysis } from '../analyze/index.js';
import { CONTENT_ROLES } from '../analyze/quotes.js';

/** Two articles are the same story at or above this similarity (see README). */
export const SAME_STORY_THRESHOLD = 0.3;
const CONTENT_POS = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ']);
const LIGHT_VERBS = new Set(['be', 'have', 'do', 'say', 'make', 'get', 'go', 'take', 'come', 'set']);

export function lemmaVector(a: ArticleAnalysis): Map<string, number> {
  const v = new Map<string, number>();
  for (const b of a.article.blocks) {
    if (!CONTENT_ROLES.has(b.role)) continue;
    for (const t of b.parsed.tokens) {
      if (t.type !== 'word' || !CONTENT_POS.has(t.pos) || LIGHT_VERBS.has(t.lemma) || t.lemma.length < 3) continue;
      v.set(t.lemma, (v.get(t.lemma) ?? 0) + 1);
    }
  }
  return v;
}

function cosine(a: Map<string, number>, b: Map<string, number>): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [k, x] of a) {
    na += x * x;
    dot += x * (b.get(k) ?? 0);
  }
  for (const x of b.values()) nb += x * x;
  return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb);
}

/** What story grouping compares, computed once per article. */
export interface StoryFeatures {
  lemmas: Map<string, number>;
  names: Set<string>;
}

export function storyFeatures(a: ArticleAnalysis): StoryFeatures {
  return { lemmas: lemmaVector(a), names: new Set(a.entities.filter((e) => e.type !== 'unknown' && e.mentions > 0).map((e) => e.name.toLowerCase())) };
}

/** Similarity in [0, 1]: the mean of lemma cosine and entity Jaccard overlap. */
export function storySimilarity(a: StoryFeatures, b: StoryFeatures): number {
  const ea = a.names;
  const eb = b.names;
  const shared = [...ea].filter((e) => eb.has(e)).length;
  const jaccard = ea.size + eb.size - shared === 0 ? 0 : shared / (ea.size + eb.size - shared);
  return (cosine(a.lemmas, b.lemmas) + jaccard) / 2;
}

/** Groups of articles, each group in input order, groups ordered by their first article. */
export function groupStories(analyses: readonly ArticleAnalysis[], features: ReadonlyMap<ArticleAnalysis, StoryFeatures>): ArticleAnalysis[][] {
  const parent = analyses.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  for (let i = 0; i < analyses.length; i += 1) {
    for (let j = i + 1; j < analyses.length; j += 1) {
      if (storySimilarity(features.get(analyses[i])!, features.get(analyses[j])!) >= SAME_STORY_THRESHOLD) parent[Math.max(find(i), find(j))] = Math.min(find(i), find(j));
    }
  }
  const groups = new Map<number, ArticleAnalysis[]>();
  analyses.forEach((a, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), a]));
  return [...groups.values()];
}
