// The polarity words of lexicon/tone-words.json, schema-checked and compiled into one Map (a lookup
// per token, never a scan of the lists). Lists marked "from" are read from the lexicon file that
// already ships them (published-words.json, report-verbs.json), so no word list is held twice.
import { readFileSync } from 'node:fs';
import { dataPath } from '../data-path.js';
import { newsFrequency, publishedWords, reportVerbsFile } from '../lexicon/published.js';

/**
 * attack / praise: aimed at the object; speaker: colours the one who speaks; defeat: a contest won,
 * its polarity toward the subject and the opposite toward the object ("X defeated Y").
 */
export type ToneRole = 'attack' | 'praise' | 'speaker' | 'defeat';

export interface ToneList {
  source: string;
  licence?: string;
  polarity: 1 | -1;
  role?: ToneRole;
  /** Verbs of speech ("slammed", "praised"): the tone toward the object is held by the one who speaks. */
  speech?: boolean;
  words?: string[];
  /** "file.json#list": a list shipped in another lexicon file. */
  from?: string;
}

export interface ToneWordsFile {
  name: string;
  version: number;
  description: string;
  sources: Record<string, string>;
  /** Verbs that turn their object's polarity around for the one who acts ("fought corruption"). */
  shifters?: { source: string; words: string[] };
  /** Words of the lists that news uses as labels of a side or an office ("conservative", "vice"): no polarity. */
  notOpinions?: { source: string; words: string[] };
  lists: Record<string, ToneList>;
}

/** One polarity word as tone reads it. */
export interface ToneWord {
  polarity: 1 | -1;
  /** In (0, 1]: lower for words plain news writes every day (see newsWeight). */
  weight: number;
  role: ToneRole | null;
  /** A verb of speech: the tone it carries toward its object is its subject's, not the outlet's. */
  speech: boolean;
  /** The list the polarity came from ("liu-negative"). */
  list: string;
}

/** Checks a parsed tone-words file; throws with the list at fault. */
export function validateToneWords(data: unknown, file = 'tone-words.json'): ToneWordsFile {
  const fail = (problem: string): never => {
    throw new Error(`framelens data file lexicon/${file}: ${problem}`);
  };
  if (typeof data !== 'object' || data === null || Array.isArray(data)) fail('must be a JSON object');
  const d = data as Record<string, unknown>;
  if (typeof d.sources !== 'object' || d.sources === null) fail('"sources" must be an object');
  const sources = d.sources as Record<string, unknown>;
  for (const [id, line] of Object.entries(sources)) if (typeof line !== 'string' || !line.trim()) fail(`source "${id}" needs a provenance line`);
  for (const key of ['shifters', 'notOpinions'] as const) {
    if (d[key] === undefined) continue;
    const sh = d[key] as Record<string, unknown>;
    if (typeof sh !== 'object' || sh === null || typeof sh.source !== 'string' || !(sh.source in sources)) fail(`"${key}": "source" must name one of "sources"`);
    if (!Array.isArray(sh.words) || sh.words.length === 0 || !sh.words.every((w) => typeof w === 'string' && w.trim() !== '')) fail(`"${key}": needs non-empty "words"`);
  }
  if (typeof d.lists !== 'object' || d.lists === null || Array.isArray(d.lists)) fail('"lists" must be an object');
  for (const [name, raw] of Object.entries(d.lists as Record<string, unknown>)) {
    const l = raw as Record<string, unknown>;
    if (typeof l !== 'object' || l === null) fail(`list "${name}" must be an object`);
    if (typeof l.source !== 'string' || !(l.source in sources)) fail(`list "${name}": "source" must name one of "sources"`);
    if (l.polarity !== 1 && l.polarity !== -1) fail(`list "${name}": "polarity" must be 1 or -1`);
    if (l.speech !== undefined && typeof l.speech !== 'boolean') fail(`list "${name}": "speech" must be true or false`);
    if (l.role !== undefined && l.role !== 'attack' && l.role !== 'praise' && l.role !== 'speaker' && l.role !== 'defeat') fail(`list "${name}": "role" must be "attack", "praise", "speaker" or "defeat"`);
    const hasWords = Array.isArray(l.words) && l.words.length > 0 && l.words.every((w) => typeof w === 'string' && w.trim() !== '');
    const hasFrom = typeof l.from === 'string' && /^[\w.-]+\.json#[\w-]+$/.test(l.from);
    if (hasWords === hasFrom) fail(`list "${name}": needs either non-empty "words" or "from": "file.json#list", not both`);
  }
  return d as unknown as ToneWordsFile;
}

/** The words of a "from" list. Only the files that hold such lists today are known. */
function wordsFrom(from: string): string[] {
  const [file, list] = from.split('#');
  if (file === 'published-words.json') {
    const words = publishedWords().lists[list]?.words;
    if (words) return words;
  } else if (file === 'report-verbs.json') {
    const verbs = reportVerbsFile().verbs.filter((v) => v.stance === list).map((v) => v.verb);
    if (verbs.length) return verbs;
  }
  throw new Error(`framelens data file lexicon/tone-words.json: "from": "${from}" names no shipped list`);
}

/**
 * How much a polarity word counts, from how often plain news writes it (uses per million own-voice
 * words, lexicon/news-frequency.json). A word news writes every day ("issue", "support", "lead",
 * "conservative", "attack") mostly names a topic or a side, not a judgement; a rare one ("disgraced",
 * "smear") is colouring. Full weight up to COMMON per million, then falling with the square root, so
 * the commonest still count a little. This is a method for every word, not a hand-picked stop list.
 */
export const COMMON_PER_MILLION = 150;
export function newsWeight(perMillion: number | undefined): number {
  if (perMillion === undefined || perMillion <= COMMON_PER_MILLION) return 1;
  return Math.sqrt(COMMON_PER_MILLION / perMillion);
}

let compiled: Map<string, ToneWord> | undefined;
let shifters: Set<string> | undefined;
let loaded: ToneWordsFile | undefined;

function toneWordsFile(): ToneWordsFile {
  loaded ??= validateToneWords(JSON.parse(readFileSync(dataPath('tone-words.json'), 'utf8')));
  return loaded;
}

/** Verb lemmas that turn their object's polarity around for the one who acts. Built once per process. */
export function toneShifters(): Set<string> {
  shifters ??= new Set(toneWordsFile().shifters?.words ?? []);
  return shifters;
}

/** Every polarity word, keyed by its lower-case form. Built once per process. */
export function toneWords(): Map<string, ToneWord> {
  if (compiled) return compiled;
  const file = toneWordsFile();
  const frequency = newsFrequency().perMillion;
  const map = new Map<string, ToneWord>();
  const roles = new Map<string, ToneRole>();
  const speech = new Set<string>();
  for (const [name, list] of Object.entries(file.lists)) {
    const words = list.words ?? wordsFrom(list.from as string);
    for (const word of words) {
      if (list.role) roles.set(word, list.role);
      if (list.speech) speech.add(word);
      // Lists in file order: a word in both a polarity list and a role list keeps its first polarity.
      if (!map.has(word)) map.set(word, { polarity: list.polarity, weight: newsWeight(frequency[word]), role: null, speech: false, list: name });
    }
  }
  for (const [word, role] of roles) {
    const entry = map.get(word);
    if (entry) entry.role = role;
  }
  for (const word of speech) {
    const entry = map.get(word);
    if (entry) entry.speech = true;
  }
  for (const word of file.notOpinions?.words ?? []) map.delete(word);
  compiled = map;
  return map;
}

/** True when news writes this word in lower case at all: a capitalised token whose lower case never
 * appears in plain news ("Trump", "Gay") is a name, not an opinion word. */
export function newsWritesLowerCase(word: string): boolean {
  return newsFrequency().perMillion[word] !== undefined;
}
