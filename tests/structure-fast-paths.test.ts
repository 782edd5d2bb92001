// Fast paths of the structure stage (src/structure/features.ts): isCredit asks its case-insensitive
// Unicode regex only about blocks holding one of its words, or a character that regex reads as an
// ASCII letter; normalizeBlockText replaces only when a block has curly quotes or white space other
// than single spaces. Expected answers written by hand before running the code.
import { describe, expect, it } from 'vitest';
import { isCredit, normalizeBlockText } from '../src/structure/features.js';
import { collapseWhitespace, scriptWords } from '../src/text.js';

describe('isCredit', () => {
  it.each([
    ['(Photo by Jane Doe)', true],
    ['Protesters outside the court. (AP Photo/John Roe)', true],
    ['PHOTO: Staff', true],
    ['REUTERS/Kevin Lamarque', true],
    ['Image courtesy of the state archive', true],
    ['Jane Doe/Reuters', true],
    ['Crowds gather in the square. (Jane Doe / The Daily Wire)', true],
    ['Toggle caption', true],
    ['The senator said the images were fake.', false],
    ['He paid for the photos himself and called it a credit to his staff.', false],
    ['The vote was 7 to 2.', false],
    ['Sales rose 4% in 2019/2020.', false],
  ])('%s -> %s', (text, want) => {
    expect(isCredit(text)).toBe(want);
  });

  it('reads the long s and the Kelvin sign as the letters they fold to, as the regex does', () => {
    // "ſ" folds to "s" and "K" (U+212A) to "k" under a case-insensitive Unicode regex: no ASCII
    // word of the credit list is in these, yet each is a credit.
    expect(isCredit('Photo: ſhutterstock')).toBe(true);
    expect(isCredit('via iſtoc\u212a')).toBe(true);
    expect(isCredit('Dinner at the ſtock exchange.')).toBe(false);
  });
});

describe('normalizeBlockText', () => {
  it.each([
    ['Plain words here', 'plain words here'],
    ['Hello  World', 'hello world'],
    [' It’s “Here” \n now ', 'it\'s "here" now'],
    ['‘Quoted’ line', "'quoted' line"],
    ['A\u00a0B', 'a b'],
    ['Tab\tsep', 'tab sep'],
    ['\u2028Line start', 'line start'],
    ['  ', ''],
    ['One space at the end ', 'one space at the end'],
  ])('%j -> %j', (text, want) => {
    expect(normalizeBlockText(text)).toBe(want);
  });
});

describe('scriptWords', () => {
  it.each([
    ['one two  three', { words: 3, cjk: 0 }],
    ['', { words: 0, cjk: 0 }],
    [' lead and trail ', { words: 3, cjk: 0 }],
    ['a\u00a0b\u2003c', { words: 3, cjk: 0 }],
    ['It’s—well—odd.', { words: 1, cjk: 0 }],
    // Five Han and Hiragana characters at 1.5 a word; a Latin word beside two Han ones.
    ['日本語の文', { words: 3, cjk: 5 }],
    ['Tokyo 東京', { words: 2, cjk: 2 }],
  ])('%j -> %j', (text, want) => {
    expect(scriptWords(text)).toEqual(want);
  });
});

describe('collapseWhitespace', () => {
  it.each([
    ['Already single spaces.', 'Already single spaces.'],
    ['  Leading and trailing ', 'Leading and trailing'],
    ['Two  spaces', 'Two spaces'],
    ['Line\nbreak', 'Line break'],
    ['No\u00a0break space', 'No break space'],
    [' \n\t ', ''],
  ])('%j -> %j', (text, want) => {
    expect(collapseWhitespace(text)).toBe(want);
  });
});
