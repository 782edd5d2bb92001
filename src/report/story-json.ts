// The story record of `compare --json` and of each story in `report --json`: a public contract (see
// docs/json.md). It carries the comparison itself, built from the same records as the Markdown; add
// fields, never rename or remove them.
import type { Story } from '../compare/index.js';
import { articleRecord } from './json.js';
import { articleId } from '../compare/ids.js';
import type { ArticleRecord } from './json.js';
import type { ArticleFraming } from '../framing/index.js';
import { storyTitle } from './markdown.js';

const span = (x: { text: string; start: number; end: number }) => ({ text: x.text, start: x.start, end: x.end });

export interface StoryRecord {
  slug: string;
  title: string;
  /** The Markdown report's path, or null when none was written. */
  file: string | null;
  /** Each article's record, with `framing`: the article against the story's others (`relativeLean` > 0 is to the right of them; rank 1 is furthest right). */
  articles: (ArticleRecord & { framing: Omit<ArticleFraming, 'id'> })[];
  speakers: { speaker: string; names: string[]; words: Record<string, number>; quotedBy: string[] }[];
  sharedQuotes: { speaker: string | null; overlap: number; byArticle: Record<string, { text: string; start: number; end: number }> }[];
  figures: { value: number; unit: string | null; per: string | null; isPercent: boolean; byArticle: Record<string, { text: string; start: number; end: number }[]> }[];
  /** Groups of figure rows that measure the same thing with different numbers. */
  differingFigures: number[][];
  naming: { actor: string; label: string; byArticle: Record<string, [string, number][]> }[];
  /** Actors merged across the articles, with their side and what each article gives them (keyed by article id). */
  /** `media`: "news outlet", "news agency" or "platform" for a cited medium with no side (shown apart from the sided actors), else null. */
  actors: { actor: string; actorId: string | null; actorType: string; side: 'left' | 'right' | null; party: string | null; media: string | null; byArticle: Record<string, { mentions: number; quotedWords: number; quotes: number; attributions: number; ownNegative: number; ownPositive: number }> }[];
}

export function storyRecord(story: Story, file: string | null): StoryRecord {
  const rowIndex = new Map(story.figures.rows.map((r, i) => [r, i]));
  return {
    slug: story.slug,
    title: storyTitle(story),
    file,
    articles: story.articles.map((a, i) => {
      const { id: _id, ...framing } = story.framing[i];
      return { ...articleRecord(a), framing };
    }),
    speakers: story.speakers.map((s) => ({ speaker: s.speaker, names: s.names, words: s.words, quotedBy: s.quotedBy })),
    sharedQuotes: story.sharedQuotes.map((q) => ({ speaker: q.speaker, overlap: q.overlap, byArticle: Object.fromEntries(Object.entries(q.byArticle).map(([k, v]) => [k, span(v)])) })),
    figures: story.figures.rows.map((r) => ({ value: r.value, unit: r.unit, per: r.per, isPercent: r.isPercent, byArticle: Object.fromEntries(Object.entries(r.byArticle).map(([k, fs]) => [k, fs.map(span)])) })),
    differingFigures: story.figures.differing.map((g) => g.map((r) => rowIndex.get(r) ?? -1)),
    naming: story.naming.map((n) => ({ actor: n.actor.id, label: n.actor.label, byArticle: n.byArticle })),
    actors: story.actors.map((x) => ({
      actor: x.actor, actorId: x.actorId, actorType: x.actorType, side: x.side, party: x.party, sideSources: x.sideSources, media: x.media,
      byArticle: Object.fromEntries(x.perArticle.map(({ article, ...counts }) => [articleId(story.articles[article].article.file), counts])),
    })),
  };
}
