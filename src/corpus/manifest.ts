// The corpus manifest (`manifest.jsonl`): one line per article with where it came from. Pure text in,
// text out; reading and writing the file is the store's job.
import { InputError } from '../errors.js';
import { toIsoDate } from '../dates.js';
import { jsonLines } from './json-lines.js';

export const MANIFEST_NAME = 'manifest.jsonl';
export const OUTLET_LEANS = ['left', 'center', 'right'] as const;
export type OutletLean = (typeof OUTLET_LEANS)[number];

/** A lean the user wrote ("Left", " right "), as the manifest keeps it; null when it is none of them. */
export function leanOf(value: unknown): OutletLean | null {
  const lean = typeof value === 'string' ? value.trim().toLowerCase() : null;
  return OUTLET_LEANS.find((l) => l === lean) ?? null;
}
/** Fields a user can give with `add`; the rest of an entry is bookkeeping. */
export const META_FIELDS = ['outlet', 'url', 'published', 'lean', 'headline'] as const;
export type MetaField = (typeof META_FIELDS)[number];

export interface ManifestEntry {
  /** File name inside the corpus directory. */
  file: string;
  outlet: string | null;
  url: string | null;
  /** `YYYY-MM-DD`. */
  published: string | null;
  /** The outlet's lean as the user rates it (e.g. from AllSides), not framelens' verdict. */
  lean: OutletLean | null;
  headline: string | null;
  /** When `add` wrote the file (ISO timestamp); corpus bookkeeping, never shown in reports. */
  added: string | null;
  /** Fields the user gave on the command line. */
  given: MetaField[];
  /** Fields framelens found in the article's text. */
  found: MetaField[];
  /** sha256 prefixes of the whole text and of the body without boilerplate: how `add` spots duplicates. */
  fingerprints: string[];
}

const KEY_ORDER: (keyof ManifestEntry)[] = ['file', 'outlet', 'url', 'published', 'lean', 'headline', 'added', 'given', 'found', 'fingerprints'];

const nullableString = (v: unknown): v is string | null => v === null || typeof v === 'string';

/** Checks one parsed manifest line; `at` names the file and line in the error. */
function validateEntry(raw: unknown, at: string): ManifestEntry {
  const fail = (problem: string): never => {
    throw new InputError(at, problem);
  };
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) fail('each line must be a JSON object');
  const e = raw as Record<string, unknown>;
  if (typeof e.file !== 'string' || e.file === '' || /[\\/]/.test(e.file)) fail('"file" must be a file name inside the corpus directory');
  for (const key of ['outlet', 'url', 'published', 'headline', 'added'] as const) if (e[key] !== undefined && !nullableString(e[key])) fail(`"${key}" must be a string or null`);
  if (e.lean !== undefined && e.lean !== null && !OUTLET_LEANS.includes(e.lean as OutletLean)) fail(`"lean" must be one of ${OUTLET_LEANS.join(', ')} or null`);
  if (typeof e.published === 'string' && toIsoDate(e.published) !== e.published) fail('"published" must be a date written YYYY-MM-DD');
  for (const key of ['given', 'found'] as const) {
    if (e[key] !== undefined && !(Array.isArray(e[key]) && (e[key] as unknown[]).every((f) => META_FIELDS.includes(f as MetaField)))) fail(`"${key}" must list fields among ${META_FIELDS.join(', ')}`);
  }
  if (e.fingerprints !== undefined && !(Array.isArray(e.fingerprints) && e.fingerprints.every((f) => typeof f === 'string'))) fail('"fingerprints" must be an array of strings');
  return {
    file: e.file as string,
    outlet: (e.outlet as string | null | undefined) ?? null,
    url: (e.url as string | null | undefined) ?? null,
    published: (e.published as string | null | undefined) ?? null,
    lean: (e.lean as OutletLean | null | undefined) ?? null,
    headline: (e.headline as string | null | undefined) ?? null,
    added: (e.added as string | null | undefined) ?? null,
    given: (e.given as MetaField[] | undefined) ?? [],
    found: (e.found as MetaField[] | undefined) ?? [],
    fingerprints: (e.fingerprints as string[] | undefined) ?? [],
  };
}

/** Parses manifest text; a bad line is an InputError naming the file and line. */
export function parseManifest(text: string, label: string): ManifestEntry[] {
  const entries: ManifestEntry[] = [];
  const seen = new Set<string>();
  for (const { value, at } of jsonLines(text, label, 'the corpus manifest has one JSON object per line')) {
    const entry = validateEntry(value, at);
    if (seen.has(entry.file)) throw new InputError(at, `"${entry.file}" is listed twice`);
    seen.add(entry.file);
    entries.push(entry);
  }
  return entries;
}

/** Manifest text: entries in corpus order, keys in a fixed order, so the same corpus gives the same bytes. */
export function serializeManifest(entries: readonly ManifestEntry[]): string {
  const sorted = [...entries].sort((a, b) => compareCorpusNames(a.file, b.file));
  return sorted.map((e) => JSON.stringify(Object.fromEntries(KEY_ORDER.map((k) => [k, e[k]])))).join('\n') + (sorted.length ? '\n' : '');
}

/** `names` in corpus order (`compareCorpusNames`), each name's number read once: a corpus of 10,000 files is sorted in every run. */
export function sortCorpusNames(names: readonly string[]): string[] {
  const numbers = new Map(names.map((n) => [n, /^(\d+)_/.exec(n)?.[1]] as const));
  return [...names].sort((a, b) => {
    const na = numbers.get(a);
    const nb = numbers.get(b);
    if (na !== undefined && nb !== undefined && Number(na) !== Number(nb)) return Number(na) - Number(nb);
    if (na !== undefined && nb === undefined) return -1;
    if (na === undefined && nb !== undefined) return 1;
    return a < b ? -1 : a > b ? 1 : 0;
  });
}

/** Corpus order: by the leading number when both names have one (so 1000_ comes after 999_), then by name. */
export function compareCorpusNames(a: string, b: string): number {
  const na = /^(\d+)_/.exec(a);
  const nb = /^(\d+)_/.exec(b);
  if (na && nb && Number(na[1]) !== Number(nb[1])) return Number(na[1]) - Number(nb[1]);
  if (na && !nb) return -1;
  if (!na && nb) return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
