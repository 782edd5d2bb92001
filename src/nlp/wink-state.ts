// wink-nlp remembers every new word it reads (its lexicon "cache"), and what it remembers changes how
// it reads later documents: once "Trump’s," has been read, a later "Trump’s lawlessness" is tokenized as
// "Trump’s" + "lawlessness" instead of "Trump" + "’s" + "lawlessness", and POS tags shift with it.
// Measured on 300 real articles: 70 read differently when read again after the others. So an
// article's analysis would depend on which articles the same process read before it (one worker or
// two, cache or not), and the remembered words grow without bound.
//
// This module gives every document the instance's freshly created state: it loads wink's cache module
// with two small methods added (snapshot and restore of the words and features learned since), so
// `parseText` can put the state back after each document. The patch targets wink-nlp 2.4.0 (pinned in
// package-lock.json); `stateIsolation` says whether it applied, and a test fails when it did not.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Module from 'node:module';
import { dirname } from 'node:path';

const require = createRequire(import.meta.url);

/** The inserted methods: they run inside wink's cache closure, where `model` and `extrinsicLexicon` live. */
const ADDED = `
  methods.framelensSnapshot = function () {
    var features = Object.create( null );
    for ( var name in model.features ) {
      var f = model.features[ name ];
      if ( f && Array.isArray( f.list ) && f.hash ) features[ name ] = [ f.list.length, f.index ];
    }
    return { extrinsic: extrinsicLexicon.length, features: features };
  };
  methods.framelensRestore = function ( s ) {
    extrinsicLexicon.length = s.extrinsic;
    for ( var name in s.features ) {
      var f = model.features[ name ];
      var size = s.features[ name ][ 0 ];
      for ( var i = size; i < f.list.length; i += 1 ) delete f.hash[ f.list[ i ] ];
      f.list.length = size;
      f.index = s.features[ name ][ 1 ];
    }
  };
`;
const ANCHOR = 'var extrinsicLexicon = [];';

// Block isolation inside one document (see `parseBlocks` in wink.ts): an article's blocks are read by
// one readDoc, joined by a separator, yet each block must be tokenized as if it were read alone, from
// the fresh state. wink's tokenizer asks the cache whether a string is a known word (`lookup`), and a
// word learned from an earlier block would be "known" there. So while blocks are on, every lookup by
// the tokenizer of a word learned in an earlier block of the document (index in [from, to)) answers
// "unknown" until the current block adds that word itself, exactly as a fresh read would. Lookups made
// while a word is being added (feature extraction) are never hidden. The tokenizer looks the separator
// up when it reaches it: `isBoundary` says whether this occurrence is a block boundary.
const BLOCKS = `
  var framelensInAdd = 0;
  var framelensBlocks = null;
  var framelensLookup = lookup;
  var framelensAdd = add;
  methods.lookup = function ( text ) {
    if ( framelensBlocks === null || framelensInAdd > 0 ) return framelensLookup( text );
    var b = framelensBlocks;
    if ( text === b.separator && b.isBoundary() ) {
      b.to = model.features.lexeme.list.length;
      b.seen = new Set();
    }
    var found = framelensLookup( text );
    if ( found !== null && found.length === 1 && found[ 0 ] >= b.from && found[ 0 ] < b.to && !b.seen.has( found[ 0 ] ) ) return null;
    return found;
  };
  methods.add = function ( text, category ) {
    framelensInAdd += 1;
    var index;
    try {
      index = framelensAdd( text, category );
    } finally {
      framelensInAdd -= 1;
    }
    var b = framelensBlocks;
    if ( b !== null && b.to > b.from ) {
      if ( index >= b.from && index < b.to ) b.seen.add( index );
      var lowerText = text.toLowerCase();
      var lower = lowerText === text ? undefined : lexemesHash[ lowerText ];
      if ( lower !== undefined && lower >= b.from && lower < b.to ) b.seen.add( lower );
    }
    return index;
  };
  methods.framelensBeginBlocks = function ( separator, isBoundary ) {
    var size = model.features.lexeme.list.length;
    framelensBlocks = { separator: separator, isBoundary: isBoundary, from: size, to: size, seen: new Set() };
  };
  methods.framelensEndBlocks = function () {
    framelensBlocks = null;
  };
  return methods;
`;
const BLOCKS_ANCHOR = '  return methods;\n}; // cache()';

interface StatefulCache {
  framelensSnapshot(): unknown;
  framelensRestore(snapshot: unknown): void;
  framelensBeginBlocks?(separator: string, isBoundary: () => boolean): void;
  framelensEndBlocks?(): void;
}

const created: StatefulCache[] = [];
let patched = false;

/** Installs the patched cache module before wink-nlp is first required. Idempotent. */
export function installStateIsolation(): void {
  if (patched) return;
  patched = true;
  const path = require.resolve('wink-nlp/src/cache.js');
  if (require.cache[path]) return; // wink was loaded before us: leave it, `stateIsolation()` will say so
  const source = readFileSync(path, 'utf8');
  if (!source.includes(ANCHOR)) return;
  // Block isolation is optional: without its anchor, documents are read one block at a time.
  const patchedSource = source.replace(ANCHOR, `${ANCHOR}\n${ADDED}`);
  const withBlocks = patchedSource.includes(BLOCKS_ANCHOR) ? patchedSource.replace(BLOCKS_ANCHOR, `${BLOCKS}\n}; // cache()`) : patchedSource;
  const ModuleClass = Module as unknown as { new (id: string, parent: null): NodeJS.Module & { _compile(code: string, file: string): void; paths: string[]; filename: string; loaded: boolean }; _nodeModulePaths(dir: string): string[] };
  const mod = new ModuleClass(path, null);
  mod.filename = path;
  mod.paths = ModuleClass._nodeModulePaths(dirname(path));
  mod._compile(withBlocks, path);
  const factory = mod.exports as (...args: unknown[]) => StatefulCache;
  mod.exports = (...args: unknown[]) => {
    const cache = factory(...args);
    created.push(cache);
    return cache;
  };
  mod.loaded = true;
  require.cache[path] = mod;
}

export interface StateIsolation {
  restore(): void;
  /**
   * Block isolation inside the next readDoc: null when the patch did not apply. `isBoundary` is
   * called each time the tokenizer reaches `separator`, in text order.
   */
  blocks: { begin(separator: string, isBoundary: () => boolean): void; end(): void } | null;
}

/** Restores the state captured right after the instance was created; null when isolation is not available. */
export function stateIsolation(): StateIsolation | null {
  const cache = created.at(-1);
  if (!cache || typeof cache.framelensSnapshot !== 'function') return null;
  const snapshot = cache.framelensSnapshot();
  const begin = cache.framelensBeginBlocks;
  const end = cache.framelensEndBlocks;
  return {
    restore: () => cache.framelensRestore(snapshot),
    blocks: typeof begin === 'function' && typeof end === 'function' ? { begin: (separator, isBoundary) => begin(separator, isBoundary), end: () => end() } : null,
  };
}
