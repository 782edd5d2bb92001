// Actors merged across the articles of one story: "Nancy Pelosi" in one article and "Pelosi" in
// another are one actor, with what each article gives it. Pure.
import { byCode } from './compare.js';
import type { ActorType } from './data.js';
import type { ActorMention, Side, SideSource, SourcesBySide } from './types.js';
import { sourcesBySide } from './sources.js';
import type { AttributionFinding, QuoteFinding } from '../types.js';
import { surnameOf } from '../analyze/entities.js';
import { personNameKey, startsWithTitle } from './name-key.js';
import { mediaKindOf } from './media.js';
import { mediaList } from '../lexicon/media.js';
import type { MediaKind } from '../lexicon/media.js';

export interface StoryActorArticle {
  /** Index of the article in the analyses given. */
  article: number;
  mentions: number;
  quotedWords: number;
  quotes: number;
  attributions: number;
  /** Own-voice tone records toward the actor in this article that are negative / positive. */
  ownNegative: number;
  ownPositive: number;
}

export interface StoryActor {
  actor: string;
  actorId: string | null;
  actorType: ActorType;
  /** The side most of its mentions have (sided mentions only); null when none has one. */
  side: Side | null;
  party: string | null;
  /** Where the mentions that carry that side took it from (sorted; empty without a side). */
  sideSources: SideSource[];
  /**
   * A news outlet, news agency or platform (lexicon/media.json) that is not in the actors data and has
   * no side: a source the articles cite, shown apart from the sided actors. Null for everyone else.
   */
  media: MediaKind | null;
  perArticle: StoryActorArticle[];
}

interface StoryInput {
  actors: readonly ActorMention[];
  quotes: readonly QuoteFinding[];
  attributions: readonly AttributionFinding[];
  /** The article's sources by side, when the analysis has them. */
  sources?: SourcesBySide;
  /** One tone record per mention, in `actors` order (optional: tone counts stay 0 without them). */
  tones?: readonly { voice: string; polarity: number }[];
}

/**
 * The key that merges an actor's mentions across a story's articles: the data id; else, for a person,
 * the name without titles, party words, middle names or suffixes ("Counsel Robert Mueller" and
 * "Robert S. Mueller III" are one, and "Democrat Doug Jones" is the data's Doug Jones when only one
 * person of the data in the story has that name); a surname alone ("Mueller", "Congressman Ryan")
 * joins the one full-named person of the story with that surname. Other actors merge by name.
 */
export function storyActorKey(analyses: readonly { actors: readonly ActorMention[] }[]): (m: { actorId: string | null; actor: string; actorType: ActorType }) => string {
  // Data people of the story by their name key, to take in the same name written with a title.
  const idByName = new Map<string, string | null>();
  for (const a of analyses) {
    for (const m of a.actors) {
      if (m.actorType !== 'person' || m.actorId === null) continue;
      const k = personNameKey(m.actor);
      if (k) idByName.set(k, idByName.has(k) && idByName.get(k) !== m.actorId ? null : m.actorId);
    }
  }
  const fullKey = (m: { actorId: string | null; actor: string }): string | null => {
    if (m.actorId !== null) return m.actorId;
    const k = personNameKey(m.actor);
    return k ? idByName.get(k) ?? `person:${k}` : null;
  };
  // Full-named people of the story by surname, to take in "Pelosi" written alone elsewhere.
  const fullBySurname = new Map<string, string | null>();
  for (const a of analyses) {
    for (const m of a.actors) {
      if (m.actorType !== 'person') continue;
      const key = fullKey(m);
      if (key === null || (m.actorId !== null && personNameKey(m.actor) === null)) continue;
      const s = surnameOf(m.actor);
      fullBySurname.set(s, fullBySurname.has(s) && fullBySurname.get(s) !== key ? null : key);
    }
  }
  return (m) => {
    if (m.actorType !== 'person') return m.actorId ?? `name:${m.actor}`;
    const key = fullKey(m);
    if (key !== null) return key;
    return fullBySurname.get(surnameOf(m.actor)) ?? `name:${m.actor}`;
  };
}

/** A display name is better without a title before it, then longer: "Robert S. Mueller III" over "Counsel Robert Mueller". */
const displayRank = (name: string) => (startsWithTitle(name) ? 0 : 1000) + name.length;

export function mergeStoryActors(analyses: readonly StoryInput[]): StoryActor[] {
  const canonical = storyActorKey(analyses);
  const merged = new Map<string, StoryActor & { sides: Map<string, number>; sources: Map<string, Set<SideSource>> }>();
  analyses.forEach((a, i) => {
    const cell = (m: ActorMention) => {
      const key = canonical(m);
      let s = merged.get(key);
      if (!s) {
        s = { actor: m.actor, actorId: m.actorId, actorType: m.actorType, side: null, party: null, sideSources: [], media: null, perArticle: [], sides: new Map(), sources: new Map() };
        merged.set(key, s);
      }
      if (s.actorId === null && displayRank(m.actor) > displayRank(s.actor)) s.actor = m.actor;
      let c = s.perArticle.find((p) => p.article === i);
      if (!c) {
        c = { article: i, mentions: 0, quotedWords: 0, quotes: 0, attributions: 0, ownNegative: 0, ownPositive: 0 };
        s.perArticle.push(c);
      }
      return { s, c };
    };
    const firstOf = new Map<string, ActorMention>();
    a.actors.forEach((m, k) => {
      const { s, c } = cell(m);
      c.mentions += 1;
      const tone = a.tones?.[k];
      if (tone?.voice === 'own' && tone.polarity < 0) c.ownNegative += 1;
      if (tone?.voice === 'own' && tone.polarity > 0) c.ownPositive += 1;
      if (m.side) {
        const key = `${m.side}|${m.party}`;
        s.sides.set(key, (s.sides.get(key) ?? 0) + 1);
        if (m.sideSource) s.sources.set(key, (s.sources.get(key) ?? new Set()).add(m.sideSource));
      }
      if (!firstOf.has(m.actor)) firstOf.set(m.actor, m);
    });
    // The analysis has them already (read again with the manifest's date); tests may pass bare records.
    for (const r of (a.sources ?? sourcesBySide(a)).actors) {
      const m = firstOf.get(r.actor);
      if (!m) continue;
      const { c } = cell(m);
      c.quotedWords += r.quotedWords;
      c.quotes += r.quotes;
      c.attributions += r.attributions;
    }
  });
  const out = [...merged.values()].map(({ sides, sources, ...s }) => {
    const best = [...sides.entries()].sort((x, y) => y[1] - x[1] || byCode(x[0], y[0]))[0];
    if (best) {
      const [side, party] = best[0].split('|');
      s.side = side as Side;
      s.party = party;
      s.sideSources = [...(sources.get(best[0]) ?? [])].sort(byCode);
    }
    if (s.actorId === null && s.side === null) s.media = mediaKindOf(s.actor, s.actorType, mediaList());
    return s;
  });
  const total = (s: StoryActor) => s.perArticle.reduce((n, p) => n + p.mentions, 0);
  return out.sort((a, b) => total(b) - total(a) || byCode(a.actor, b.actor));
}
