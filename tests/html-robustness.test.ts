// Pages that break naive HTML code: deep nesting, entity floods, huge pages, broken markup, pages
// whose article hides behind a misleading class name. Each page is built here, by hand.
import { describe, expect, it } from 'vitest';
import { htmlToDocument, closeOpenTitle } from '../src/ingest/html-blocks.js';
import { wordParts, attributeEvidence } from '../src/ingest/html-hints.js';
import { parseDocument } from '../src/nlp/parse-document.js';
import { structureArticle } from '../src/structure/index.js';

const PARAGRAPHS = [
  'The regional water board voted on Monday to cap summer withdrawals from the river, a decision that farmers, towns and fishing crews had argued over for most of a year.',
  'Under the plan, each district must cut its use by a tenth in dry months, and the board will publish weekly figures so that residents can see who is keeping to the limit.',
  'Board members said the cap was a compromise, and that a stricter rule proposed in the spring would have forced several small farms to leave fields unplanted.',
  'A coalition of anglers welcomed the vote but said the board should have acted sooner, pointing to two summers in which the river ran too warm for young salmon.',
];
const article = (html: string) => structureArticle(parseDocument(htmlToDocument('page.html', html)));

describe('HTML robustness', () => {
  it('10,000 nested <div>s do not overflow the stack', () => {
    const html = `<html><body>${'<div>'.repeat(10000)}<p>${PARAGRAPHS[0]}</p>${'</div>'.repeat(10000)}</body></html>`;
    const doc = htmlToDocument('deep.html', html);
    expect(doc.blocks.map((b) => b.text)).toContain(PARAGRAPHS[0]);
  });

  it('an entity flood is decoded in linear time', () => {
    const html = `<html><body><p>${'&amp;&lt;&#x41;&eacute;'.repeat(50000)}</p><p>${PARAGRAPHS[1]}</p></body></html>`;
    const start = performance.now();
    const doc = htmlToDocument('entities.html', html);
    expect(performance.now() - start).toBeLessThan(3000);
    expect(doc.blocks.some((b) => b.text.startsWith('&<Aé&<Aé'))).toBe(true);
  });

  it('a huge page with thousands of links and paragraphs stays fast', () => {
    const menu = Array.from({ length: 5000 }, (_, i) => `<li><a href="/s/${i}">Section ${i}</a></li>`).join('');
    const body = Array.from({ length: 2000 }, (_, i) => `<p>${PARAGRAPHS[i % 4]}</p>`).join('');
    const html = `<html><body><ul class="menu">${menu}</ul><article>${body}</article></body></html>`;
    const start = performance.now();
    const doc = htmlToDocument('huge.html', html);
    expect(performance.now() - start).toBeLessThan(5000);
    expect(doc.blocks.filter((b) => b.hint === 'paragraph')).toHaveLength(2000);
    expect(doc.blocks.filter((b) => b.hint === 'navigation').length).toBeGreaterThanOrEqual(5000);
  });

  it('broken markup (unclosed tags, stray closers, mis-nesting) keeps the article text', () => {
    const html = `<html><head><title>Water cap</title><body><table><tr><td><b><h3>River cap approved</b></h3>
      <p>${PARAGRAPHS[0]}<p>${PARAGRAPHS[1]}</td></div></span><p>${PARAGRAPHS[2]}`;
    const a = article(html);
    for (const p of PARAGRAPHS.slice(0, 3)) expect(a.body).toContain(p);
  });

  it('an unclosed <title> ends at its line instead of swallowing the page', () => {
    expect(closeOpenTitle('<html><head><title>River cap\nfunction x() {}</head>')).toBe('<html><head><title>River cap</title>\nfunction x() {}</head>');
    const a = article(`<html><head><title>River cap approved\n<script>var a = 1;</script></head><body><h1>River cap approved</h1>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</body></html>`);
    expect(a.headline).toBe('River cap approved');
    expect(a.body).toContain(PARAGRAPHS[3]);
  });

  it('a page with no <body> tag at all still has its article', () => {
    const a = article(`<title>River cap</title><h1>River cap approved</h1>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}`);
    expect(a.body.split('\n\n')).toHaveLength(4);
  });

  it('a page with only a title is not refused', () => {
    const doc = htmlToDocument('bare.html', '<html><head><title>River cap approved</title></head><body></body></html>');
    expect(doc.blocks.map((b) => b.text)).toEqual(['River cap approved']);
  });
});

describe('class and id names are evidence, matched on word parts', () => {
  it('splits names into word parts', () => {
    expect(wordParts('meteredContent related-posts_list')).toEqual(['metered', 'content', 'related', 'posts', 'list']);
  });

  it('meteredContent is article content, not a paywall; address is not an ad; canvas is not navigation', () => {
    expect(attributeEvidence({ class: 'meteredContent' })).toEqual({ weight: 25 });
    expect(attributeEvidence({ class: 'address-block' }).hint).toBeUndefined();
    expect(attributeEvidence({ id: 'canvas-wrap' }).hint).toBeUndefined();
    expect(attributeEvidence({ class: 'paywall-overlay' }).hint).toBe('paywall');
    expect(attributeEvidence({ class: 'sharebar' }).hint).toBe('social');
    expect(attributeEvidence({ class: 'topnav' }).hint).toBe('navigation');
    expect(attributeEvidence({ class: 'ad-slot' }).hint).toBe('advert');
  });

  it('a metering class on the article container does not remove the article', () => {
    const html = `<html><body><div class="meteredContent paywall-gate"><h1>River cap approved</h1>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</div></body></html>`;
    const a = article(html);
    expect(a.body.split('\n\n')).toHaveLength(4);
  });

  it('a "related" or "nav" class on a wrapper high above the article does not take the article', () => {
    const html = `<html><body><div class="nav-wrapper related-area"><div><div class="story"><h1>River cap approved</h1>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</div>
      <ul class="related-links"><li><a href="/a">Dam report due next week</a></li><li><a href="/b">Anglers plan a protest</a></li><li><a href="/c">Farm prices rise</a></li></ul></div></div></body></html>`;
    const a = article(html);
    expect(a.body.split('\n\n')).toHaveLength(4);
    expect(a.body).not.toContain('Dam report');
    const removed = a.blocks.filter((b) => b.role === 'boilerplate');
    expect(removed.map((b) => b.reason)).toContain('related');
    for (const b of removed) expect(b.why.length).toBeGreaterThan(5);
  });

  it('comments after the article are removed with a reason', () => {
    const comments = ['I think the board waited far too long, and the farms downstream will pay for it this summer.', 'Good decision. The river needs a break after two hot years, and everyone should share the cut.'];
    const html = `<html><body><div class="main"><h1>River cap approved</h1>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}
      <h3>Comments (2)</h3>${comments.map((c) => `<p>${c}</p><p>Posted by a reader</p>`).join('')}</div></body></html>`;
    const a = article(html);
    expect(a.body).not.toContain(comments[0]);
    expect(a.blocks.find((b) => b.text === comments[1])?.reason).toBe('comments');
  });

  it('a run of short linked lines inside the article is a list of links', () => {
    const html = `<html><body><article><h1>River cap approved</h1><p>${PARAGRAPHS[0]}</p><p><a href="/1">Dam report due</a></p><p><a href="/2">Anglers plan protest</a></p><p><a href="/3">Farm prices rise</a></p><p>${PARAGRAPHS[1]}</p><p>${PARAGRAPHS[2]}</p></article></body></html>`;
    const a = article(html);
    expect(a.body).not.toContain('Anglers plan protest');
    expect(a.blocks.find((b) => b.text === 'Anglers plan protest')?.why).toMatch(/run of 3 short linked lines/);
  });
});
