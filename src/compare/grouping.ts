// Story grouping as the corpus runs need it: small per-article records (story terms, dates) into
// stories with a slug and title words. Apart from the comparison of a story (./index.ts), so that a
// run's main thread, which only groups, does not load the comparison and framing code.
import type { ArticleAnalysis } from '../analyze/index.js';
import type { AnyStoryTerms, StoryTerms } from '../analyze/story-terms.js';
import { forEachCount, isPacked, unpackStoryTerms } from '../analyze/story-terms.js';
import { TermReading, groupStories } from './stories.js';
import { storyBackground } from '../lexicon/story-background.js';
import type { GroupingOptions } from './stories.js';
import { toIsoDate } from '../dates.js';
import { articleId, slugify } from './ids.js';

export interface StoryGroup {
  /** File-name-safe id, from the words the articles share most; unique in the corpus. */
  slug: string;
  /** The words the articles share most, for a title. */
  keywords: string[];
  /** Indexes of the member articles in the list given to `groupArticles`, ascending. */
  members: number[];
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

/** `sharedKeywords`' order: the higher count first, then the lemma that sorts first. */
const ranksBefore = (a: [string, number], b: [string, number]) => (b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)) < 0;

/**
 * `sharedKeywords` of one article alone, read from its packed lemmas without building the list, a
 * Map and a sorted copy of every lemma (most stories of a large corpus are single articles, and this
 * was a quarter of the grouping's time). The packed list is sorted by lemma, so each lemma is there
 * once; null, and the caller takes the general road, should a list ever not be.
 */
function ownKeywords(packed: string, count: number): string[] | null {
  const top: [string, number][] = [];
  let previous: string | null = null;
  let ordered = true;
  forEachCount(packed, (term, n) => {
    if (previous !== null && !(previous < term)) ordered = false;
    previous = term;
    const entry: [string, number] = [term, n];
    let at = top.length;
    while (at > 0 && ranksBefore(entry, top[at - 1])) at -= 1;
    if (at < count) {
      top.splice(at, 0, entry);
      if (top.length > count) top.pop();
    }
  });
  return ordered ? top.map(([term]) => term) : null;
}

/** The title words of a story: `sharedKeywords` of its members (see `ownKeywords` for one article). */
function keywordsOf(terms: readonly AnyStoryTerms[], count: number, known?: ReadonlyMap<AnyStoryTerms, string[] | null>): string[] {
  if (terms.length === 1 && isPacked(terms[0])) {
    const own = known?.get(terms[0]) ?? ownKeywords(terms[0].packed.lemmas, count);
    if (own) return own;
  }
  return sharedKeywords(terms.map(unpackStoryTerms), count);
}

const KEYWORDS = 4;

/**
 * What grouping can read from articles before the rest of the corpus is known: their story terms read
 * out of the packed text, the title words of each as a story of its own, and the background table. A
 * run fills it while its workers analyse the new articles; grouping then reads only those.
 */
export interface GroupingPreparation {
  terms: TermReading;
  keywords: Map<AnyStoryTerms, string[] | null>;
}

export function prepareGrouping(records: readonly Pick<GroupingRecord, 'storyTerms'>[]): GroupingPreparation {
  storyBackground();
  const prepared: GroupingPreparation = { terms: new TermReading(), keywords: new Map() };
  for (const { storyTerms } of records) {
    prepared.terms.add(storyTerms);
    if (isPacked(storyTerms)) prepared.keywords.set(storyTerms, ownKeywords(storyTerms.packed.lemmas, KEYWORDS));
  }
  return prepared;
}

export function groupArticles(records: readonly GroupingRecord[], options: GroupingOptions = {}, prepared?: GroupingPreparation): StoryGroup[] {
  const used = new Set<string>();
  const candidates = records.map((r) => ({ key: r.file, terms: r.storyTerms, date: toIsoDate(r.published) }));
  return groupStories(candidates, options, prepared?.terms).map((members) => {
    const keywords = keywordsOf(members.map((i) => records[i].storyTerms), KEYWORDS, prepared?.keywords);
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

