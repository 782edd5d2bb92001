// Small token-level helpers shared by the quote and attribution finders: speech verbs, sentence
// stops, and the noun phrase that names who is speaking.
import type { Token } from '../../types.js';
import { wordLists } from '../word-lists.js';
import { startsUpper } from '../../text.js';

// wink tags a sentence-initial "Said" as a proper noun and keeps its surface lemma, so the
// irregular forms are mapped here rather than trusted to the tagger.
// A Map, not an object: asked of every token, an object is searched by string (and answers
// "constructor" with a function).
const IRREGULAR = new Map<string, string>(Object.entries({
  said: 'say', says: 'say', told: 'tell', tells: 'tell', wrote: 'write', writes: 'write', written: 'write',
  read: 'read', reads: 'read',
}));

/** Inflection endings and what replaces them to reach a base form, tried in order. */
const SUFFIXES = [['ied', 'y'], ['ed', ''], ['ed', 'e'], ['ped', ''], ['ted', ''], ['es', ''], ['s', ''], ['ing', ''], ['ing', 'e'], ['ying', 'y'], ['ting', ''], ['ping', '']] as const;

function baseForm(t: Token, verbs: ReadonlySet<string>): string {
  const normal = t.normal;
  const irregular = IRREGULAR.get(normal);
  if (irregular) return irregular;
  if (verbs.has(t.lemma)) return t.lemma;
  return stemIn(normal, verbs) ?? t.lemma;
}

// The stem found for each written form, per verb list: every sentence asks about the same words.
const stems = new WeakMap<ReadonlySet<string>, Map<string, string | null>>();

/** The verb of `verbs` that `normal` inflects by a regular ending ("blasted" -> "blast"), or null. */
function stemIn(normal: string, verbs: ReadonlySet<string>): string | null {
  // Every ending of SUFFIXES ends in "s", "ed" or "ing": other words (most tokens) have no stem here.
  if (!normal.endsWith('s') && !normal.endsWith('ed') && !normal.endsWith('ing')) return null;
  let known = stems.get(verbs);
  if (!known) stems.set(verbs, (known = new Map()));
  const remembered = known.get(normal);
  if (remembered !== undefined) return remembered;
  let found: string | null = null;
  for (const [suffix, replacement] of SUFFIXES) {
    if (normal.endsWith(suffix)) {
      const stem = normal.slice(0, -suffix.length) + replacement;
      if (verbs.has(stem)) {
        found = stem;
        break;
      }
    }
  }
  if (known.size >= 30_000) known.clear();
  known.set(normal, found);
  return found;
}

const SPEECH_VERB_POS = new Set(['VERB', 'AUX', 'PROPN', 'NOUN']);
const IRREGULAR_QUOTE: Record<string, string> = { shot: 'shoot', fired: 'fire', sang: 'sing', swore: 'swear', thought: 'think' };

/**
 * The speech verb's base form ("say"), or null when the token is not one. `placed` says the
 * position already marks a verb (right after `“…,” Name`): wink often tags "notes", "adds",
 * "tweets" as nouns there, so the tag is not asked. `broad` also accepts verbs that attribute a
 * quotation they govern ("mocked", "blasted", "dubbed"), for a verb next to or governing a quote.
 */
export function speechVerb(t: Token, previous?: Token, placed = false, broad = false): string | null {
  if (t.type !== 'word') return null;
  // "the United States", "Ted Cruz Says": a capitalised word after another word is a name, not a verb
  // (a headline capitalises every word, so a sentence-initial "Said" still counts).
  if (startsUpper(t.value) && previous && previous.type === 'word' && !IRREGULAR.has(t.normal)) return null;
  // "so-called" labels; it does not report speech.
  if (t.normal === 'called' && previous?.value === '-') return null;
  const lists = wordLists();
  let base = baseForm(t, lists.speechVerbs);
  if (!lists.speechVerbs.has(base)) {
    if (!broad) return null;
    base = IRREGULAR_QUOTE[t.normal] ?? baseForm(t, lists.quoteVerbs);
    if (!lists.quoteVerbs.has(base)) return null;
  }
  if (placed || IRREGULAR.has(t.normal)) return base;
  if (!SPEECH_VERB_POS.has(t.pos)) return null;
  // "the report", "a note": nouns only count when their form is clearly verbal, or right after a
  // name or pronoun subject ("Hillary shot back", "he notes").
  const afterSubject = previous !== undefined && (previous.pos === 'PROPN' || (previous.pos === 'PRON' && !/^(his|her|their|its|our|my|your)$/.test(previous.normal)));
  if (t.pos === 'NOUN' && !t.normal.endsWith('ed') && !afterSubject) return null;
  return base;
}

export const isQuoteMark = (t: Token): boolean => /^[“”"‘’„«»']+$/.test(t.value) || /^[,.]?[”"]$/.test(t.value);
const POSSESSIVE = new Set(['’s', "'s", '’', "'"]);
const NP_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'PRON', 'NUM']);
const NP_PREPOSITIONS = new Set(['for', 'with', 'at', 'from']);
const OBJECT_PRONOUNS = new Set(['me', 'him', 'us', 'them', 'whom', 'who', 'which', 'that', 'what', 'this', 'there', 'something', 'anything', 'nothing', 'everything']);

// Abbreviations wink splits from their dot ("Rev" "."): the dot does not end a sentence.
const ABBREVIATION = /^(mr|mrs|ms|dr|sen|rep|gov|gen|lt|col|sgt|rev|prof|pres|sec|adm|capt|cmdr|maj|atty|supt|insp|st|ft|jr|sr|mt|vs|inc|corp|co|ltd|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)$/i;

/** Is tokens[k] the dot of an abbreviation or an initial ("Rev" ".", "S" "." in "S.C.")? */
export function isAbbreviationDot(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  const previous = tokens[k - 1];
  return t?.value === '.' && previous !== undefined && previous.end === t.start && (ABBREVIATION.test(previous.value) || /^\p{Lu}$/u.test(previous.value));
}

/**
 * Does the token end a sentence? wink splits inside "(D-S.C.)" and after initials, so a stop
 * needs what follows to look like a new sentence and what precedes not to be an initial.
 */
/** Token range [from, to] of the sentence holding token k, by our own stops (wink splits inside initials). */
export function sentenceAround(tokens: Token[], k: number): [number, number] {
  let from = k;
  while (from > 0 && !isSentenceStop(tokens, from - 1)) from -= 1;
  let to = k;
  while (to < tokens.length - 1 && !isSentenceStop(tokens, to)) to += 1;
  return [from, to];
}

export function isSentenceStop(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!/^[.!?]+$/.test(t.value) && !/^[.!?]["”’']$/.test(t.value)) return false;
  // "S." in "(D-S.C.)", "Rev." before a name: the dot of an initial or an abbreviation.
  if (isAbbreviationDot(tokens, k)) return false;
  let j = k + 1;
  while (tokens[j] && isQuoteMark(tokens[j]) && tokens[j].start === tokens[j - 1].end) j += 1;
  const next = tokens[j];
  if (!next) return true;
  if (next.value === ')' || next.value === ',') return false;
  return /^[\p{Lu}\p{N}“"‘'(]/u.test(next.value);
}

/** The head word of a speaker phrase: "person" in "a person familiar with the matter". */
export function headWord(phrase: string): string {
  const words = phrase.toLowerCase().replace(/[’']s\b/g, '').replace(/\([^)]*\)/g, ' ').split(/\s+/).filter(Boolean);
  const cut = words.findIndex((w, i) => i > 0 && (NP_PREPOSITIONS.has(w) || w === 'familiar' || w === 'of' || w === 'who' || w === 'close'));
  return (cut > 0 ? words.slice(0, cut) : words).at(-1) ?? '';
}

const isCap = (t: Token) => t.type === 'word' && startsUpper(t.value);

/** Can this token be part of a noun phrase naming a speaker ("the White House official", "he")? */
export function isNounPhraseToken(t: Token): boolean {
  if (POSSESSIVE.has(t.value)) return true;
  if (t.value === 'of' || t.value === '-' || t.value === '&') return true;
  if (isCap(t) && !IRREGULAR.has(t.normal)) return true;
  return NP_POS.has(t.pos) && t.type === 'word' && !OBJECT_PRONOUNS.has(t.normal);
}

/** Index of the "(" that opens the parenthetical ending at tokens[k] (a ")"), or -1. */
function parenthesisStart(tokens: Token[], k: number, floor: number): number {
  for (let j = k - 1; j >= floor && k - j <= 12; j -= 1) if (tokens[j].value === '(') return j;
  return -1;
}

/** Index just after the ")" closing the parenthetical that opens at tokens[k], or -1. */
export function parenthesisEnd(tokens: Token[], k: number, ceiling: number): number {
  for (let j = k + 1; j <= ceiling && j - k <= 12; j += 1) if (tokens[j].value === ')') return j + 1;
  return -1;
}

const skippable = (t: Token) => (t.pos === 'ADV' || t.pos === 'AUX' || t.pos === 'PART') && t.type === 'word' && !isCap(t);

/** Tokens [first, last] of the noun phrase that ends just before `index` (exclusive), or null. */
export function nounPhraseBefore(tokens: Token[], index: number, floor: number): [number, number] | null {
  let first = index;
  // Adverbs and auxiliaries between subject and verb: "ICE has also said", "he did not say".
  let end = index - 1;
  // "Priebus later Thursday told": adverbs, auxiliaries and a day between the subject and its verb.
  while (end >= floor && (skippable(tokens[end]) || /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|later|earlier)$/i.test(tokens[end].value))) end -= 1;
  // "Sen. Ted Cruz (R-Texas) said": the parenthetical is not part of the name, but an acronym
  // in it is the organisation's own ("the American Civil Liberties Union (ACLU) said").
  let top = end;
  if (end >= floor && tokens[end].value === ')') {
    const open = parenthesisStart(tokens, end, floor);
    if (open <= floor) return null;
    top = open - 1;
    if (!(open === end - 2 && /^[A-Z][A-Z&]{1,5}$/.test(tokens[end - 1].value))) end = open - 1;
  }
  for (let k = top; k >= floor && end - k < 12; k -= 1) {
    // "Immigration and Customs Enforcement": "and" between capitalised words stays in the name.
    const joinsName = (tokens[k].value === 'and' || tokens[k].value === '&') && k > floor && isCap(tokens[k - 1]) && isCap(tokens[k + 1] ?? tokens[k]);
    // "a spokesperson for the Department", "a person familiar with the matter".
    const joinsPhrase = NP_PREPOSITIONS.has(tokens[k].normal) && k > floor && ['NOUN', 'ADJ', 'PROPN'].includes(tokens[k - 1].pos);
    const abbreviation = isAbbreviationDot(tokens, k) && k < top;
    if (!joinsName && !joinsPhrase && !abbreviation && (!isNounPhraseToken(tokens[k]) || speechVerb(tokens[k], tokens[k - 1]))) break;
    first = k;
  }
  if (first > end) return null;
  // "As the Post’s Ishaan Tharoor wrote": a capitalised opening word is not part of the name.
  while (first <= end && (['of', '-', '&', 'and'].includes(tokens[first].value) || (['ADP', 'SCONJ', 'CCONJ', 'ADV'].includes(tokens[first].pos) && first < end))) first += 1;
  return first <= end && tokens.slice(first, end + 1).some((t) => t.type === 'word') ? [first, end] : null;
}

/** Tokens of the noun phrase that starts at `index`, stopping at punctuation, a verb or a preposition. */
export function nounPhraseAfter(tokens: Token[], index: number, ceiling: number): [number, number] | null {
  let last = index - 1;
  for (let k = index; k <= ceiling && k - index < 10; k += 1) {
    const t = tokens[k];
    // "Jill Sato of the Chamber of Commerce": the name ends before "of the".
    if (t.value === 'of' && tokens[k + 1]?.normal === 'the' && k > index) break;
    // "Sen. Ted Cruz (R-Texas)": the party and state are not part of the name; "(ACLU)" is.
    if (t.value === '(') {
      if (k > index && /^[A-Z][A-Z&]{1,5}$/.test(tokens[k + 1]?.value ?? '') && tokens[k + 2]?.value === ')') last = k + 2;
      break;
    }
    const joinsPhrase = NP_PREPOSITIONS.has(t.normal) && k > index && ['NOUN', 'ADJ'].includes(tokens[k - 1].pos) && tokens[k - 1].type === 'word' && !isCap(tokens[k - 1]);
    if (isAbbreviationDot(tokens, k) && tokens[k + 1] && isCap(tokens[k + 1])) {
      last = k;
      continue;
    }
    if (!joinsPhrase && (!isNounPhraseToken(t) || isQuoteMark(t) || (k > index && speechVerb(t)))) break;
    // A date after the name ("said Trump on Monday" is cut before "on"; "said Trump Monday" here).
    if (k > index && isCap(t) && /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i.test(t.value)) break;
    last = k;
  }
  // "said the agency in a statement": stop before a trailing "of" or joining word.
  while (last >= index && ['of', '-', '&', 'and', 'for', 'with', 'at', 'from'].includes(tokens[last].value)) last -= 1;
  return last >= index ? [index, last] : null;
}

/**
 * `Name, a spokesman for the agency, said` / `Name, who ..., said`: the subject before an aside
 * set off by commas, when the verb follows the aside's closing comma.
 */
export function subjectBeforeAppositive(tokens: Token[], verbIndex: number, floor = 0): [number, number] | null {
  let k = verbIndex - 1;
  while (k >= floor && skippable(tokens[k])) k -= 1;
  while (k >= floor && /^[”"’]$/.test(tokens[k].value)) k -= 1;
  if (k < floor || tokens[k].value !== ',') return null;
  for (let j = k - 1; j >= floor && k - j <= 25; j -= 1) {
    if (isSentenceStop(tokens, j)) return null;
    if (tokens[j].value === ',') {
      const np = nounPhraseBefore(tokens, j, floor);
      // The subject must start its clause: "Trump, who spoke Tuesday, said", not "… told reporters Trump, …".
      if (!np) return null;
      const before = tokens[np[0] - 1];
      if (before && !(before.value === ',' || isQuoteMark(before) || isSentenceStop(tokens, np[0] - 1) || ['CCONJ', 'SCONJ', 'ADP'].includes(before.pos) || before.normal === 'that')) return null;
      return np;
    }
  }
  return null;
}
