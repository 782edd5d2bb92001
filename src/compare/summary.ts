// What the compare stage keeps in memory for every article of a corpus: enough to group stories and
// write the index, nothing more. Full analyses are read back one story at a time.
import type { ArticleAnalysis } from '../analyze/index.js';
import type { PackedStoryTerms } from '../analyze/story-terms.js';
import { packStoryTerms } from '../analyze/story-terms.js';
import type { SlantLabel, Lean } from '../types.js';

export interface ArticleSummary {
  file: string;
  outlet: string | null;
  headline: string | null;
  /** As the article or the manifest gives it. */
  published: string | null;
  /** The first paragraph, cut short: shown when there is no headline. */
  lead: string;
  words: number;
  slant: { label: SlantLabel; lean: Lean | null; score: number };
  /** Packed: a run keeps one summary per article of the corpus in memory. */
  storyTerms: PackedStoryTerms;
}

export function summarize(a: ArticleAnalysis): ArticleSummary {
  return {
    file: a.article.file,
    outlet: a.article.outlet,
    headline: a.article.headline,
    published: a.article.published,
    lead: (a.article.body.split('\n\n')[0] ?? '').slice(0, 200),
    words: a.words,
    slant: { label: a.slant.label, lean: a.slant.lean, score: a.slant.score },
    storyTerms: packStoryTerms(a.storyTerms),
  };
}
