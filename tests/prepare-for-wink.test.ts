import { describe, expect, it } from 'vitest';
import { capLongRuns, MAX_RUN_WITHOUT_SPACE, prepareForWink } from '../src/nlp/wink.js';

// The reference: what prepareForWink did before its one-pass check (the two regexes, always run).
const DROPPED = /[\v\f\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]/g;
const reference = (text: string) => capLongRuns(text.replace(DROPPED, ' '));

describe('prepareForWink', () => {
  it('leaves ordinary text as it is (the same string)', () => {
    const text = 'Officials said\u00a0the plan was “final”.\n\nMore than 300 people attended.';
    expect(prepareForWink(text)).toBe(text);
  });

  it('turns the white space wink drops into plain spaces, one for one', () => {
    expect(prepareForWink('a\u2003b\u3000c\vd\fe\ufefff')).toBe('a b c d e f');
    // A no-break space is kept: wink reads it as a preceding space.
    expect(prepareForWink('a\u00a0b')).toBe('a\u00a0b');
  });

  it('breaks a run longer than the limit, not one at the limit', () => {
    const at = 'x'.repeat(MAX_RUN_WITHOUT_SPACE);
    expect(prepareForWink(`a ${at} b`)).toBe(`a ${at} b`);
    const over = 'y'.repeat(MAX_RUN_WITHOUT_SPACE + 1);
    const out = prepareForWink(`a ${over}`);
    expect(out.length).toBe(MAX_RUN_WITHOUT_SPACE + 3);
    expect(out).toBe(`a ${'y'.repeat(MAX_RUN_WITHOUT_SPACE - 1)} y`);
    // A wide space (here a thin space, which is also dropped) ends a run.
    const thin = `${'z'.repeat(150)}\u2009${'z'.repeat(150)}`;
    expect(prepareForWink(thin)).toBe(`${'z'.repeat(150)} ${'z'.repeat(150)}`);
  });

  it('gives what the two regexes give on random texts', () => {
    const alphabet = ['a', 'b', ' ', '\n', '\t', '\u00a0', '\u2009', '\u200b', '\ufeff', '\v', '\u0085', 'é', '\ud83d\ude00'];
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 4294967296);
    for (let n = 0; n < 400; n += 1) {
      const long = random() < 0.3;
      let text = '';
      const length = Math.floor(random() * (long ? 600 : 60));
      for (let i = 0; i < length; i += 1) text += random() < (long ? 0.995 : 0.7) ? 'q' : alphabet[Math.floor(random() * alphabet.length)];
      expect(prepareForWink(text)).toBe(reference(text));
    }
  });
});
