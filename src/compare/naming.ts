// The naming table of a story: each article's phrases for each key actor (found in the analyze
// stage), side by side. An actor gets a row only when some article names it with a specific head.
import type { ArticleAnalysis } from '../analyze/index.js';
import { bundledActors } from '../analyze/naming.js';
import type { Actor } from '../analyze/naming.js';
import { articleId } from './ids.js';

export type { Actor } from '../analyze/naming.js';

export interface NamingRow {
  actor: Actor;
  /** Article id -> [phrase, count] in the article's own voice, most frequent first. */
  byArticle: Record<string, [string, number][]>;
}

export function namingTable(articles: readonly ArticleAnalysis[], list: readonly Actor[] = bundledActors()): NamingRow[] {
  const ids = articles.map((a) => articleId(a.article.file));
  return list
    .filter((actor) => articles.some((a) => a.naming.some((n) => n.actorId === actor.id && n.specific)))
    .map((actor) => ({
      actor,
      byArticle: Object.fromEntries(articles.map((a, i) => [ids[i], a.naming.find((n) => n.actorId === actor.id)?.phrases ?? []])),
    }));
}
