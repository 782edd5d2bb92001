// The gender a first name tells (lexicon/first-name-genders.json, built from the public-domain Congress
// data by scripts/build-actors.ts): a name borne by at least 5 people of the data, 95% of them of one
// gender. The entity index reads it only when the article's text tells nothing about a person's gender;
// a name without a row has no gender (a guess would be worse than none). Read once, checked.
import { readFileSync } from 'node:fs';
import { dataPath } from '../data-path.js';

export type Gender = 'male' | 'female';

let loaded: ReadonlyMap<string, Gender> | undefined;

/** Checks the file's shape; throws one line naming what is wrong. Keys are lower-case first names. */
export function validateFirstNameGenders(data: unknown): ReadonlyMap<string, Gender> {
  const file = 'lexicon/first-name-genders.json';
  const d = data as Record<string, unknown>;
  if (typeof d !== 'object' || d === null || typeof d.source !== 'string' || !d.source.trim()) throw new Error(`${file}: "source" must say where the genders come from`);
  if (!Array.isArray(d.names)) throw new Error(`${file}: "names" must be an array of [name, gender, people of that gender, people]`);
  const out = new Map<string, Gender>();
  (d.names as unknown[]).forEach((row, i) => {
    const r = row as unknown[];
    const ok = Array.isArray(r) && r.length === 4 && typeof r[0] === 'string' && /^\p{Ll}[\p{Ll}'’-]*$/u.test(r[0])
      && (r[1] === 'male' || r[1] === 'female') && Number.isInteger(r[2]) && Number.isInteger(r[3]) && (r[2] as number) > 0 && (r[2] as number) <= (r[3] as number);
    if (!ok) throw new Error(`${file}: name ${i + 1} must be [lower-case first name, "male" | "female", people of that gender, people]`);
    if (out.has(r[0] as string)) throw new Error(`${file}: name ${i + 1} ("${r[0] as string}") is listed twice`);
    out.set(r[0] as string, r[1] as Gender);
  });
  return out;
}

/** The table: lower-case first name -> gender. */
export const firstNameGenders = (): ReadonlyMap<string, Gender> => (loaded ??= validateFirstNameGenders(JSON.parse(readFileSync(dataPath('first-name-genders.json'), 'utf8'))));
