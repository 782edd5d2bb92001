// Actors and their sides (issue 18): mention finding, the side at the article's date, sources by
// side, and the story-level merge. See docs/framing-actors.md.
export type { ActorMention, ActorSources, Side, SideSource, SourcesBySide, SideTotals } from './types.js';
export type { ActorEntry, ActorRegistry, ActorsFile, ActorType, PartyTerm } from './data.js';
export { actorRegistry, buildRegistry, readActorsFile, validateActors, nameKey, BUNDLED_ACTORS } from './data.js';
export { findActorMentions, pickEntry } from './find.js';
export { dayOf, partyAt, plausibleAt, resolveSides, sideOfParty } from './sides.js';
export { sourcesBySide, speakerActors } from './sources.js';
export { mergeStoryActors } from './story.js';
export type { StoryActor, StoryActorArticle } from './story.js';
