// First names one person goes by (lexicon/first-names.json, built from the Congress data by
// scripts/build-actors.ts): "Jim" and "James", "Dick", "Richard" and "Rick"; with standard English
// hypocorisms (lexicon/hypocorisms.json): "Liz" and "Elizabeth". Read once, checked.
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

/**
 * Standard English hypocorisms (lexicon/hypocorisms.json, hand-picked from a sourced list; round 8):
 * "Liz" and "Elizabeth", "Bobby" and "Robert". Checks the file's shape; throws one line naming what is wrong.
 */
export function validateHypocorisms(data: unknown): string[][] {
  const d = data as { source?: unknown; classes?: unknown };
  if (typeof d !== 'object' || d === null || typeof d.source !== 'string' || d.source.length === 0) throw new Error('lexicon/hypocorisms.json: "source" must say where the classes come from');
  if (!Array.isArray(d.classes)) throw new Error('lexicon/hypocorisms.json: "classes" must be an array');
  return d.classes.map((c: unknown, i: number) => {
    const e = c as { names?: unknown; source?: unknown };
    if (typeof e !== 'object' || e === null || typeof e.source !== 'string' || e.source.length === 0) throw new Error(`lexicon/hypocorisms.json: class ${i + 1} must have a "source"`);
    if (!Array.isArray(e.names) || e.names.length < 2 || !e.names.every((n) => typeof n === 'string' && /^\p{Lu}[\p{L}'-]*$/u.test(n))) throw new Error(`lexicon/hypocorisms.json: class ${i + 1}: "names" must be two or more capitalised first names`);
    return e.names as string[];
  });
}

/**
 * Both files' classes as one map, name -> the class's key: a Congress class keeps its first member as
 * key, and a hypocorism class sharing a name with it joins it. A hypocorism class that would join two
 * Congress classes (two people's names made one) is refused.
 */
export function firstNameClasses(congress: readonly string[][], hypocorisms: readonly string[][]): Map<string, string> {
  const out = new Map<string, string>();
  for (const c of congress) for (const n of c) out.set(n.toLowerCase(), c[0].toLowerCase());
  for (const c of hypocorisms) {
    const keys = new Set(c.map((n) => out.get(n.toLowerCase())).filter((k): k is string => k !== undefined));
    if (keys.size > 1) throw new Error(`lexicon/hypocorisms.json: the class of ${c[0]} joins two classes of first-names.json (${[...keys].join(', ')})`);
    const key = [...keys][0] ?? c[0].toLowerCase();
    for (const n of c) out.set(n.toLowerCase(), key);
  }
  return out;
}

/** The class a first name belongs to, as its key in lower case ("jim" -> "james", "liz" -> "elizabeth"); the name itself when it has none. */
export function firstNameClass(first: string): string {
  byName ??= firstNameClasses(
    validateFirstNames(JSON.parse(readFileSync(dataPath('first-names.json'), 'utf8'))),
    validateHypocorisms(JSON.parse(readFileSync(dataPath('hypocorisms.json'), 'utf8'))),
  );
  return byName.get(first) ?? first;
}
