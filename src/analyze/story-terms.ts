// The words that tell one event from another, taken from an article's own text while its tokens are
// at hand. Story grouping (compare stage) works only on these small records, and the background
// table (scripts/build-story-background.ts) is counted with the same `storyLemmas`, so both agree on
// what a term is.
import type { Article, Token } from '../types.js';
import type { Entity } from './entities.js';
import { CONTENT_ROLES } from './content.js';
import { isTitleCase } from './loaded-words.js';
import { backgroundIdf, storyBackground } from '../lexicon/story-background.js';

export interface StoryTerms {
  /** [content-word lemma, count] in the article's own text (headline included), sorted by lemma. */
  lemmas: [string, number][];
  /** [content-word lemma, count] in the headline alone, sorted by lemma: the headline names the event, so grouping weighs it again. */
  headline: [string, number][];
  /** [number as written without thousands separators, count], sorted: outlets covering one event report the same figures. */
  numbers: [string, number][];
  /** Lower-cased names of the people and organisations the article mentions. */
  names: string[];
  /**
   * Days of the week the text writes ("on Tuesday"), lower-cased, sorted, each once: reports of one
   * event tell the day it happened, reports of two events of one storyline tell two days. Absent in
   * records made before it (grouping then asks nothing of it).
   */
  weekdays?: string[];
}

const CONTENT_POS = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ']);
// Verbs every report uses whatever the event; idf would weigh them down anyway, but short texts
// have too few words for idf alone to keep them from deciding a match.
const LIGHT_VERBS = new Set(['be', 'have', 'do', 'say', 'make', 'get', 'go', 'take', 'come', 'set', 'tell', 'give', 'know', 'see', 'want', 'include', 'accord']);

// Calendar words place an article in time, which the date window already does; as terms they would
// join unrelated events reported in the same month.
const CALENDAR = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

/**
 * Harman's "S" stemmer: headline capitals make wink tag common nouns as proper nouns and leave them
 * unlemmatised ("Workers", "Protests"), so plurals are folded the same way for every term.
 */
export function foldPlural(word: string): string {
  if (word.length > 4 && word.endsWith('ies') && !/[ea]ies$/.test(word)) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith('s') && !/[us]s$/.test(word)) return word.slice(0, -1);
  return word;
}

/** The terms a token contributes to story terms: none for function words, numbers and very short words. */
export function storyLemmas(token: Token): readonly string[] {
  if (token.type !== 'word' || !CONTENT_POS.has(token.pos)) return NONE;
  // Every article repeats most of its words and most words of the corpus before it: remembered,
  // bounded so a long run cannot grow it without limit.
  if (termsOfLemma.size >= MAX_REMEMBERED && !termsOfLemma.has(token.lemma)) forget();
  return lemmaEntry(token.lemma).terms;
}

/**
 * One story term of the process: its background weight worked out once (the table never changes),
 * and its count in the article being read (`stamp` says which), so an article counts its terms
 * without a Map keyed by strings.
 */
interface TermRecord {
  term: string;
  idf: number;
  stamp: number;
  n: number;
  headline: number;
}

interface LemmaEntry {
  terms: readonly string[];
  records: readonly TermRecord[];
}

const NONE: readonly string[] = [];
const NO_ENTRY: LemmaEntry = { terms: NONE, records: [] };
const MAX_REMEMBERED = 30_000;
const termsOfLemma = new Map<string, LemmaEntry>();
/** One record per term, so two lemmas of one term ("workers" as written, "worker") count together. */
const recordOfTerm = new Map<string, TermRecord>();
let stamp = 0;

function forget(): void {
  termsOfLemma.clear();
  recordOfTerm.clear();
}

function lemmaEntry(lemma: string): LemmaEntry {
  let entry = termsOfLemma.get(lemma);
  if (entry === undefined) {
    const terms = lemmaTerms(lemma);
    entry = terms.length === 0 ? NO_ENTRY : { terms, records: terms.map(recordOf) };
    termsOfLemma.set(lemma, entry);
  }
  return entry;
}

function recordOf(term: string): TermRecord {
  let r = recordOfTerm.get(term);
  if (r === undefined) recordOfTerm.set(term, (r = { term, idf: backgroundIdf(storyBackground(), term), stamp: -1, n: 0, headline: 0 }));
  return r;
}

function lemmaTerms(written: string): readonly string[] {
  // Lemmas keep apostrophes, periods and hyphens as written: "biden’s", "u.s.", "covid-19".
  const lemma = written.replace(/[’‘]s$|'s$/, '').replace(/\./g, '');
  const out: string[] = [];
  for (const part of lemma.split(/[-–]/)) {
    if (part.length < 3 || !/^\p{L}/u.test(part) || LIGHT_VERBS.has(part) || CALENDAR.has(part)) continue;
    out.push(foldPlural(part));
  }
  return out.length === 0 ? NONE : out;
}

/** The figure a number token contributes ("194000", "5.9", "84"), or null; years place an article in time, like dates. */
export function storyNumber(token: Token): string | null {
  if (token.type !== 'number') return null;
  const value = token.value.replace(/,/g, '');
  return /^(1[89]|20)\d\d$/.test(value) ? null : value;
}

/** Counts the article's terms on their records; `seen` gets each record the first time the article has it. */
function countLemmas(tokens: readonly Token[], seen: TermRecord[], headline: boolean): void {
  for (const t of tokens) {
    if (t.type !== 'word' || !CONTENT_POS.has(t.pos)) continue;
    for (const r of lemmaEntry(t.lemma).records) {
      if (r.stamp !== stamp) {
        r.stamp = stamp;
        r.n = 0;
        r.headline = 0;
        seen.push(r);
      }
      r.n += 1;
      if (headline) r.headline += 1;
    }
  }
}

const compareStrings = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const sorted = (counts: Map<string, number>): [string, number][] => [...counts].sort((a, b) => compareStrings(a[0], b[0]));

/** Lemmas kept per article, and numbers: enough for any event, and grouping cost stays bounded per article. */
export const MAX_STORY_LEMMAS = 100;
export const MAX_STORY_NUMBERS = 20;

/**
 * The `max` terms that weigh most by count and background rarity (ties by the term itself), so a
 * long article keeps what names its event and drops the common words that weigh least anyway.
 */
function strongest(counts: Map<string, number>, max: number, prefix = ''): Map<string, number> {
  if (counts.size <= max) return counts;
  const background = storyBackground();
  // Built in one pass (no spread and map copies of every entry): this runs for every article.
  const ranked: [string, number, number][] = [];
  for (const [term, n] of counts) ranked.push([term, n, (1 + Math.log(n)) * backgroundIdf(background, prefix + term)]);
  ranked.sort((a, b) => b[2] - a[2] || compareStrings(a[0], b[0]));
  const kept = new Map<string, number>();
  for (let i = 0; i < max; i += 1) kept.set(ranked[i][0], ranked[i][1]);
  return kept;
}

const WEEKDAYS = new Set(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);

/**
 * The day of the week a token writes, lower-cased, or null. Not when it follows a capitalised word
 * inside its sentence: "Black Friday", "Super Tuesday", "Good Friday" name an occasion, not the day
 * an event happened. In a title-case block every word is capitalised, so there the word before says
 * nothing; an occasion's weekday is followed by the rest of its name ("Super Tuesday Results"), so a
 * title-case weekday counts only when no capitalised word follows it in its sentence ("Senate Passes
 * Bill Tuesday", "Trump to Visit Texas on Friday"; "Tuesday Vote Set" is lost).
 */
export function storyWeekday(tokens: readonly Token[], k: number, titleCase = false): string | null {
  const t = tokens[k];
  if (t.type !== 'word' || !WEEKDAYS.has(t.value)) return null;
  if (titleCase) {
    const after = tokens[k + 1];
    const nameGoesOn = after !== undefined && after.sentence === t.sentence && after.type === 'word' && /^\p{Lu}/u.test(after.value);
    return nameGoesOn ? null : t.value.toLowerCase();
  }
  const before = k > 0 ? tokens[k - 1] : null;
  // The word before may be capitalised only as the first word of the sentence ("On Tuesday, ...").
  const named = before !== null && before.sentence === t.sentence && before.type === 'word' && /^\p{Lu}/u.test(before.value) && k >= 2 && tokens[k - 2].sentence === t.sentence;
  return named ? null : t.value.toLowerCase();
}

export function storyTerms(article: Article, entities: readonly Entity[]): StoryTerms {
  // Forgotten only between articles: a record made again mid-article would split a term's count.
  if (termsOfLemma.size >= MAX_REMEMBERED) forget();
  stamp += 1;
  const seen: TermRecord[] = [];
  const numbers = new Map<string, number>();
  const weekdays = new Set<string>();
  for (const b of article.blocks) {
    if (!CONTENT_ROLES.has(b.role)) continue;
    countLemmas(b.parsed.tokens, seen, b.role === 'headline');
    const tokens = b.parsed.tokens;
    // Worked out only for a block that writes a weekday (most do not).
    let titleCase: boolean | undefined;
    for (let k = 0; k < tokens.length; k += 1) {
      const t = tokens[k];
      const n = storyNumber(t);
      if (n !== null) numbers.set(n, (numbers.get(n) ?? 0) + 1);
      if (t.type === 'word' && t.value.endsWith('day')) {
        const day = storyWeekday(tokens, k, (titleCase ??= isTitleCase(tokens)));
        if (day !== null) weekdays.add(day);
      }
    }
  }
  const names = entities.filter((e) => e.type !== 'unknown' && e.mentions > 0).map((e) => e.name.toLowerCase());
  // The strongest terms (ranked by the same weight and tie as `strongest`), every headline term among
  // them, each list sorted by term: read off the records.
  let kept = seen;
  if (seen.length > MAX_STORY_LEMMAS) {
    const ranked = seen.map((r) => ({ r, w: (1 + Math.log(r.n)) * r.idf }));
    ranked.sort((a, b) => b.w - a.w || compareStrings(a.r.term, b.r.term));
    kept = ranked.slice(0, MAX_STORY_LEMMAS).map((x) => x.r);
    const inKept = new Set(kept);
    for (const r of seen) if (r.headline > 0 && !inKept.has(r)) kept.push(r);
  }
  const byTerm = (a: TermRecord, b: TermRecord) => compareStrings(a.term, b.term);
  return {
    lemmas: [...kept].sort(byTerm).map((r): [string, number] => [r.term, r.n]),
    headline: seen.filter((r) => r.headline > 0).sort(byTerm).map((r): [string, number] => [r.term, r.headline]),
    numbers: sorted(strongest(numbers, MAX_STORY_NUMBERS, '#')),
    names: [...new Set(names)].sort(),
    weekdays: [...weekdays].sort(),
  };
}

/**
 * Story terms as a run keeps them for every article of a corpus until grouping: each count list as
 * one string ("term\tcount" lines). A hundred [term, count] pairs as arrays cost about 10 KB per
 * article in memory; as one string, about 1 KB, so 10,000 summaries stay small.
 */
export interface PackedStoryTerms {
  packed: { lemmas: string; headline: string; numbers: string };
  names: string[];
  weekdays?: string[];
}

export type AnyStoryTerms = StoryTerms | PackedStoryTerms;

// Terms are single lemmas or numbers (no white space); a tab or newline would break the packing.
const packCounts = (counts: readonly [string, number][]): string => counts.map(([term, n]) => `${term.replace(/[\t\n]/g, ' ')}\t${n}`).join('\n');
const unpackCounts = (packed: string): [string, number][] => (packed === '' ? [] : packed.split('\n').map((line) => {
  const tab = line.lastIndexOf('\t');
  return [line.slice(0, tab), Number(line.slice(tab + 1))];
}));

/** Calls `each` with every term and count of a packed list, in order, without building the list. */
export function forEachCount(packed: string, each: (term: string, n: number) => void): void {
  if (packed === '') return;
  let from = 0;
  while (from <= packed.length) {
    let end = packed.indexOf('\n', from);
    if (end === -1) end = packed.length;
    const tab = packed.lastIndexOf('\t', end - 1);
    each(packed.slice(from, tab), Number(packed.slice(tab + 1, end)));
    from = end + 1;
  }
}

export const isPacked = (t: AnyStoryTerms): t is PackedStoryTerms => 'packed' in t;

export function packStoryTerms(t: AnyStoryTerms): PackedStoryTerms {
  if (isPacked(t)) return t;
  const packed: PackedStoryTerms = { packed: { lemmas: packCounts(t.lemmas), headline: packCounts(t.headline), numbers: packCounts(t.numbers) }, names: t.names };
  if (t.weekdays) packed.weekdays = t.weekdays;
  return packed;
}

export function unpackStoryTerms(t: AnyStoryTerms): StoryTerms {
  if (!isPacked(t)) return t;
  const out: StoryTerms = { lemmas: unpackCounts(t.packed.lemmas), headline: unpackCounts(t.packed.headline), numbers: unpackCounts(t.packed.numbers), names: t.names };
  if (t.weekdays) out.weekdays = t.weekdays;
  return out;
}

const linesIn = (packed: string): number => {
  if (packed === '') return 0;
  let n = 1;
  for (let i = packed.indexOf('\n'); i !== -1; i = packed.indexOf('\n', i + 1)) n += 1;
  return n;
};

/** How many [term, count] entries the lemmas, headline and numbers hold together. */
export function countTerms(t: AnyStoryTerms): number {
  if (!isPacked(t)) return t.lemmas.length + t.headline.length + t.numbers.length;
  return linesIn(t.packed.lemmas) + linesIn(t.packed.headline) + linesIn(t.packed.numbers);
}
