// How each article names the key actors and acts: the noun phrases it builds, in its own voice,
// on the head nouns of lexicon/naming.json ("illegal migrants" / "illegal aliens" / "people").
import { readFileSync } from 'node:fs';
import { dataPath } from '../data-path.js';
import type { ArticleAnalysis } from '../analyze/index.js';
import { CONTENT_ROLES } from '../analyze/quotes.js';
import { articleId } from './ids.js';

export interface Actor {
  id: string;
  label: string;
  heads: string[];
  /** Heads too general to show that a story involves the actor at all ("people"). */
  generic?: string[];
}

export interface NamingRow {
  actor: Actor;
  /** Article id -> [phrase, count] in the article's own voice, most frequent first. */
  byArticle: Record<string, [string, number][]>;
}

let actors: Actor[] | undefined;
export function bundledActors(): Actor[] {
  actors ??= (JSON.parse(readFileSync(dataPath('naming.json'), 'utf8')) as { actors: Actor[] }).actors;
  return actors;
}

const MODIFIER_POS = new Set(['ADJ', 'NOUN', 'PROPN']);
// "more people", "many migrants": quantity words end the modifiers (and keep verbs before them out).
const QUANTITY = new Set(['more', 'most', 'many', 'some', 'all', 'few', 'fewer', 'less', 'several', 'other', 'such']);

export function namingTable(articles: readonly ArticleAnalysis[], list: readonly Actor[] = bundledActors()): NamingRow[] {
  const ids = articles.map((a) => articleId(a.article.file));
  const rows = list.map((actor) => ({ actor, counts: ids.map(() => new Map<string, number>()), specific: false }));
  articles.forEach((a, i) => {
    const quoted = (start: number) => a.quotes.some((q) => start >= q.start && start < q.end);
    for (const block of a.article.blocks) {
      if (!CONTENT_ROLES.has(block.role)) continue;
      const tokens = block.parsed.tokens;
      tokens.forEach((t, k) => {
        if (t.type !== 'word' || quoted(t.start) || !['NOUN', 'PROPN', 'ADJ'].includes(t.pos)) return;
        // The head of a phrase only: "arrest" in "arrest totals" is a modifier.
        if (tokens[k + 1] && tokens[k + 1].pos === 'NOUN' && tokens[k + 1].type === 'word') return;
        // "Customs Enforcement" inside a name is not how the outlet names anyone.
        if (/^\p{Lu}/u.test(t.value) && block.role === 'body' && k > 0) return;
        const row = rows.find((r) => r.actor.heads.includes(t.lemma) || r.actor.heads.includes(t.normal));
        if (!row) return;
        let first = k;
        while (first > 0 && k - first < 2 && MODIFIER_POS.has(tokens[first - 1].pos) && tokens[first - 1].type === 'word' && !/^\p{Lu}{2,}$/u.test(tokens[first - 1].value) && !QUANTITY.has(tokens[first - 1].normal)) first -= 1;
        if (!(row.actor.generic ?? []).includes(t.lemma)) row.specific = true;
        const phrase = a.article.text.slice(tokens[first].start, t.end).toLowerCase().replace(/\s+/g, ' ');
        row.counts[i].set(phrase, (row.counts[i].get(phrase) ?? 0) + 1);
      });
    }
  });
  return rows
    .filter((r) => r.specific)
    .map((r) => ({
      actor: r.actor,
      byArticle: Object.fromEntries(ids.map((id, i) => [id, [...r.counts[i]].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))])),
    }));
}
