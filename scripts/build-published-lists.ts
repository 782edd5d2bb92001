// Rebuilds lexicon/published-words.json from the published word lists in ../shared/lexicons
// (collected in rpryzant/neutralizing-bias, MIT). Run: npm run build:published-lists.
// Only lists whose terms may be redistributed are shipped: the Riloff & Wiebe subjectivity clues
// (MPQA, GPL) are not. The Recasens NPOV bias lexicon is not shipped either: it is mostly topic words
// (abortion, tax), and its adjectives found the annotated words at precision 0.03 on news sentences. Output is sorted, so a rebuild from the same lists gives the same bytes.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
const DIR = process.argv[2] ?? join(ROOT, '..', 'shared', 'lexicons');
if (!existsSync(DIR)) {
  console.error(`build-published-lists: ${DIR} not found (pass the folder of the published lists)`);
  process.exit(2);
}

/** One word or phrase per line; `;` and `#` lines are headers. Liu's files are Latin-1. */
function readList(file: string): string[] {
  const text = readFileSync(join(DIR, file), 'latin1');
  const words = text.split(/\r?\n|\r/).map((l) => l.trim().toLowerCase()).filter((l) => l && !l.startsWith(';') && !l.startsWith('#'));
  return [...new Set(words)].sort();
}

const sources = {
  'hu-liu-2004': 'Minqing Hu and Bing Liu, "Mining and Summarizing Customer Reviews", KDD 2004 (opinion lexicon, distributed under CC BY 4.0 in NLTK\'s data)',
  'pryzant-2020': 'collected in rpryzant/neutralizing-bias (Pryzant et al., "Automatically Neutralizing Subjective Bias in Text", AAAI 2020; MIT licence)',
};

const lists = {
  'liu-negative': {
    source: 'hu-liu-2004', licence: 'CC BY 4.0',
    use: 'negative opinion words: counted as loaded when wink tags them as an adjective or adverb and they are not part of a name',
    words: readList('negative_liu2005.txt'),
  },
};

const out = {
  name: 'published-word-lists',
  version: 1,
  description: 'Published word lists on loaded and subjective language, used as weaker, context-checked evidence (part of speech, own voice, not a proper noun). Rebuilt by scripts/build-published-lists.ts.',
  sources,
  lists,
};
writeFileSync(join(ROOT, 'lexicon', 'published-words.json'), `${JSON.stringify(out, null, 1)}\n`);
console.log(Object.entries(lists).map(([k, v]) => `${k}: ${v.words.length}`).join(', '));
