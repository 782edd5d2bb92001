// Compiles lexicon terms to lemma sequences (with the same wink instance that reads articles, so
// "illegal aliens" and "illegal alien" meet on "illegal alien") and finds them in token streams.
import type { Token } from '../types.js';
import { parseBlocks } from '../nlp/wink.js';

export interface Pattern<T> {
  lemmas: string[];
  normals: string[];
  /**
   * Words written in a form that is not a regular inflection of their lemma ("woke" of "wake",
   * "men" of "man"): matched on that form only, so "woke" never matches "in the wake of".
   */
  exact: boolean[];
  value: T;
}

export interface PhraseMatcher<T> {
  /** Non-overlapping matches, longest first at each position: [firstToken, lastToken, value]. */
  match(tokens: Token[]): [number, number, T][];
}

// wink keeps the surface form as the lemma of words it tags as proper nouns ("Sanctuary Cities" in a
// title-case headline), so a plain English plural rule backs the lemma up.
const singular = (w: string) => (w.endsWith('ies') ? `${w.slice(0, -3)}y` : w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w);

/** "aliens" of "alien", "slammed" of "slam": the written form starts with the lemma (less its last letter); "is" and "was" are forms of "be" in any phrase. */
const isRegularForm = (normal: string, lemma: string) => lemma === 'be' || lemma === 'have' || normal.startsWith(lemma.slice(0, Math.max(1, lemma.length - 1)));

const isWordish = (t: Token) => t.type !== 'tabCRLF' && t.type !== 'punctuation' || t.value === '-';

export function compilePhrases<T>(phrases: Iterable<[string, T]>): PhraseMatcher<T> {
  const byFirst = new Map<string, Pattern<T>[]>();
  const list = [...phrases];
  // One wink read for every phrase (each reads as if alone, see parseBlocks): a worker compiles the
  // lexicons at start-up, and a readDoc per phrase cost about as much as analysing an article.
  const parsed = parseBlocks(list.map(([phrase]) => ({ text: phrase, start: 0 })));
  for (const [n, [, value]] of list.entries()) {
    const tokens = parsed[n].tokens.filter(isWordish);
    if (tokens.length === 0) continue;
    const pattern = { lemmas: tokens.map((t) => t.lemma), normals: tokens.map((t) => t.normal), exact: tokens.map((t) => !isRegularForm(t.normal, t.lemma)), value };
    for (const key of new Set([pattern.lemmas[0], pattern.normals[0]])) {
      const list = byFirst.get(key) ?? [];
      list.push(pattern);
      byFirst.set(key, list);
    }
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.lemmas.length - a.lemmas.length);
  // The written forms whose `singular` is a key ("policies", "policys" of "policy"; "aliens" of
  // "alien"), so a word ending in s is looked up as it is, not cut and hashed as a new string (most
  // are "was", "is", "news", whose cut form is no key). `singular` gives each form one key.
  const singularKey = new Map<string, string>();
  for (const key of byFirst.keys()) {
    if (key.endsWith('y')) singularKey.set(`${key.slice(0, -1)}ies`, key);
    if (!key.endsWith('ie') && !key.endsWith('s')) singularKey.set(`${key}s`, key);
  }
  /** The first pattern in `list` that matches the words from position k on. */
  const firstHit = (list: Pattern<T>[] | undefined, tokens: Token[], k: number): Pattern<T> | undefined => {
    if (list === undefined) return undefined;
    const sentence = tokens[k].sentence;
    for (const p of list) {
      let ok = p.lemmas.length <= tokens.length - k;
      for (let j = 0; ok && j < p.lemmas.length; j += 1) {
        const t = tokens[k + j];
        if (j > 0 && t.sentence !== sentence) ok = false;
        else if (p.exact[j]) ok = t.normal === p.normals[j] || singular(t.normal) === p.normals[j];
        else ok = t.lemma === p.lemmas[j] || t.normal === p.normals[j] || singular(t.normal) === p.lemmas[j];
      }
      if (ok) return p;
    }
    return undefined;
  };
  return {
    match(all: Token[]) {
      // Matching skips punctuation; `at` maps back to positions in `all`.
      const at: number[] = [];
      const tokens: Token[] = [];
      for (let i = 0; i < all.length; i += 1) {
        if (isWordish(all[i])) {
          at.push(i);
          tokens.push(all[i]);
        }
      }
      const out: [number, number, T][] = [];
      for (let k = 0; k < tokens.length; k += 1) {
        // Patterns filed under the lemma, then the written form, then its singular: the first that matches wins.
        const { lemma, normal } = tokens[k];
        // singular(normal) when that is a key (else no pattern is filed under it); only a form ending in s has one.
        const plain = normal.charCodeAt(normal.length - 1) === 115 ? singularKey.get(normal) : undefined;
        const hit = firstHit(byFirst.get(lemma), tokens, k)
          ?? (normal !== lemma ? firstHit(byFirst.get(normal), tokens, k) : undefined)
          ?? (plain !== undefined && plain !== lemma && plain !== normal ? firstHit(byFirst.get(plain), tokens, k) : undefined);
        if (!hit) continue;
        out.push([at[k], at[k + hit.lemmas.length - 1], hit.value]);
        k += hit.lemmas.length - 1;
      }
      return out;
    },
  };
}
