// compare stage. Two steps, so a corpus of any size fits in memory: `groupArticles` groups small
// per-article records (story terms, dates) into stories, then `compareStory` lines up the full analyses
// of one story at a time (figures, quotations, speakers, naming).
import type { ArticleAnalysis } from '../analyze/index.js';
import { groupArticles } from './grouping.js';
import type { StoryGroup } from './grouping.js';
import type { GroupingOptions } from './stories.js';
import { alignFigures } from './figures.js';
import type { FigureAlignment } from './figures.js';
import { matchQuotes, speakerTable } from './quotes.js';
import type { SharedQuote, SpeakerRow } from './quotes.js';
import { namingTable } from './naming.js';
import type { NamingRow } from './naming.js';
import { storyFraming } from '../framing/index.js';
import { mergeStoryActors } from '../actors/story.js';
import { withStorySides } from '../actors/story-sides.js';
import type { StoryActor } from '../actors/story.js';
import type { ArticleFraming } from '../framing/index.js';

export interface Story {
  slug: string;
  keywords: string[];
  articles: ArticleAnalysis[];
  figures: FigureAlignment;
  sharedQuotes: SharedQuote[];
  speakers: SpeakerRow[];
  naming: NamingRow[];
  /** Each article against the story's other articles, in `articles` order. */
  framing: ArticleFraming[];
  /** Actors merged across the articles, with what each article gives them. */
  actors: StoryActor[];
}

export { groupArticles, storyKeywords } from './grouping.js';
export type { GroupingRecord, StoryGroup } from './grouping.js';

export function compareStory(group: Pick<StoryGroup, 'slug' | 'keywords'>, analyses: ArticleAnalysis[]): Story {
  // An actor's side one article's text gives holds in the story's other articles (same event, same time).
  const articles = withStorySides(analyses);
  return { slug: group.slug, keywords: group.keywords, articles, figures: alignFigures(articles), sharedQuotes: matchQuotes(articles), speakers: speakerTable(articles), naming: namingTable(articles), framing: storyFraming(articles), actors: mergeStoryActors(articles) };
}

/** Groups and compares analyses held in memory (library use and tests). */
export function compareArticles(analyses: readonly ArticleAnalysis[], options: GroupingOptions = {}): Story[] {
  const records = analyses.map((a) => ({ file: a.article.file, published: a.article.published, storyTerms: a.storyTerms }));
  return groupArticles(records, options).map((g) => compareStory(g, g.members.map((i) => analyses[i])));
}
