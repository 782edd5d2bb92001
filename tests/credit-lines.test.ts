// isCredit asks its case-insensitive Unicode regex only about blocks holding one of its words, or a
// character that regex reads as an ASCII letter (src/structure/features.ts). Expected answers written
// by hand from the credit patterns, before running the code.
import { describe, expect, it } from 'vitest';
import { isCredit } from '../src/structure/features.js';

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
