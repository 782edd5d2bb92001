// Records of the actors capability (see docs/framing-actors.md).
import type { FindingBase } from '../types.js';
import type { ActorType, PartyTerm } from './data.js';

export type Side = 'left' | 'right';

/** Where the party terms of a mention came from. */
/** `story`: another article of the same story gives the actor its side (src/actors/story-sides.ts). */
export type SideSource = 'data' | 'designator' | 'principal' | 'user' | 'group' | 'story';

/** One mention of a person, organisation, party or group, with its side at the article's date. */
export interface ActorMention extends FindingBase {
  kind: 'actor';
  /** Canonical name: the data's name when the actor is in the data, else the article's fullest name. */
  actor: string;
  /** The data entry's id (lexicon/actors.json or a user file), null for an actor not in the data. */
  actorId: string | null;
  actorType: ActorType;
  /** The article's own name for the actor (its entity name: what quote speakers use), or null. */
  entity: string | null;
  side: Side | null;
  party: string | null;
  /** Where the party terms came from; null when the mention has none (no side at any date). */
  sideSource: SideSource | null;
  /** The party terms the side is read from at the article's date ([party, start, end, office]). */
  terms: PartyTerm[];
  /** Birth year of a person from the data (namesakes outside working age at the date get no side). */
  born: number | null;
}

/** Quoted words and attributions given to one actor in one article. */
export interface ActorSources {
  actor: string;
  side: Side | null;
  party: string | null;
  quotes: number;
  quotedWords: number;
  attributions: number;
}

/** Sources by side in one article: per actor, and summed per side (null: no side known). */
export interface SourcesBySide {
  actors: ActorSources[];
  sides: { left: SideTotals; right: SideTotals; none: SideTotals };
}

export interface SideTotals {
  quotes: number;
  quotedWords: number;
  attributions: number;
}
