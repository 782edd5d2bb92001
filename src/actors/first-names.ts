// First names one person goes by (lexicon/first-names.json, built from the Congress data by
// scripts/build-actors.ts): "Jim" and "James", "Dick", "Richard" and "Rick". Read once, checked.
import { readFileSync } from 'node:fs';
import { dataPath } from '../data-path.js';

let byName: Map<string, string> | undefined;

/** Checks the file's shape; throws with one line naming what is wrong. */
export function validateFirstNames(data: unknown): string[][] {
  const d = data as { source?: unknown; variants?: unknown };
  if (typeof d !== 'object' || d === null || typeof d.source !== 'string' || d.source.length === 0) throw new Error('lexicon/first-names.json: "source" must say where the classes come from');
  if (!Array.isArray(d.variants) || !d.variants.every((c) => Array.isArray(c) && c.length >= 2 && c.every((n) => typeof n === 'string' && /^\p{Lu}[\p{L}'-]*$/u.test(n)))) {
    throw new Error('lexicon/first-names.json: "variants" must be an array of classes of two or more capitalised first names');
  }
  return d.variants as string[][];
}

/** The class a first name belongs to, as its first member in lower case ("jim" -> "james"); the name itself when it has none. */
export function firstNameClass(first: string): string {
  if (!byName) {
    byName = new Map();
    for (const c of validateFirstNames(JSON.parse(readFileSync(dataPath('first-names.json'), 'utf8')))) for (const n of c) byName.set(n.toLowerCase(), c[0].toLowerCase());
  }
  return byName.get(first) ?? first;
}
