// The frame every data file with sourced entries shares ({name, version, sources, entries}): checked
// once here, so each schema only states what its own entries hold.
import { InputError } from '../errors.js';

export interface SourcedFile {
  name: string;
  version: number;
  sources: Record<string, string>;
  /** The raw entries, each with the words that name it in errors ("entry 3 (\"dreamers\")"). */
  entries: { raw: Record<string, unknown>; at: string }[];
  /** Throws the file's one-line error. */
  fail: (problem: string) => never;
}

/** Checks the frame of a data file (an object, "sources" with a provenance line each, "entries" with unique ids, each naming a known source). */
export function checkSourcedFile(data: unknown, file: string, what: string): SourcedFile {
  const fail = (problem: string): never => {
    throw new InputError(file, problem);
  };
  if (typeof data !== 'object' || data === null || Array.isArray(data)) fail(`${what} must be a JSON object with "sources" and "entries"`);
  const d = data as Record<string, unknown>;
  if (typeof d.sources !== 'object' || d.sources === null || Array.isArray(d.sources)) fail('"sources" must be an object mapping a source id to its provenance line');
  const sources = d.sources as Record<string, unknown>;
  for (const [id, line] of Object.entries(sources)) if (typeof line !== 'string' || line.trim() === '') fail(`source "${id}" needs a provenance line`);
  if (!Array.isArray(d.entries)) fail('"entries" must be an array');
  const seen = new Set<string>();
  const entries = (d.entries as unknown[]).map((raw, i) => {
    const e = raw as Record<string, unknown>;
    const at = `entry ${i + 1}${typeof e?.id === 'string' ? ` ("${e.id}")` : ''}`;
    if (typeof e !== 'object' || e === null) fail(`${at}: must be an object`);
    if (typeof e.id !== 'string' || !e.id) fail(`${at}: "id" must be a non-empty string`);
    if (seen.has(e.id as string)) fail(`${at}: duplicate id`);
    seen.add(e.id as string);
    return { raw: e, at };
  });
  // The source is checked after each schema's own fields, as the files' error messages always were.
  return { name: typeof d.name === 'string' ? d.name : file, version: typeof d.version === 'number' ? d.version : 1, sources: sources as Record<string, string>, entries, fail };
}

/** The entry names one of the file's sources. */
export function checkSource(file: SourcedFile, e: Record<string, unknown>, at: string): void {
  if (typeof e.source !== 'string' || !(e.source in file.sources)) file.fail(`${at}: "source" must name one of the file's "sources"`);
}
