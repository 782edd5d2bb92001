// One person, one side across a story. An article may name a staffer without the words that tie him
// to a principal ("Stephen Miller said" in one article, "top Trump adviser Stephen Miller" in
// another): the articles of one story are about one event at one time, so what one article's text
// says about an actor's side holds in the others. Only mentions nothing else gives a side take it
// (no data entry, no designator: `terms` empty), and only when the story's sided mentions of that actor
// agree. The same holds for the time: an undated article is read at the day of the story's others.
// Pure: analyses in, analyses out (the same objects when nothing changes).
import type { ArticleAnalysis } from '../analyze/index.js';
import { storyActorKey } from './story.js';
import { withActors } from './with-actors.js';
import type { ActorMention } from './types.js';
import { resolveSides } from './sides.js';
import { byCode } from './compare.js';

/**
 * An article with no date and no sitting president named takes the day the story's other articles
 * are read at (the middle one, when they differ): one event, one time.
 */
function withStoryDay(articles: readonly ArticleAnalysis[]): ArticleAnalysis[] {
  const days = articles.map((a) => a.sidesDate.day).filter((d): d is string => d !== null).sort(byCode);
  if (days.length === 0 || days.length === articles.length) return [...articles];
  const day = days[(days.length - 1) >> 1];
  return articles.map((a) => {
    if (a.sidesDate.day !== null) return a;
    return { ...withActors(a, resolveSides(a.actors, day)), sidesDate: { day, from: 'story' as const } };
  });
}

export function withStorySides(analyses: readonly ArticleAnalysis[]): ArticleAnalysis[] {
  const articles = withStoryDay(analyses);
  const keyOf = storyActorKey(articles);
  // The side (and the terms it was read from) each actor key has in the story, when its sided mentions agree.
  const sided = new Map<string, ActorMention | null>();
  for (const a of articles) {
    for (const m of a.actors) {
      if (!m.side || m.terms.length === 0) continue;
      const key = keyOf(m);
      const seen = sided.get(key);
      if (seen === undefined) sided.set(key, m);
      else if (seen !== null && seen.side !== m.side) sided.set(key, null);
    }
  }
  return articles.map((a) => {
    let changed = false;
    const actors = a.actors.map((m) => {
      if (m.side || m.terms.length > 0) return m;
      const from = sided.get(keyOf(m));
      if (!from) return m;
      changed = true;
      return { ...m, side: from.side, party: from.party, terms: from.terms, sideSource: 'story' as const };
    });
    return changed ? withActors(a, actors) : a;
  });
}
