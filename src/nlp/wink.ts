// The one wink-nlp instance of the process, and the only module that talks to wink.
// wink breaks silently when a second instance is created (see shared notes §2.10), so the
// instance is created lazily, once, and everything downstream works on plain `ParsedText` data.
import { createRequire } from 'node:module';
import type winkNLPType from 'wink-nlp';
import type { ItsFunction, WinkMethods } from 'wink-nlp';
import type { Token, Sentence, NumericEntity, ParsedText } from '../types.js';
import { installStateIsolation, stateIsolation } from './wink-state.js';
import type { StateIsolation } from './wink-state.js';

let instance: WinkMethods | undefined;
let isolation: StateIsolation | null = null;

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

/** Is `c` a UTF-16 code unit that JavaScript's `\s` matches at or above 0x80? */
const isWideSpace = (c: number): boolean => c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
/** Is `c` one of DROPPED_BY_WINK's characters? */
const isDropped = (c: number): boolean => c === 0x0b || c === 0x0c || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;

/**
 * Does `text` need prepareForWink's changes (a dropped white-space character, or a run longer than
 * MAX_RUN_WITHOUT_SPACE)? One pass over the character codes: the two regexes cost about 0.2 ms per
 * article when, as almost always, there is nothing to change.
 */
function needsPreparing(text: string): boolean {
  let run = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13)) {
      if (c === 0x0b || c === 0x0c) return true;
      run = 0;
    } else if (c >= 0x80 && isWideSpace(c)) {
      if (isDropped(c)) return true;
      run = 0;
    } else if (++run > MAX_RUN_WITHOUT_SPACE) return true;
  }
  return false;
}

/** The text wink reads: same length as `text`, with long runs broken and dropped white space made plain. */
export function prepareForWink(text: string): string {
  if (!needsPreparing(text)) return text;
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

/** wink's output for one readDoc, with offsets into the text read (not yet shifted to the article). */
interface DocTable {
  tokens: Token[];
  /** wink's sentence spans, as token indexes, and their tone. */
  spans: number[][];
  sentiments: number[];
  entitySpans: number[][];
  entityTypes: string[];
  sentiment: number;
}

/** Plain tokens from a wink document of `read` (the text as given to wink: `text` with the same length). */
function readTable(doc: ReturnType<WinkMethods['readDoc']>, read: string, text: string, offset: number): DocTable {
  const i = its();
  const all = doc.tokens();
  const values = all.out(i.value) as string[];
  const spaces = all.out(i.precedingSpaces) as string[];
  const normals = all.out(i.normal) as string[];
  const lemmas = all.out(lemmaOf()) as string[];
  const pos = all.out(i.pos) as string[];
  const types = all.out(i.type) as string[];
  const negated = all.out(i.negationFlag) as unknown as boolean[];
  const sentences = doc.sentences();
  const spans = sentences.out(i.span) as unknown as number[][];
  const sentiments = sentences.out(i.sentiment) as unknown as number[];

  const tokens: Token[] = [];
  const same = text === read;
  let cursor = 0;
  for (let k = 0; k < values.length; k += 1) {
    // wink's out() arrays are not always fully defined: `cannot`/`cant` before punctuation has no
    // lemma (shared notes). Every field falls back to something that is, so nothing downstream crashes.
    const value = values[k] ?? '';
    let start = Math.min(cursor + (spaces[k]?.length ?? 0), read.length);
    // wink drops some characters silently (leading white space, and any we do not know of yet):
    // find the token where it really is, nearby, so offsets never drift for the rest of the block.
    let aligned = read.startsWith(value, start);
    if (!aligned) {
      const found = read.slice(cursor, start + value.length + RESYNC_WINDOW).indexOf(value);
      if (found >= 0) {
        start = cursor + found;
        aligned = true;
      }
    }
    const end = Math.min(start + value.length, read.length);
    cursor = end;
    const normal = normals[k] ?? value.toLowerCase();
    tokens.push({
      // Take the value from the original text: prepareForWink may have put a space inside it. Where
      // it did not change the text and wink's value sits there, that value is the same string: no copy.
      value: aligned && same ? value : text.slice(start, end),
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
  const entities = doc.entities();
  return {
    tokens,
    spans,
    sentiments,
    entitySpans: entities.out(i.span) as unknown as number[][],
    entityTypes: entities.out(i.type) as string[],
    sentiment: doc.out(i.sentiment) as unknown as number,
  };
}

/** The ParsedText of a whole document read alone. */
function readParsed(doc: ReturnType<WinkMethods['readDoc']>, read: string, text: string, offset: number): ParsedText {
  const table = readTable(doc, read, text, offset);
  const { tokens } = table;
  const sentences: Sentence[] = table.spans.map(([first, last], index) => {
    for (let k = first; k <= last && k < tokens.length; k += 1) tokens[k].sentence = index;
    return {
      start: tokens[first]?.start ?? offset,
      end: tokens[last]?.end ?? offset,
      firstToken: first,
      lastToken: last,
      sentiment: table.sentiments[index] ?? 0,
    };
  }).filter((s) => s.lastToken >= s.firstToken);

  const entities: NumericEntity[] = [];
  table.entitySpans.forEach(([first, last], k) => {
    if (!tokens[first] || !tokens[last] || last < first) return;
    entities.push({ type: table.entityTypes[k] ?? 'CARDINAL', firstToken: first, lastToken: last, start: tokens[first].start, end: tokens[last].end });
  });
  return { text, start: offset, end: offset + text.length, tokens, sentences, entities, sentiment: table.sentiment };
}

/** One block of an article to parse: its text and where it starts in the article text. */
export interface BlockText {
  text: string;
  start: number;
}

/**
 * Joins blocks for one readDoc. wink ends a sentence at a blank line, so "\n\n" between two blocks
 * makes the block boundary a sentence boundary whatever the blocks end or start with; `parseBlocks`
 * checks that it did, every time.
 */
export const BLOCK_SEPARATOR = '\n\n';

/** How often the one-parse path fell back to reading a block alone (for the performance notes and tests). */
export const parseStats = { documents: 0, joinedBlocks: 0, aloneBlocks: 0, fallbackBlocks: 0 };

// A block whose read text starts or ends with a line break, tab or carriage return would run into the
// separator (wink splits its input on runs of them), and an empty one has no tokens to place: both are
// read alone. Blocks from ingest are trimmed, so this is rare.
const EDGE_BREAK = /^[\n\r\t]|[\n\r\t]$/;
const RAW_BREAKS = /[\n\r\t]+/g;

/** How many times the tokenizer meets the separator inside `read` (runs of line breaks are one raw token each). */
function separatorsInside(read: string): number {
  let n = 0;
  for (const match of read.matchAll(RAW_BREAKS)) if (match[0] === BLOCK_SEPARATOR) n += 1;
  return n;
}

/**
 * Parses an article's blocks with one readDoc over their texts joined by BLOCK_SEPARATOR, then splits
 * the result back into one ParsedText per block, with offsets into the article text: the same tokens,
 * sentences and entities as `parseText` on each block alone, at about half the cost (wink's fixed cost
 * per readDoc and the per-call `out()` overhead are paid once per article instead of once per block).
 * A block whose sentences or entities would run into a neighbour is read alone instead (correctness
 * first; it does not happen on the dev sets).
 */
export function parseBlocks(blocks: readonly BlockText[]): ParsedText[] {
  const results: (ParsedText | null)[] = blocks.map(() => null);
  const reads = blocks.map((b) => prepareForWink(b.text));
  nlp();
  parseStats.documents += 1;
  const joinable = blocks.map((_, k) => isolation?.blocks != null && reads[k].trim() !== '' && !EDGE_BREAK.test(reads[k]));
  const joined = blocks.map((_, k) => k).filter((k) => joinable[k]);
  if (joined.length >= 2) {
    parseStats.joinedBlocks += joined.length;
    const table = readJoined(joined.map((k) => reads[k]));
    joined.forEach((k, n) => {
      const part = table.parts[n];
      if (part) results[k] = shift(part, blocks[k], reads[k] === blocks[k].text);
    });
  }
  return results.map((parsed, k) => {
    if (parsed) return parsed;
    if (joined.length >= 2 && joinable[k]) parseStats.fallbackBlocks += 1;
    else parseStats.aloneBlocks += 1;
    return parseText(blocks[k].text, blocks[k].start);
  });
}

/**
 * Block-relative ParsedText (offsets from 0 of the block) moved to the block's place in the article.
 * `unchanged`: the block was read as written (prepareForWink changed nothing), so each token's value
 * already is the block's text there.
 */
function shift(part: ParsedText, block: BlockText, unchanged: boolean): ParsedText {
  const d = block.start;
  for (const t of part.tokens) {
    if (!unchanged) t.value = block.text.slice(t.start, t.end);
    t.start += d;
    t.end += d;
  }
  for (const s of part.sentences) {
    s.start += d;
    s.end += d;
  }
  for (const e of part.entities) {
    e.start += d;
    e.end += d;
  }
  return { ...part, text: block.text, start: d, end: d + block.text.length };
}

/**
 * One readDoc over `reads` joined by the separator; each part is null when its block cannot be taken
 * from the joint read (a sentence or entity crosses its edge, or a token sits between blocks).
 */
function readJoined(reads: readonly string[]): { parts: (ParsedText | null)[] } {
  const text = reads.join(BLOCK_SEPARATOR);
  const starts: number[] = [];
  let at = 0;
  for (const r of reads) {
    starts.push(at);
    at += r.length + BLOCK_SEPARATOR.length;
  }
  // The separators the tokenizer will meet, in order: those inside a block, then the boundary.
  const boundaries: boolean[] = [];
  reads.forEach((r, k) => {
    for (let n = separatorsInside(r); n > 0; n -= 1) boundaries.push(false);
    if (k < reads.length - 1) boundaries.push(true);
  });
  let met = 0;
  isolation!.blocks!.begin(BLOCK_SEPARATOR, () => boundaries[met++] === true);
  let table: DocTable;
  try {
    table = readTable(nlp().readDoc(text), text, text, 0);
  } finally {
    isolation!.blocks!.end();
    isolation!.restore();
  }
  const { tokens } = table;
  // Block of each token; -1 for the separators between blocks.
  const blockOf = new Int32Array(tokens.length).fill(-1);
  const firstOf: number[] = reads.map(() => -1);
  const lastOf: number[] = reads.map(() => -2);
  const bad: boolean[] = reads.map(() => false);
  let b = 0;
  for (let k = 0; k < tokens.length; k += 1) {
    const t = tokens[k];
    while (b < reads.length - 1 && t.start >= starts[b + 1]) b += 1;
    const end = starts[b] + reads[b].length;
    if (t.start >= starts[b] && t.end <= end && t.end > t.start) {
      blockOf[k] = b;
      if (firstOf[b] === -1) firstOf[b] = k;
      lastOf[b] = k;
    } else if (t.start < end || t.value !== BLOCK_SEPARATOR) {
      // Only the separator itself may sit between two blocks.
      bad[b] = true;
      if (b + 1 < reads.length) bad[b + 1] = true;
    }
  }
  // Each block's sentences: wink's spans cut to the block; a span over two blocks spoils both.
  const sentencesOf: number[][][] = reads.map(() => []);
  table.spans.forEach(([first, last], index) => {
    let owner = -1;
    for (let k = first; k <= last && k < tokens.length; k += 1) {
      const o = blockOf[k];
      if (o === -1) continue;
      if (owner === -1) owner = o;
      else if (o !== owner) {
        bad[owner] = true;
        bad[o] = true;
      }
    }
    if (owner !== -1) sentencesOf[owner].push([Math.max(first, firstOf[owner]), Math.min(last, lastOf[owner]), index]);
  });
  const entitiesOf: NumericEntity[][] = reads.map(() => []);
  table.entitySpans.forEach(([first, last], k) => {
    if (!tokens[first] || !tokens[last] || last < first) return;
    const o = blockOf[first];
    if (o === -1 || blockOf[last] !== o) {
      if (o !== -1) bad[o] = true;
      if (blockOf[last] !== -1) bad[blockOf[last]] = true;
      return;
    }
    entitiesOf[o].push({ type: table.entityTypes[k] ?? 'CARDINAL', firstToken: first - firstOf[o], lastToken: last - firstOf[o], start: tokens[first].start - starts[o], end: tokens[last].end - starts[o] });
  });
  const parts = reads.map((r, n): ParsedText | null => {
    if (bad[n] || firstOf[n] === -1) return null;
    const base = firstOf[n];
    const own = tokens.slice(base, lastOf[n] + 1);
    for (const t of own) {
      t.start -= starts[n];
      t.end -= starts[n];
    }
    let sum = 0;
    const sentences: Sentence[] = sentencesOf[n].map(([first, last, index], s) => {
      for (let k = first; k <= last; k += 1) tokens[k].sentence = s;
      const sentiment = table.sentiments[index] ?? 0;
      sum += sentiment;
      return { start: tokens[first].start, end: tokens[last].end, firstToken: first - base, lastToken: last - base, sentiment };
    });
    // wink's document tone: the sum of the sentence scores over the number of sentences.
    return { text: r, start: 0, end: r.length, tokens: own, sentences, entities: entitiesOf[n], sentiment: sentences.length === 0 ? 0 : sum / sentences.length };
  });
  return { parts };
}
