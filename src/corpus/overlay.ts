// What the corpus manifest knows about an article takes precedence over what its text suggests:
// the user said where it came from. Pure: analysis and entry in, analysis out.
import type { ArticleAnalysis } from '../analyze/index.js';
import type { ManifestEntry } from './manifest.js';
import { dayOf, resolveSides } from '../actors/sides.js';
import { sourcesBySide } from '../actors/sources.js';
import { withSides } from '../framing/tone-records.js';

export function applyManifest(analysis: ArticleAnalysis, entry: ManifestEntry | undefined): ArticleAnalysis {
  if (!entry) return analysis;
  const published = entry.published ?? analysis.article.published;
  // An actor's side is the party in force at the article's date: the manifest's date reads it again.
  const actors = published === analysis.article.published ? analysis.actors : resolveSides(analysis.actors, dayOf(published));
  return {
    ...analysis,
    actors,
    sources: actors === analysis.actors ? analysis.sources : sourcesBySide({ actors, quotes: analysis.quotes, attributions: analysis.attributions }),
    tones: actors === analysis.actors ? analysis.tones : withSides(analysis.tones, actors),
    sidesDate: actors === analysis.actors ? analysis.sidesDate : { day: dayOf(published), from: 'published' },
    article: { ...analysis.article, outlet: entry.outlet ?? analysis.article.outlet, published: entry.published ?? analysis.article.published },
    provenance: { url: entry.url ?? analysis.provenance.url, outletLean: entry.lean ?? analysis.provenance.outletLean },
  };
}
