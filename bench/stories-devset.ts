// Story grouping on real corpora (../shared/devsets): AllSides roundups (506 stories, each covered
// by up to three outlets), the bundled seeds and 1,000 unrelated real articles from the lean set.
// Prints adjusted Rand index, stories split and merged, unrelated articles that join a story, and
// the time of grouping alone at the corpus size and at ten times it.
// Run alone: npx tsx bench/stories-devset.ts
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { toDocument, readArticleFile } from '../src/ingest/read-file.js';
import { parseDocument } from '../src/nlp/parse-document.js';
import { findCorpusRepeats, structureArticle } from '../src/structure/index.js';
import { indexEntities } from '../src/analyze/entities.js';
import { storyTerms, unpackStoryTerms } from '../src/analyze/story-terms.js';
import type { StoryTerms } from '../src/analyze/story-terms.js';
import { groupStories, DEFAULT_MIN_SIMILARITY } from '../src/compare/stories.js';
import type { StoryCandidate } from '../src/compare/stories.js';
import { toIsoDate } from '../src/dates.js';
import type { SourceDocument } from '../src/types.js';
import { DEFAULT_LEAN_SET, leanDocument, readLeanSet, splitLeanSet } from '../scripts/build-story-background.js';

const ROOT = join(import.meta.dirname, '..');
const ALLSIDES = join(ROOT, '..', 'shared', 'devsets', 'stories', 'allsides-2021.jsonl');
const SIDES = ['left', 'center', 'right'] as const;

interface AllSidesStory {
  id: number;
  issue: string;
  date: string;
  news: Partial<Record<(typeof SIDES)[number], { newsTitle: string; newsLink: string | null; newBody: string[]; opinionTag: string | null }>>;
}

interface LabelledArticle {
  candidate: StoryCandidate;
  story: number;
  /** The line is a "Perspectives" roundup or carries an outlet's opinion piece. */
  opinion: boolean;
  /** The date in the article's own address (/2021/10/18/), when it has one. */
  urlDate: string | null;
}

/** Story terms as the analyze stage computes them (ingest -> parse -> structure -> entities -> terms). */
export function termsOf(docs: readonly SourceDocument[]): StoryTerms[] {
  const repeated = docs.length >= 3 ? findCorpusRepeats(docs) : new Set<string>();
  return docs.map((doc) => {
    const article = structureArticle(parseDocument(doc), { repeatedAcrossCorpus: repeated });
    return storyTerms(article, [...indexEntities(article.blocks, article.text).entities.values()]);
  });
}

export function allSidesArticles(): LabelledArticle[] {
  const stories = readFileSync(ALLSIDES, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as AllSidesStory);
  const docs: SourceDocument[] = [];
  const labels: Omit<LabelledArticle, 'candidate'>[] = [];
  const dates: (string | null)[] = [];
  for (const s of stories) {
    // "Perspectives: ..." lines gather opinion pieces on a theme, not reports of one event; a few
    // other lines carry an outlet's piece tagged OPINION. Both are left out of the "news" figures.
    const opinion = /^perspectives\b/i.test(s.issue) || SIDES.some((side) => s.news[side]?.opinionTag === 'OPINION');
    for (const side of SIDES) {
      const a = s.news[side];
      if (!a) continue;
      docs.push(toDocument(`${s.id}-${side}.txt`, `${a.newsTitle}\n\n${a.newBody.join('\n\n')}`, 'text'));
      const m = /\/(20\d\d)[/-](\d\d?)[/-](\d\d?)(?:[/-]|$)/.exec(a.newsLink ?? '');
      labels.push({ story: s.id, opinion, urlDate: m ? toIsoDate(`${m[1]}-${m[2]}-${m[3]}`) : null });
      dates.push(toIsoDate(s.date));
    }
  }
  return termsOf(docs).map((terms, i) => ({ ...labels[i], candidate: { key: docs[i].file, terms, date: dates[i] } }));
}

/** Adjusted Rand index (Hubert and Arabie) of a predicted against a gold labelling. */
export function adjustedRandIndex(predicted: readonly number[], gold: readonly number[]): number {
  const pairs = (n: number) => (n * (n - 1)) / 2;
  const count = (keys: readonly (string | number)[]) => {
    const m = new Map<string | number, number>();
    for (const k of keys) m.set(k, (m.get(k) ?? 0) + 1);
    return [...m.values()].reduce((s, n) => s + pairs(n), 0);
  };
  const index = count(predicted.map((p, i) => `${p}|${gold[i]}`));
  const [a, b] = [count(predicted), count(gold)];
  const expected = (a * b) / pairs(predicted.length);
  const max = (a + b) / 2;
  return max === expected ? 1 : (index - expected) / (max - expected);
}

interface Score {
  ari: number;
  stories: number;
  groups: number;
  /** Gold stories whose articles land in two or more groups. */
  split: number;
  /** Gold stories that share a group with another story's article. */
  merged: number;
}

export function groupAndScore(articles: readonly LabelledArticle[], dates: 'story' | 'url' | 'none', group: (c: readonly StoryCandidate[]) => number[][] = groupStories): Score {
  const candidates = articles.map((a) => ({ ...a.candidate, date: dates === 'none' ? null : dates === 'url' ? (a.urlDate ?? a.candidate.date) : a.candidate.date }));
  const groups = group(candidates);
  const predicted = new Array<number>(articles.length);
  groups.forEach((g, k) => g.forEach((i) => (predicted[i] = k)));
  const gold = articles.map((a) => a.story);
  const groupsOfStory = new Map<number, Set<number>>();
  const storiesOfGroup = new Map<number, Set<number>>();
  articles.forEach((a, i) => {
    if (!groupsOfStory.has(a.story)) groupsOfStory.set(a.story, new Set());
    groupsOfStory.get(a.story)!.add(predicted[i]);
    if (!storiesOfGroup.has(predicted[i])) storiesOfGroup.set(predicted[i], new Set());
    storiesOfGroup.get(predicted[i])!.add(a.story);
  });
  let split = 0;
  let merged = 0;
  for (const gs of groupsOfStory.values()) {
    split += Number(gs.size > 1);
    merged += Number([...gs].some((g) => storiesOfGroup.get(g)!.size > 1));
  }
  return { ari: adjustedRandIndex(predicted, gold), stories: groupsOfStory.size, groups: groups.length, split, merged };
}

const line = (s: Score) => `ARI **${s.ari.toFixed(3)}**, ${s.groups} groups for ${s.stories} stories, ${s.split} split, ${s.merged} merged`;

/** Copies of the corpus for the timing at ten times its size: a few words swapped, dates shifted so copies are other events. */
function tenfold(candidates: readonly StoryCandidate[], shiftDays: number): StoryCandidate[] {
  let seed = 20211018;
  const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
  const vocabulary = [...new Set(candidates.flatMap((c) => unpackStoryTerms(c.terms).lemmas.map(([l]) => l)))].sort();
  const swap = (list: [string, number][]) => {
    const m = new Map<string, number>();
    for (const [l, n] of list) {
      const word = random() < 0.1 ? vocabulary[Math.floor(random() * vocabulary.length)] : l;
      m.set(word, (m.get(word) ?? 0) + n);
    }
    return [...m].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  };
  const out: StoryCandidate[] = [];
  for (let k = 0; k < 10; k += 1) {
    for (const c of candidates) {
      if (k === 0) {
        out.push(c);
        continue;
      }
      const date = c.date ? new Date(Date.parse(`${c.date}T00:00:00Z`) + k * shiftDays * 86_400_000).toISOString().slice(0, 10) : null;
      const terms = unpackStoryTerms(c.terms);
      out.push({ key: `copy${k}-${c.key}`, date, terms: { ...terms, lemmas: swap(terms.lemmas), headline: swap(terms.headline) } });
    }
  }
  return out;
}

function timeGrouping(sets: readonly (readonly StoryCandidate[])[], rounds = 5): number[] {
  const times = sets.map(() => [] as number[]);
  groupStories(sets[0]); // warm-up
  for (let r = 0; r < rounds; r += 1) {
    sets.forEach((set, k) => {
      const t = performance.now();
      groupStories(set);
      times[k].push(performance.now() - t);
    });
  }
  return times.map((xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]);
}

export function storiesDevset(): void {
  console.log('\n## Story grouping on real corpora (../shared/devsets)');
  if (!existsSync(ALLSIDES)) {
    console.log(`skipped: ${ALLSIDES} not found`);
    return;
  }
  const articles = allSidesArticles();
  const news = articles.filter((a) => !a.opinion);
  const half = (parity: number) => articles.filter((a) => a.story % 2 === parity);
  console.log(`AllSides 2021: ${articles.length} articles (headline + excerpt) of ${new Set(articles.map((a) => a.story)).size} stories; minimum similarity ${DEFAULT_MIN_SIMILARITY}.`);
  console.log('| corpus | with the story dates | with each article\'s own date (address, else story) | without dates |\n|---|---|---|---|');
  const rows: [string, readonly LabelledArticle[]][] = [
    ['all lines', articles],
    [`without Perspectives/opinion lines (${new Set(news.map((a) => a.story)).size} stories)`, news],
    ['even story ids (tuning half)', half(0)],
    ['odd story ids (held-out half)', half(1)],
  ];
  for (const [name, set] of rows) console.log(`| ${name} | ${line(groupAndScore(set, 'story'))} | ${line(groupAndScore(set, 'url'))} | ${line(groupAndScore(set, 'none'))} |`);

  // Seeds and unrelated articles added to the corpus: none should join an AllSides story.
  const seedDir = join(ROOT, 'corpus');
  const seedDocs = readdirSync(seedDir).filter((f) => f.endsWith('.txt')).sort().map((f) => readArticleFile(join(seedDir, f)));
  const seeds = termsOf(seedDocs).map((terms, i) => ({ key: seedDocs[i].file, terms, date: null }));
  let unrelated: StoryCandidate[] = [];
  if (existsSync(DEFAULT_LEAN_SET)) {
    const { bench } = splitLeanSet(readLeanSet(DEFAULT_LEAN_SET));
    unrelated = termsOf(bench.map(leanDocument)).map((terms, i) => ({ key: `lean-${bench[i].id}.txt`, terms, date: toIsoDate(bench[i].date) }));
  } else console.log(`(unrelated articles skipped: ${DEFAULT_LEAN_SET} not found)`);
  for (const dated of [true, false]) {
    const corpus = [...articles.map((a) => ({ ...a.candidate, date: dated ? a.candidate.date : null })), ...seeds, ...unrelated.map((c) => ({ ...c, date: dated ? c.date : null }))];
    const groups = groupStories(corpus);
    const n = articles.length;
    let joined = 0;
    let seedsTogether = false;
    for (const g of groups) {
      const others = g.filter((i) => i >= n + seeds.length).length;
      if (g.some((i) => i < n)) joined += others;
      seedsTogether ||= g.length === seeds.length && g.every((i) => i >= n && i < n + seeds.length);
    }
    const undated = unrelated.filter((c) => c.date === null).length;
    console.log(
      `+ ${seeds.length} seeds + ${unrelated.length} unrelated lean articles, ${dated ? `with their dates (${undated} have none)` : 'no dates at all'}: ` +
        `**${joined}** unrelated joined an AllSides story; seeds one story of three: **${seedsTogether ? 'yes' : 'no'}**.`,
    );
  }

  const base = articles.map((a) => a.candidate);
  const spread = tenfold(base, 364);
  const dense = tenfold(base, 7);
  const sets: [string, StoryCandidate[]][] = [
    ['the corpus', base],
    ['5 copies a year apart', spread.slice(0, 5 * base.length)],
    ['10 copies a year apart', spread],
    ['10 copies a week apart (10x the articles per day)', dense],
  ];
  // Whole articles (median 800 words) have more story terms than the excerpts: the unrelated set, ten times.
  if (unrelated.length > 0) sets.push(['10 copies of the 1,000 whole lean articles', tenfold(unrelated, 364)]);
  const times = timeGrouping(sets.map(([, set]) => set));
  console.log(
    `Grouping alone, median of 5 interleaved runs: ` +
      sets.map(([name, set], k) => `${name} (${set.length}) ${times[k].toFixed(0)} ms, ${((times[k] / set.length) * 1000).toFixed(0)} µs/article`).join('; ') +
      '.',
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) storiesDevset();
