// `framelens add --from LIST`: many articles at once, each with its own outlet, date, address and lean.
// The list is JSON Lines, one article per line: {"file": "a.html", "outlet": "…", "date": "…",
// "url": "…", "lean": "left|center|right"}; a relative file is found next to the list.
import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, join } from 'node:path';
import { InputError } from '../errors.js';
import { jsonLines } from './json-lines.js';
import type { GivenMeta, SourceWithMeta } from './add.js';

const FIELDS = new Set(['file', 'outlet', 'date', 'url', 'lean']);

export function readImportList(path: string): SourceWithMeta[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(path, code === 'ENOENT' ? 'no such list file' : code === 'EISDIR' ? 'is a directory, expected a list of articles (JSON Lines)' : `cannot read (${code ?? 'unknown error'})`);
  }
  const sources: SourceWithMeta[] = [];
  for (const { value: row, at } of jsonLines(text, path, 'the list has one JSON object per line: {"file": ..., "outlet": ..., "date": ...}')) {
    if (typeof row !== 'object' || row === null || Array.isArray(row)) throw new InputError(at, 'each line must be a JSON object');
    const r = row as Record<string, unknown>;
    const unknown = Object.keys(r).filter((k) => !FIELDS.has(k));
    if (unknown.length) throw new InputError(at, `unknown field "${unknown[0]}"; a line has file, outlet, date, url and lean`);
    if (typeof r.file !== 'string' || r.file.trim() === '') throw new InputError(at, '"file" must name the article file');
    const meta: GivenMeta = {};
    for (const key of ['outlet', 'date', 'url', 'lean'] as const) {
      if (r[key] === undefined || r[key] === null) continue;
      if (typeof r[key] !== 'string') throw new InputError(`${at}: "${key}"`, 'must be a string');
      meta[key] = r[key] as string;
    }
    sources.push({ path: isAbsolute(r.file) ? r.file : join(dirname(path), r.file), meta, label: at });
  }
  if (sources.length === 0) throw new InputError(path, 'the list names no article');
  return sources;
}
