// Names that read like a person's but name a thing or a place (lexicon/not-person-names.json):
// "First Amendment", "Capitol Hill", "Hurricane Sandy", "Russia" acting in a sentence. Read once, checked.
import { readFileSync } from 'node:fs';
import { dataPath } from '../data-path.js';

export interface NotPersonNames {
  /** First words of a thing's or a place's name ("capitol", "hurricane"), lower case. */
  firstWords: ReadonlySet<string>;
  /** Last words of a thing's name ("amendment", "act", "district"), lower case. */
  heads: ReadonlySet<string>;
  /** Countries, regions, capitals and demonyms, lower case: never a person when written alone. */
  places: ReadonlySet<string>;
  /**
   * US states and territories, lower case, as written ("new hampshire"): a place when a name is one of
   * them whole. Kept apart from `places` because many are also first names ("Virginia Foxx").
   */
  states: ReadonlySet<string>;
  /** The two-letter code of each state ("florida" -> "FL"), as the actors data writes a member's state (round 8). */
  stateCodes: ReadonlyMap<string, string>;
}

let loaded: NotPersonNames | undefined;

/** Checks the file's shape; throws one line naming what is wrong. */
export function validateNotPersonNames(data: unknown): NotPersonNames {
  const d = data as Record<string, unknown>;
  if (typeof d !== 'object' || d === null || typeof d.source !== 'string' || !d.source) throw new Error('lexicon/not-person-names.json: "source" must say where the words come from');
  const list = (key: string): ReadonlySet<string> => {
    const v = d[key];
    if (!Array.isArray(v) || !v.every((w) => typeof w === 'string' && w === w.toLowerCase() && /^\S+$/.test(w))) throw new Error(`lexicon/not-person-names.json: "${key}" must be an array of single lower-case words`);
    return new Set(v as string[]);
  };
  const firstWords = list('firstWords');
  const heads = list('heads');
  const places = list('places');
  const states = d.states;
  if (typeof d.statesSource !== 'string' || !d.statesSource) throw new Error('lexicon/not-person-names.json: "statesSource" must say where the state names come from');
  if (!Array.isArray(states) || !states.every((w) => typeof w === 'string' && w === w.toLowerCase() && /^\S+( \S+)*$/.test(w))) throw new Error('lexicon/not-person-names.json: "states" must be an array of lower-case names');
  const codes = d.stateCodes as Record<string, unknown> | undefined;
  if (typeof codes !== 'object' || codes === null || !(states as string[]).every((n) => typeof codes[n] === 'string' && /^[A-Z]{2}$/.test(codes[n] as string)) || Object.keys(codes).length !== states.length) {
    throw new Error('lexicon/not-person-names.json: "stateCodes" must give every state in "states" its two-letter code');
  }
  return { firstWords, heads, places, states: new Set(states as string[]), stateCodes: new Map(Object.entries(codes as Record<string, string>)) };
}

export const notPersonNames = (): NotPersonNames => (loaded ??= validateNotPersonNames(JSON.parse(readFileSync(dataPath('not-person-names.json'), 'utf8'))));
