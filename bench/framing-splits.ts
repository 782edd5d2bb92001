// How much the BASIL relative order moves with the split of the 46 events into cross-validation folds
// (round 6): relativeLean with the held-out bias flags of five splits (the fold hash salted, as the
// bias-variants bench does; split "" is the framing bench's own). Run only when named:
// npm run bench -- framing-splits
import { loadBasil, orderScore } from './basil.js';
import type { BasilArticle } from './basil.js';
import { basilSentences, examplesOf } from './bias-examples.js';
import { CANDIDATES, INNER_FOLDS, OUTER_FOLDS, nestedCv } from '../src/framing/bias-sentences/cv.js';
import { analyseBasil, heldOutOverride } from './framing-devset.js';
import { devset } from './devsets.js';
import { biasModel, readsScores } from '../src/framing/bias-sentences/index.js';

export function framingSplitsBenchmark(): void {
  const path = devset('framing/basil-dev.jsonl.gz', 'Relative order over five fold splits: BASIL dev');
  if (!path) return;
  const events = loadBasil(path);
  console.log('\n## Relative order on BASIL dev with the held-out bias flags of five fold splits (pairs / most-right / most-left)');
  const sums = [0, 0];
  const read = basilSentences(events);
  const { examples, groups, where } = examplesOf(read, readsScores(biasModel()));
  for (const salt of ['', 'a', 'b', 'c', 'd']) {
    const cv = nestedCv(examples, groups.map((g) => salt + g), OUTER_FOLDS, CANDIDATES, INNER_FOLDS);
    const flaggedAt = new Map<BasilArticle, { start: number; end: number; p: number }[]>();
    cv.flagged.forEach((f, i) => {
      if (!f) return;
      const r = read[where[i].article];
      const s = r.sentences[where[i].sentence];
      flaggedAt.set(r.article, [...(flaggedAt.get(r.article) ?? []), { start: s.start, end: s.end, p: cv.p[i] }]);
    });
    const out: string[] = [];
    for (const dated of [false, true]) {
      const story = analyseBasil(events, dated, heldOutOverride(flaggedAt));
      const o = orderScore(events, (a) => {
        const { story: s, index } = story.get(a)!;
        return s.framing[index].relativeLean;
      });
      out.push(`${dated ? 'dated' : 'undated'} ${o.pairs.toFixed(3)} / ${o.mostRight.toFixed(2)} / ${o.mostLeft.toFixed(2)}`);
      sums[Number(dated)] += o.pairs / 5;
    }
    console.log(`split "${salt}": ${out.join('; ')}`);
}
console.log(`mean pairs over the five splits: undated ${sums[0].toFixed(3)}, dated ${sums[1].toFixed(3)}`);
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) framingSplitsBenchmark();
