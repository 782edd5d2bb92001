// The evidence a person uses to tell a headline from a byline from a paragraph, measured on one parsed block.
import type { ParsedBlock } from '../types.js';
import { hasLetterOrDigit, isSpaceCode, nonLatinShare, scriptWords, startsLetter, startsUpper } from '../text.js';

export interface BlockFeatures {
  words: number;
  /** Ends with . ! ? or a closing quote after one of them. */
  endsSentence: boolean;
  endsWithPeriod: boolean;
  /** Has a verb wink tags VERB or AUX (not a bare participle in a title). */
  hasVerb: boolean;
  /** Share of content words that start with a capital letter. */
  titleCase: number;
  allCaps: boolean;
  /** A full sentence of prose: long enough, a verb, closing punctuation. */
  isProse: boolean;
  /** Looks like a person's name and nothing else ("Demian Bio", "By Jane Doe"). */
  nameOnly: boolean;
  startsWithBy: boolean;
  stockCaption: boolean;
  dateOnly: boolean;
  normalized: string;
}

const SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'and', 'or', 'but', 'as', 'by', 'with', 'from', 'into', 'vs', 'via', 'nor', 'per', 'is', 'be', 'are']);
// "ASTON, PA - SEPTEMBER 22, 2016: Donald Trump ..." — agency photo caption shape.
const STOCK_CAPTION = /^[A-Z][A-Z .'’-]+,\s*[A-Z]{2,}\.?\s*[-–—]\s*[A-Z]+\.?\s+\d{1,2},?\s+\d{4}\s*[:.-]/;
// A photo credit: "(Photo by ...)", "(AP Photo/...)", "(Image: ...)", "Photograph by ...", a closing
// "(Name Name/Agency)" or "| REUTERS", "in this 2007 file photo". A block carrying one is a caption.
const CREDIT = new RegExp(
  [
    // "(Photo by ...)", and with the agency first: "(Reuters photo: Jane Doe)", "(AP Photo/...)".
    '\\([^()]{0,30}\\b(photo|image|picture|photograph)s?\\s*(by|credit|courtesy|:|\\/)',
    '\\b(getty images|ap photo|reuters\\/|afp via getty|shutterstock|istock)\\b',
    '^(photo|image|credit|picture|photograph)s?\\s*:',
    '(^|[.(]\\s*)photograph(ed)? by\\b',
    // "STAFF PHOTO BY JANE DOE", "File photo by ...", "AP photo by ..." opening a caption.
    '^(\\p{L}+ ){0,2}photo(graph)?s? by\\b',
    '\\|\\s*(reuters|ap|afp|getty images|epa)\\b',
    '\\bin this [^()]{0,30}\\bfile (photo|picture|image)\\b',
    '^\\(?file (photo|picture)\\b',
    '\\b(enlarge this image|toggle caption)\\b',
    '^(photo |image )?courtesy (of\\b|:)',
  ].join('|'),
  'iu',
);
const MONTHS = 'jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec';
const DAY = `((mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\\s*)?((${MONTHS})[a-z]*\\.?\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+(${MONTHS})[a-z]*\\.?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2})`;
const CLOCK = '\\d{1,2}[:.]\\d{2}\\s*([ap]\\.?m\\.?)?\\s*([A-Z]{2,4})?';
const DATE_ONLY = new RegExp(`^(published|updated|posted)?[:\\s]*${DAY}([,\\s]+(at\\s+)?${CLOCK})?\\.?$`, 'i');
/**
 * A time stamp set on its own line: "Updated at 2:53 p.m. ET", "Posted 10:50 a.m. EST, March 3, 2014",
 * "This story was updated on Aug. 6, 2015." A note about when, not a title.
 */
const STAMP = new RegExp(
  `^((this|the) (story|article|post|report|page) (was|has been) )?(last )?(published|updated|posted|modified)\\b[:\\s]*(at|on)?\\s*(${CLOCK}|${DAY})([,\\s]+(on\\s+|at\\s+)?(${CLOCK}|${DAY}))?\\.?$`,
  'i',
);

/**
 * Lower case, straight quotes, white space runs as one space, trimmed. Run two or three times on
 * every block of every article (structure, the template scan): one pass over the character codes
 * says whether there is a curly quote or white space other than single spaces, and only then do the
 * three regex replaces run (most blocks have neither a line break nor a double space). The same
 * string as the replaces on every text: lower-casing makes no quote or space.
 */
export function normalizeBlockText(text: string): string {
  let quotes = false;
  let spaces = false;
  let previousSpace = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 0x2018 || c === 0x2019 || c === 0x201c || c === 0x201d) quotes = true;
    else if (isSpaceCode(c)) {
      if (c !== 32 || previousSpace) spaces = true;
      previousSpace = true;
      continue;
    }
    previousSpace = false;
  }
  let out = text.toLowerCase();
  if (quotes) out = out.replace(/[’‘]/g, "'").replace(/[“”]/g, '"');
  if (spaces) out = out.replace(/\s+/g, ' ');
  return out.trim();
}

/** A closing "(Name Name/Agency)": capitals matter here, so it is matched apart from the rest. */
const SLASH_CREDIT = /\(\s*\p{Lu}[\p{L}.'’ -]{1,40}\/\s*(via\s+)?\p{Lu}[\p{L}.'’ &-]{1,40}\)\s*\.?$/u;

/** A line that is nothing but "Name Name / Outlet": a photo or graphic credit. */
const CREDIT_LINE = /^\p{Lu}[\p{L}.'’ -]{1,40}\s?\/\s?\p{Lu}[\p{L}.'’ &-]{1,40}$/u;

/**
 * Words one of which every match of CREDIT contains (each of its alternatives names one: "photo",
 * "image", "picture", "credit", "getty", "reuters/", "shutterstock", "istock", "|", "toggle caption",
 * "courtesy"), sought with ASCII case only. CREDIT is case-insensitive over Unicode, so it also reads
 * "ſ" as "s" and the Kelvin sign as "k" (and some engines' closures take in the dotted and dotless i):
 * a text with one of those goes to CREDIT whatever it holds.
 */
const CREDIT_WORDS = /photo|image|picture|credit|getty|reuters|shutterstock|istock|\||toggle|courtesy/i;
const FOLDS_TO_ASCII = /[\u017f\u212a\u0130\u0131]/;

/**
 * Run on every block: CREDIT (a case-insensitive Unicode regex of ten alternatives, the structure
 * stage's dearest line) only on a block holding one of its words, the other two only on a block with
 * a slash, which both need. The same answers.
 */
export function isCredit(text: string): boolean {
  const t = text.trim();
  if ((CREDIT_WORDS.test(t) || FOLDS_TO_ASCII.test(t)) && CREDIT.test(t)) return true;
  return t.includes('/') && (SLASH_CREDIT.test(t) || CREDIT_LINE.test(t));
}

/**
 * A full sentence of prose. wink's tagger knows English: in English a sentence needs a verb. Text in
 * another script (Russian, Korean, Chinese) has no verbs wink can see, so there length and a
 * sentence end decide; so they do for any line long enough (20+ words) that no title or menu is that
 * long. Words are counted by script (Chinese and Japanese have no spaces).
 */
function isProseBlock(text: string, tokenWords: number, hasVerb: boolean, endsSentence: boolean, html: boolean): boolean {
  const words = Math.max(tokenWords, scriptWords(text).words);
  if (words < 8) return false;
  if (!endsSentence) return html && words >= LONG_PROSE_WORDS && innerSentences(text) >= 2;
  return hasVerb || words >= 20 || nonLatinShare(text) > 0.5;
}

/**
 * A page element can hold several sentences and still not end with a mark: a page of a plain-text
 * document in <pre> that ends in its page footer, a paragraph followed by a "Read more" or a date in
 * the same element. Forty words and two sentence ends inside make it prose; no menu or title is that.
 * Pages only: in plain text the writer's own line breaks say where a paragraph ends.
 */
const LONG_PROSE_WORDS = 40;
function innerSentences(text: string): number {
  return (text.match(/[.!?]["”’)]*\s+["“‘(]?\p{L}|[。！？]/gu) ?? []).length;
}

/**
 * A paragraph that ends in a sentence and then a call to read on, set in the same element ("... or
 * start with a fresh set. Learn more"): the link is furniture, the paragraph still ends a sentence.
 */
const READ_MORE_TAIL = /[.!?。！？]["”’)]*\s+(learn more|read more|continue reading|find out more|see more)( about [^.!?]{1,40})?\s*[›»→…]?$/i;

/** Run on every block: ASCII by character code, anything else by the same regex as before. Four letters or more, all capitals: `letters.length >= 4 && letters === letters.toUpperCase()` over the text's letters. */
function lettersAllCaps(text: string): boolean {
  let upper = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c >= 128) {
      const letters = text.replace(/[^\p{L}]/gu, '');
      return letters.length >= 4 && letters === letters.toUpperCase();
    }
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) upper += 1;
  }
  return upper >= 4;
}

export function blockFeatures(block: ParsedBlock, format: 'text' | 'html' = 'text'): BlockFeatures {
  const tokens = block.parsed.tokens;
  const words = tokens.filter((t) => hasLetterOrDigit(t.value) && t.type !== 'punctuation');
  const text = block.text.trim();
  // A closing quotation can be two apostrophes (''), as in the New York Times' archive: the sentence still ends.
  const endsSentence = /[.!?…。！？؟।]["”’')\]」』]*$/.test(text) || /[.!?]\s*["”’']$/.test(text);
  const content = words.filter((t) => startsLetter(t.value) && !SMALL_WORDS.has(t.normal));
  const capitalised = content.filter((t) => startsUpper(t.value)).length;
  const hasVerb = tokens.some((t) => t.pos === 'VERB' || t.pos === 'AUX');
  const stripped = text.replace(/^by\s+/i, '');
  // A name line has at most nine words: the first ten pieces decide (a paragraph is not split whole).
  const nameWords = stripped.split(/\s+/, 10);
  const nameOnly =
    nameWords.length >= 2 &&
    // One name (two to four words), or two joined by "and" ("Jane Doe and John Roe").
    (nameWords.length <= 4 || (nameWords.length <= 9 && nameWords.some((w) => w === 'and' || w === '&'))) &&
    // "Jane Doe, and John Roe": a comma may close a name before "and".
    nameWords.every((w) => /^(\p{Lu}[\p{L}’'.-]*,?|[a-z]{1,3}|and|&)$/u.test(w)) &&
    nameWords.filter((w) => /^\p{Lu}/u.test(w)).length >= 2 &&
    !endsSentence;
  return {
    words: words.length,
    endsSentence,
    endsWithPeriod: /\.["”’)]*$/.test(text),
    hasVerb,
    titleCase: content.length === 0 ? 0 : capitalised / content.length,
    allCaps: lettersAllCaps(text),
    // A paragraph that ends in a colon leads into a quotation or a list ("Here are the measures on the
    // ballots:"): running text when it is as long as a sentence of prose.
    isProse: isProseBlock(text, words.length, hasVerb, endsSentence || (words.length >= 12 && /:["”’)]*$/.test(text)) || READ_MORE_TAIL.test(text), format === 'html'),
    nameOnly,
    startsWithBy: /^[Bb][Yy]:?\s+\p{Lu}/u.test(text),
    stockCaption: STOCK_CAPTION.test(text),
    dateOnly: DATE_ONLY.test(text) || STAMP.test(text),
    normalized: normalizeBlockText(text),
  };
}
