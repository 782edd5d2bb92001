// Small token-level helpers shared by the quote and attribution finders: speech verbs and the
// noun phrase that names who is speaking.
import type { Token } from '../types.js';
import { wordLists } from './word-lists.js';

// wink tags a sentence-initial "Said" as a proper noun and keeps its surface lemma, so the
// irregular forms are mapped here rather than trusted to the tagger.
const IRREGULAR: Record<string, string> = { said: 'say', says: 'say', told: 'tell', tells: 'tell', wrote: 'write', writes: 'write' };

function baseForm(t: Token): string {
  const normal = t.normal;
  if (IRREGULAR[normal]) return IRREGULAR[normal];
  if (wordLists().speechVerbs.has(t.lemma)) return t.lemma;
  for (const [suffix, replacement] of [['ied', 'y'], ['ed', ''], ['ed', 'e'], ['es', ''], ['s', ''], ['ing', ''], ['ing', 'e']] as const) {
    if (normal.endsWith(suffix)) {
      const stem = normal.slice(0, -suffix.length) + replacement;
      if (wordLists().speechVerbs.has(stem)) return stem;
    }
  }
  return t.lemma;
}

/** The speech verb's base form ("say"), or null when the token is not one. */
export function speechVerb(t: Token, previous?: Token): string | null {
  if (t.type !== 'word') return null;
  // "so-called" labels; it does not report speech.
  if (t.normal === 'called' && previous?.value === '-') return null;
  if (!['VERB', 'AUX', 'PROPN', 'NOUN'].includes(t.pos) && !IRREGULAR[t.normal]) return null;
  const base = baseForm(t);
  if (!wordLists().speechVerbs.has(base)) return null;
  // "the report", "a note": nouns only count when their form is clearly verbal.
  if (t.pos === 'NOUN' && !t.normal.endsWith('ed')) return null;
  return base;
}

export const isQuoteMark = (t: Token): boolean => /^[“”"‘’„«»]+$/.test(t.value) || /^[,.]?[”"]$/.test(t.value);
const POSSESSIVE = new Set(['’s', "'s", '’', "'"]);
const NP_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'PRON', 'NUM']);
const NP_PREPOSITIONS = new Set(['for', 'with', 'at', 'from']);

/** The head word of a speaker phrase: "person" in "a person familiar with the matter". */
export function headWord(phrase: string): string {
  const words = phrase.toLowerCase().replace(/[’']s\b/g, '').split(/\s+/).filter(Boolean);
  const cut = words.findIndex((w, i) => i > 0 && (NP_PREPOSITIONS.has(w) || w === 'familiar' || w === 'of' || w === 'who'));
  return (cut > 0 ? words.slice(0, cut) : words).at(-1) ?? '';
}

/** "Tom Homan, serving as the administration's “border czar,” has said": the subject before the aside. */
export function subjectBeforeAppositive(tokens: Token[], verbIndex: number): [number, number] | null {
  let k = verbIndex - 1;
  while (k >= 0 && (tokens[k].pos === 'ADV' || tokens[k].pos === 'AUX') && tokens[k].type === 'word') k -= 1;
  while (k >= 0 && /^[”"’]$/.test(tokens[k].value)) k -= 1;
  if (k < 0 || tokens[k].value !== ',') return null;
  for (let j = k - 1; j >= 0 && k - j <= 15; j -= 1) {
    if (/^[.!?]$/.test(tokens[j].value)) return null;
    if (tokens[j].value === ',') return nounPhraseBefore(tokens, j, 0);
  }
  return null;
}

/** Can this token be part of a noun phrase naming a speaker ("the White House official", "he")? */
export function isNounPhraseToken(t: Token): boolean {
  if (POSSESSIVE.has(t.value)) return true;
  if (t.value === 'of' || t.value === '-' || t.value === '(' || t.value === ')') return true;
  if (t.type === 'word' && /^\p{Lu}/u.test(t.value) && !IRREGULAR[t.normal]) return true;
  return NP_POS.has(t.pos) && t.type === 'word';
}

/** Tokens [first, last] of the noun phrase that ends just before `index` (exclusive), or null. */
export function nounPhraseBefore(tokens: Token[], index: number, floor: number): [number, number] | null {
  let first = index;
  // Adverbs and auxiliaries between subject and verb: "ICE has also said".
  let end = index - 1;
  while (end >= floor && (tokens[end].pos === 'ADV' || tokens[end].pos === 'AUX') && tokens[end].type === 'word') end -= 1;
  for (let k = end; k >= floor && end - k < 10; k -= 1) {
    // "Immigration and Customs Enforcement": "and" between capitalised words stays in the name.
    const joinsName = tokens[k].value === 'and' && k > floor && /^\p{Lu}/u.test(tokens[k - 1].value) && /^\p{Lu}/u.test(tokens[k + 1]?.value ?? '');
    // "a spokesperson for the Department", "a person familiar with the matter".
    const joinsPhrase = NP_PREPOSITIONS.has(tokens[k].normal) && k > floor && ['NOUN', 'ADJ', 'PROPN'].includes(tokens[k - 1].pos);
    if (!joinsName && !joinsPhrase && (!isNounPhraseToken(tokens[k]) || speechVerb(tokens[k]))) break;
    first = k;
  }
  if (first > end) return null;
  while (first <= end && (tokens[first].value === 'of' || tokens[first].value === ')' || tokens[first].value === '-')) first += 1;
  return first <= end && tokens.slice(first, end + 1).some((t) => t.type === 'word') ? [first, end] : null;
}

/** Tokens of the noun phrase that starts at `index`, stopping at punctuation or a preposition. */
export function nounPhraseAfter(tokens: Token[], index: number, ceiling: number): [number, number] | null {
  let last = index - 1;
  for (let k = index; k <= ceiling && k - index < 10; k += 1) {
    const t = tokens[k];
    // "Jill Sato of the Chamber of Commerce": the name ends before "of the".
    if (t.value === 'of' && tokens[k + 1]?.normal === 'the' && k > index) break;
    const joinsPhrase = NP_PREPOSITIONS.has(t.normal) && k > index && ['NOUN', 'ADJ'].includes(tokens[k - 1].pos) && tokens[k - 1].type === 'word';
    if (!joinsPhrase && (!isNounPhraseToken(t) || isQuoteMark(t) || speechVerb(t))) break;
    last = k;
  }
  // "said the agency in a statement": stop before a trailing "of".
  while (last >= index && tokens[last].value === 'of') last -= 1;
  return last >= index ? [index, last] : null;
}
