// How one article names the key actors and acts: the noun phrases it builds, in its own voice, on the
// head nouns of lexicon/naming.json ("illegal migrants" / "illegal aliens" / "people"). Computed here,
// where the tokens are, so the compare stage only merges small per-article tables.
import { readFileSync } from 'node:fs';
import { dataPath } from '../data-path.js';
import type { Article, QuoteFinding } from '../types.js';
import { CONTENT_ROLES } from './content.js';
import { startsUpper } from '../text.js';

export interface Actor {
  id: string;
  label: string;
  heads: string[];
  /** Heads too general to show that a story involves the actor at all ("people"). */
  generic?: string[];
}

/** One actor's phrases in one article. */
export interface ActorNaming {
  actorId: string;
  /** [phrase, count], most frequent first. */
  phrases: [string, number][];
  /** True when a non-generic head was used, so the story involves the actor. */
  specific: boolean;
}

let actors: Actor[] | undefined;
export function bundledActors(): Actor[] {
  actors ??= (JSON.parse(readFileSync(dataPath('naming.json'), 'utf8')) as { actors: Actor[] }).actors;
  return actors;
}

const MODIFIER_POS = new Set(['ADJ', 'NOUN', 'PROPN']);
const HEAD_POS = new Set(['NOUN', 'PROPN', 'ADJ']);
// "more people", "many migrants": quantity words end the modifiers (and keep verbs before them out).
const QUANTITY = new Set(['more', 'most', 'many', 'some', 'all', 'few', 'fewer', 'less', 'several', 'other', 'such']);

export function namingPhrases(article: Article, quotes: readonly QuoteFinding[], list: readonly Actor[] = bundledActors()): ActorNaming[] {
  const byHead = new Map<string, number>();
  list.forEach((actor, i) => {
    for (const h of actor.heads) if (!byHead.has(h)) byHead.set(h, i);
  });
  const counts = list.map(() => new Map<string, number>());
  const specific = list.map(() => false);
  // Quotes are sorted by start: a moving pointer answers "is this token quoted?" in one pass.
  const spans = [...quotes].sort((a, b) => a.start - b.start);
  for (const block of article.blocks) {
    if (!CONTENT_ROLES.has(block.role)) continue;
    const tokens = block.parsed.tokens;
    let q = 0;
    tokens.forEach((t, k) => {
      while (q < spans.length && spans[q].end <= t.start) q += 1;
      const quoted = q < spans.length && spans[q].start <= t.start && t.start < spans[q].end;
      if (t.type !== 'word' || quoted || !HEAD_POS.has(t.pos)) return;
      // The head of a phrase only: "arrest" in "arrest totals" is a modifier.
      if (tokens[k + 1] && tokens[k + 1].pos === 'NOUN' && tokens[k + 1].type === 'word') return;
      // "Customs Enforcement" inside a name is not how the outlet names anyone.
      if (startsUpper(t.value) && block.role === 'body' && k > 0) return;
      const row = byHead.get(t.lemma) ?? byHead.get(t.normal);
      if (row === undefined) return;
      let first = k;
      while (first > 0 && k - first < 2 && MODIFIER_POS.has(tokens[first - 1].pos) && tokens[first - 1].type === 'word' && !/^\p{Lu}{2,}$/u.test(tokens[first - 1].value) && !QUANTITY.has(tokens[first - 1].normal)) first -= 1;
      if (!(list[row].generic ?? []).includes(t.lemma)) specific[row] = true;
      const phrase = article.text.slice(tokens[first].start, t.end).toLowerCase().replace(/\s+/g, ' ');
      counts[row].set(phrase, (counts[row].get(phrase) ?? 0) + 1);
    });
  }
  return list
    .map((actor, i) => ({ actorId: actor.id, phrases: [...counts[i]].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0])), specific: specific[i] }))
    .filter((n) => n.phrases.length > 0);
}
