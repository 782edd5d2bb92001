// compare stage. Two steps, so a corpus of any size fits in memory: `groupArticles` groups small
// per-article records (story terms, dates) into stories, then `compareStory` lines up the full analyses
// of one story at a time (figures, quotations, speakers, naming).
import type { ArticleAnalysis } from '../analyze/index.js';
import type { AnyStoryTerms, StoryTerms } from '../analyze/story-terms.js';
import { unpackStoryTerms } from '../analyze/story-terms.js';
import { groupStories } from './stories.js';
import type { GroupingOptions } from './stories.js';
import { toIsoDate } from '../dates.js';
import { alignFigures } from './figures.js';
import type { FigureAlignment } from './figures.js';
import { matchQuotes, speakerTable } from './quotes.js';
import type { SharedQuote, SpeakerRow } from './quotes.js';
import { namingTable } from './naming.js';
import type { NamingRow } from './naming.js';
import { articleId, slugify } from './ids.js';
import { storyFraming } from '../framing/index.js';
import { mergeStoryActors } from '../actors/story.js';
import { withStorySides } from '../actors/story-sides.js';
import type { StoryActor } from '../actors/story.js';
import type { ArticleFraming } from '../framing/index.js';

export interface StoryGroup {
  /** File-name-safe id, from the words the articles share most; unique in the corpus. */
  slug: string;
  /** The words the articles share most, for a title. */
  keywords: string[];
  /** Indexes of the member articles in the list given to `groupArticles`, ascending. */
  members: number[];
}

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

/** What grouping needs from an article. */
export interface GroupingRecord {
  file: string;
  published: string | null;
  storyTerms: AnyStoryTerms;
}

function sharedKeywords(terms: readonly StoryTerms[], count: number): string[] {
  const [first, ...rest] = terms.map((t) => new Map(t.lemmas));
  const score = new Map<string, number>();
  for (const [lemma, n] of first) {
    if (!rest.every((v) => v.has(lemma))) continue;
    score.set(lemma, rest.reduce((sum, v) => sum + v.get(lemma)!, n));
  }
  return [...score].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).slice(0, count).map(([l]) => l);
}

export function groupArticles(records: readonly GroupingRecord[], options: GroupingOptions = {}): StoryGroup[] {
  const used = new Set<string>();
  const candidates = records.map((r) => ({ key: r.file, terms: r.storyTerms, date: toIsoDate(r.published) }));
  return groupStories(candidates, options).map((members) => {
    const keywords = sharedKeywords(members.map((i) => unpackStoryTerms(records[i].storyTerms)), 4);
    let slug = slugify(members.length > 1 ? keywords : [articleId(records[members[0]].file), ...keywords.slice(0, 3)]);
    for (let n = 2; used.has(slug); n += 1) slug = `${slug.replace(/-\d+$/, '')}-${n}`;
    used.add(slug);
    return { slug, keywords, members };
  });
}

/** The words a set of articles shares most, for the title of a story made of exactly these articles. */
export function storyKeywords(articles: readonly ArticleAnalysis[]): string[] {
  return sharedKeywords(articles.map((a) => unpackStoryTerms(a.storyTerms)), 4);
}

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
