// The attribution/people word lists (lexicon/attribution.json), loaded once.
import { readFileSync } from 'node:fs';
import { dataPath } from '../data-path.js';

interface AttributionFile {
  speechVerbs: string[];
  /** Verbs that attribute a quotation they govern, not reporting verbs on their own. */
  quoteVerbs: string[];
  sourcingVerbs: string[];
  hedges: string[];
  anonymousHeads: string[];
  titles: string[];
  orgWords: string[];
  outletHeads: string[];
  orgHeads: string[];
  personHeads: string[];
  /** Written sources (a poll, court records): an attribution's source, never a speaker. */
  documentHeads: string[];
  /** First words of place names: "New Hampshire" is not a person. */
  placeWords: string[];
  /** Role nouns that tell a person's gender: "congresswoman", "wife"; "spokesman", "husband". */
  femaleWords: string[];
  maleWords: string[];
}

export type WordLists = { [K in keyof AttributionFile]: ReadonlySet<string> };

let cached: WordLists | undefined;

export function wordLists(): WordLists {
  if (cached) return cached;
  const data = JSON.parse(readFileSync(dataPath('attribution.json'), 'utf8')) as AttributionFile;
  const sets = Object.fromEntries(Object.entries(data).filter(([, v]) => Array.isArray(v)).map(([k, v]) => [k, new Set(v as string[])]));
  cached = sets as unknown as WordLists;
  return cached;
}
