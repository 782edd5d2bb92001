// Reads lexicon files (the bundled one and any the user passes with --lexicon).
import { readFileSync } from 'node:fs';
import { InputError } from '../errors.js';
import { dataPath } from '../data-path.js';
import { validateLexicon } from './schema.js';
import type { LexiconFile } from './schema.js';

export const BUNDLED_LEXICON = 'loaded-terms.json';

export function readLexiconFile(path: string): LexiconFile {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(path, code === 'ENOENT' ? 'no such lexicon file' : code === 'EISDIR' ? 'is a directory, not a lexicon file' : `cannot read lexicon (${code ?? 'unknown error'})`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new InputError(path, `not valid JSON (${(error as Error).message})`);
  }
  return validateLexicon(data, path);
}

/** The bundled lexicon followed by the user's files; later entries with the same id replace earlier ones. */
export function loadLexicons(userFiles: readonly string[] = []): LexiconFile[] {
  return [readLexiconFile(dataPath(BUNDLED_LEXICON)), ...userFiles.map(readLexiconFile)];
}
