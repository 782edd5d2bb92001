// When an article carries no date (pasted text, a bare file given to `compare`), its sides would be
// read at the data's latest terms: "the White House" of a 2013 article would be today's president's
// party. The text usually says when it was written: it calls the sitting president "President Obama",
// and a past one "former President Bush". The latest president it calls "President" gives the article's
// era; sides are read at the middle of that term. Pure: mention records and text in, a day or null out.
import type { ActorMention } from './types.js';
import { byCode } from './compare.js';

/** How the day the sides are read at was found (shown in `extract --json` as `sidesDate`). */
export interface SidesDate {
  /** YYYY-MM-DD, or null: the data's latest terms. */
  day: string | null;
  /**
   * published: the article's or the manifest's date; president: the sitting president the text names;
   * story: the day of the story's other articles (in a story only); latest: none of these.
   */
  from: 'published' | 'president' | 'story' | 'latest';
  /** For `president`: the president the text calls "President …", and how often. */
  president?: string;
  mentions?: number;
}

// The title just before the mention, with nothing that makes it a past, future or other office.
const TITLE_BEFORE = /(?:^|[^\p{L}])(\p{L}+[\s-]+)?President\s+(?:\p{Lu}[\p{L}.]*\s+){0,2}$/u;
const NOT_SITTING = /^(former|ex|late|then|vice|outgoing|incoming|future|past|candidate|would-be|elect|deputy)[\s-]+$/i;

function middle(start: string, end: string): string {
  const t = (Date.parse(start) + Date.parse(end)) / 2;
  return new Date(t).toISOString().slice(0, 10);
}

/**
 * A president with terms apart (Trump: 2017-2021, 2025-2029): the term nearest the years the text
 * writes ("in 2018", "the 2016 election"); the latest when it writes none.
 */
function termOfYears(terms: [string, string][], text: string): [null, string, string] {
  if (terms.length === 1) return [null, ...terms[0]];
  const years = [...text.matchAll(/\b(19[5-9]\d|20\d\d)\b/g)].map((m) => Number(m[1]));
  const distance = (t: [string, string]) => years.reduce((sum, y) => sum + Math.max(0, Number(t[0].slice(0, 4)) - y, y - Number(t[1].slice(0, 4))), 0);
  let best = terms.at(-1)!;
  for (const t of terms) if (distance(t) < distance(best)) best = t;
  return [null, ...best];
}

/**
 * The middle of the term of the latest president the text calls "President X" (not "former President
 * X", not "Vice President X"): a text can call a past president by the title, loosely, but never a
 * future one. Null when it names none.
 */
export function presidentEra(text: string, mentions: readonly ActorMention[]): SidesDate | null {
  const counts = new Map<string, { n: number; term: [string, string] }>();
  for (const m of mentions) {
    const terms = m.terms.filter((t) => t[3] === 'prez' && t[1] !== null && t[2] !== null);
    if (terms.length === 0 || m.actorType !== 'person') continue;
    const before = TITLE_BEFORE.exec(text.slice(Math.max(0, m.start - 60), m.start));
    if (!before || (before[1] && NOT_SITTING.test(before[1]))) continue;
    // "President-elect Trump": the title runs on past "President".
    if (/President-elect\s/i.test(text.slice(Math.max(0, m.start - 30), m.start))) continue;
    const [, start, end] = termOfYears(terms.map((t) => [t[1]!, t[2]!]), text);
    const c = counts.get(m.actor) ?? { n: 0, term: [start, end] };
    c.n += 1;
    counts.set(m.actor, c);
  }
  const ranked = [...counts].sort((a, b) => byCode(b[1].term[0], a[1].term[0]));
  if (ranked.length === 0) return null;
  const [president, { n, term }] = ranked[0];
  return { day: middle(term[0], term[1]), from: 'president', president, mentions: n };
}
