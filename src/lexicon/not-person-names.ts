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
  return { firstWords: list('firstWords'), heads: list('heads'), places: list('places') };
}

export const notPersonNames = (): NotPersonNames => (loaded ??= validateNotPersonNames(JSON.parse(readFileSync(dataPath('not-person-names.json'), 'utf8'))));
