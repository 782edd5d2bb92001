// The key that tells two written forms of one person's name apart from two people: "Counsel Robert
// Mueller", "Robert S. Mueller III", "Bob Mueller" and "Robert Mueller" are one; "Bill Clinton" and
// "Hillary Clinton" are two. Pure (the first-name classes are data, read once).
import { HONORIFICS, isInitial } from '../analyze/entities.js';
import { wordLists } from '../analyze/word-lists.js';
import { firstNameClass } from './first-names.js';

const SUFFIX = /^(jr|sr|ii|iii|iv)\.?,?$/i;
// A party word before a name says who the person is, not what they are called ("Democrat Doug Jones").
const PARTY_WORD = /^(republican|democrat|democratic|independent|gop)$/i;
// Role words the attribution lexicon's titles do not hold, written before a name in news copy.
const MORE_TITLES = /^(counsel|lawmaker|candidate|nominee)$/i;

/** A title or role word before a name, singular or plural ("Rep.", "Reps.", "Counsel", "Justices"). */
function isTitle(word: string): boolean {
  const lower = word.toLowerCase().replace(/,$/, '');
  if (HONORIFICS.test(lower) || PARTY_WORD.test(lower) || MORE_TITLES.test(lower)) return true;
  const titles = wordLists().titles;
  return titles.has(lower) || titles.has(lower.replace(/\.$/, '')) || titles.has(lower.replace(/s\.?$/, '')) || HONORIFICS.test(lower.replace(/s\.?$/, '.'));
}

/**
 * "first last" in lower case, from a person's name as written: leading titles and party words, middle
 * names and initials and suffixes left out. Null when fewer than two name words are left (a surname
 * alone, "Congressman Ryan"): that is for the surname rule to place.
 */
export function personNameKey(name: string): string | null {
  const words = name.split(/\s+/).filter(Boolean);
  let first = 0;
  while (first < words.length - 1 && isTitle(words[first])) first += 1;
  const rest = words.slice(first).filter((w) => !SUFFIX.test(w) && !isInitial(w.replace(/,$/, '')));
  if (rest.length < 2) return null;
  // "Jim Mattis" and "James Mattis": first names one person goes by are one class.
  return `${firstNameClass(rest[0].toLowerCase())} ${rest.at(-1)!.toLowerCase().replace(/[,’']s?$/, '')}`;
}

/** Whether a name as written opens with a title or party word ("Counsel Robert Mueller"). */
export const startsWithTitle = (name: string): boolean => {
  const words = name.split(/\s+/);
  return words.length > 1 && isTitle(words[0]);
};
