// JSON Lines as the corpus reads them (the manifest, `add --from` lists): one value per non-blank line,
// each with "FILE: line N" for its error messages. Pure.
import { InputError } from '../errors.js';

/**
 * The parsed lines of `text`, one at a time (so the first bad line, of either kind, is the one
 * reported); a line that is not JSON is an InputError naming it, with `shape` as the hint.
 */
export function* jsonLines(text: string, label: string, shape: string): Generator<{ value: unknown; at: string }> {
  // A list saved by a Windows editor or spreadsheet starts with a byte-order mark, which JSON.parse refuses.
  const lines = (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).split('\n');
  for (let i = 0; i < lines.length; i += 1) {
    if (lines[i].trim() === '') continue;
    const at = `${label}: line ${i + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(lines[i]) as unknown;
    } catch {
      throw new InputError(at, `not valid JSON (${shape})`);
    }
    yield { value, at };
  }
}
