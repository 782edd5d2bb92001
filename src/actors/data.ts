// The actors data (lexicon/actors.json and the user's --actors files): schema check with one-line
// errors naming the file, entry and field, and the indexes mention finding looks names up in.
import { readFileSync } from 'node:fs';
import { InputError } from '../errors.js';
import { dataPath } from '../data-path.js';

export type ActorType = 'person' | 'organisation' | 'party' | 'group';
export const ACTOR_TYPES: readonly ActorType[] = ['person', 'organisation', 'party', 'group'];

/** [party, start, end, office?]: ISO days, null when the data has no date (the party holds at any date). */
export type PartyTerm = [string, string | null, string | null, string?];

export interface ActorEntry {
  id: string;
  /** Canonical name, as reports show it. */
  name: string;
  type: ActorType;
  /** Every written form that names the actor on its own ("Nancy Pelosi", "GOP"). */
  names: string[];
  /** Surnames that name the actor alone, without a first name earlier in the article ("Trump"). */
  alone?: string[];
  born?: number;
  /** A person's gender as the data gives it; a he/she in the text is matched against it when the text tells none. */
  gender?: 'male' | 'female';
  /** Two-letter code of the state a member of Congress stands (or last stood) for: "the Florida senator" (round 8). */
  state?: string;
  terms: PartyTerm[];
  source: string;
  /** Where the entry came from: the bundled data or a user file (set at load, not in the file). */
  origin?: 'bundled' | 'user';
}

export interface ActorsFile {
  about?: string;
  actors: ActorEntry[];
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
/** A real calendar day written YYYY-MM-DD (not 2010-13-01). */
const isDay = (v: unknown): boolean => typeof v === 'string' && DAY.test(v) && !Number.isNaN(Date.parse(v)) && new Date(Date.parse(v)).toISOString().startsWith(v);
const isNonEmptyString = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

/** Checks a parsed actors file; `file` names it in the one-line error. */
export function validateActors(data: unknown, file: string): ActorsFile {
  const fail = (problem: string): never => {
    throw new InputError(file, problem);
  };
  if (typeof data !== 'object' || data === null || Array.isArray(data)) fail('an actors file must be a JSON object with "actors"');
  const d = data as Record<string, unknown>;
  if (!Array.isArray(d.actors)) fail('"actors" must be an array');
  const seen = new Set<string>();
  (d.actors as unknown[]).forEach((raw, i) => {
    const e = raw as Record<string, unknown>;
    const at = `actor ${i + 1}${typeof e?.id === 'string' ? ` ("${e.id}")` : ''}`;
    if (typeof e !== 'object' || e === null || Array.isArray(e)) fail(`${at}: must be an object`);
    if (!isNonEmptyString(e.id)) fail(`${at}: "id" must be a non-empty string`);
    if (seen.has(e.id as string)) fail(`${at}: duplicate id`);
    seen.add(e.id as string);
    if (!isNonEmptyString(e.name)) fail(`${at}: "name" must be a non-empty string`);
    if (!ACTOR_TYPES.includes(e.type as ActorType)) fail(`${at}: "type" must be one of ${ACTOR_TYPES.join(', ')}`);
    if (!Array.isArray(e.names) || e.names.length === 0 || !e.names.every(isNonEmptyString)) fail(`${at}: "names" must be a non-empty array of non-empty strings`);
    if (e.alone !== undefined && (!Array.isArray(e.alone) || !e.alone.every((w) => isNonEmptyString(w) && !/\s/.test(w)))) fail(`${at}: "alone" must be an array of single words`);
    if (e.born !== undefined && !(Number.isInteger(e.born) && (e.born as number) > 1000 && (e.born as number) < 3000)) fail(`${at}: "born" must be a year`);
    if (e.gender !== undefined && !(e.gender === 'male' || e.gender === 'female')) fail(`${at}: "gender" must be "male" or "female" (leave it out when unknown)`);
    if (e.gender !== undefined && e.type !== 'person') fail(`${at}: "gender" is for people only`);
    if (e.state !== undefined && !(typeof e.state === 'string' && /^[A-Z]{2}$/.test(e.state))) fail(`${at}: "state" must be a two-letter code ("FL")`);
    if (e.state !== undefined && e.type !== 'person') fail(`${at}: "state" is for people only`);
    if (!Array.isArray(e.terms)) fail(`${at}: "terms" must be an array of [party, start, end] (start and end "YYYY-MM-DD" or null)`);
    (e.terms as unknown[]).forEach((t, k) => {
      const term = t as unknown[];
      const ok = Array.isArray(term) && (term.length === 3 || term.length === 4) && isNonEmptyString(term[0])
        && (term[1] === null || isDay(term[1])) && (term[2] === null || isDay(term[2]))
        && (term.length === 3 || typeof term[3] === 'string');
      if (!ok) fail(`${at}: "terms" ${k + 1} must be [party, start, end] with start and end "YYYY-MM-DD" or null`);
      if (term[1] && term[2] && (term[1] as string) > (term[2] as string)) fail(`${at}: "terms" ${k + 1} ends before it starts`);
    });
    if (!isNonEmptyString(e.source)) fail(`${at}: "source" must say where the entry comes from`);
  });
  return { about: typeof d.about === 'string' ? d.about : undefined, actors: d.actors as ActorEntry[] };
}

export function readActorsFile(path: string): ActorsFile {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(path, code === 'ENOENT' ? 'no such actors file' : code === 'EISDIR' ? 'is a directory, not an actors file' : `cannot read actors file (${code ?? 'unknown error'})`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new InputError(path, `not valid JSON (${(error as Error).message.split('\n')[0]})`);
  }
  return validateActors(data, path);
}

/** Name key: lower case, no dots, accents or initials, no suffix ("Donald J. Trump Jr." -> "donald trump"). */
export function nameKey(name: string): string {
  // Accents are stripped only when there are any: most names are ASCII, and this runs for every form
  // of the data when a worker starts.
  return (/^[\x20-\x7e]*$/.test(name) ? name : name.normalize('NFD').replace(/\p{M}/gu, ''))
    .toLowerCase()
    .replace(/[’']s$/, '')
    .replace(/\./g, ' ').replace(/,/g, ' ')
    .split(/\s+/)
    .filter((w) => w && !/^(jr|sr|ii|iii|iv)$/.test(w))
    .filter((w, k, all) => !(w.length === 1 && all.length > 1 && /\p{L}/u.test(w)) || all.every((x) => x.length === 1))
    // Initials alone are an acronym ("G.O.P." -> "gop", "S.F." -> "sf"), never an empty key that
    // every other run of initials would share.
    .join(' ')
    .replace(/^(\p{L}(?: \p{L})+)$/u, (letters) => letters.replace(/ /g, ''));
}

/** First word of a written form as mention finding meets it on a token: lower case, no dots. */
export const firstWordKey = (text: string): string => text.split(/\s+/)[0].toLowerCase().replace(/\./g, '');

export interface ActorRegistry {
  byId: Map<string, ActorEntry>;
  /** nameKey of every written form -> entries (namesakes share a key). */
  byName: Map<string, ActorEntry[]>;
  /** Written forms by their first word (firstWordKey), longest first: what the token pass compares. */
  forms: Map<string, { form: string; entry: ActorEntry }[]>;
  /** Lower-case surname -> people who carry it (for "Sen. Cruz"). */
  bySurname: Map<string, ActorEntry[]>;
  /** Lower-case word -> entries named by it alone ("trump"). */
  alone: Map<string, ActorEntry[]>;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) {
    if (list.at(-1) !== value && !list.includes(value)) list.push(value);
  } else map.set(key, [value]);
}

/** Indexes the bundled entries and the user's; a user entry replaces a bundled one with the same id. */
export function buildRegistry(files: readonly ActorsFile[], origins: readonly ('bundled' | 'user')[]): ActorRegistry {
  const byId = new Map<string, ActorEntry>();
  files.forEach((f, i) => {
    for (const e of f.actors) byId.set(e.id, { ...e, origin: origins[i] });
  });
  const registry: ActorRegistry = { byId, byName: new Map(), forms: new Map(), bySurname: new Map(), alone: new Map() };
  for (const e of byId.values()) {
    for (const form of e.names) {
      const key = nameKey(form);
      if (!key) continue;
      push(registry.byName, key, e);
      push(registry.forms, firstWordKey(form), { form, entry: e });
      const space = key.lastIndexOf(' ');
      if (e.type === 'person' && space > 0) push(registry.bySurname, key.slice(space + 1), e);
    }
    if (!e.names.includes(e.name) && nameKey(e.name)) push(registry.byName, nameKey(e.name), e);
    for (const w of e.alone ?? []) push(registry.alone, w.toLowerCase(), e);
  }
  for (const list of registry.forms.values()) list.sort((a, b) => b.form.length - a.form.length || (a.entry.id < b.entry.id ? -1 : a.entry.id > b.entry.id ? 1 : 0));
  return registry;
}

export const BUNDLED_ACTORS = 'actors.json';

/**
 * Reads and checks the user's actors files, so that a bad one stops a command before any work, in one
 * line. The registry itself is built where mentions are found (each worker, or this thread with
 * `--jobs 1`): building it here too cost the main thread about 0.1 s in every run, a second `report`
 * included. The bundled file is checked by the tests.
 */
export function checkActorsFiles(userFiles: readonly string[]): void {
  for (const file of userFiles) readActorsFile(file);
}

const registries = new Map<string, ActorRegistry>();

let firstNames: Set<string> | undefined;
/**
 * Does some person of the bundled actors data go by this first name (lower case)? Read from the
 * first word of each person's written forms that is not a title ("steve", "angus", "jesse").
 */
export function isPersonFirstName(word: string): boolean {
  if (!firstNames) {
    firstNames = new Set();
    for (const e of actorRegistry().byId.values()) {
      if (e.type !== 'person' || e.origin !== 'bundled') continue;
      for (const form of e.names) {
        const words = form.split(/\s+/);
        if (words.length >= 2 && /^\p{Lu}\p{Ll}+$/u.test(words[0])) firstNames.add(words[0].toLowerCase());
      }
    }
  }
  return firstNames.has(word);
}

/** The bundled actors plus the user's files, checked and indexed once per process per file list. */
export function actorRegistry(userFiles: readonly string[] = []): ActorRegistry {
  const key = JSON.stringify(userFiles);
  let registry = registries.get(key);
  if (!registry) {
    const bundled = readActorsFile(dataPath(BUNDLED_ACTORS));
    registry = buildRegistry([bundled, ...userFiles.map(readActorsFile)], ['bundled', ...userFiles.map(() => 'user' as const)]);
    registries.set(key, registry);
  }
  return registry;
}
