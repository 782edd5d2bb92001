// The one wink-nlp instance of the process, and the only module that talks to wink.
// wink breaks silently when a second instance is created (see shared notes §2.10), so the
// instance is created lazily, once, and everything downstream works on plain `ParsedText` data.
import { createRequire } from 'node:module';
import type winkNLPType from 'wink-nlp';
import type { ItsFunction, WinkMethods } from 'wink-nlp';
import type { Token, Sentence, NumericEntity, ParsedText } from '../types.js';
import { installStateIsolation, stateIsolation } from './wink-state.js';

let instance: WinkMethods | undefined;
let isolation: { restore(): void } | null = null;

// Loaded on first use, not on import: the model takes a few hundred milliseconds and ~60 MB, and a
// run whose articles all come from the cache, or whose workers do the parsing, never needs it here.
function nlp(): WinkMethods {
  if (!instance) {
    installStateIsolation();
    const require = createRequire(import.meta.url);
    const winkNLP = require('wink-nlp') as typeof winkNLPType;
    const model = require('wink-eng-lite-web-model') as Parameters<typeof winkNLPType>[0];
    instance = winkNLP(model, ['sbd', 'negation', 'sentiment', 'pos', 'ner']);
    isolation = stateIsolation();
  }
  return instance;
}

/** True when every text is read from wink's initial state, whatever was read before (see wink-state.ts). */
export function readsAreIndependent(): boolean {
  nlp();
  return isolation !== null;
}

/** Longest run without whitespace that reaches wink: longer runs tokenize in quadratic time. */
export const MAX_RUN_WITHOUT_SPACE = 200;

/**
 * Breaks runs of non-space characters longer than MAX_RUN_WITHOUT_SPACE by turning one character
 * per run into a space. The length is unchanged, so offsets stay valid.
 */
export function capLongRuns(text: string): string {
  const pattern = new RegExp(`\\S{${MAX_RUN_WITHOUT_SPACE + 1},}`, 'g');
  return text.replace(pattern, (run) => {
    let out = '';
    for (let i = 0; i < run.length; i += MAX_RUN_WITHOUT_SPACE) {
      const piece = run.slice(i, i + MAX_RUN_WITHOUT_SPACE);
      out += i + MAX_RUN_WITHOUT_SPACE < run.length ? piece.slice(0, -1) + ' ' : piece;
    }
    return out;
  });
}

// White space that wink's tokenizer drops without a trace (neither a token nor a preceding space):
// vertical tab, form feed, the Unicode space separators, line/paragraph separators and the BOM, found
// by running every BMP character through wink. Left in, each one shifts the offsets of every later
// token of the block, so they become plain spaces (one for one: the length does not change).
const DROPPED_BY_WINK = /[\v\f\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]/g;

/** The text wink reads: same length as `text`, with long runs broken and dropped white space made plain. */
export function prepareForWink(text: string): string {
  return capLongRuns(text.replace(DROPPED_BY_WINK, ' '));
}

/** How far ahead a token is looked for when wink's value does not sit where its spaces say. */
const RESYNC_WINDOW = 64;

// wink's typings reject some accessors under `strict`; this is the one place that casts them.
const its = () => nlp().its;
const lemmaOf = () => its().lemma as unknown as ItsFunction<string>;

/**
 * Parses one block of text. `offset` is where the block starts in the article text, so every
 * token carries absolute character offsets (rebuilt from precedingSpaces + value, since wink has none).
 */
export function parseText(text: string, offset = 0): ParsedText {
  const read = prepareForWink(text);
  try {
    return readParsed(nlp().readDoc(read), read, text, offset);
  } finally {
    // Forget what this text taught wink, so the next text is read as if it were the first.
    isolation?.restore();
  }
}

/** Plain tokens from a wink document of `read` (the text as given to wink: `text` with the same length). */
function readParsed(doc: ReturnType<WinkMethods['readDoc']>, read: string, text: string, offset: number): ParsedText {
  const i = its();
  const values = doc.tokens().out(i.value) as string[];
  const spaces = doc.tokens().out(i.precedingSpaces) as string[];
  const normals = doc.tokens().out(i.normal) as string[];
  const lemmas = doc.tokens().out(lemmaOf()) as string[];
  const pos = doc.tokens().out(i.pos) as string[];
  const types = doc.tokens().out(i.type) as string[];
  const negated = doc.tokens().out(i.negationFlag) as unknown as boolean[];
  const spans = doc.sentences().out(i.span) as unknown as number[][];
  const sentiments = doc.sentences().out(i.sentiment) as unknown as number[];

  const tokens: Token[] = [];
  let cursor = 0;
  for (let k = 0; k < values.length; k += 1) {
    // wink's out() arrays are not always fully defined: `cannot`/`cant` before punctuation has no
    // lemma (shared notes). Every field falls back to something that is, so nothing downstream crashes.
    const value = values[k] ?? '';
    let start = Math.min(cursor + (spaces[k]?.length ?? 0), read.length);
    // wink drops some characters silently (leading white space, and any we do not know of yet):
    // find the token where it really is, nearby, so offsets never drift for the rest of the block.
    if (read.slice(start, start + value.length) !== value) {
      const found = read.slice(cursor, start + value.length + RESYNC_WINDOW).indexOf(value);
      if (found >= 0) start = cursor + found;
    }
    const end = Math.min(start + value.length, read.length);
    cursor = end;
    const normal = normals[k] ?? value.toLowerCase();
    tokens.push({
      // Take the value from the original text: prepareForWink may have put a space inside it.
      value: text.slice(start, end),
      normal,
      lemma: (lemmas[k] ?? normal).toLowerCase(),
      pos: pos[k] ?? 'X',
      type: types[k] ?? 'word',
      negated: negated[k] === true,
      start: offset + start,
      end: offset + end,
      sentence: 0,
    });
  }
  const sentences: Sentence[] = spans.map(([first, last], index) => {
    for (let k = first; k <= last && k < tokens.length; k += 1) tokens[k].sentence = index;
    return {
      start: tokens[first]?.start ?? offset,
      end: tokens[last]?.end ?? offset,
      firstToken: first,
      lastToken: last,
      sentiment: sentiments[index] ?? 0,
    };
  }).filter((s) => s.lastToken >= s.firstToken);

  const entities: NumericEntity[] = [];
  const entitySpans = doc.entities().out(i.span) as unknown as number[][];
  const entityTypes = doc.entities().out(i.type) as string[];
  entitySpans.forEach(([first, last], k) => {
    if (!tokens[first] || !tokens[last] || last < first) return;
    entities.push({ type: entityTypes[k] ?? 'CARDINAL', firstToken: first, lastToken: last, start: tokens[first].start, end: tokens[last].end });
  });
  return { text, start: offset, end: offset + text.length, tokens, sentences, entities, sentiment: doc.out(i.sentiment) as unknown as number };
}
