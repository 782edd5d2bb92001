// Figures lined up across a story's articles (mission point 4), on real same-event coverage with no
// figure labels: BASIL dev (46 events, three outlets each, whole articles) and AllSides 2021 (505
// stories, three sides each, excerpts). Without gold figures the check is by contrast: the same
// articles put into stories of three *different* events (article 1 of event e, 2 of e+1, 3 of e+2)
// should share almost no figure and have almost no "same measure, different numbers" claim. What the
// real stories have beyond the shuffled ones is what the alignment finds; what the shuffled ones have
// is what it claims by chance. Also counted: figures that read like a year ("his 2016 campaign"),
// which are not quantities.
// Run alone: npx tsx bench/figures-devset.ts
import { readFileSync } from 'node:fs';
import { toDocument } from '../src/ingest/read-file.js';
import { analyzeDocuments } from '../src/pipeline.js';
import type { ArticleAnalysis } from '../src/analyze/index.js';
import { alignFigures } from '../src/compare/figures.js';
import { devset } from './devsets.js';
import { loadBasil } from './basil.js';

interface AlignmentTally {
  stories: number;
  figures: number;
  shared: number;
  differing: number;
  /** Stories with at least one shared row / one differing group. */
  storiesShared: number;
  storiesDiffering: number;
}

const emptyTally = (): AlignmentTally => ({ stories: 0, figures: 0, shared: 0, differing: 0, storiesShared: 0, storiesDiffering: 0 });

function tallyStory(t: AlignmentTally, articles: readonly ArticleAnalysis[]): void {
  // Each story's articles get their own file names, as `compare` gives them.
  const named = articles.map((a, i) => ({ ...a, article: { ...a.article, file: `${String(i).padStart(3, '0')}_article.txt` } }));
  const { rows, differing } = alignFigures(named);
  const shared = rows.filter((r) => Object.values(r.byArticle).filter((fs) => fs.length > 0).length > 1).length;
  t.stories += 1;
  t.figures += articles.reduce((n, a) => n + a.figures.length, 0);
  t.shared += shared;
  t.differing += differing.length;
  t.storiesShared += Number(shared > 0);
  t.storiesDiffering += Number(differing.length > 0);
}

/** A bare four-digit number of the years news writes about, with no comma, money or percent: "2016 campaign". */
const yearLike = (a: ArticleAnalysis) => a.figures.filter((f) => !f.isMoney && !f.isPercent && /^(1[89]\d\d|20\d\d)(?!,)\b/.test(f.text.replace(/^\D+/, '')) && Number.isInteger(f.value) && f.value >= 1800 && f.value < 2100).length;

function measure(name: string, events: readonly ArticleAnalysis[][]): string[] {
  const real = emptyTally();
  const shuffled = emptyTally();
  events.forEach((event, e) => {
    tallyStory(real, event);
    // Article j of event e + j: three events, the same outlets' positions.
    tallyStory(shuffled, event.map((_, j) => events[(e + j) % events.length][j]).filter(Boolean));
  });
  const all = events.flat();
  const years = all.reduce((n, a) => n + yearLike(a), 0);
  const per = (x: number, t: AlignmentTally) => (x / Math.max(1, t.stories)).toFixed(2);
  const pct = (x: number, t: AlignmentTally) => `${((100 * x) / Math.max(1, t.stories)).toFixed(1)}%`;
  return [
    `| ${name}, same event (${real.stories} stories) | ${per(real.figures, real)} | ${per(real.shared, real)} | ${pct(real.storiesShared, real)} | ${per(real.differing, real)} | ${pct(real.storiesDiffering, real)} |`,
    `| ${name}, three different events | ${per(shuffled.figures, shuffled)} | ${per(shuffled.shared, shuffled)} | ${pct(shuffled.storiesShared, shuffled)} | ${per(shuffled.differing, shuffled)} | ${pct(shuffled.storiesDiffering, shuffled)} |`,
    `| ${name}: figures that read like a year | ${years} of ${all.reduce((n, a) => n + a.figures.length, 0)} | | | | |`,
  ];
}

export function figuresDevsetBenchmark(): void {
  const rows: string[] = [];
  const basilPath = devset('framing/basil-dev.jsonl.gz', 'Figures across articles: BASIL dev');
  if (basilPath) {
    const events = loadBasil(basilPath).map((event) => event.map((a, i) => analyzeDocuments([toDocument(`${i}.txt`, a.text, 'text')])[0]));
    rows.push(...measure('BASIL dev', events));
  }
  const allSidesPath = devset('stories/allsides-2021.jsonl', 'Figures across articles: AllSides 2021');
  if (allSidesPath) {
    type Side = { newsTitle: string; newBody: string[] };
    const lines = readFileSync(allSidesPath, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { news: Record<string, Side | undefined> });
    const events = lines
      .map((line) => (['left', 'center', 'right'] as const).map((side) => line.news[side]).filter((x): x is Side => Boolean(x)))
      .filter((sides) => sides.length === 3)
      .map((sides) => sides.map((s, i) => analyzeDocuments([toDocument(`${i}.txt`, `${s.newsTitle}\n\n${s.newBody.join('\n\n')}`, 'text')])[0]));
    rows.push(...measure('AllSides 2021 (excerpts)', events));
  }
  if (rows.length === 0) return;
  console.log('\n## Figures lined up across articles (real same-event stories against stories of three different events)');
  console.log('| stories | figures per story | rows shared by 2+ articles, per story | stories with a shared row | "same measure, different numbers" groups per story | stories with one |');
  console.log('|---|---|---|---|---|---|');
  for (const r of rows) console.log(r);
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) figuresDevsetBenchmark();
