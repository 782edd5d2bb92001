// compare stage: ArticleAnalysis[] -> Story[] (articles of one event, lined up).
import type { ArticleAnalysis } from '../analyze/index.js';
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

export interface Story {
  /** File-name-safe id, from the words the articles share most. */
  slug: string;
  /** The words the articles share most, for a title. */
  keywords: string[];
  articles: ArticleAnalysis[];
  figures: FigureAlignment;
  sharedQuotes: SharedQuote[];
  speakers: SpeakerRow[];
  naming: NamingRow[];
}

function sharedKeywords(articles: readonly ArticleAnalysis[], count: number): string[] {
  const vectors = articles.map((a) => new Map(a.storyTerms.lemmas));
  const score = new Map<string, number>();
  for (const [lemma] of vectors[0]) {
    if (!vectors.every((v) => v.has(lemma))) continue;
    score.set(lemma, vectors.reduce((n, v) => n + v.get(lemma)!, 0));
  }
  return [...score].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, count).map(([l]) => l);
}

export function compareArticles(analyses: readonly ArticleAnalysis[], options: GroupingOptions = {}): Story[] {
  const used = new Set<string>();
  const candidates = analyses.map((a) => ({ key: a.article.file, terms: a.storyTerms, date: toIsoDate(a.article.published) }));
  return groupStories(candidates, options).map((group) => {
    const articles = group.map((i) => analyses[i]);
    const keywords = sharedKeywords(articles, 4);
    let slug = slugify(articles.length > 1 ? keywords : [articleId(articles[0].article.file), ...keywords.slice(0, 3)]);
    for (let n = 2; used.has(slug); n += 1) slug = `${slug.replace(/-\d+$/, '')}-${n}`;
    used.add(slug);
    return { slug, keywords, articles, figures: alignFigures(articles), sharedQuotes: matchQuotes(articles), speakers: speakerTable(articles), naming: namingTable(articles) };
  });
}
