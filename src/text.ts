// Plain string helpers shared by several stages.

/**
 * Runs of white space (newlines included) to one space, trimmed. The replace runs only when one pass
 * over the character codes finds white space other than single spaces (most paragraphs have none):
 * otherwise it would give the text back as it is.
 */
export function collapseWhitespace(text: string): string {
  let previousSpace = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (isSpaceCode(c)) {
      if (c !== 32 || previousSpace) return text.replace(/\s+/g, ' ').trim();
      previousSpace = true;
    } else previousSpace = false;
  }
  return text.trim();
}

// Chinese and Japanese are written without spaces: counting runs of non-space would make a paragraph
// one "word", and their sentences end in full-width marks with no space after. Hangul, Cyrillic,
// Arabic and the rest use spaces and need no special count.
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;

/** Is `c` a UTF-16 code unit that JavaScript's `\s` matches? */
export const isSpaceCode = (c: number): boolean => c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;

/** Below this code unit no character is Han, Hiragana or Katakana (checked over every one of them). */
const FIRST_CJK = 0x2e80;

/**
 * Words in any script, with text written without spaces counted at about 1.5 characters a word.
 * Run on every block, some several times: a text with no code unit from FIRST_CJK up (no CJK
 * character, no surrogate pair) is counted in one pass over its codes, runs of non-space as `\S+`
 * would (without the two regexes' scan and an array of every word); any other text goes to them.
 */
export function scriptWords(text: string): { words: number; cjk: number } {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c >= FIRST_CJK) return scriptWordsByRegex(text);
    if (isSpaceCode(c)) inWord = false;
    else if (!inWord) {
      inWord = true;
      words += 1;
    }
  }
  return { words, cjk: 0 };
}

function scriptWordsByRegex(text: string): { words: number; cjk: number } {
  const cjk = (text.match(CJK) ?? []).length;
  if (cjk === 0) return { words: (text.match(/\S+/g) ?? []).length, cjk };
  return { words: (text.replace(CJK, ' ').match(/\S+/g) ?? []).length + Math.round(cjk / 1.5), cjk };
}

/** Share of a text's letters outside the Latin script (0 for English, near 1 for Russian or Korean). */
export function nonLatinShare(text: string): number {
  const letters = text.match(/\p{L}/gu) ?? [];
  if (letters.length === 0) return 0;
  return letters.filter((c) => !/\p{Script=Latin}/u.test(c)).length / letters.length;
}

// The analyses ask of nearly every token whether it starts with a capital or a small letter. A Unicode
// property regex costs several times a character-code test, so ASCII is decided by its code and only
// other letters go to the regex: the same answer as /^\p{Lu}/u and /^\p{Ll}/u for every string.
const UPPER_FIRST = /^\p{Lu}/u;
const LOWER_FIRST = /^\p{Ll}/u;

/** Same as /^\p{Lu}/u.test(s). */
export function startsUpper(s: string): boolean {
  const c = s.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : UPPER_FIRST.test(s);
}

/** Same as /^\p{Ll}/u.test(s). */
export function startsLower(s: string): boolean {
  const c = s.charCodeAt(0);
  return c < 128 ? c >= 97 && c <= 122 : LOWER_FIRST.test(s);
}

const LETTER = /\p{L}/u;
const LETTER_OR_DIGIT = /\p{L}|\p{N}/u;
const LETTER_FIRST = /^\p{L}/u;
const DIGIT_FIRST = /^\p{N}/u;
const isAsciiLetter = (c: number) => (c | 32) >= 97 && (c | 32) <= 122;

/** Same as /\p{L}/u.test(s): an ASCII letter first settles it without the regex. */
export function hasLetter(s: string): boolean {
  return isAsciiLetter(s.charCodeAt(0)) || LETTER.test(s);
}

/** Same as /\p{L}|\p{N}/u.test(s): an ASCII letter or digit first settles it without the regex. */
export function hasLetterOrDigit(s: string): boolean {
  const c = s.charCodeAt(0);
  return (c >= 48 && c <= 57) || isAsciiLetter(c) || LETTER_OR_DIGIT.test(s);
}

/** Same as /^\p{L}/u.test(s). */
export function startsLetter(s: string): boolean {
  const c = s.charCodeAt(0);
  return c < 128 ? isAsciiLetter(c) : LETTER_FIRST.test(s);
}

/** Same as /^\p{N}/u.test(s). */
export function startsDigit(s: string): boolean {
  const c = s.charCodeAt(0);
  return c < 128 ? c >= 48 && c <= 57 : DIGIT_FIRST.test(s);
}
