// Where the bundled data files (lexicon/) live, both from src/ under vitest and from dist/ after a build.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

export function dataPath(name: string): string {
  for (const base of [join(here, '..', 'lexicon'), join(here, '..', '..', 'lexicon')]) {
    const candidate = join(base, name);
    if (existsSync(candidate)) return candidate;
  }
  throw new Error(`framelens data file lexicon/${name} is missing from the installation`);
}
