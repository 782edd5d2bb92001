// The loaded-terms lexicon: its schema, and validation that names the file and the entry at fault.
import { InputError } from '../errors.js';
import type { Lean } from '../types.js';

export const CATEGORIES = ['group-label', 'name-calling', 'sensational', 'intensifier', 'euphemism', 'fear-appeal', 'loaded-framing'] as const;
export type TermCategory = (typeof CATEGORIES)[number];
export const TOPICS = ['immigration', 'crime', 'economy', 'elections', 'foreign-policy', 'health', 'guns', 'climate', 'abortion', 'general'] as const;

export interface LexiconEntry {
  id: string;
  terms: string[];
  category: TermCategory;
  lean: Lean | null;
  topic: string;
  neutral: string[];
  source: string;
  /** 0 < weight <= 1 scales the category weight in the slant score; 1 when absent. */
  weight: number;
  note?: string;
}

export interface LexiconFile {
  name: string;
  version: number;
  description?: string;
  sources: Record<string, string>;
  entries: LexiconEntry[];
}

const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

/** Checks a parsed lexicon file; `file` is only used in error messages. */
export function validateLexicon(data: unknown, file: string): LexiconFile {
  const fail = (problem: string): never => {
    throw new InputError(file, problem);
  };
  if (typeof data !== 'object' || data === null || Array.isArray(data)) fail('a lexicon must be a JSON object with "sources" and "entries"');
  const d = data as Record<string, unknown>;
  if (typeof d.sources !== 'object' || d.sources === null || Array.isArray(d.sources)) fail('"sources" must be an object mapping a source id to its provenance line');
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
    if (!isStringArray(e.terms) || e.terms.length === 0 || e.terms.some((t) => !t.trim())) fail(`${at}: "terms" must be a non-empty array of strings`);
    if (!CATEGORIES.includes(e.category as TermCategory)) fail(`${at}: "category" must be one of ${CATEGORIES.join(', ')}`);
    if (!(e.lean === null || e.lean === 'left' || e.lean === 'right')) fail(`${at}: "lean" must be "left", "right" or null`);
    if (e.topic !== undefined && !TOPICS.includes(e.topic as (typeof TOPICS)[number])) fail(`${at}: "topic" must be one of ${TOPICS.join(', ')}`);
    if (e.neutral !== undefined && !isStringArray(e.neutral)) fail(`${at}: "neutral" must be an array of strings`);
    if (typeof e.source !== 'string' || !(e.source in sources)) fail(`${at}: "source" must name one of the file's "sources"`);
    if (e.weight !== undefined && (typeof e.weight !== 'number' || !(e.weight > 0 && e.weight <= 1))) fail(`${at}: "weight" must be a number in (0, 1]`);
  });
  const entries = (d.entries as Record<string, unknown>[]).map((e) => ({ ...e, topic: (e.topic as string | undefined) ?? 'general', neutral: (e.neutral as string[] | undefined) ?? [], weight: (e.weight as number | undefined) ?? 1 }) as LexiconEntry);
  return { name: typeof d.name === 'string' ? d.name : file, version: typeof d.version === 'number' ? d.version : 1, sources: sources as Record<string, string>, entries };
}
