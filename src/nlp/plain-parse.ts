// A word split without wink, for blocks that are page furniture by the page's own markup (a menu,
// a related-stories list, a comments box). The structure stage removes such blocks on that evidence
// alone and no later stage reads their tokens, so wink's full parse of them would be wasted: on
// real news pages they are nearly half of the text. Tokens carry what the structure stage counts
// (words, punctuation, offsets); part of speech is 'X' and there are no entities.
import type { BlockHint, ParsedText, Token } from '../types.js';

/** Hints the structure stage always turns into boilerplate (see HINT_REASONS in structure/roles.ts). */
export const FURNITURE_HINTS: ReadonlySet<BlockHint> = new Set<BlockHint>(['navigation', 'related', 'social', 'newsletter', 'comments', 'advert', 'cookie', 'paywall', 'footer', 'aside', 'form']);

export function plainParse(text: string, offset = 0): ParsedText {
  const tokens: Token[] = [];
  const pattern = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const value = match[0];
    const word = /[\p{L}\p{N}]/u.test(value);
    const normal = value.toLowerCase();
    tokens.push({ value, normal, lemma: normal, pos: word ? 'X' : 'PUNCT', type: word ? 'word' : 'punctuation', negated: false, start: offset + match.index, end: offset + match.index + value.length, sentence: 0 });
  }
  const sentences = tokens.length > 0 ? [{ start: tokens[0].start, end: tokens[tokens.length - 1].end, firstToken: 0, lastToken: tokens.length - 1, sentiment: 0 }] : [];
  return { text, start: offset, end: offset + text.length, tokens, sentences, entities: [], sentiment: 0 };
}
