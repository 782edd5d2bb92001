// The political-subject cues (lexicon/political-subjects.json): schema, validation that names the
// file and the entry at fault, and the loader. How the cues are matched and weighed is in
// src/analyze/political/ and docs/politics-first.md.
import { checkSource, checkSourcedFile } from './sourced-file.js';
import { readFileSync } from 'node:fs';
import { dataPath } from '../data-path.js';

export const POLITICAL_KINDS = ['institution', 'office', 'party', 'election', 'policy'] as const;
export type PoliticalKind = (typeof POLITICAL_KINDS)[number];
export type CueStrength = 'strong' | 'weak';

export interface PoliticalEntry {
  id: string;
  kind: PoliticalKind;
  /** 'strong': political by itself; 'weak': common outside politics, only adds to strong cues. */
  strength: CueStrength;
  /** Written forms, one or more words each. */
  forms: string[];
  /** Match the form as written (wink's `value`), not lower-cased: "ICE" is not "ice". */
  case?: boolean;
  /** The form is also an everyday word: in a title-case or all-caps block it needs an `after` word. */
  commonWord?: boolean;
  /** Context that gives the political sense: one of these words within `within` words before / after. */
  before?: string[];
  after?: string[];
  /** A capitalised word right before / after (not opening the sentence): "Trump administration", "President Obama". */
  properBefore?: boolean;
  properAfter?: boolean;
  /** Words of the context window (default 1). */
  within?: number;
  /** The match does not count when the word right before / the words right after are one of these. */
  unlessBefore?: string[];
  unlessAfter?: string[];
  source: string;
  note?: string;
}

export interface PoliticalSubjectsFile {
  name: string;
  version: number;
  sources: Record<string, string>;
  entries: PoliticalEntry[];
}

const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string' && x.trim() !== '');

/** Checks a parsed political-subjects file; `file` is only used in error messages. */
export function validatePoliticalSubjects(data: unknown, file: string): PoliticalSubjectsFile {
  const f = checkSourcedFile(data, file, 'the file');
  const { fail } = f;
  for (const { raw: e, at } of f.entries) {
    if (!POLITICAL_KINDS.includes(e.kind as PoliticalKind)) fail(`${at}: "kind" must be one of ${POLITICAL_KINDS.join(', ')}`);
    if (e.strength !== 'strong' && e.strength !== 'weak') fail(`${at}: "strength" must be "strong" or "weak"`);
    if (!isStringArray(e.forms) || e.forms.length === 0) fail(`${at}: "forms" must be a non-empty array of strings`);
    for (const key of ['before', 'after', 'unlessBefore', 'unlessAfter'] as const) if (e[key] !== undefined && !isStringArray(e[key])) fail(`${at}: "${key}" must be an array of strings`);
    for (const key of ['case', 'commonWord', 'properBefore', 'properAfter'] as const) if (e[key] !== undefined && typeof e[key] !== 'boolean') fail(`${at}: "${key}" must be true or false`);
    if (e.within !== undefined && !(Number.isInteger(e.within) && (e.within as number) >= 1 && (e.within as number) <= 5)) fail(`${at}: "within" must be a whole number from 1 to 5`);
    checkSource(f, e, at);
  }
  return { name: f.name, version: f.version, sources: f.sources, entries: f.entries.map((x) => x.raw) as unknown as PoliticalEntry[] };
}

export const POLITICAL_SUBJECTS_FILE = 'political-subjects.json';
let bundled: PoliticalSubjectsFile | undefined;

/** The bundled cues, read and checked once per process. */
export function politicalSubjects(): PoliticalSubjectsFile {
  if (!bundled) {
    const path = dataPath(POLITICAL_SUBJECTS_FILE);
    bundled = validatePoliticalSubjects(JSON.parse(readFileSync(path, 'utf8')), path);
  }
  return bundled;
}
