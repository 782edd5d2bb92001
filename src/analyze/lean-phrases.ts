// The learned layer: partisan words and phrases learned offline from real left, center and right
// articles (lexicon/lean-phrases.json, rebuilt by scripts/build-lean-phrases.ts), found in the
// outlet's own voice. One map look-up per word and phrase length, never a loop over the list.
import type { Article, PhraseFinding } from '../types.js';
import { leanPhrasesFile } from '../lexicon/published.js';
import type { LeanPhrase } from '../lexicon/published.js';
import { whereOf } from './content.js';
import type { SpanTest } from './spans.js';
import { forEachGram, wordRuns } from './word-units.js';

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

export function extractPhrases(article: Article, quoted: SpanTest, phrases: LeanPhraseIndex = bundledLeanPhrases()): PhraseFinding[] {
  const found: PhraseFinding[] = [];
  if (phrases.byKey.size === 0) return found;
  // Block of each offset, for `where`: blocks are in order, so one pointer walks them.
  const blocks = article.blocks;
  forEachGram(wordRuns(article, quoted), MAX_PHRASE_WORDS, (key, start, end) => {
    const p = phrases.byKey.get(key);
    if (!p) return;
    found.push({ kind: 'phrase', text: article.text.slice(start, end), start, end, where: 'body', phrase: p.phrase, lean: p.lean, partisan: p.partisan });
  });
  let b = 0;
  for (const f of found.sort((x, y) => x.start - y.start || x.end - y.end)) {
    while (b < blocks.length - 1 && blocks[b].end <= f.start) b += 1;
    f.where = whereOf(blocks[b]);
  }
  return found;
}
