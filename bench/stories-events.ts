// Story grouping on large events and on small corpora of unrelated articles (issue 19).
//
// Large events: real 3-outlet events (BASIL, whole articles; AllSides, excerpts) grown to 12 articles
// each with near-copies as other outlets would write them: a random part of one outlet's sentences
// (about half), paragraphs in another order, and another outlet's headline (or the event's one-line
// description / AllSides' roundup lead). Measured with and without dates: ARI, the share of each
// event's articles in its biggest story ("together", goal at least 90% without dates), purity (share
// of articles whose story's majority event is their own), and how many stories the events give.
// Also BASIL as it is (46 events x 3 real outlets) and small corpora of 4 events x 12 and 10 x 5.
//
// Small corpora: 3 to 10 articles on different topics (ABP held-out articles of different topics,
// AllSides stories of different issues, BASIL events), all with one date: share of samples where any
// two unrelated articles form a story (goal 0). Fixed seeds; same samples every run.
// Run alone: npx tsx bench/stories-events.ts (or npm run bench -- story-events)
import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { toDocument } from '../src/ingest/read-file.js';
import { DATE_WINDOW_DAYS, groupStories } from '../src/compare/stories.js';
import { foldPlural, unpackStoryTerms } from '../src/analyze/story-terms.js';
import { storyBackground } from '../src/lexicon/story-background.js';
import type { StoryCandidate } from '../src/compare/stories.js';
import { toIsoDate } from '../src/dates.js';
import type { SourceDocument } from '../src/types.js';
import { DEFAULT_LEAN_SET, leanDocument, readLeanSet, splitLeanSet } from '../scripts/build-story-background.js';
import { adjustedRandIndex, termsOf } from './stories-devset.js';

const ROOT = join(import.meta.dirname, '..');
const ALLSIDES = join(ROOT, '..', 'shared', 'devsets', 'stories', 'allsides-2021.jsonl');
const BASIL = join(ROOT, '..', 'shared', 'devsets', 'framing', 'basil-dev.jsonl.gz');

/** A seeded generator (same LCG as the stories bench), so every run draws the same samples. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 2 ** 32;
}
function shuffle<T>(xs: readonly T[], random: () => number): T[] {
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** One outlet's report: headline and paragraphs of sentences. */
interface Report {
  title: string;
  paragraphs: string[][];
  date: string | null;
}
interface Event {
  id: string;
  reports: Report[];
  /** Other headlines for the event (a one-line description, a roundup's lead sentence). */
  headlines: string[];
}

const splitSentences = (p: string): string[] => p.replace(/\u00a0/g, ' ').split(/(?<=[.!?]["”’)]?)\s+(?=["“‘(]?[A-Z])/).map((s) => s.trim()).filter(Boolean);

function basilEvents(): Event[] {
  const rows = gunzipSync(readFileSync(BASIL)).toString('utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Record<string, unknown>);
  const byEvent = new Map<string, Event>();
  for (const r of rows) {
    const sentences = (typeof r.sentences === 'string' ? JSON.parse(r.sentences) : r.sentences) as string[];
    const para = (typeof r.sentence_paragraph === 'string' ? JSON.parse(r.sentence_paragraph) : r.sentence_paragraph) as number[];
    const paragraphs: string[][] = [];
    sentences.forEach((s, i) => {
      const k = para[i] ?? i;
      (paragraphs[k] ??= []).push(s);
    });
    const id = String(r.triplet_uuid);
    const e = byEvent.get(id) ?? { id, reports: [], headlines: [String(r.main_event)] };
    e.reports.push({ title: String(r.title), paragraphs: paragraphs.filter(Boolean), date: toIsoDate(String(r.date)) });
    byEvent.set(id, e);
  }
  return [...byEvent.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
}

interface AllSidesLine {
  id: number;
  issue: string;
  topic: string;
  date: string;
  roundup: string[];
  news: Record<string, { newsTitle: string; newBody: string[]; opinionTag: string | null } | undefined>;
}
const readAllSides = (): AllSidesLine[] => readFileSync(ALLSIDES, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as AllSidesLine);

function allSidesEvents(lines: readonly AllSidesLine[]): Event[] {
  const out: Event[] = [];
  for (const s of lines) {
    if (/^perspectives\b/i.test(s.issue)) continue;
    const sides = ['left', 'center', 'right'].map((k) => s.news[k]).filter((a): a is NonNullable<typeof a> => !!a && a.opinionTag !== 'OPINION');
    if (sides.length < 3 || !s.roundup[0]) continue;
    const date = toIsoDate(s.date);
    const lead = splitSentences(s.roundup[0]);
    out.push({
      id: `as${s.id}`,
      reports: [...sides.map((a) => ({ title: a.newsTitle, paragraphs: a.newBody.map(splitSentences), date })), { title: s.issue, paragraphs: [lead], date }],
      headlines: [s.issue, lead[0] ?? s.issue],
    });
  }
  return out;
}

/** A near-copy of one report as another outlet might write it. */
function nearCopy(e: Event, from: number, random: () => number): Report {
  const r = e.reports[from];
  const keep = r.paragraphs.map((p) => p.filter(() => random() < 0.5)).filter((p) => p.length > 0);
  const all = r.paragraphs.flat();
  // At least two sentences, so a copy of a short excerpt still says something.
  if (keep.flat().length < 2) keep.push(shuffle(all, random).slice(0, 2));
  const order = shuffle(keep, random);
  const others = [...e.reports.filter((_, k) => k !== from).map((x) => x.title), ...e.headlines];
  const title = others[Math.floor(random() * others.length)];
  const date = r.date && random() < 0.5 ? new Date(Date.parse(`${r.date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10) : r.date;
  return { title, paragraphs: order, date };
}

export interface Labelled {
  candidate: StoryCandidate;
  event: string;
}

function eventArticles(events: readonly Event[], perEvent: number, seed: number, tag: string): Labelled[] {
  const random = rng(seed);
  const docs: SourceDocument[] = [];
  const meta: { event: string; date: string | null }[] = [];
  for (const e of events) {
    const reports = [...e.reports.slice(0, perEvent)];
    for (let k = reports.length; k < perEvent; k += 1) reports.push(nearCopy(e, k % e.reports.length, random));
    reports.forEach((r, k) => {
      docs.push(toDocument(`${tag}-${e.id}-${k}.txt`, `${r.title}\n\n${r.paragraphs.map((p) => p.join(' ')).join('\n\n')}`, 'text'));
      meta.push({ event: e.id, date: r.date });
    });
  }
  return termsOf(docs).map((terms, i) => ({ event: meta[i].event, candidate: { key: docs[i].file, terms, date: meta[i].date } }));
}

export interface EventScore {
  ari: number;
  /** Mean over events of the share of its articles in its biggest story. */
  together: number;
  /** Events with at least 90% of their articles in one story. */
  whole: number;
  events: number;
  purity: number;
  groups: number;
}

/** How a check groups (the defaults, or other parameters in bench/stories-range.ts). */
export type Grouper = (candidates: readonly StoryCandidate[]) => number[][];

export function scoreEvents(articles: readonly Labelled[], dated: boolean, group: Grouper = groupStories): EventScore {
  const groups = group(articles.map((a) => ({ ...a.candidate, date: dated ? a.candidate.date : null })));
  const predicted = new Array<number>(articles.length);
  groups.forEach((g, k) => g.forEach((i) => (predicted[i] = k)));
  const byEvent = new Map<string, number[]>();
  articles.forEach((a, i) => byEvent.set(a.event, [...(byEvent.get(a.event) ?? []), i]));
  let together = 0;
  let whole = 0;
  for (const members of byEvent.values()) {
    const counts = new Map<number, number>();
    for (const i of members) counts.set(predicted[i], (counts.get(predicted[i]) ?? 0) + 1);
    const share = Math.max(...counts.values()) / members.length;
    together += share;
    whole += Number(share >= 0.9);
  }
  let pure = 0;
  for (const g of groups) {
    const counts = new Map<string, number>();
    for (const i of g) counts.set(articles[i].event, (counts.get(articles[i].event) ?? 0) + 1);
    pure += Math.max(...counts.values());
  }
  const gold = articles.map((a) => a.event);
  const goldIds = new Map([...new Set(gold)].map((g, k) => [g, k]));
  return { ari: adjustedRandIndex(predicted, gold.map((g) => goldIds.get(g)!)), together: together / byEvent.size, whole, events: byEvent.size, purity: pure / articles.length, groups: groups.length };
}

const cell = (s: EventScore) => `ARI ${s.ari.toFixed(3)}, together **${(100 * s.together).toFixed(1)}%** (${s.whole}/${s.events} events ≥ 90%), purity ${(100 * s.purity).toFixed(1)}%, ${s.groups} stories`;

/** Scores averaged over samples of `k` events drawn from `events` (a corpus of only those). */
export function sampled(articles: readonly Labelled[], k: number, samples: number, seed: number, dated: boolean, group: Grouper = groupStories): EventScore {
  const ids = [...new Set(articles.map((a) => a.event))];
  const random = rng(seed);
  const sum: EventScore = { ari: 0, together: 0, whole: 0, events: 0, purity: 0, groups: 0 };
  for (let s = 0; s < samples; s += 1) {
    const chosen = new Set(shuffle(ids, random).slice(0, k));
    const r = scoreEvents(articles.filter((a) => chosen.has(a.event)), dated, group);
    sum.ari += r.ari / samples;
    sum.together += r.together / samples;
    sum.purity += r.purity / samples;
    sum.groups += r.groups / samples;
    sum.whole += r.whole;
    sum.events += r.events;
  }
  sum.groups = Math.round(sum.groups * 10) / 10;
  return sum;
}

/** Unrelated articles for the small-corpus check: each has a topic, and a sample never repeats one. */
export interface Unrelated {
  candidate: StoryCandidate;
  topic: string;
  pool: string;
  /** The article's own publication date in the dev set (the sampler gives every article one date instead), when known. */
  published: string | null;
}

function unrelatedPools(lines: readonly AllSidesLine[], basil: readonly Event[]): Unrelated[] {
  const out: Unrelated[] = [];
  if (existsSync(DEFAULT_LEAN_SET)) {
    const bench = splitLeanSet(readLeanSet(DEFAULT_LEAN_SET)).bench.slice(0, 300);
    const terms = termsOf(bench.map(leanDocument));
    bench.forEach((a, i) => out.push({ candidate: { key: `lean-${a.id}.txt`, terms: terms[i], date: null }, topic: `abp:${(a as unknown as { topic: string }).topic}`, pool: 'abp', published: toIsoDate(a.date) }));
  }
  // One side per AllSides line (the center one when there is one), one line per issue.
  const seen = new Set<string>();
  const picked: { doc: SourceDocument; topic: string; published: string | null }[] = [];
  for (const s of lines) {
    if (/^perspectives\b/i.test(s.issue) || seen.has(s.topic)) continue;
    const a = s.news.center ?? s.news.left ?? s.news.right;
    if (!a) continue;
    seen.add(s.topic);
    picked.push({ doc: toDocument(`as-${s.id}.txt`, `${a.newsTitle}\n\n${a.newBody.join('\n\n')}`, 'text'), topic: `as:${s.topic}`, published: toIsoDate(s.date) });
  }
  termsOf(picked.map((p) => p.doc)).forEach((terms, i) => out.push({ candidate: { key: picked[i].doc.file, terms, date: null }, topic: picked[i].topic, pool: 'allsides', published: picked[i].published }));
  const basilDocs = basil.map((e) => toDocument(`basil-${e.id}.txt`, `${e.reports[0].title}\n\n${e.reports[0].paragraphs.map((p) => p.join(' ')).join('\n\n')}`, 'text'));
  termsOf(basilDocs).forEach((terms, i) => out.push({ candidate: { key: basilDocs[i].file, terms, date: null }, topic: `basil:${basil[i].id}`, pool: 'basil', published: basil[i].reports[0].date }));
  return out;
}

/** Days between two `YYYY-MM-DD` dates, or null when either is unknown. */
function daysApart(a: string | null, b: string | null): number | null {
  if (!a || !b) return null;
  return Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / 86_400_000;
}

/**
 * A person or organisation both articles name and both headlines carry ("Fauci", "Nikki Haley"),
 * leaving out names whose words are in more than 30% of the background's articles ("Trump"), as the
 * grouping's headline rule does: the two pieces are then on one storyline whatever their topic labels.
 */
function headlineNameShared(a: StoryCandidate, b: StoryCandidate): boolean {
  const ta = unpackStoryTerms(a.terms);
  const tb = unpackStoryTerms(b.terms);
  const ha = new Set(ta.headline.map(([w]) => w));
  const hb = new Set(tb.headline.map(([w]) => w));
  const bg = storyBackground();
  const rare = (w: string) => !bg || (bg.df.get(w) ?? 0) <= 0.3 * bg.documents;
  return ta.names.some((name) => tb.names.includes(name) && name.split(/[\s-]+/).map((w) => foldPlural(w.replace(/[’']s$/, '').replace(/\./g, ''))).some((w) => ha.has(w) && hb.has(w) && rare(w)));
}

/**
 * Samples of 3-10 pool articles on different topics, all with one date: how many form a story of
 * unrelated articles (goal 0). Round 5 splits the count without changing it: the topic labels keep
 * two articles of one storyline apart only when the dev sets filed them under different labels, so a
 * sample is also counted (1) when every pair put together has its own publication dates more than the
 * date window (3 days) apart, i.e. surely different events, and (2) when some pair put together shares
 * a person or organisation in both headlines (one storyline).
 */
export function smallCorpora(pool: readonly Unrelated[], samples: number, seed: number, group: Grouper = groupStories): { merged: number; pairs: number; examples: string[]; apart: number; storyline: number } {
  const random = rng(seed);
  let merged = 0;
  let pairs = 0;
  let apart = 0;
  let storyline = 0;
  const examples: string[] = [];
  for (let s = 0; s < samples; s += 1) {
    const k = 3 + Math.floor(random() * 8);
    const topics = new Set<string>();
    const chosen: Unrelated[] = [];
    for (const u of shuffle(pool, random)) {
      if (topics.has(u.topic)) continue;
      topics.add(u.topic);
      chosen.push(u);
      if (chosen.length === k) break;
    }
    const groups = group(chosen.map((u) => ({ ...u.candidate, date: '2021-06-01' }))).filter((g) => g.length > 1);
    merged += Number(groups.length > 0);
    let allApart = groups.length > 0;
    let oneStoryline = false;
    for (const g of groups) {
      pairs += (g.length * (g.length - 1)) / 2;
      if (examples.length < 5) examples.push(g.map((i) => chosen[i].candidate.key).join(' + '));
      for (let x = 0; x < g.length; x += 1) {
        for (let y = x + 1; y < g.length; y += 1) {
          const [a, b] = [chosen[g[x]], chosen[g[y]]];
          const d = daysApart(a.published, b.published);
          allApart &&= d !== null && d > DATE_WINDOW_DAYS;
          oneStoryline ||= headlineNameShared(a.candidate, b.candidate);
        }
      }
    }
    apart += Number(allApart);
    storyline += Number(oneStoryline);
  }
  return { merged, pairs, examples, apart, storyline };
}

/**
 * The other side of the small-corpus check (issue 19, round 4): one real event (its outlets' own
 * reports: BASIL's three, or AllSides' three sides) among 2-7 unrelated articles of the pool, all with
 * one date. Counts the samples whose reports all land in one story ("kept", goal: all) and those
 * where an unrelated article joins the event's story. A rule that keeps unrelated articles apart must
 * not pay for it here.
 */
export function smallWithEvent(events: readonly Labelled[], pool: readonly Unrelated[], seed: number, group: Grouper = groupStories, topicOf: ReadonlyMap<string, string> = new Map()): { samples: number; kept: number; joined: number } {
  const random = rng(seed);
  const byEvent = new Map<string, StoryCandidate[]>();
  for (const a of events) {
    // Near-copies are left out: only the first three articles of an event are real reports.
    const k = Number(/-(\d+)\.txt$/.exec(a.candidate.key)?.[1] ?? 0);
    if (k < 3) byEvent.set(a.event, [...(byEvent.get(a.event) ?? []), a.candidate]);
  }
  let kept = 0;
  let joined = 0;
  for (const [event, reports] of byEvent) {
    const id = event.replace(/^as/, '');
    const others: StoryCandidate[] = [];
    const topics = new Set<string>();
    for (const u of shuffle(pool, random)) {
      // Not the event itself, nor another AllSides story filed under the event's topic.
      if (u.candidate.key.includes(id) || topics.has(u.topic) || u.topic === topicOf.get(event)) continue;
      topics.add(u.topic);
      others.push(u.candidate);
      if (others.length === 2 + Math.floor(random() * 6)) break;
    }
    const corpus = [...reports, ...others].map((c) => ({ ...c, date: '2021-06-01' }));
    const groups = group(corpus);
    const home = groups.find((g) => g.includes(0))!;
    kept += Number(reports.every((_, i) => home.includes(i)));
    joined += Number(home.some((i) => i >= reports.length));
  }
  return { samples: byEvent.size, kept, joined };
}

export interface EventData {
  basilEvents: number;
  asEvents: number;
  basil3: Labelled[];
  basil12: Labelled[];
  basil5: Labelled[];
  as12: Labelled[];
  pool: Unrelated[];
  /** AllSides event id -> its pool topic ("as:" + the line's topic). */
  asTopics: Map<string, string>;
}

/** Story terms of every article the checks use (the slow part: each article goes through the pipeline). */
export function eventData(): EventData | null {
  if (!existsSync(BASIL) || !existsSync(ALLSIDES)) {
    console.log(`skipped: ${!existsSync(BASIL) ? BASIL : ALLSIDES} not found`);
    return null;
  }
  const basil = basilEvents();
  const lines = readAllSides();
  const asEvents = shuffle(allSidesEvents(lines), rng(19)).slice(0, 40);
  return {
    basilEvents: basil.length,
    asEvents: asEvents.length,
    basil3: eventArticles(basil, 3, 1, 'b3'),
    basil12: eventArticles(basil, 12, 2, 'b12'),
    basil5: eventArticles(basil, 5, 3, 'b5'),
    as12: eventArticles(asEvents, 12, 4, 'a12'),
    pool: unrelatedPools(lines, basil),
    asTopics: new Map(lines.map((l) => [`as${l.id}`, `as:${l.topic}`])),
  };
}

export function reportEvents(d: EventData): void {
  console.log('| corpus | without dates | with dates |\n|---|---|---|');
  const rows: [string, () => EventScore, () => EventScore][] = [
    [`BASIL as it is: ${d.basilEvents} events x 3 outlets`, () => scoreEvents(d.basil3, false), () => scoreEvents(d.basil3, true)],
    [`BASIL ${d.basilEvents} events x 12 (3 outlets + 9 near-copies), one corpus`, () => scoreEvents(d.basil12, false), () => scoreEvents(d.basil12, true)],
    [`AllSides ${d.asEvents} events x 12 (3 sides + roundup lead + 8 near-copies), one corpus`, () => scoreEvents(d.as12, false), () => scoreEvents(d.as12, true)],
    ['BASIL 4 events x 12, mean of 30 samples', () => sampled(d.basil12, 4, 30, 5, false), () => sampled(d.basil12, 4, 30, 5, true)],
    ['BASIL 10 events x 5, mean of 30 samples', () => sampled(d.basil5, 10, 30, 6, false), () => sampled(d.basil5, 10, 30, 6, true)],
    ['AllSides 4 events x 12, mean of 30 samples', () => sampled(d.as12, 4, 30, 7, false), () => sampled(d.as12, 4, 30, 7, true)],
  ];
  for (const [name, undated, dated] of rows) console.log(`| ${name} | ${cell(undated())} | ${cell(dated())} |`);
  const samples = 500;
  const r = smallCorpora(d.pool, samples, 8);
  console.log(
    `Small corpora: ${samples} samples of 3-10 articles on different topics (pool: ${d.pool.length} = ABP/AllSides/BASIL), one date: ` +
      `**${r.merged}** samples (${((100 * r.merged) / samples).toFixed(1)}%) with a story of unrelated articles, ${r.pairs} unrelated pairs together (goal 0).` +
      ` Of these, ${r.apart} put together only articles whose own publication dates are more than ${DATE_WINDOW_DAYS} days apart (surely different events), ` +
      `and ${r.storyline} put together two articles whose headlines share a person or organisation both name (one storyline; ${r.merged - r.storyline} without).` +
      (r.examples.length ? ` E.g. ${r.examples.join('; ')}.` : ''),
  );
  const withEvent = [smallWithEvent(d.basil3, d.pool, 9), smallWithEvent(d.as12, d.pool, 10, groupStories, d.asTopics)];
  console.log(
    `Small corpora with one real event (its outlets' own reports + 2-7 unrelated articles, one date): ` +
      `BASIL ${withEvent[0].samples} events: reports kept in one story **${withEvent[0].kept}**, an unrelated article joined ${withEvent[0].joined}; ` +
      `AllSides ${withEvent[1].samples} events: kept **${withEvent[1].kept}**, joined ${withEvent[1].joined}.`,
  );
}

export function storyEvents(): void {
  console.log('\n## Story grouping: large events and small corpora (issue 19)');
  const d = eventData();
  if (d) reportEvents(d);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) storyEvents();
