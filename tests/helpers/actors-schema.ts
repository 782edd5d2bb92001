// The one-line error the actors schema check gives a file of one entry, or null when it passes.
import { validateActors } from '../../src/actors/data.js';

export function actorEntryError(entry: Record<string, unknown>): string | null {
  try {
    validateActors({ actors: [entry] }, 'a.json');
    return null;
  } catch (e) {
    return (e as Error).message;
  }
}
