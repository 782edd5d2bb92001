// Groups articles that cover the same event.
// Each article is a TF-IDF vector of its story terms (content-word lemmas and numbers; sublinear
// term frequency; the headline counted again; document frequencies from the corpus blended with a
// shipped background table, so a small corpus still knows which words are common). Candidate pairs
// come from an inverted index of each article's top terms, searched only inside the date window
// when an article has a date: no all-pairs loop. A pair's score is its cosine, less a little per day
// between the dates, and as if at the edge of the window when a date is missing. Groups are formed
// by complete linkage: every two articles of a group reach the threshold, so one shared word
// ("trump", "president") cannot chain unrelated events together the way single linkage did. Then
// stories of four or more articles join each other and single articles by their centroids, so an
// event covered by a dozen outlets is not split because some pair of its reports is far apart
// (issue 19); a majority of the pairs across must still come near the threshold, against chaining.
// The penalty of a missing date grows with the corpus: it stands for other events of the same kind
// (this week's jobless claims and last month's), and a corpus of a few dozen articles rarely holds
// two of them, while a corpus of thousands does; and such a pair counts figures more, since they are
// what tells one instance of a recurring event from the next.
// In a corpus smaller than the background's weight, a pair that shares no name is asked a little
// more, and so is a pair whose headlines share no word that can name an event, so two pieces that
// share only ordinary words, or one storyline but not one event, are not a story.
// The centroid phase also asks the undated penalty of a story as a whole rather than of each pair:
// a single article joins a story of two or three when every pair reaches the threshold before the
// penalty and the centroid after it; and the penalty shrinks with the local crowding of a join (how
// many pairs at the threshold leave the joined story against those inside it), since the other
// events of the same kind that it stands for show as articles close to the story's members.
// With dates too, a single article joins a story of two or three by the story as a whole (every pair
// near the threshold, one at it, the centroid less the day penalties at it).
// Two texts that name days of the week and share none tell of events on different days: such a pair
// is asked up to one day's penalty more when both dates are known (the dates say when each was
// published, not what day it tells of), scaled by the crowding as the undated penalty is.
// Contract (the rest of framelens relies on it): `groupStories` sees only small per-article
// candidates, returns groups of candidate indexes, and gives the same groups for the same set of
// candidates whatever their order (all work happens in an order fixed by the keys).
import type { AnyStoryTerms } from '../analyze/story-terms.js';
import { countTerms, forEachCount, isPacked, packStoryTerms } from '../analyze/story-terms.js';
import { storyBackground } from '../lexicon/story-background.js';
import type { StoryBackground } from '../lexicon/story-background.js';

/**
 * Every two articles of a story score at least this: cosine similarity of their story terms, less
 * DAY_PENALTY per day between their dates (never the same story past DATE_WINDOW_DAYS), or less
 * UNDATED_PENALTY (a share of it in a small corpus) when either has no date. `--min-similarity`
 * changes it (0 to 1; higher gives smaller, surer stories). Tuned on half of the AllSides stories
 * (bench/stories-devset.ts).
 */
export const DEFAULT_MIN_SIMILARITY = 0.15;

/** One article as story grouping sees it. */
export interface StoryCandidate {
  /** A stable identity (the file name): ties are broken on it, never on input order. */
  key: string;
  terms: AnyStoryTerms;
  /** `YYYY-MM-DD` from the corpus manifest or the page, or null when unknown. */
  date: string | null;
}

export interface GroupingOptions {
  minSimilarity?: number;
}

/** The knobs of the method; the defaults are the documented ones (bench/stories-devset.ts tunes them). */
export interface GroupingParameters {
  minSimilarity: number;
  /** Extra times each headline lemma is counted. */
  headlineWeight: number;
  /** Times each number is counted (0: numbers are not terms). */
  numberWeight: number;
  /**
   * Times each number is counted when a pair is scored and either article has no date. Without a
   * date, the figures are what best tells one instance of a recurring event from the next (this
   * week's jobless claims from last month's, one ruling on a law from the next). 2.5: the middle of
   * 2-3, where AllSides without dates is flat (docs/grouping-notes.md).
   */
  undatedNumberWeight: number;
  /**
   * Weight of a term no other article of the corpus has. It cannot make two articles alike; at full
   * weight an article's many words of its own would drown what it shares with the others.
   */
  ownTermWeight: number;
  /** Terms per article put in the inverted index that proposes candidate pairs. */
  topTerms: number;
  /**
   * A top term shared by more than this share of the articles (and at least minCommonPostings)
   * proposes no pair with an undated article: it is too common to tell events apart.
   */
  commonShare: number;
  minCommonPostings: number;
  /** Top terms two articles must share to be scored at all when a date is missing (one otherwise). */
  undatedSharedTop: number;
  /** Articles further apart than this many days are never the same story. */
  dateWindowDays: number;
  /**
   * Subtracted from a pair's similarity when either article has no date, in a corpus far larger than
   * the background's weight; scaled by the corpus's crowding n / (n + backgroundWeight) when
   * `undatedCrowding` is on.
   */
  undatedPenalty: number;
  /**
   * Without dates, words alone cannot tell two events of one kind apart, and the chance that a corpus
   * holds two of them grows with its size: a corpus of 48 articles on four events holds no other
   * bridge collapse, AllSides' 1,479 articles hold eight stories of one Texas abortion law. So the
   * undated penalty is scaled by n / (n + backgroundWeight) (0.14 of it for 48 articles, 0.83 for
   * 1,479), and the loose margin of undated pairs by the rest (backgroundWeight / (n + backgroundWeight)).
   */
  undatedCrowding: boolean;
  /**
   * The centroid phase counts pairs this far below the threshold as edges (for its candidates and its
   * majority of pairs across): two reports of one event by different outlets often score just under
   * the threshold, and the centroid's own score still has to reach it.
   */
  looseMargin: number;
  /** Subtracted from a pair's similarity per day between the two dates. */
  dayPenalty: number;
  /**
   * Weight of the background table, in pseudo-articles, against the corpus's own counts. 300 (was
   * 100): a corpus of a few dozen articles leans more on the table, so a place or person no news
   * article names weighs well above words every report uses (issue 19, bench story-events).
   */
  backgroundWeight: number;
  background: StoryBackground | null;
  /**
   * 'complete' alone (every two articles of a story reach the threshold), or 'centroid' (the
   * default): complete linkage first, then stories of `wholeStorySize` or more articles are joined
   * with each other and with single articles by their centroids (see `centroidLinkage`).
   */
  linkage: 'complete' | 'centroid';
  /** Stories of this many articles or more have a centroid to trust. */
  wholeStorySize: number;
  /** More than this share of the pairs across two stories must be edges for a centroid join. */
  edgeShare: number;
  /**
   * The own-term discount applies in full only as the corpus outgrows the background (weight
   * n / (n + backgroundWeight)): in a corpus of five articles almost every term is some article's
   * own, and discounting them all made two articles that share a few ordinary words look alike.
   */
  ownTermScaled: boolean;
  /**
   * While the corpus has fewer articles than `backgroundWeight`, its own counts cannot say which
   * words are common in it, and two reports of one event nearly always name the same person or
   * organisation: a pair that shares no name is asked `nameMargin` more (as much as a day apart).
   * Two pieces that share only ordinary words ("data", "server", "bug") then stay apart.
   */
  nameShared: boolean;
  nameMargin: number;
  /**
   * A headline names its event, and another report of the same event nearly always uses one of its
   * words in its own headline (BASIL's real outlets 97%, AllSides' sides 93% of pairs), while two
   * pieces on one storyline but different events often do not (62% share one). So while the corpus
   * has fewer articles than `backgroundWeight`, a pair whose headlines are both known and share no
   * term is asked `headlineMargin` more. A missing headline (bare text) asks nothing.
   */
  headlineMargin: number;
  /**
   * A headline word in more than this share of the background's articles ("trump", "president",
   * "house", "congress") is shared by chance, not by the event, and does not count as a shared
   * headline word. Small corpora with a story of unrelated articles are 8 of 500 from 0.25 to 0.35
   * (9 at 0.5; 0.15 loses real events), and 0.3 is the middle (docs/grouping-notes.md round 4).
   */
  headlineCommonShare: number;
  /**
   * Reports of one event tell the day it happened ("on Tuesday"); two events of one storyline
   * happened on different days, and their reports name different days of the week (of the pairs
   * where both texts name one, 8% of BASIL's and 10% of AllSides' real reports share none, against 68% of
   * the different-event pairs small corpora put together). The dates say when each report was
   * published, not what day it tells of: two lines of one storyline a day apart (a budget previewed,
   * then released) pay a day's penalty for their dates and are otherwise alike. So a pair with both
   * dates whose texts both name days of the week and share none is asked `weekdayMargin` more (one
   * day's penalty: the events are at least a day apart), scaled by the corpus's crowding when
   * `weekdayCrowding` is on (0: off; docs/grouping-notes.md round 6).
   */
  weekdayMargin: number;
  /**
   * The margin is scaled by n / (n + backgroundWeight), as the undated penalty is: it parts two events
   * of one storyline, and a corpus of a few dozen articles rarely holds two of them within the date
   * window while AllSides' 1,479 hold many. Unscaled, it took small corpora with a story of unrelated
   * articles from 8 to 5 of 500 but cost real events of those corpora about a point (4 x 12 and
   * 10 x 5 samples, five seeds) and one AllSides event in 40 of the one-real-event check.
   */
  weekdayCrowding: boolean;
  /**
   * Ask it of pairs where a date is missing too (measured, off): the undated penalty already stands
   * for another event of the same kind there, and asking more split BASIL 46 x 12 without dates
   * (91.1% -> 88.6% together unscaled, 90.0% scaled).
   */
  weekdayUndated: boolean;
  /**
   * A single article may join a story of two or three by the centroid phase when every pair across
   * reaches the threshold before the undated penalty and the centroid's score, less the penalty,
   * reaches it too: the penalty is asked of the story as a whole, so three reports that are close
   * to each other are not broken up because one pair of them is a little further apart.
   */
  smallStoryJoin: boolean;
  /**
   * Local crowding for the centroid phase (0: off). The undated penalty stands for other events of
   * the same kind; around a story they show as articles close to its members. A join is isolated
   * when its members have fewer pairs at the threshold (before the undated penalty) with articles
   * outside it than `isolation` times their pairs inside it, each inside pair counted from both of
   * its members: at 0.5, fewer pairs leave the joined story than lie inside it. An isolated join's
   * majority of pairs across may count pairs that reach the threshold before the penalty, and the
   * penalty asked of its centroid is scaled by outside / (isolation * inside). AllSides without dates
   * is flat from 0.25 to 0.5 and falls past it (docs/grouping-notes.md).
   */
  isolation: number;
  /**
   * A story of two or three may join a story of `wholeStorySize` or more by the centroid phase when
   * the join is isolated (see `isolation`) and a date is missing: without dates, an event's reports
   * by one outlet and its copies form cliques of two or three that the every-pair rule keeps apart
   * from the rest of the event.
   */
  smallIntoIsolated: boolean;
  /**
   * The dated counterpart of `smallStoryJoin`: when every date is known, a single article joins a
   * story of two or three when every pair across is within the loose margin of the threshold, at least
   * one reaches it, and the centroid, less the average day penalty, reaches it. Reports of one event
   * by three outlets often score 0.12-0.15 on one pair and well above on the others; complete
   * linkage left the third report out (BASIL with dates, 3 outlets: 92.8% -> 97.1% together).
   */
  smallDatedJoin: boolean;
  /**
   * When a single article joins a story of two or three, every pair across is an edge, so what the
   * small-corpus rules asked of those pairs (`nameMargin`, `headlineMargin`) is known: it is asked of
   * the centroid too, as the day penalties are. Without it, a piece of another event on the same issue
   * joined a small story by its centroid although each of its pairs had been asked more.
   */
  smallMargins: boolean;
  /**
   * In a corpus of at least `backgroundWeight` articles, two stories of `wholeStorySize` or more
   * whose members have no pair at the threshold (before the undated penalty) with any other article
   * may join without the majority of pairs across, when one pair across reaches the threshold and the
   * centroid does. Nothing else in the corpus is near either story, so the pair majority has nothing
   * to guard against but the two stories themselves, and their centroids decide; one pair leaving
   * either story turns the rule off (allowing a few, 5% of the pairs inside, chained events: BASIL
   * 46 x 12 purity 97.1% -> 92.2%). In a smaller corpus every story is this alone and it says nothing
   * (on 48-50 articles it joined events of one kind: 10 x 5 ARI 0.852 -> 0.843).
   */
  aloneJoin: boolean;
}

/** Reports of one event are published within a few days (96% of the AllSides links that carry a date are within 3 days of the story's date). */
export const DATE_WINDOW_DAYS = 3;
/** Per day between two dates: the further apart, the more two reports must share. */
export const DAY_PENALTY = 0.05;
/**
 * Without a date, only the words can tell two events of one kind apart (this week's jobless claims
 * from last month's), so in a large corpus a pair where a date is missing is scored as if a day and a
 * half past the edge of the window (4.5 days: 0.225); a small corpus gets a share of it (see
 * `undatedCrowding`). Measured from 0.15 to 0.25 (docs/grouping-notes.md): AllSides without dates is
 * flat from 0.2 to 0.25, and this is its middle.
 */
export const UNDATED_PENALTY = 0.225;
/** See `GroupingParameters.looseMargin`: the middle of 0.1-0.15, where large events with dates stay whole (docs/grouping-notes.md). */
export const LOOSE_MARGIN = 0.125;

export function defaultParameters(): GroupingParameters {
  return {
    minSimilarity: DEFAULT_MIN_SIMILARITY,
    headlineWeight: 1,
    numberWeight: 1,
    undatedNumberWeight: 2.5,
    ownTermWeight: 0.5,
    topTerms: 20,
    commonShare: 0.01,
    minCommonPostings: 50,
    undatedSharedTop: 2,
    dateWindowDays: DATE_WINDOW_DAYS,
    undatedPenalty: UNDATED_PENALTY,
    dayPenalty: DAY_PENALTY,
    backgroundWeight: 300,
    background: storyBackground(),
    linkage: 'centroid',
    wholeStorySize: 4,
    edgeShare: 0.5,
    ownTermScaled: true,
    nameShared: true,
    nameMargin: DAY_PENALTY,
    headlineMargin: DAY_PENALTY,
    headlineCommonShare: 0.3,
    weekdayMargin: DAY_PENALTY,
    weekdayCrowding: true,
    weekdayUndated: false,
    undatedCrowding: true,
    looseMargin: LOOSE_MARGIN,
    smallStoryJoin: true,
    isolation: 0.5,
    smallIntoIsolated: true,
    smallDatedJoin: true,
    smallMargins: true,
    aloneJoin: true,
  };
}

const compareStrings = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
/** Days since 1970 for a `YYYY-MM-DD` date, or null for a missing or malformed one. */
function dayNumber(date: string | null): number | null {
  if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return null;
  const ms = Date.parse(`${date}T00:00:00Z`);
  return Number.isNaN(ms) ? null : Math.round(ms / 86_400_000);
}

/** Candidates in a canonical order that does not depend on input order: by key, then by content. */
function canonicalOrder(candidates: readonly StoryCandidate[]): number[] {
  // Keys are file names and so unique in a corpus; content breaks a tie only if they are not.
  const tieKey = (c: StoryCandidate) => JSON.stringify([c.date, packStoryTerms(c.terms)]);
  return candidates
    .map((_, i) => i)
    .sort((x, y) => compareStrings(candidates[x].key, candidates[y].key) || compareStrings(tieKey(candidates[x]), tieKey(candidates[y])));
}

/** Sparse unit vectors, flat: article i owns entries start[i] .. start[i + 1] - 1. */
interface Vectors {
  start: Int32Array;
  ids: Int32Array;
  weights: Float64Array;
  /** Per article, the ids of its top terms (flat, same layout with topStart). */
  topStart: Int32Array;
  top: Int32Array;
  vocabulary: number;
}

/** The k-th largest of values[from .. to - 1] (quickselect on a scratch copy; the value, not its position, so ties do not matter). */
function kthLargest(values: Float64Array, from: number, to: number, k: number, scratch: Float64Array): number {
  const n = to - from;
  for (let q = 0; q < n; q += 1) scratch[q] = values[from + q];
  // After partitioning, scratch[target] holds what it would hold sorted descending.
  const target = k - 1;
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    const pivot = scratch[(lo + hi) >> 1];
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (scratch[i] > pivot) i += 1;
      while (scratch[j] < pivot) j -= 1;
      if (i <= j) {
        const x = scratch[i];
        scratch[i] = scratch[j];
        scratch[j] = x;
        i += 1;
        j -= 1;
      }
    }
    if (target <= j) hi = j;
    else if (target >= i) lo = i;
    else break;
  }
  return scratch[target];
}

/**
 * Every article's story terms read once, in the order `buildVectors` adds them: lemmas, headline
 * lemmas, numbers, each as an interned id and its count. Grouping builds its vectors twice when a date
 * is missing (numbers weighed differently); reading the packed strings once, into typed arrays, is
 * most of what a second `report` spends grouping a large corpus.
 */
interface TermTable {
  /** Article i owns entries start[i] .. start[i + 1] - 1. */
  start: Int32Array;
  ids: Int32Array;
  counts: Float64Array;
  /** 0 lemma, 1 headline lemma, 2 number. */
  kind: Uint8Array;
  /** Id -> term; numbers written "#84" (for the background table). */
  terms: string[];
  /** Each term's background rate, worked out by the first `buildVectors` (the same for both weightings), with the table it came from. */
  rates?: { background: StoryBackground; rate: Float64Array };
}

const LEMMA = 0;
const HEADLINE = 1;
const NUMBER = 2;

/** One article's packed story terms read out once, in `readTerms`' order: each term, its count and its kind. */
interface ReadCounts {
  terms: string[];
  counts: Float64Array;
  kinds: Uint8Array;
}

/**
 * Story terms read out of their packed text ahead of grouping (`TermReading.add`), while the run has
 * nothing else to do (a second `report` waits for the worker's analysis of the new articles). The
 * strings are shared between articles (one per distinct term), so the grouping's look-ups find them
 * already hashed. Grouping reads any article it was not given here as before: same ids, same vectors.
 */
export class TermReading {
  private readonly read = new Map<AnyStoryTerms, ReadCounts>();
  private readonly words = new Map<string, string>();

  add(t: AnyStoryTerms): void {
    if (!isPacked(t) || this.read.has(t)) return;
    const size = countTerms(t);
    const out: ReadCounts = { terms: new Array<string>(size), counts: new Float64Array(size), kinds: new Uint8Array(size) };
    let e = 0;
    const push = (kind: number) => (term: string, n: number) => {
      let word = this.words.get(term);
      if (word === undefined) this.words.set(term, (word = term));
      out.terms[e] = word;
      out.counts[e] = n;
      out.kinds[e] = kind;
      e += 1;
    };
    forEachCount(t.packed.lemmas, push(LEMMA));
    forEachCount(t.packed.headline, push(HEADLINE));
    forEachCount(t.packed.numbers, push(NUMBER));
    this.read.set(t, out);
  }

  get(t: AnyStoryTerms): ReadCounts | undefined {
    return this.read.get(t);
  }
}

function readTerms(docs: readonly StoryCandidate[], reading?: TermReading): TermTable {
  // Words interned to integer ids: every later step works on typed arrays, not strings. Numbers
  // get ids of their own, apart from words.
  const wordId = new Map<string, number>();
  const numberId = new Map<string, number>();
  const terms: string[] = [];
  let entries = 0;
  // One line per packed term.
  for (const c of docs) entries += reading?.get(c.terms)?.terms.length ?? countTerms(c.terms);
  const start = new Int32Array(docs.length + 1);
  const ids = new Int32Array(entries);
  const counts = new Float64Array(entries);
  const kind = new Uint8Array(entries);
  let e = 0;
  const intern = (table: Map<string, number>, term: string, prefix: string) => {
    let id = table.get(term);
    if (id === undefined) {
      id = terms.length;
      table.set(term, id);
      terms.push(prefix + term);
    }
    return id;
  };
  const push = (table: Map<string, number>, prefix: string, k: number) => (term: string, n: number) => {
    ids[e] = intern(table, term, prefix);
    counts[e] = n;
    kind[e] = k;
    e += 1;
  };
  const lemma = push(wordId, '', LEMMA);
  const headline = push(wordId, '', HEADLINE);
  const number = push(numberId, '#', NUMBER);
  const adders = [lemma, headline, number];
  for (let i = 0; i < docs.length; i += 1) {
    start[i] = e;
    const t = docs[i].terms;
    const known = reading?.get(t);
    if (known) {
      for (let k = 0; k < known.terms.length; k += 1) adders[known.kinds[k]](known.terms[k], known.counts[k]);
    } else if (isPacked(t)) {
      forEachCount(t.packed.lemmas, lemma);
      forEachCount(t.packed.headline, headline);
      forEachCount(t.packed.numbers, number);
    } else {
      for (let k = 0; k < t.lemmas.length; k += 1) lemma(t.lemmas[k][0], t.lemmas[k][1]);
      for (let k = 0; k < t.headline.length; k += 1) headline(t.headline[k][0], t.headline[k][1]);
      for (let k = 0; k < t.numbers.length; k += 1) number(t.numbers[k][0], t.numbers[k][1]);
    }
  }
  start[docs.length] = e;
  return { start, ids: ids.subarray(0, e), counts: counts.subarray(0, e), kind: kind.subarray(0, e), terms };
}

function buildVectors(docs: readonly StoryCandidate[], table: TermTable, p: GroupingParameters): Vectors {
  const { terms } = table;
  const entries = table.ids.length;
  const start = new Int32Array(docs.length + 1);
  let ids = new Int32Array(entries);
  let counts = new Float64Array(entries);
  // Where a term sits in the current article's entries, so a headline count adds to it in place.
  const slot = new Int32Array(terms.length).fill(-1);
  let e = 0;
  let first = 0;
  const weightOf = [1, p.headlineWeight, p.numberWeight];
  for (let i = 0; i < docs.length; i += 1) {
    start[i] = first = e;
    for (let k = table.start[i]; k < table.start[i + 1]; k += 1) {
      const kind = table.kind[k];
      if (kind !== LEMMA && !(weightOf[kind] > 0)) continue;
      const id = table.ids[k];
      const n = kind === LEMMA ? table.counts[k] : weightOf[kind] * table.counts[k];
      const at = slot[id];
      if (at >= first) counts[at] += n;
      else {
        slot[id] = e;
        ids[e] = id;
        counts[e] = n;
        e += 1;
      }
    }
  }
  start[docs.length] = e;
  ids = ids.subarray(0, e);
  counts = counts.subarray(0, e);
  const df = new Float64Array(terms.length);
  for (let k = 0; k < e; k += 1) df[ids[k]] += 1;
  // A term's share of articles: the corpus count blended with the background rate, weighted as
  // `backgroundWeight` extra articles, so a small corpus leans on the background and a large one on itself.
  const n = docs.length;
  const bg = p.background;
  const m = bg ? p.backgroundWeight : 0;
  const idf = new Float64Array(terms.length);
  let rates: Float64Array | null = null;
  if (bg) {
    if (table.rates?.background !== bg) {
      const rate = new Float64Array(terms.length);
      for (let id = 0; id < terms.length; id += 1) rate[id] = ((bg.df.get(terms[id]) ?? 0) + 0.5) / (bg.documents + 1);
      table.rates = { background: bg, rate };
    }
    rates = table.rates.rate;
  }
  for (let id = 0; id < terms.length; id += 1) {
    const rate = rates ? rates[id] : 0;
    idf[id] = Math.max(0, Math.log((n + m + 1) / (df[id] + m * rate + 0.5)));
  }
  // In a small corpus almost every term is one article's own, and the discount would only weigh
  // down what an article is about against the few words it happens to share: it applies in full
  // only as the corpus outgrows the background's pseudo-articles.
  const own = p.ownTermScaled ? 1 - (1 - p.ownTermWeight) * (n / (n + p.backgroundWeight)) : p.ownTermWeight;
  const weights = new Float64Array(e);
  const topStart = new Int32Array(docs.length + 1);
  const top = new Int32Array(e);
  let scratch = new Float64Array(256);
  let t = 0;
  for (let i = 0; i < docs.length; i += 1) {
    const from = start[i];
    const to = start[i + 1];
    let norm = 0;
    for (let k = from; k < to; k += 1) {
      const w = (1 + Math.log(Math.max(1, counts[k]))) * idf[ids[k]] * (df[ids[k]] === 1 ? own : 1);
      weights[k] = w;
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    for (let k = from; k < to; k += 1) weights[k] /= norm;
    // Top terms: every term at or above the topTerms-th largest weight (ties all kept, so the cut
    // never depends on order).
    topStart[i] = t;
    if (to - from > scratch.length) scratch = new Float64Array(to - from);
    const cut = to - from > p.topTerms ? kthLargest(weights, from, to, p.topTerms, scratch) : 0;
    for (let k = from; k < to; k += 1) if (weights[k] > 0 && weights[k] >= cut) top[t++] = ids[k];
  }
  topStart[docs.length] = t;
  return { start, ids, weights, topStart, top: top.subarray(0, t), vocabulary: terms.length };
}

/** Scored pairs at or above the threshold less the loose margin (i < j, canonical positions). */
interface Edges {
  from: number[];
  to: number[];
  weight: number[];
  /** The pair's score before the undated penalty (its weight when both have dates). */
  raw: number[];
  /** 1 when the pair is within the loose margin of the threshold (a centroid-phase edge). */
  loose: number[];
  /** What the small-corpus rules asked of the pair (no shared name, no shared headline word). */
  margin: number[];
}

/** Inverted index from term id to articles (compressed rows: term t owns items offset[t] .. offset[t + 1] - 1). */
function postings(vocabulary: number, v: Vectors, articles: readonly number[]): { offset: Int32Array; items: Int32Array } {
  const offset = new Int32Array(vocabulary + 1);
  for (const i of articles) for (let k = v.topStart[i]; k < v.topStart[i + 1]; k += 1) offset[v.top[k] + 1] += 1;
  for (let t = 0; t < vocabulary; t += 1) offset[t + 1] += offset[t];
  const fill = offset.slice(0, vocabulary);
  const items = new Int32Array(offset[vocabulary]);
  for (const i of articles) for (let k = v.topStart[i]; k < v.topStart[i + 1]; k += 1) items[fill[v.top[k]]++] = i;
  return { offset, items };
}

/** The lemmas of an article's headline (empty when it has none). */
function headlineTerms(c: StoryCandidate): Set<string> {
  const out = new Set<string>();
  const t = c.terms;
  if (isPacked(t)) forEachCount(t.packed.headline, (term) => out.add(term));
  else for (const [term] of t.headline) out.add(term);
  return out;
}

const sharesAny = (a: ReadonlySet<string>, b: ReadonlySet<string>) => {
  for (const x of a) if (b.has(x)) return true;
  return false;
};

/**
 * Pairs at or above the threshold less the loose margin (the centroid phase's edges); complete
 * linkage uses only those at the threshold. `undatedLoose` is the margin when a date is missing, and
 * such a pair is scored on `vu` (numbers weighed as `undatedNumberWeight`; `v` itself when equal).
 */
function scorePairs(docs: readonly StoryCandidate[], v: Vectors, p: GroupingParameters, undatedLoose: number, vu: Vectors): Edges {
  const n = docs.length;
  const NONE = -1e9;
  const day = Float64Array.from(docs, (c) => dayNumber(c.date) ?? NONE);
  // Postings of top terms: dated articles sorted by day (so a date window is a slice), undated apart.
  const all = docs.map((_, i) => i);
  const dated = postings(v.vocabulary, v, all.filter((i) => day[i] !== NONE).sort((a, b) => day[a] - day[b] || a - b));
  const undated = postings(v.vocabulary, v, all.filter((i) => day[i] === NONE));
  const firstFrom = (from: number, to: number, value: number) => {
    while (from < to) {
      const mid = (from + to) >> 1;
      if (day[dated.items[mid]] < value) from = mid + 1;
      else to = mid;
    }
    return from;
  };
  const names = p.nameShared && n < p.backgroundWeight ? docs.map((c) => new Set(c.terms.names)) : null;
  const headlines = p.headlineMargin > 0 && n < p.backgroundWeight ? docs.map(headlineTerms) : null;
  const weekdays = p.weekdayMargin > 0 ? docs.map((c) => new Set(c.terms.weekdays ?? [])) : null;
  const weekdayMargin = p.weekdayCrowding ? (p.weekdayMargin * n) / (n + p.backgroundWeight) : p.weekdayMargin;
  // Headline words that can name an event: not in more than `headlineCommonShare` of the background's
  // articles ("trump", "president", "house" name none).
  const bg = p.background;
  const eventWords = headlines && bg ? headlines.map((h) => new Set([...h].filter((w) => (bg.df.get(w) ?? 0) <= p.headlineCommonShare * bg.documents))) : headlines;
  const maxUndatedPostings = Math.max(p.minCommonPostings, Math.ceil(n * p.commonShare));
  // How many top terms article j shares with the current article i (reset through `candidates`).
  const shared = new Int32Array(n);
  const dense = new Float64Array(v.vocabulary);
  const denseU = vu === v ? dense : new Float64Array(vu.vocabulary);
  const edges: Edges = { from: [], to: [], weight: [], raw: [], loose: [], margin: [] };
  const candidates = new Int32Array(n);
  for (let i = 0; i < n; i += 1) {
    let found = 0;
    for (let k = v.topStart[i]; k < v.topStart[i + 1]; k += 1) {
      const t = v.top[k];
      let from = dated.offset[t];
      const to = dated.offset[t + 1];
      // A term among the top terms of very many articles proposes pairs only inside a date window:
      // without one it would pair an undated article with a large part of the corpus.
      const common = to - from + undated.offset[t + 1] - undated.offset[t] > maxUndatedPostings;
      if (day[i] === NONE && common) continue;
      // Most top terms are rare and their lists short: a binary search pays only on long lists.
      if (day[i] !== NONE && to - from > 16) from = firstFrom(from, to, day[i] - p.dateWindowDays);
      for (let q = from; q < to; q += 1) {
        const j = dated.items[q];
        if (day[i] !== NONE && day[j] > day[i] + p.dateWindowDays) break;
        if (day[i] !== NONE && day[j] < day[i] - p.dateWindowDays) continue;
        if (j > i && shared[j]++ === 0) candidates[found++] = j;
      }
      if (common) continue;
      for (let q = undated.offset[t]; q < undated.offset[t + 1]; q += 1) {
        const j = undated.items[q];
        if (j > i && shared[j]++ === 0) candidates[found++] = j;
      }
    }
    if (found === 0) continue;
    for (let k = v.start[i]; k < v.start[i + 1]; k += 1) dense[v.ids[k]] = v.weights[k];
    if (vu !== v) for (let k = vu.start[i]; k < vu.start[i + 1]; k += 1) denseU[vu.ids[k]] = vu.weights[k];
    for (let c = 0; c < found; c += 1) {
      const j = candidates[c];
      const enough = shared[j] >= (day[i] === NONE || day[j] === NONE ? p.undatedSharedTop : 1);
      shared[j] = 0;
      if (!enough) continue;
      let dot = 0;
      if (vu !== v && (day[i] === NONE || day[j] === NONE)) for (let k = vu.start[j]; k < vu.start[j + 1]; k += 1) dot += denseU[vu.ids[k]] * vu.weights[k];
      else for (let k = v.start[j]; k < v.start[j + 1]; k += 1) dot += dense[v.ids[k]] * v.weights[k];
      const undatedPair = day[i] === NONE || day[j] === NONE;
      let raw = undatedPair ? dot : dot - p.dayPenalty * Math.abs(day[i] - day[j]);
      let asked = 0;
      if (names && !sharesAny(names[i], names[j])) asked += p.nameMargin;
      if (headlines && eventWords && headlines[i].size > 0 && headlines[j].size > 0 && !sharesAny(eventWords[i], eventWords[j])) asked += p.headlineMargin;
      if (weekdays && (p.weekdayUndated || !undatedPair) && weekdays[i].size > 0 && weekdays[j].size > 0 && !sharesAny(weekdays[i], weekdays[j])) asked += weekdayMargin;
      raw -= asked;
      const w = undatedPair ? raw - p.undatedPenalty : raw;
      const margin = undatedPair ? undatedLoose : p.looseMargin;
      const loose = w >= p.minSimilarity - margin;
      // Pairs at the threshold before the undated penalty are kept for the centroid phase's rules
      // that ask the penalty of a story as a whole (the same as loose ones when dates are known).
      if (loose || ((p.smallStoryJoin || p.isolation > 0) && raw >= p.minSimilarity)) {
        edges.from.push(i);
        edges.to.push(j);
        edges.weight.push(w);
        edges.raw.push(raw);
        edges.loose.push(loose ? 1 : 0);
        edges.margin.push(asked);
      }
    }
    for (let k = v.start[i]; k < v.start[i + 1]; k += 1) dense[v.ids[k]] = 0;
    if (vu !== v) for (let k = vu.start[i]; k < vu.start[i + 1]; k += 1) denseU[vu.ids[k]] = 0;
  }
  return edges;
}

/** Pairs across two groups of the centroid phase: loose edges, and pairs that reach the threshold before the undated penalty. */
interface Link {
  loose: number;
  raw: number;
  /** The small-corpus margins asked of those pairs, summed. */
  margin: number;
}

/** [score, group a, group b, version of a, version of b]: a proposal to join two groups. */
type Proposal = [number, number, number, number, number];

/** A binary max-heap of proposals: highest score first, then the lower group ids. */
class MergeHeap {
  private items: Proposal[] = [];
  get size() {
    return this.items.length;
  }
  private before(a: Proposal, b: Proposal) {
    return a[0] > b[0] || (a[0] === b[0] && (a[1] < b[1] || (a[1] === b[1] && a[2] < b[2])));
  }
  push(item: Proposal) {
    const h = this.items;
    h.push(item);
    for (let k = h.length - 1; k > 0; ) {
      const parent = (k - 1) >> 1;
      if (!this.before(h[k], h[parent])) break;
      [h[k], h[parent]] = [h[parent], h[k]];
      k = parent;
    }
  }
  pop(): Proposal {
    const h = this.items;
    const top = h[0];
    const last = h.pop()!;
    if (h.length > 0) {
      h[0] = last;
      for (let k = 0; ; ) {
        const l = 2 * k + 1;
        const r = l + 1;
        let best = k;
        if (l < h.length && this.before(h[l], h[best])) best = l;
        if (r < h.length && this.before(h[r], h[best])) best = r;
        if (best === k) break;
        [h[k], h[best]] = [h[best], h[k]];
        k = best;
      }
    }
    return top;
  }
}

/**
 * Complete linkage over the graph of pairs at or above `threshold`: repeatedly join the two groups
 * whose weakest pair is strongest, as long as every pair across them is an edge of the graph. So
 * every two articles of a group reach the threshold, and one shared word cannot chain two events
 * together through a third article. Returns the group of every article (its lowest member).
 */
function completeLinkage(n: number, edges: Edges, threshold: number): Int32Array {
  const size = new Int32Array(n).fill(1);
  const version = new Int32Array(n);
  const alive = new Uint8Array(n).fill(1);
  // Per group, for every group it has edges to: the weakest of those edges and how many there are.
  // Most articles have no edge at all, so maps and member lists are made only when needed.
  const links: Map<number, { min: number; count: number }>[] = new Array(n);
  const linksOf = (g: number) => (links[g] ??= new Map());
  const members: number[][] = new Array(n);
  const heap = new MergeHeap();
  for (let e = 0; e < edges.from.length; e += 1) {
    const a = edges.from[e];
    const b = edges.to[e];
    const w = edges.weight[e];
    if (w < threshold) continue;
    linksOf(a).set(b, { min: w, count: 1 });
    linksOf(b).set(a, { min: w, count: 1 });
    heap.push([w, a, b, 0, 0]);
  }
  while (heap.size > 0) {
    const [, a, b, va, vb] = heap.pop();
    if (!alive[a] || !alive[b] || version[a] !== va || version[b] !== vb) continue;
    // The lower id names the group; fold the smaller link map into the larger one.
    const [keep, gone] = a < b ? [a, b] : [b, a];
    const [big, small] = linksOf(keep).size >= linksOf(gone).size ? [links[keep], links[gone]] : [links[gone], links[keep]];
    big.delete(keep);
    big.delete(gone);
    for (const [c, link] of small) {
      if (c === keep || c === gone) continue;
      const other = big.get(c);
      big.set(c, other ? { min: Math.min(other.min, link.min), count: other.count + link.count } : link);
    }
    links[keep] = big;
    links[gone] = new Map();
    alive[gone] = 0;
    size[keep] += size[gone];
    version[keep] += 1;
    members[keep] ??= [keep];
    for (const m of members[gone] ?? [gone]) members[keep].push(m);
    members[gone] = [];
    for (const [c, link] of big) {
      const other = links[c];
      other.delete(gone);
      other.set(keep, link);
      // A pair with no edge is below the threshold, so only fully linked groups may join.
      if (link.count === size[keep] * size[c]) heap.push(keep < c ? [link.min, keep, c, version[keep], version[c]] : [link.min, c, keep, version[c], version[keep]]);
    }
  }
  const group = Int32Array.from({ length: n }, (_, i) => i);
  for (let g = 0; g < n; g += 1) for (const m of members[g] ?? []) group[m] = g;
  return group;
}

/** Summed vectors of the centroid phase's groups over one vector set, made from the members when first needed. */
class Centroids {
  private sums: (Map<number, number> | undefined)[];
  /** Squared length of each made sum. */
  private norm2: Float64Array;
  constructor(private v: Vectors, n: number) {
    this.sums = new Array(n);
    this.norm2 = new Float64Array(n);
  }
  private sumOf(g: number, membersOf: (g: number) => number[]): Map<number, number> {
    let m = this.sums[g];
    if (!m) {
      m = new Map();
      const v = this.v;
      for (const i of membersOf(g)) for (let k = v.start[i]; k < v.start[i + 1]; k += 1) m.set(v.ids[k], (m.get(v.ids[k]) ?? 0) + v.weights[k]);
      let q = 0;
      for (const w of m.values()) q += w * w;
      this.sums[g] = m;
      this.norm2[g] = q;
    }
    return m;
  }
  private dot(a: number, b: number, membersOf: (g: number) => number[]): number {
    const [x, y] = this.sumOf(a, membersOf).size <= this.sumOf(b, membersOf).size ? [this.sums[a]!, this.sums[b]!] : [this.sums[b]!, this.sums[a]!];
    let dot = 0;
    for (const [t, w] of x) {
      const o = y.get(t);
      if (o !== undefined) dot += w * o;
    }
    return dot;
  }
  cosine(a: number, b: number, membersOf: (g: number) => number[]): number {
    const dot = this.dot(a, b, membersOf);
    return dot / Math.sqrt(this.norm2[a] * this.norm2[b]);
  }
  /** Folds `gone` into `keep` (before their member lists are joined); nothing while neither sum is made. */
  merge(keep: number, gone: number, membersOf: (g: number) => number[]): void {
    if (!this.sums[keep] && !this.sums[gone]) return;
    const dot = this.dot(keep, gone, membersOf);
    const [big, small] = this.sums[keep]!.size >= this.sums[gone]!.size ? [this.sums[keep]!, this.sums[gone]!] : [this.sums[gone]!, this.sums[keep]!];
    for (const [t, w] of small) big.set(t, (big.get(t) ?? 0) + w);
    this.norm2[keep] += this.norm2[gone] + 2 * dot;
    this.sums[keep] = big;
    this.sums[gone] = undefined;
  }
}

/**
 * Joins the groups of complete linkage (`initial`, each named by its lowest member) into whole
 * stories. Complete linkage splits a large event: with ten or more outlets, some pair of reports
 * always falls short of the threshold, so one event came out as three to five pure stories. Here a
 * story is judged as a whole: repeatedly join the two groups whose centroids (summed vectors) are
 * closest, while
 * - the centroid cosine, less the average date penalty of the pairs across, reaches the threshold;
 * - both are stories of `wholeStorySize` or more articles, or one is a single article and the other
 *   such a story: a centroid of two or three articles says little more than its members, so small
 *   stories keep the every-pair rule, and two small stories of one recurring issue stay apart;
 * - more than `edgeShare` of the pairs across them are edges (pairs within `looseMargin` of the
 *   threshold), so one bridging article close to two events cannot pull them together: its edges
 *   are a minority;
 * - every two dates across them are within the window.
 * Returns the group of every article (its lowest member).
 */
function centroidLinkage(n: number, edges: Edges, threshold: number, v: Vectors, vu: Vectors, day: Float64Array, p: GroupingParameters, initial: Int32Array): Int32Array {
  const NONE = -1e9;
  const size = new Int32Array(n).fill(1);
  const version = new Int32Array(n);
  const alive = new Uint8Array(n).fill(1);
  // Per group, for every group it has edges to: how many loose edges (pairs within the loose
  // margin) and how many pairs that reach the threshold before the undated penalty. Most articles
  // have no edge at all, so maps, sums and member lists are made only when needed.
  const links: Map<number, Link>[] = new Array(n);
  const linksOf = (g: number) => (links[g] ??= new Map());
  const members: number[][] = new Array(n);
  const membersOf = (g: number) => (members[g] ??= [g]);
  // Per group, the days of its dated members, ascending (made when first needed).
  const days: number[][] = new Array(n);
  const daysOf = (g: number) => (days[g] ??= membersOf(g).filter((i) => day[i] !== NONE).map((i) => day[i]).sort((x, y) => x - y));
  // Summed vectors: on `vu` (numbers counted as in undated pairs) for a join where a date is
  // missing, on `v` otherwise, each made only when first needed.
  const dated = new Centroids(v, n);
  const undated = vu === v ? dated : new Centroids(vu, n);
  const centroidsFor = (a: number, b: number) => (daysOf(a).length < size[a] || daysOf(b).length < size[b] ? undated : dated);
  // See `aloneJoin`: only a corpus of the background's weight or more can show that nothing is near.
  const alone = p.aloneJoin && n >= p.backgroundWeight;
  /** The centroid score of two groups, or null when they may not join. */
  const score = (a: number, b: number, link: Link): number | null => {
    const pairs = size[a] * size[b];
    const [lo, hi] = size[a] <= size[b] ? [size[a], size[b]] : [size[b], size[a]];
    if (lo > 1 && lo < p.wholeStorySize && (!p.smallIntoIsolated || hi < p.wholeStorySize)) return null;
    // Local crowding: pairs at the threshold (before the undated penalty) between the joined story's
    // members and other articles, per such pair inside it, over the isolation bound. Below 1 the
    // story is isolated: no other event of the same kind is at hand.
    const outside = rawDegree[a] + rawDegree[b] - 2 * link.raw;
    const inside = 2 * (rawInside[a] + rawInside[b] + link.raw);
    const crowded = p.isolation > 0 && inside > 0 ? Math.min(1, outside / (p.isolation * inside)) : 1;
    if (hi < p.wholeStorySize) {
      // A single article and a story of two or three: every pair must reach the threshold before
      // the undated penalty, which is then asked of the centroid (below), not of each pair.
      if (!p.smallStoryJoin || lo !== 1 || hi < 2) return null;
      const allDated = daysOf(a).length === size[a] && daysOf(b).length === size[b];
      if (p.smallDatedJoin && allDated ? link.loose < pairs || link.raw < 1 : link.raw < pairs || link.loose < 1) return null;
    } else if (link.loose <= p.edgeShare * pairs && (crowded === 1 || link.raw <= p.edgeShare * pairs) && !(alone && outside === 0 && link.raw >= 1)) return null;
    // A story of two or three joins a large one only when the join is isolated and a date is missing:
    // with dates, complete linkage inside the window already gathers an event's reports, and a small
    // story near a large dated one is a follow-up (AllSides lists them as stories of their own).
    if (lo > 1 && lo < p.wholeStorySize && (crowded === 1 || (daysOf(a).length === size[a] && daysOf(b).length === size[b]))) return null;
    // Dates first (cheap): only the dated members' days matter, and a pair with a missing date
    // costs the undated penalty (scaled by the local crowding) whatever the other date is.
    const da = daysOf(a);
    const db = daysOf(b);
    let penalty = (pairs - da.length * db.length) * p.undatedPenalty * crowded;
    if (da.length > 0 && db.length > 0) {
      if (Math.max(da[da.length - 1] - db[0], db[db.length - 1] - da[0]) > p.dateWindowDays) return null;
      for (const x of da) for (const y of db) penalty += p.dayPenalty * Math.abs(x - y);
    }
    // A single article joining a story of two or three has every pair across among the edges, so
    // what the small-corpus rules asked of those pairs (no shared name, no shared headline word) is
    // known and asked of the centroid too, as the day penalties are.
    if (p.smallMargins && hi < p.wholeStorySize) penalty += link.margin;
    return centroidsFor(a, b).cosine(a, b, membersOf) - penalty / pairs;
  };
  const heap = new MergeHeap();
  // Start from the given groups (complete linkage): members, summed vectors, edge counts.
  for (let i = 0; i < n; i += 1) {
    const g = initial[i];
    if (g === i) continue;
    alive[i] = 0;
    size[g] += 1;
    membersOf(g).push(i);
  }
  // Per group, the pairs that reach the threshold before the undated penalty: with articles of other
  // groups (rawDegree) and inside it (rawInside).
  const rawDegree = new Float64Array(n);
  const rawInside = new Float64Array(n);
  for (let e = 0; e < edges.from.length; e += 1) {
    if (edges.raw[e] < threshold) continue;
    const a = initial[edges.from[e]];
    const b = initial[edges.to[e]];
    if (a === b) rawInside[a] += 1;
    else {
      rawDegree[a] += 1;
      rawDegree[b] += 1;
    }
  }
  for (let e = 0; e < edges.from.length; e += 1) {
    const loose = edges.loose[e] && edges.weight[e] >= threshold - p.looseMargin ? 1 : 0;
    const raw = edges.raw[e] >= threshold ? 1 : 0;
    if (!loose && !raw) continue;
    const a = initial[edges.from[e]];
    const b = initial[edges.to[e]];
    if (a === b) continue;
    const link = linksOf(a).get(b);
    if (link) {
      link.loose += loose;
      link.raw += raw;
      link.margin += edges.margin[e];
    } else {
      const made = { loose, raw, margin: edges.margin[e] };
      linksOf(a).set(b, made);
      linksOf(b).set(a, made);
    }
  }
  for (let a = 0; a < n; a += 1) {
    for (const [b, link] of links[a] ?? []) {
      if (b < a) continue;
      const w = score(a, b, link);
      if (w !== null && w >= threshold) heap.push([w, a, b, 0, 0]);
    }
  }
  while (heap.size > 0) {
    const [, a, b, va, vb] = heap.pop();
    if (!alive[a] || !alive[b] || version[a] !== va || version[b] !== vb) continue;
    // The lower id names the group; fold the smaller maps into the larger ones.
    const [keep, gone] = a < b ? [a, b] : [b, a];
    const joining = linksOf(keep).get(gone)!;
    rawInside[keep] += rawInside[gone] + joining.raw;
    rawDegree[keep] += rawDegree[gone] - 2 * joining.raw;
    const [big, small] = linksOf(keep).size >= linksOf(gone).size ? [links[keep], links[gone]] : [links[gone], links[keep]];
    big.delete(keep);
    big.delete(gone);
    for (const [c, link] of small) {
      if (c === keep || c === gone) continue;
      const other = big.get(c);
      // A new record: the old ones are shared with the other group's map.
      big.set(c, other ? { loose: other.loose + link.loose, raw: other.raw + link.raw, margin: other.margin + link.margin } : link);
    }
    links[keep] = big;
    links[gone] = new Map();
    dated.merge(keep, gone, membersOf);
    if (undated !== dated) undated.merge(keep, gone, membersOf);
    alive[gone] = 0;
    size[keep] += size[gone];
    version[keep] += 1;
    const merged = [...daysOf(keep), ...daysOf(gone)].sort((x, y) => x - y);
    for (const m of membersOf(gone)) membersOf(keep).push(m);
    members[gone] = [];
    days[keep] = merged;
    days[gone] = [];
    for (const [c, link] of big) {
      const other = links[c];
      other.delete(gone);
      other.set(keep, link);
      const w = score(keep, c, link);
      if (w !== null && w >= threshold) heap.push(keep < c ? [w, keep, c, version[keep], version[c]] : [w, c, keep, version[c], version[keep]]);
    }
  }
  const group = Int32Array.from({ length: n }, (_, i) => i);
  for (let g = 0; g < n; g += 1) for (const m of members[g] ?? []) group[m] = g;
  return group;
}

/** Groups with explicit parameters (the bench tunes them); `groupStories` uses the documented defaults. */
export function groupStoriesWith(candidates: readonly StoryCandidate[], given: GroupingParameters, reading?: TermReading): number[][] {
  const order = canonicalOrder(candidates);
  const docs = order.map((i) => candidates[i]);
  // Crowding depends only on the number of articles, so the groups still do not depend on their order.
  const crowding = given.undatedCrowding ? docs.length / (docs.length + given.backgroundWeight) : 1;
  const p = { ...given, undatedPenalty: given.undatedPenalty * crowding };
  const table = readTerms(docs, reading);
  const v = buildVectors(docs, table, p);
  // Vectors with numbers counted `undatedNumberWeight` times, for pairs where a date is missing
  // (built only when one is).
  const vu = p.undatedNumberWeight !== p.numberWeight && docs.some((c) => dayNumber(c.date) === null) ? buildVectors(docs, table, { ...p, numberWeight: p.undatedNumberWeight }) : v;
  const edges = scorePairs(docs, v, p, given.undatedCrowding ? p.looseMargin * (1 - crowding) : p.looseMargin, vu);
  const day = Float64Array.from(docs, (c) => dayNumber(c.date) ?? -1e9);
  const complete = completeLinkage(docs.length, edges, p.minSimilarity);
  const group = p.linkage === 'complete' ? complete : centroidLinkage(docs.length, edges, p.minSimilarity, v, vu, day, p, complete);
  // Filled in canonical (key) order, and a Map keeps insertion order: groups come out ordered by
  // their smallest key.
  const groups = new Map<number, number[]>();
  for (let k = 0; k < docs.length; k += 1) {
    const list = groups.get(group[k]);
    if (list) list.push(order[k]);
    else groups.set(group[k], [order[k]]);
  }
  return [...groups.values()].map((g) => g.sort((a, b) => a - b));
}

/** Groups of candidate indexes: each group ascending, groups ordered by their smallest key. */
export function groupStories(candidates: readonly StoryCandidate[], options: GroupingOptions = {}, reading?: TermReading): number[][] {
  return groupStoriesWith(candidates, { ...defaultParameters(), ...(options.minSimilarity === undefined ? {} : { minSimilarity: options.minSimilarity }) }, reading);
}
