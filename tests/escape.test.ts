import { describe, expect, it } from 'vitest';
import { cite, md } from '../src/report/escape.js';

describe('escaping untrusted article text', () => {
  it('keeps table cells, code spans, HTML and links inert', () => {
    expect(md('a | b')).toBe('a \\| b');
    expect(md('`x`')).toBe('\\`x\\`');
    expect(md('<script>alert(1)</script>')).toBe('&lt;script&gt;alert\\(1\\)&lt;/script&gt;');
    expect(md('[x](javascript:alert(1))')).toBe('\\[x\\]\\(javascript:alert\\(1\\)\\)');
    expect(md('line one\nline two')).toBe('line one line two');
    expect(md('AT&T')).toBe('AT&amp;T');
  });
  it('shortens long citations at a word boundary', () => {
    expect(cite('one two three four', 9)).toBe('“one two…”');
    expect(cite('short')).toBe('“short”');
  });
  it('writes a quotation inside a citation with single marks', () => {
    expect(cite('“We will act,” the mayor said.')).toBe('“‘We will act,’ the mayor said.”');
    expect(cite('She called it “a disgrace” twice')).toBe('“She called it ‘a disgrace’ twice”');
  });
});
