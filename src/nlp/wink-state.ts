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

interface StatefulCache {
  framelensSnapshot(): unknown;
  framelensRestore(snapshot: unknown): void;
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
  const ModuleClass = Module as unknown as { new (id: string, parent: null): NodeJS.Module & { _compile(code: string, file: string): void; paths: string[]; filename: string; loaded: boolean }; _nodeModulePaths(dir: string): string[] };
  const mod = new ModuleClass(path, null);
  mod.filename = path;
  mod.paths = ModuleClass._nodeModulePaths(dirname(path));
  mod._compile(source.replace(ANCHOR, `${ANCHOR}\n${ADDED}`), path);
  const factory = mod.exports as (...args: unknown[]) => StatefulCache;
  mod.exports = (...args: unknown[]) => {
    const cache = factory(...args);
    created.push(cache);
    return cache;
  };
  mod.loaded = true;
  require.cache[path] = mod;
}

/** Restores the state captured right after the instance was created; null when isolation is not available. */
export function stateIsolation(): { restore(): void } | null {
  const cache = created.at(-1);
  if (!cache || typeof cache.framelensSnapshot !== 'function') return null;
  const snapshot = cache.framelensSnapshot();
  return { restore: () => cache.framelensRestore(snapshot) };
}
