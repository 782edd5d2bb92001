// The own-voice word stream that the learned partisan phrases are counted on, shared by the
// offline learning script (scripts/build-lean-phrases.ts) and the run-time matcher, so both count
// exactly the same units.
import type { Article, Token } from '../types.js';
import { CONTENT_ROLES } from './content.js';
import type { SpanTest } from './spans.js';
import { hasLetter, startsUpper } from '../text.js';

/** One word ("aliens") or hyphenated compound ("left-wing"), keyed on lower-case lemmas. */
export interface WordUnit {
  key: string;
  start: number;
  end: number;
  /** A hyphenated compound, keyed on its written words. */
  compound?: boolean;
}

// Cheap tests first: these run once per token of every article.
const isWord = (t: Token) => t.type === 'word' && hasLetter(t.value);
const keyOf = (t: Token) => {
  const key = t.pos === 'AUX' || t.pos === 'PART' ? t.normal : t.lemma;
  return key.includes('’') || key.includes('‘') ? key.replace(/[’‘]/g, "'") : key;
};

/**
 * Runs of consecutive own-voice words, broken at punctuation, quotations, sentence ends and
 * names. A name is a word tagged PROPN, or capitalised inside a sentence of a block that is not
 * written in title case: outlet names, bylines, people and places never become phrases.
 */
export function wordRuns(article: Article, quoted: SpanTest): WordUnit[][] {
  const runs: WordUnit[][] = [];
  for (const block of article.blocks) {
    if (!CONTENT_ROLES.has(block.role)) continue;
    const tokens = block.parsed.tokens;
    const words = tokens.filter(isWord);
    const titleCase = words.length > 0 && words.filter((t) => startsUpper(t.value)).length / words.length > 0.5;
    let run: WordUnit[] = [];
    const flush = () => {
      if (run.length > 0) runs.push(run);
      run = [];
    };
    for (let k = 0; k < tokens.length; k += 1) {
      const t = tokens[k];
      const prev = tokens[k - 1];
      // The "-" inside "left-wing" keeps the run going; the next word joins the unit before it.
      if (t.value === '-' && prev && isWord(prev) && prev.end === t.start && tokens[k + 1] && isWord(tokens[k + 1]) && tokens[k + 1].start === t.end) continue;
      if (!isWord(t) || quoted(t.start, t.end)) {
        flush();
        continue;
      }
      if (prev && prev.sentence !== t.sentence) flush();
      const firstOfSentence = !prev || prev.sentence !== t.sentence || !isWord(prev) && /^[.!?:;"“”]$/.test(prev.value);
      const name = t.pos === 'PROPN' || (!titleCase && !firstOfSentence && startsUpper(t.value));
      if (name) {
        flush();
        continue;
      }
      // "left-wing": word, "-", word with no spaces between joins into one unit.
      const last = run.at(-1);
      if (last && prev?.value === '-' && prev.start === last.end && t.start === prev.end) {
        // Compounds keep their written words: the lemma of "left" in "left-wing" would be "leave".
        last.key = `${last.compound ? last.key : tokens[k - 2].normal}-${t.normal}`;
        last.compound = true;
        last.end = t.end;
        continue;
      }
      run.push({ key: keyOf(t), start: t.start, end: t.end });
    }
    flush();
  }
  return runs;
}

/** Calls `visit` for every 1- to `maxN`-word phrase of every run. */
export function forEachGram(runs: readonly WordUnit[][], maxN: number, visit: (key: string, start: number, end: number, n: number) => void): void {
  for (const run of runs) {
    for (let i = 0; i < run.length; i += 1) {
      let key = '';
      for (let n = 1; n <= maxN && i + n <= run.length; n += 1) {
        key = n === 1 ? run[i].key : `${key} ${run[i + n - 1].key}`;
        visit(key, run[i].start, run[i + n - 1].end, n);
      }
    }
  }
}
