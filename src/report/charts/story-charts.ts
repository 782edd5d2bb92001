// The charts of a story report, from the same records as its tables: loaded wording per 1,000 words
// (own voice and quoted), quoted words by speaker, quoted words by the speaker's side, and the frame mix. Each is written as an .svg file
// beside the report (the Markdown embeds it) and drawn inline in the HTML page.
import type { Story } from '../../compare/index.js';
import type { ArticleAnalysis } from '../../analyze/index.js';
import { articleId } from '../../compare/ids.js';
import type { Voice } from '../../types.js';
import { sideLabels } from '../../framing/index.js';
import { barChartSvg } from './bars.js';
import type { BarChart } from './bars.js';

export interface StoryChart {
  name: (typeof CHART_NAMES)[number];
  /** The file name beside the report: `<slug>-<name>.svg`. */
  file: string;
  /** Alt text: what the chart shows. */
  alt: string;
  /** False when there is nothing to draw (no quotations, no frame keywords): the reports leave it out. */
  shown: boolean;
  svg: string;
}

/** The chart files of a story, whatever they hold: a later run knows them by these names. */
export const CHART_NAMES = ['loaded', 'speakers', 'sides', 'frames'] as const;
export const chartFile = (slug: string, name: (typeof CHART_NAMES)[number]) => `${slug}-${name}.svg`;

/** At most this many speakers: the rest are named in the table below the chart. */
const MAX_SPEAKERS = 12;

const idOf = (a: ArticleAnalysis) => articleId(a.article.file);
const fit = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);
const articleLabel = (a: ArticleAnalysis) => `[${idOf(a)}] ${a.article.outlet ?? 'unknown outlet'}`;
const articleShort = (a: ArticleAnalysis) => `[${fit(idOf(a), 10)}]`;

/**
 * Loaded words of one voice in an article: curated terms, published-list words and report verbs,
 * with words that several layers flag (one word, two findings) counted once.
 */
export function loadedCount(a: ArticleAnalysis, voice: Voice): number {
  const spans = [...a.terms, ...a.loadedWords, ...a.reportVerbs].filter((f) => f.voice === voice).map((f) => [f.start, f.end] as const).sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  let count = 0;
  let reach = -1;
  for (const [start, end] of spans) {
    if (start >= reach) count += 1;
    reach = Math.max(reach, end);
  }
  return count;
}

const per1000 = (n: number, words: number) => (words === 0 ? 0 : (n * 1000) / words);

function loadedChart(story: Story): BarChart {
  return {
    id: 'loaded',
    title: 'Loaded words per 1,000 words, own voice and quoted',
    axis: "loaded words per 1,000 words of the article's own text",
    series: [{ name: "in the outlet's own voice", short: 'own' }, { name: 'inside quotations', short: 'quoted' }],
    rows: story.articles.map((a) => ({ label: articleLabel(a), values: [per1000(loadedCount(a, 'own'), a.words), per1000(loadedCount(a, 'quoted'), a.words)] })),
    format: (v) => v.toFixed(1),
    note: 'Counted: curated-lexicon terms, published-list words and report verbs; a word flagged by two of them counts once.',
  };
}

function speakersChart(story: Story): BarChart {
  const rows = [...story.speakers]
    .map((r) => ({ r, total: Object.values(r.words).reduce((s, n) => s + n, 0) }))
    .sort((x, y) => y.total - x.total || (x.r.speaker < y.r.speaker ? -1 : x.r.speaker > y.r.speaker ? 1 : 0));
  const shown = rows.slice(0, MAX_SPEAKERS);
  return {
    id: 'speakers',
    title: 'Quoted words by speaker',
    axis: 'words of direct speech',
    series: story.articles.map((a) => ({ name: articleLabel(a), short: articleShort(a) })),
    rows: shown.map(({ r }) => ({ label: r.speaker, values: story.articles.map((a) => r.words[idOf(a)] ?? 0) })),
    format: (v) => String(Math.round(v)),
    note: rows.length > MAX_SPEAKERS ? `The ${MAX_SPEAKERS} speakers with the most words; ${rows.length - MAX_SPEAKERS} more in the table “Quotes by speaker”.` : undefined,
  };
}

/**
 * Who each article hears, by side: words of direct speech whose speaker has a known side (the
 * `sources.sides` record of each article), beside those whose speaker has none, so a reader sees how
 * much of the quoting the side comparison rests on.
 */
function sidesChart(story: Story): BarChart {
  const labels = sideLabels(story.articles);
  const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  return {
    id: 'sides',
    title: 'Quoted words by the speaker’s side',
    axis: 'words of direct speech',
    series: [
      { name: `${cap(labels.left)} (left)`, short: 'left' },
      { name: `${cap(labels.right)} (right)`, short: 'right' },
      { name: 'speaker’s side not known', short: 'no side' },
    ],
    rows: story.articles.map((a) => ({ label: articleLabel(a), values: [a.sources.sides.left.quotedWords, a.sources.sides.right.quotedWords, a.sources.sides.none.quotedWords] })),
    format: (v) => String(Math.round(v)),
    note: 'A side comes from the actors data or the text; framelens never guesses one.',
  };
}

function framesChart(story: Story): BarChart {
  const used = story.articles[0]?.frames.filter((_, i) => story.articles.some((a) => a.frames[i].sentences > 0)) ?? [];
  return {
    id: 'frames',
    title: 'Frame mix: share of sentences invoking each frame',
    axis: "share of the article's sentences (a sentence can invoke several frames)",
    series: story.articles.map((a) => ({ name: articleLabel(a), short: articleShort(a) })),
    rows: used.map((f) => ({ label: f.label, values: story.articles.map((a) => (a.frames.find((x) => x.id === f.id)?.share ?? 0) * 100) })),
    format: (v) => `${Math.round(v)}%`,
  };
}

export function storyCharts(story: Story): StoryChart[] {
  const loaded = loadedChart(story);
  const speakers = speakersChart(story);
  const frames = framesChart(story);
  const sides = sidesChart(story);
  const sided = story.articles.some((a) => a.sources.sides.left.quotedWords + a.sources.sides.right.quotedWords > 0);
  return [
    { name: 'loaded', file: chartFile(story.slug, 'loaded'), alt: 'Chart: loaded words per 1,000 words in each article, own voice and quoted', shown: story.articles.length > 0, svg: barChartSvg(loaded) },
    { name: 'speakers', file: chartFile(story.slug, 'speakers'), alt: 'Chart: words of direct speech each article gives each speaker', shown: speakers.rows.length > 0, svg: barChartSvg(speakers) },
    { name: 'sides', file: chartFile(story.slug, 'sides'), alt: "Chart: words of direct speech each article gives each side (the speaker's party), and speakers with no known side", shown: sided, svg: barChartSvg(sides) },
    { name: 'frames', file: chartFile(story.slug, 'frames'), alt: "Chart: share of each article's sentences that invoke each frame", shown: frames.rows.length > 0, svg: barChartSvg(frames) },
  ];
}
