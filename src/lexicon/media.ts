// News outlets, news agencies and platforms (lexicon/media.json): a source news copy cites ("Fox News
// reported", "told The Hill", "said on Twitter"), never a sided actor. Read once, checked.
import { readFileSync } from 'node:fs';
import { dataPath } from '../data-path.js';
import { checkSource, checkSourcedFile } from './sourced-file.js';

export const MEDIA_KINDS = ['news outlet', 'news agency', 'platform'] as const;
export type MediaKind = (typeof MEDIA_KINDS)[number];

export interface MediaList {
  /** Every name as the file writes it -> its kind. */
  names: ReadonlyMap<string, MediaKind>;
  /** Last words that make a capitalised name of two or more words a publication's ("Quad-City Times"). */
  heads: ReadonlySet<string>;
}

const FILE = 'lexicon/media.json';

/** Checks the file's shape (a sourced file: each entry an id, a kind, names and a source); throws one line naming what is wrong. */
export function validateMedia(data: unknown): MediaList {
  const file = checkSourcedFile(data, FILE, 'the media list');
  const names = new Map<string, MediaKind>();
  for (const { raw: e, at } of file.entries) {
    if (!MEDIA_KINDS.includes(e.kind as MediaKind)) file.fail(`${at}: "kind" must be one of ${MEDIA_KINDS.join(', ')}`);
    if (!Array.isArray(e.names) || e.names.length === 0 || !e.names.every((n) => typeof n === 'string' && n.trim() !== '' && n === n.trim())) file.fail(`${at}: "names" must be a non-empty array of names`);
    checkSource(file, e, at);
    for (const n of e.names as string[]) {
      if (names.has(n)) file.fail(`${at}: the name "${n}" is listed twice`);
      names.set(n, e.kind as MediaKind);
    }
  }
  const h = (data as Record<string, unknown>).heads as Record<string, unknown> | undefined;
  if (typeof h !== 'object' || h === null || typeof h.source !== 'string' || !(h.source in file.sources)) file.fail('"heads" must be an object with a "source" naming one of the file\'s "sources" and "words"');
  const words = (h as Record<string, unknown>).words;
  if (!Array.isArray(words) || !words.every((w) => typeof w === 'string' && /^\p{Lu}\p{Ll}+$/u.test(w))) file.fail('"heads.words" must be an array of single capitalised words');
  return { names, heads: new Set(words as string[]) };
}

let loaded: MediaList | undefined;
export const mediaList = (): MediaList => (loaded ??= validateMedia(JSON.parse(readFileSync(dataPath('media.json'), 'utf8'))));
