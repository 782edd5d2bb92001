// What the corpus manifest knows about an article takes precedence over what its text suggests:
// the user said where it came from. Pure: analysis and entry in, analysis out.
import type { ArticleAnalysis } from '../analyze/index.js';
import type { ManifestEntry } from './manifest.js';

export function applyManifest(analysis: ArticleAnalysis, entry: ManifestEntry | undefined): ArticleAnalysis {
  if (!entry) return analysis;
  return {
    ...analysis,
    article: { ...analysis.article, outlet: entry.outlet ?? analysis.article.outlet, published: entry.published ?? analysis.article.published },
    provenance: { url: entry.url ?? analysis.provenance.url, outletLean: entry.lean ?? analysis.provenance.outletLean },
  };
}
