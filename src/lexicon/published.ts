// Loaders for the word-list data files that are not loaded-terms lexicons: the published lists
// (lexicon/published-words.json), the report verbs (lexicon/report-verbs.json), the learned partisan
// phrases (lexicon/lean-phrases.json) and the verdict calibration (lexicon/slant-calibration.json).
import { readFileSync } from 'node:fs';
import { dataPath } from '../data-path.js';

export interface PublishedList {
  source: string;
  licence: string;
  use: string;
  words: string[];
}

export interface PublishedWordsFile {
  sources: Record<string, string>;
  lists: Record<string, PublishedList>;
}

export interface ReportVerb {
  verb: string;
  stance: 'doubt' | 'concession' | 'resistance' | 'attack' | 'boast' | 'emotion' | 'endorsement';
  source: string;
  /** The verb has a common plain sense: it counts only where it reports speech. */
  needsSpeech?: boolean;
  /** The noun counts too ("his claim that"), except after one of `notAfter` ("jobless claims"). */
  noun?: boolean;
  notAfter?: string[];
}

export interface ReportVerbsFile {
  sources: Record<string, string>;
  verbs: ReportVerb[];
}

/** One learned phrase: log-odds of right over left and of partisan (left or right) over center, per use. */
export interface LeanPhrase {
  phrase: string;
  /** The commonest way it is written in the training text ("illegal aliens" for "illegal alien"). */
  example: string;
  lean: number;
  partisan: number;
  /** Outlets that used it, on the left, in the center, on the right. */
  outlets: [number, number, number];
}

export interface LeanPhrasesFile {
  name: string;
  version: number;
  description: string;
  provenance: Record<string, unknown>;
  phrases: LeanPhrase[];
  /**
   * Words of the published lists and of lexicon/signals.json that real center outlets use at least
   * as often as partisan ones: plain news vocabulary, so not counted as loaded words or signals.
   */
  newsNeutral?: string[];
}

export interface SlantCalibration {
  provenance: Record<string, unknown>;
  /** Rates are per 1,000 words of own text, with at least this many words assumed. */
  minWords: number;
  /** logit(partisan) = intercept + Σ weight × rate; partisan from logit ≥ 0 (score ≥ 0.5). */
  partisan: { intercept: number; weights: Record<string, number> };
  /** logit(right over left) = intercept + Σ weight × rate. */
  lean: { intercept: number; weights: Record<string, number> };
}

const cache = new Map<string, unknown>();
function load<T>(name: string): T {
  if (!cache.has(name)) cache.set(name, JSON.parse(readFileSync(dataPath(name), 'utf8')));
  return cache.get(name) as T;
}

export const publishedWords = (): PublishedWordsFile => load('published-words.json');
export const reportVerbsFile = (): ReportVerbsFile => load('report-verbs.json');
export const leanPhrasesFile = (): LeanPhrasesFile => load('lean-phrases.json');
export const slantCalibration = (): SlantCalibration => load('slant-calibration.json');

/** Uses per million own-voice words of real news (lexicon/news-frequency.json, scripts/build-news-frequency.ts). */
export interface NewsFrequencyFile {
  provenance: Record<string, unknown>;
  perMillion: Record<string, number>;
}
export const newsFrequency = (): NewsFrequencyFile => load('news-frequency.json');
