// fast-check generators for hostile article text: the material of tests/properties.test.ts.
// Everything here is invented (no dev-set text): words an article uses, plus every kind of character
// and markup that has broken text tools before.
import fc from 'fast-check';

/** Combining marks, zero-width and bidi controls, emoji sequences, C0/C1 controls, odd spaces, lone surrogates. */
export const ODD_CHARACTERS = [
  '\u0301', '\u0308', '\u0327', '\u20dd', 'e\u0301', 'a\u0308\u0301\u0327', // combining marks
  '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u180e', // zero-width
  '\u202e', '\u202d', '\u200f', '\u200e', '\u061c', '\u2066', '\u2069', 'שלום', 'مرحبا بكم', 'אמר הראש', // right-to-left
  '😀', '👩‍👩‍👧‍👦', '🇺🇸', '1️⃣', '🏳️‍🌈', '👍🏽', '𝔘𝔫𝔦𝔠𝔬𝔡𝔢', // emoji and astral letters
  '\u0000', '\u0001', '\u0007', '\u0008', '\u001b', '\u007f', '\u0085', '\u009b', // controls
  '\u000b', '\u000c', '\r', '\t', '\u00a0', '\u1680', '\u2003', '\u2009', '\u2028', '\u2029', '\u202f', '\u3000', // spaces wink treats oddly
  '\ud800', '\udfff', '\udbff\udc00', // lone and paired surrogates
  'ﬁ', 'İ', 'ß', 'ǅ', 'Σ', 'ς', '\ufffd', '\uffff', '中文', '日本語のテキスト', 'Ελληνικά', 'Кириллица',
];

/** Every quotation mark and apostrophe-like character a keyboard or a CMS produces. */
export const QUOTE_MARKS = ['"', "'", '“', '”', '‘', '’', '„', '‟', '‚', '‛', '«', '»', '‹', '›', '「', '」', '『', '』', '〝', '〞', '＂', '＇', '`', '´', '″', '′'];

const WORDS = [
  'the', 'a', 'and', 'of', 'to', 'in', 'on', 'said', 'says', 'told', 'reporters', 'according', 'officials', 'official', 'mayor',
  'police', 'agency', 'he', 'she', 'it', 'they', 'reportedly', 'allegedly', 'very', 'extremely', 'terrible', 'brutal', 'crisis',
  'illegal', 'aliens', 'migrants', 'immigrants', 'crackdown', 'border', 'invasion', 'radical', 'thugs', 'slams', 'STUNS',
  'BREAKING', 'SHOCKING', 'ICE', 'FBI', 'U.S.', 'Sen.', 'Rep.', 'Dr.', 'John', 'Smith', 'Jane', 'Doe', 'Maria', 'García',
  'Department', 'of', 'Homeland', 'Security', 'White', 'House', 'Fox', 'News', 'Reuters', 'Tuesday', 'January', '2024',
  '3,000', '$4.5', 'billion', '12%', '40', 'percent', 'per', 'day', 'more', 'than', 'about', 'nearly', '1.5', 'million',
  'arrests', 'people', 'homes', 'by', 'By', 'Photo:', 'Getty', 'Images', '©', 'Subscribe', 'Sign', 'up', 'newsletter',
];

/** Contractions and apostrophes, often right before punctuation (where wink once left the lemma undefined). */
const CONTRACTIONS = ['cannot', 'cant', "can't", 'can’t', "won't", 'won’t', "ain't", "y'all", "'tis", 'don’t', "shouldn't've", "o'clock", "rock'n'roll", '’90s', "Jones'", 'officers’', "it's", 'Cannot', 'CANNOT', 'CANT'];
const PUNCTUATION = ['.', ',', '!', '?', ';', ':', '—', '–', '-', '…', '(', ')', '[', ']', '!!!', '?!', '...', '/', '|', '*', '#', '>', '<', '&'];

const word = fc.constantFrom(...WORDS);
const contraction = fc.tuple(fc.constantFrom(...CONTRACTIONS), fc.constantFrom('', ...PUNCTUATION)).map(([w, p]) => w + p);
const odd = fc.constantFrom(...ODD_CHARACTERS);
const mark = fc.constantFrom(...QUOTE_MARKS);
const punctuation = fc.constantFrom(...PUNCTUATION);

/** A quotation with marks of any kind, unbalanced or nested, around a few words. */
const quotation = fc.tuple(fc.option(mark, { nil: '' }), fc.array(fc.oneof(word, contraction), { maxLength: 8 }), fc.option(mark, { nil: '' }), fc.boolean(), fc.option(mark, { nil: '' })).map(([open, words, close, nested, inner]) =>
  nested ? `${open}${words.slice(0, 3).join(' ')} ${inner}${words.slice(3).join(' ')}${inner} ${close}` : `${open}${words.join(' ')}${close}`,
);

/** One "token" of hostile text: mostly article words, with everything else mixed in. */
export const piece: fc.Arbitrary<string> = fc.oneof(
  { weight: 10, arbitrary: word },
  { weight: 3, arbitrary: contraction },
  { weight: 3, arbitrary: quotation },
  { weight: 2, arbitrary: mark },
  { weight: 2, arbitrary: punctuation },
  { weight: 2, arbitrary: odd },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom(...'<>&|`*_[]()#!-+=~\\'), maxLength: 6 }) },
);

const separator = fc.constantFrom(' ', ' ', ' ', ' ', '', '  ', '\t', '\u00a0');

/** A sentence-like run of pieces. */
export const sentence: fc.Arbitrary<string> = fc.array(fc.tuple(piece, separator), { minLength: 1, maxLength: 24 }).map((parts) => parts.map(([p, s]) => p + s).join(''));

const lineBreak = fc.constantFrom('\n', '\n\n', '\n\n', '\r\n', '\r\n\r\n', '\n \n', '\n\n\n', '\u2028', '\r');
const markdownPrefix = fc.constantFrom('', '', '', '# ', '## ', '### ', '- ', '* ', '• ', '> ', '1. ', '#', '---', '| a | b |', '```');

/** Plain text or Markdown of any shape: headline-ish lines, bylines, paragraphs, lists. */
export const articleText: fc.Arbitrary<string> = fc.array(fc.tuple(markdownPrefix, fc.array(sentence, { minLength: 1, maxLength: 4 }), lineBreak), { minLength: 1, maxLength: 12 })
  .map((lines) => lines.map(([prefix, sentences, br]) => prefix + sentences.join(' ') + br).join(''));

/** A readable article: enough ordinary prose that structure finds a body, with hostile pieces inside. */
export const proseArticle: fc.Arbitrary<string> = fc.tuple(
  fc.array(fc.constantFrom(...WORDS.filter((w) => /^\p{Lu}/u.test(w))), { minLength: 3, maxLength: 8 }),
  fc.array(fc.array(fc.tuple(fc.array(fc.oneof({ weight: 6, arbitrary: word }, { weight: 1, arbitrary: piece }), { minLength: 8, maxLength: 20 }), fc.constantFrom('.', '!', '?', '.”', '."', '…')), { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 8 }),
).map(([headline, paragraphs]) => `${headline.join(' ')}\n\n${paragraphs.map((p) => p.map(([ws, end]) => `${ws.join(' ')}${end}`).join(' ')).join('\n\n')}\n`);

// HTML: elements of every kind, attributes that carry hints or script, broken and unclosed markup.
const TAGS = ['p', 'div', 'span', 'a', 'b', 'i', 'em', 'strong', 'h1', 'h2', 'h3', 'article', 'main', 'section', 'header', 'footer', 'nav', 'aside', 'figure', 'figcaption', 'blockquote', 'ul', 'ol', 'li', 'table', 'tr', 'td', 'th', 'pre', 'code', 'time', 'address', 'button', 'form', 'label', 'script', 'style', 'iframe', 'noscript', 'template', 'svg', 'math', 'object', 'textarea', 'select', 'option', 'title', 'head', 'body', 'html', 'font', 'center', 'marquee', 'x-custom', 'dl', 'dt', 'dd'];
const VOID_TAGS = ['br', 'hr', 'img', 'meta', 'link', 'input', 'source', 'wbr'];
const ATTRIBUTES = [
  'class="share-bar"', 'class="related-stories"', 'class="byline author"', 'class="dek"', 'class="ad advert"', 'class="newsletter-signup"', 'class="paywall"',
  'class="caption"', 'id="comments"', 'role="main"', 'role="navigation"', 'itemprop="articleBody"', 'hidden', 'aria-hidden="true"', 'style="display:none"',
  'href="javascript:alert(1)"', 'href="JaVaScRiPt:alert(1)"', 'href="data:text/html,<script>alert(1)</script>"', 'src="x" onerror="alert(1)"', 'onload="alert(1)"',
  'href="https://example.com/a?b=1&amp;c=2"', 'datetime="2024-01-05T10:00:00Z"', 'property="og:title" content="A &quot;title&quot; here"', 'name="author" content="Jane Doe"',
  'class=">"', "title='it\"s <b>'", 'data-x="<p>not a tag</p>"', 'class', '=""', 'lang="ar" dir="rtl"',
];
const BROKEN = ['<div', '</p>', '</div></div></div>', '<!--', '-->', '<!-- comment -->', '<![CDATA[ x ]]>', '<!DOCTYPE html>', '<?xml version="1.0"?>', '<p<p>', '< p>', '</>', '<>', '<a href="', '"', "'", '<script>', '</script>', '<style>', '<td>', '<tr>', '</table>', '<li>', '&', '&amp;', '&lt;script&gt;', '&#x1F600;', '&#0;', '&#xD800;', '&#99999999;', '&bogus;', '&nbsp;&nbsp;', '&#128512;', '&amp;amp;'];
const LD_JSON = fc.constantFrom(
  '{"@type":"NewsArticle","headline":"A headline","author":{"name":"Jane Doe"},"datePublished":"2024-01-05"}',
  '{"@graph":[{"@type":"Article","headline":null,"author":[null]}]}',
  '[1,2,{"@type":"ReportageNewsArticle","publisher":{"name":7}}]',
  '{"@type":"NewsArticle","headline":{"x":1},"author":"</script><script>alert(1)</script>"}',
  'not json at all {',
  'null',
);

const attributes = fc.array(fc.constantFrom(...ATTRIBUTES), { maxLength: 3 }).map((a) => (a.length ? ` ${a.join(' ')}` : ''));

const htmlNode: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 5, arbitrary: sentence.map((s) => s.replace(/</g, '&lt;')) },
    { weight: 2, arbitrary: sentence },
    { weight: 2, arbitrary: fc.constantFrom(...BROKEN) },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...VOID_TAGS), attributes).map(([t, a]) => `<${t}${a}>`) },
    { weight: 1, arbitrary: LD_JSON.map((j) => `<script type="application/ld+json">${j}</script>`) },
    {
      weight: 4,
      arbitrary: fc.tuple(fc.constantFrom(...TAGS), attributes, fc.array(tie('node'), { maxLength: 4 }), fc.boolean()).map(
        ([tag, attrs, children, closed]) => `<${tag}${attrs}>${children.join('')}${closed ? `</${tag}>` : ''}`,
      ),
    },
  ),
})).node;

/** A saved page: sometimes a full document with meta tags, sometimes a fragment, often broken. */
export const htmlPage: fc.Arbitrary<string> = fc.tuple(fc.boolean(), fc.array(htmlNode, { minLength: 1, maxLength: 8 }), fc.option(sentence, { nil: undefined })).map(([full, nodes, title]) =>
  full
    ? `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title ?? ''}</title><meta property="og:site_name" content="${(title ?? 'Site').replace(/"/g, '&quot;')}"></head><body>${nodes.join('\n')}</body></html>`
    : nodes.join(''),
);

/** A readable page: an <article> of paragraphs, with hostile markup around and inside. */
export const prosePage: fc.Arbitrary<string> = fc.tuple(proseArticle, fc.array(htmlNode, { maxLength: 4 })).map(([text, noise]) => {
  const [headline, ...paragraphs] = text.trim().split('\n\n');
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return `<html><head><title>${escape(headline)}</title></head><body>${noise.slice(0, 2).join('')}<article><h1>${escape(headline)}</h1>${paragraphs.map((p) => `<p>${escape(p)}</p>`).join('')}${noise.slice(2).join('')}</article></body></html>`;
});
