// The header every bias-sentence data file carries (the model, the word scores): checked one way.

export interface CheckedFile {
  /** The file's fields, once it is known to be an object. */
  d: Record<string, unknown>;
  /** Throws `file: why`. */
  fail: (why: string) => never;
}

/** Checks that `data` is an object with a non-empty name, description and source and a numeric version. */
export function checkFileHeader(data: unknown, file: string): CheckedFile {
  const fail = (why: string): never => {
    throw new Error(`${file}: ${why}`);
  };
  if (typeof data !== 'object' || data === null) fail('not an object');
  const d = data as Record<string, unknown>;
  for (const k of ['name', 'description', 'source'] as const) if (typeof d[k] !== 'string' || !(d[k] as string).trim()) fail(`"${k}" must be a non-empty string`);
  if (typeof d.version !== 'number') fail('"version" must be a number');
  return { d, fail };
}
