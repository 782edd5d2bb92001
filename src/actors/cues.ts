// Sided actors as political cues: a senator, a party or the White House named in the text makes its
// subject political, whatever words surround them (docs/politics-first.md). One cue per actor (its
// first mention), so a name repeated ten times is still one piece of evidence.
import type { PoliticalCue } from '../types.js';
import type { ActorMention } from './types.js';

export function actorCues(actors: readonly ActorMention[]): PoliticalCue[] {
  const seen = new Set<string>();
  const cues: PoliticalCue[] = [];
  for (const m of actors) {
    if (m.side === null || seen.has(m.actor)) continue;
    seen.add(m.actor);
    cues.push({ kind: 'political-subject', cue: `sided-actor: ${m.actor}`, category: 'actor', strength: 'strong', lead: m.where === 'headline' || m.where === 'dek', text: m.text, start: m.start, end: m.end, where: m.where });
  }
  return cues;
}
