// The learned layer: partisan words and phrases learned offline from real left, center and right
// articles (lexicon/lean-phrases.json, rebuilt by scripts/build-lean-phrases.ts), found in the
// outlet's own voice. One map look-up per word and phrase length, never a loop over the list.
import type { Article, PhraseFinding } from '../types.js';
import { leanPhrasesFile } from '../lexicon/published.js';
import type { LeanPhrase } from '../lexicon/published.js';
import { whereOf } from './content.js';
import type { SpanTest } from './spans.js';
import { wordRuns } from './word-units.js';

export const MAX_PHRASE_WORDS = 3;

export interface LeanPhraseIndex {
  byKey: ReadonlyMap<string, LeanPhrase>;
}

let bundled: LeanPhraseIndex | undefined;
export function bundledLeanPhrases(): LeanPhraseIndex {
  bundled ??= leanPhraseIndex(leanPhrasesFile().phrases);
  return bundled;
}

let neutral: ReadonlySet<string> | undefined;
/** Published-list and signal words that center outlets use at least as often as partisan ones. */
export function bundledNewsNeutral(): ReadonlySet<string> {
  neutral ??= new Set(leanPhrasesFile().newsNeutral ?? []);
  return neutral;
}

export const leanPhraseIndex = (phrases: readonly LeanPhrase[]): LeanPhraseIndex => ({ byKey: new Map(phrases.map((p) => [p.phrase, p])) });

/** A key of the index, or the first words of one: the phrase it is (if any), and whether a longer phrase starts with it. */
interface Gram {
  phrase: LeanPhrase | undefined;
  longer: boolean;
}

const gramTables = new WeakMap<LeanPhraseIndex, Map<string, Gram>>();

/** Every phrase and every run of its first words up to a space, built once per index. */
function gramTable(index: LeanPhraseIndex): Map<string, Gram> {
  let table = gramTables.get(index);
  if (table) return table;
  table = new Map();
  const at = (key: string): Gram => {
    let gram = table!.get(key);
    if (!gram) table!.set(key, (gram = { phrase: undefined, longer: false }));
    return gram;
  };
  for (const [key, p] of index.byKey) {
    at(key).phrase = p;
    for (let space = key.indexOf(' '); space >= 0; space = key.indexOf(' ', space + 1)) at(key.slice(0, space)).longer = true;
  }
  gramTables.set(index, table);
  return table;
}

export function extractPhrases(article: Article, quoted: SpanTest, phrases: LeanPhraseIndex = bundledLeanPhrases()): PhraseFinding[] {
  const found: PhraseFinding[] = [];
  if (phrases.byKey.size === 0) return found;
  // Block of each offset, for `where`: blocks are in order, so one pointer walks them.
  const blocks = article.blocks;
  // The same grams as forEachGram, in the same order, but a gram that no phrase equals or starts
  // (followed by a space) ends the walk from that word: most words start no phrase, so their 2- and
  // 3-word keys are never joined and looked up (two strings built and hashed per word, for nothing).
  const table = gramTable(phrases);
  for (const run of wordRuns(article, quoted)) {
    for (let i = 0; i < run.length; i += 1) {
      let key = run[i].key;
      for (let n = 1; n <= MAX_PHRASE_WORDS && i + n <= run.length; n += 1) {
        if (n > 1) key = `${key} ${run[i + n - 1].key}`;
        const gram = table.get(key);
        if (gram === undefined) break;
        const p = gram.phrase;
        if (p) {
          const start = run[i].start;
          const end = run[i + n - 1].end;
          found.push({ kind: 'phrase', text: article.text.slice(start, end), start, end, where: 'body', phrase: p.phrase, lean: p.lean, partisan: p.partisan });
        }
        if (!gram.longer) break;
      }
    }
  }
  let b = 0;
  for (const f of found.sort((x, y) => x.start - y.start || x.end - y.end)) {
    while (b < blocks.length - 1 && blocks[b].end <= f.start) b += 1;
    f.where = whereOf(blocks[b]);
  }
  return found;
}
