// BASIL dev (../shared/devsets/framing/basil-dev.jsonl.gz): events covered by Fox News, The New York
// Times and HuffPost, each article labelled left / center / right relative to the other two, with its
// annotated bias spans. This module only loads the set and scores orderings; bench/framing-devset.ts
// runs framelens on it. Never read from tests.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

export interface BasilSpan {
  sentence_index: number | null;
  in_title: boolean;
  start: number;
  end: number;
  text: string;
  bias: 'lex' | 'inf';
  polarity: string;
  target: string;
  quote: string;
  speaker: string;
}

interface BasilRow {
  triplet_uuid: string;
  source: 'fox' | 'nyt' | 'hpo';
  date: string;
  title: string;
  main_event: string;
  main_entities: string[];
  sentences: string[];
  sentence_paragraph: number[];
  relative_stance: string;
  spans: BasilSpan[];
}

export interface BasilArticle {
  event: string;
  source: 'fox' | 'nyt' | 'hpo';
  date: string;
  /** -1 left/liberal, 0 center, +1 right/conservative: relative to the other two of the event. */
  stance: -1 | 0 | 1;
  /** Title, blank line, paragraphs (sentences of one paragraph joined by a space). */
  text: string;
  /** Where each of `sentences` sits in `text`. */
  sentenceRanges: [number, number][];
  /** Sentence indexes holding an informational-bias span. */
  infSentences: Set<number>;
  spans: BasilSpan[];
}

const STANCE: Record<string, -1 | 0 | 1> = { left: -1, liberal: -1, center: 0, right: 1, conservative: 1 };

export function loadBasil(path: string): BasilArticle[][] {
  const rows = gunzipSync(readFileSync(path)).toString('utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as BasilRow);
  const events = new Map<string, BasilArticle[]>();
  for (const r of rows) {
    let text = r.title.trim();
    const ranges: [number, number][] = [];
    let paragraph = -1;
    r.sentences.forEach((raw, i) => {
      const s = raw.trim();
      const p = r.sentence_paragraph[i] ?? paragraph;
      text += p !== paragraph ? '\n\n' : ' ';
      paragraph = p;
      ranges.push([text.length, text.length + s.length]);
      text += s;
    });
    const article: BasilArticle = {
      event: r.triplet_uuid, source: r.source, date: r.date, stance: STANCE[r.relative_stance] ?? 0, text, sentenceRanges: ranges,
      infSentences: new Set(r.spans.filter((s) => s.bias === 'inf' && s.sentence_index !== null && !s.in_title).map((s) => s.sentence_index!)),
      spans: r.spans,
    };
    events.set(r.triplet_uuid, [...(events.get(r.triplet_uuid) ?? []), article]);
  }
  return [...events.keys()].sort().map((k) => events.get(k)!.sort((a, b) => a.source.localeCompare(b.source)));
}

export interface OrderScore {
  /** Pairs of one event with different stances ordered the same way by the score (ties count half). */
  pairs: number;
  pairCount: number;
  /** The event's top-scored article is gold right (ties share the credit). */
  mostRight: number;
  mostLeft: number;
  events: number;
}

/** How well `score` (higher = more to the right) orders the articles of each event. */
export function orderScore(events: readonly BasilArticle[][], score: (a: BasilArticle, event: readonly BasilArticle[]) => number): OrderScore {
  let agree = 0, pairCount = 0, mostRight = 0, mostLeft = 0, counted = 0;
  for (const event of events) {
    const s = event.map((a) => score(a, event));
    for (let i = 0; i < event.length; i += 1) {
      for (let j = i + 1; j < event.length; j += 1) {
        if (event[i].stance === event[j].stance) continue;
        pairCount += 1;
        const want = Math.sign(event[i].stance - event[j].stance);
        const got = Math.sign(s[i] - s[j]);
        agree += got === 0 ? 0.5 : Number(got === want);
      }
    }
    const goldRight = event.some((a) => a.stance === 1);
    const goldLeft = event.some((a) => a.stance === -1);
    if (!goldRight && !goldLeft) continue;
    counted += 1;
    const top = Math.max(...s);
    const bottom = Math.min(...s);
    const atTop = event.filter((_, i) => s[i] === top);
    const atBottom = event.filter((_, i) => s[i] === bottom);
    mostRight += atTop.filter((a) => a.stance === 1).length / atTop.length;
    mostLeft += atBottom.filter((a) => a.stance === -1).length / atBottom.length;
  }
  return { pairs: pairCount ? agree / pairCount : 0, pairCount, mostRight: counted ? mostRight / counted : 0, mostLeft: counted ? mostLeft / counted : 0, events: counted };
}

export const formatOrder = (o: OrderScore) => `pairs ${o.pairs.toFixed(3)} (${o.pairCount}), most-right ${o.mostRight.toFixed(2)}, most-left ${o.mostLeft.toFixed(2)}`;

/** Sentence index of a character offset, or -1 (title, or between sentences). */
export function sentenceOf(article: BasilArticle, offset: number): number {
  let lo = 0;
  let hi = article.sentenceRanges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [s, e] = article.sentenceRanges[mid];
    if (offset < s) hi = mid - 1;
    else if (offset >= e) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** Precision, recall and F1 of flagged sentences against the sentences holding an `inf` span. */
export function infSentenceScore(articles: readonly BasilArticle[], flagged: (a: BasilArticle) => ReadonlySet<number>): { p: number; r: number; f1: number } {
  let hit = 0, predicted = 0, gold = 0;
  for (const a of articles) {
    const got = flagged(a);
    predicted += got.size;
    gold += a.infSentences.size;
    for (const i of got) hit += Number(a.infSentences.has(i));
  }
  const p = predicted ? hit / predicted : 0;
  const r = gold ? hit / gold : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}
