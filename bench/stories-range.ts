// The constants of story grouping over a range of values (issue 19): each row changes one constant
// of `defaultParameters()` and measures what `stories` and `story-events` measure (AllSides ARI with
// the story dates, each article's own date and none; share of each event's articles together,
// without and with dates, for BASIL 46 x 12, 4 x 12 samples, 10 x 5 samples and 3 outlets; small
// corpora with a story of unrelated articles). Story terms are computed once; the chosen value
// should sit in the middle of a flat region, never at the last point of one set.
// Run alone: npx tsx bench/stories-range.ts (or npm run bench -- story-range); slow (about 15 s of
// grouping per row on a quiet machine; 27 rows).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { defaultParameters, groupStoriesWith } from '../src/compare/stories.js';
import type { GroupingParameters, StoryCandidate } from '../src/compare/stories.js';
import { allSidesArticles, groupAndScore } from './stories-devset.js';
import { eventData, sampled, scoreEvents, smallCorpora, smallWithEvent } from './stories-events.js';

const ALLSIDES = join(import.meta.dirname, '..', '..', 'shared', 'devsets', 'stories', 'allsides-2021.jsonl');

/** One constant at a time, from below to above its default. */
const ROWS: [string, Partial<GroupingParameters>][] = [
  ...[0.15, 0.175, 0.2, 0.225, 0.25, 0.3].map((x): [string, Partial<GroupingParameters>] => [`undatedPenalty ${x}`, { undatedPenalty: x }]),
  ['undatedCrowding off', { undatedCrowding: false }],
  ...[0, 0.05, 0.075, 0.1, 0.125, 0.15, 0.2].map((x): [string, Partial<GroupingParameters>] => [`looseMargin ${x}`, { looseMargin: x }]),
  ...[1, 1.5, 2, 2.5, 3, 4].map((x): [string, Partial<GroupingParameters>] => [`undatedNumberWeight ${x}`, { undatedNumberWeight: x }]),
  // Round 3: local crowding (0: off) and the two joins of small stories.
  ...[0, 0.25, 0.375, 0.5, 0.75, 1].map((x): [string, Partial<GroupingParameters>] => [`isolation ${x}`, { isolation: x }]),
  ['smallStoryJoin off', { smallStoryJoin: false }],
  ['smallIntoIsolated off', { smallIntoIsolated: false }],
  // Round 4: the headline rule of small corpora, the dated join of a single article to a small story,
  // the small-corpus margins asked of its centroid, the isolated-loose majority (off by default) and
  // the join of two stories nothing else is near.
  ...[0, 0.025, 0.05, 0.075, 0.1, 0.15].map((x): [string, Partial<GroupingParameters>] => [`headlineMargin ${x}`, { headlineMargin: x }]),
  ...[0.15, 0.25, 0.3, 0.35, 0.5, 1].map((x): [string, Partial<GroupingParameters>] => [`headlineCommonShare ${x}`, { headlineCommonShare: x }]),
  ['smallDatedJoin off', { smallDatedJoin: false }],
  ['smallMargins off', { smallMargins: false }],
  ['aloneJoin off', { aloneJoin: false }],
  // Round 6: days of the week the texts name (margin 0: off), unscaled by the crowding, asked of undated pairs too.
  ...[0, 0.025, 0.05, 0.1].map((x): [string, Partial<GroupingParameters>] => [`weekdayMargin ${x}`, { weekdayMargin: x }]),
  ['weekdayCrowding off', { weekdayCrowding: false }],
  ['weekdayUndated on', { weekdayUndated: true }],
];

export function storyRange(): void {
  console.log('\n## Story grouping: constants over a range (issue 19)');
  const d = eventData();
  if (!d || !existsSync(ALLSIDES)) {
    if (d) console.log(`skipped: ${ALLSIDES} not found`);
    return;
  }
  const as = allSidesArticles();
  const pct = (x: number) => `${(100 * x).toFixed(1)}`;
  console.log('| setting | AllSides ARI (dates / own date / none) | BASIL 46 x 12 together (none / dates) | 4 x 12 | 10 x 5 | BASIL x 3 | small corpora with a story | one real event kept (BASIL / AllSides) |\n|---|---|---|---|---|---|---|---|');
  for (const [name, over] of ROWS) {
    const p = { ...defaultParameters(), ...over };
    const group = (c: readonly StoryCandidate[]) => groupStoriesWith(c, p);
    const ari = (['story', 'url', 'none'] as const).map((m) => groupAndScore(as, m, group).ari.toFixed(3)).join(' / ');
    const both = (f: (dated: boolean) => { together: number }) => `${pct(f(false).together)} / ${pct(f(true).together)}`;
    const small = smallCorpora(d.pool, 500, 8, group).merged;
    const kept = [smallWithEvent(d.basil3, d.pool, 9, group), smallWithEvent(d.as12, d.pool, 10, group, d.asTopics)].map((r) => `${r.kept}/${r.samples}`).join(' / ');
    console.log(
      `| ${name} | ${ari} | ${both((x) => scoreEvents(d.basil12, x, group))} | ${both((x) => sampled(d.basil12, 4, 30, 5, x, group))} | ` +
        `${both((x) => sampled(d.basil5, 10, 30, 6, x, group))} | ${both((x) => scoreEvents(d.basil3, x, group))} | ${small}/500 | ${kept} |`,
    );
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) storyRange();
