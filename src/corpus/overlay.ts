// What the corpus manifest knows about an article takes precedence over what its text suggests:
// the user said where it came from. Pure: analysis and entry in, analysis out.
import type { ArticleAnalysis } from '../analyze/index.js';
import type { ManifestEntry } from './manifest.js';
import { dayOf, resolveSides } from '../actors/sides.js';
import { withActors } from '../actors/with-actors.js';

/** The analysis with its actors' sides read at `published` (the manifest's or the event's date). */
function readAt(analysis: ArticleAnalysis, published: string | null): ArticleAnalysis {
  // An actor's side is the party in force at the article's date: another date reads it again.
  if (published === analysis.article.published) return analysis;
  const day = dayOf(published);
  return { ...withActors(analysis, resolveSides(analysis.actors, day)), sidesDate: { day, from: 'published' } };
}

export function applyManifest(analysis: ArticleAnalysis, entry: ManifestEntry | undefined): ArticleAnalysis {
  if (!entry) return analysis;
  const published = entry.published ?? analysis.article.published;
  return {
    ...readAt(analysis, published),
    article: { ...analysis.article, outlet: entry.outlet ?? analysis.article.outlet, published },
    provenance: { url: entry.url ?? analysis.provenance.url, outletLean: entry.lean ?? analysis.provenance.outletLean },
  };
}

/** An article with no date of its own (page or manifest) takes `day`, the event's (`compare --date`). */
export function withEventDay(analysis: ArticleAnalysis, day: string | null): ArticleAnalysis {
  if (!day || analysis.article.published) return analysis;
  return { ...readAt(analysis, day), article: { ...analysis.article, published: day } };
}
