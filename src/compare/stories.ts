// Groups articles that cover the same event: cosine similarity of their content-word lemmas
// plus shared named entities, joined by single linkage.
// Contract (the rest of framelens relies on it): `groupStories` sees only small per-article
// candidates, returns groups of candidate indexes, and gives the same groups for the same set of
// candidates whatever their order.
import type { StoryTerms } from '../analyze/story-terms.js';

/** Two articles are the same story at or above this similarity (see README); `--min-similarity` changes it. */
export const DEFAULT_MIN_SIMILARITY = 0.3;

/** One article as story grouping sees it. */
export interface StoryCandidate {
  /** A stable identity (the file name): ties are broken on it, never on input order. */
  key: string;
  terms: StoryTerms;
  /** `YYYY-MM-DD` from the corpus manifest or the page, or null when unknown. */
  date: string | null;
}

export interface GroupingOptions {
  minSimilarity?: number;
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

interface Features {
  lemmas: Map<string, number>;
  names: Set<string>;
}

const features = (c: StoryCandidate): Features => ({ lemmas: new Map(c.terms.lemmas), names: new Set(c.terms.names) });

/** Similarity in [0, 1]: the mean of lemma cosine and entity Jaccard overlap. */
function similarity(a: Features, b: Features): number {
  const shared = [...a.names].filter((e) => b.names.has(e)).length;
  const union = a.names.size + b.names.size - shared;
  return (cosine(a.lemmas, b.lemmas) + (union === 0 ? 0 : shared / union)) / 2;
}

/**
 * Groups of candidate indexes: each group ascending, groups ordered by their smallest key.
 * Single linkage over all pairs (quadratic; to be replaced by an indexed method).
 */
export function groupStories(candidates: readonly StoryCandidate[], options: GroupingOptions = {}): number[][] {
  const threshold = options.minSimilarity ?? DEFAULT_MIN_SIMILARITY;
  const order = candidates.map((_, i) => i).sort((x, y) => (candidates[x].key < candidates[y].key ? -1 : candidates[x].key > candidates[y].key ? 1 : x - y));
  const f = candidates.map(features);
  const parent = candidates.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  for (let x = 0; x < order.length; x += 1) {
    for (let y = x + 1; y < order.length; y += 1) {
      const [i, j] = [order[x], order[y]];
      if (similarity(f[i], f[j]) >= threshold) {
        const [ri, rj] = [find(i), find(j)];
        if (ri !== rj) parent[Math.max(ri, rj)] = Math.min(ri, rj);
      }
    }
  }
  const groups = new Map<number, number[]>();
  // Appended in place: copying the group for every member made big stories quadratic.
  for (const i of order) {
    const group = groups.get(find(i));
    if (group) group.push(i);
    else groups.set(find(i), [i]);
  }
  return [...groups.values()].map((g) => g.sort((a, b) => a - b)).sort((a, b) => (candidates[a[0]].key < candidates[b[0]].key ? -1 : 1));
}
