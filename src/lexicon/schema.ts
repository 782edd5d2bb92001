// The loaded-terms lexicon: its schema, and validation that names the file and the entry at fault.
import { checkSource, checkSourcedFile } from './sourced-file.js';
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
  const f = checkSourcedFile(data, file, 'a lexicon');
  const { fail } = f;
  for (const { raw: e, at } of f.entries) {
    if (!isStringArray(e.terms) || e.terms.length === 0 || e.terms.some((t) => !t.trim())) fail(`${at}: "terms" must be a non-empty array of strings`);
    if (!CATEGORIES.includes(e.category as TermCategory)) fail(`${at}: "category" must be one of ${CATEGORIES.join(', ')}`);
    if (!(e.lean === null || e.lean === 'left' || e.lean === 'right')) fail(`${at}: "lean" must be "left", "right" or null`);
    if (e.topic !== undefined && !TOPICS.includes(e.topic as (typeof TOPICS)[number])) fail(`${at}: "topic" must be one of ${TOPICS.join(', ')}`);
    if (e.neutral !== undefined && !isStringArray(e.neutral)) fail(`${at}: "neutral" must be an array of strings`);
    checkSource(f, e, at);
    if (e.weight !== undefined && (typeof e.weight !== 'number' || !(e.weight > 0 && e.weight <= 1))) fail(`${at}: "weight" must be a number in (0, 1]`);
  }
  const entries = f.entries.map(({ raw: e }) => ({ ...e, topic: (e.topic as string | undefined) ?? 'general', neutral: (e.neutral as string[] | undefined) ?? [], weight: (e.weight as number | undefined) ?? 1 }) as LexiconEntry);
  return { name: f.name, version: f.version, sources: f.sources, entries };
}
