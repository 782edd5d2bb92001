// The political-subject cues (lexicon/political-subjects.json): schema, validation that names the
// file and the entry at fault, and the loader. How the cues are matched and weighed is in
// src/analyze/political/ and docs/politics-first.md.
import { readFileSync } from 'node:fs';
import { dataPath } from '../data-path.js';
import { InputError } from '../errors.js';

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
  const fail = (problem: string): never => {
    throw new InputError(file, problem);
  };
  if (typeof data !== 'object' || data === null || Array.isArray(data)) fail('must be a JSON object with "sources" and "entries"');
  const d = data as Record<string, unknown>;
  if (typeof d.sources !== 'object' || d.sources === null || Array.isArray(d.sources)) fail('"sources" must map a source id to its provenance line');
  const sources = d.sources as Record<string, unknown>;
  for (const [id, line] of Object.entries(sources)) if (typeof line !== 'string' || line.trim() === '') fail(`source "${id}" needs a provenance line`);
  if (!Array.isArray(d.entries)) fail('"entries" must be an array');
  const seen = new Set<string>();
  (d.entries as unknown[]).forEach((raw, i) => {
    const e = raw as Record<string, unknown>;
    const at = `entry ${i + 1}${typeof e?.id === 'string' ? ` ("${e.id}")` : ''}`;
    if (typeof e !== 'object' || e === null) fail(`${at}: must be an object`);
    if (typeof e.id !== 'string' || !e.id) fail(`${at}: "id" must be a non-empty string`);
    if (seen.has(e.id as string)) fail(`${at}: duplicate id`);
    seen.add(e.id as string);
    if (!POLITICAL_KINDS.includes(e.kind as PoliticalKind)) fail(`${at}: "kind" must be one of ${POLITICAL_KINDS.join(', ')}`);
    if (e.strength !== 'strong' && e.strength !== 'weak') fail(`${at}: "strength" must be "strong" or "weak"`);
    if (!isStringArray(e.forms) || e.forms.length === 0) fail(`${at}: "forms" must be a non-empty array of strings`);
    for (const key of ['before', 'after', 'unlessBefore', 'unlessAfter'] as const) if (e[key] !== undefined && !isStringArray(e[key])) fail(`${at}: "${key}" must be an array of strings`);
    for (const key of ['case', 'commonWord', 'properBefore', 'properAfter'] as const) if (e[key] !== undefined && typeof e[key] !== 'boolean') fail(`${at}: "${key}" must be true or false`);
    if (e.within !== undefined && !(Number.isInteger(e.within) && (e.within as number) >= 1 && (e.within as number) <= 5)) fail(`${at}: "within" must be a whole number from 1 to 5`);
    if (typeof e.source !== 'string' || !(e.source in sources)) fail(`${at}: "source" must name one of the file's "sources"`);
  });
  return { name: typeof d.name === 'string' ? d.name : file, version: typeof d.version === 'number' ? d.version : 1, sources: sources as Record<string, string>, entries: d.entries as PoliticalEntry[] };
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
