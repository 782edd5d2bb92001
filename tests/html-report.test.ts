// The HTML view of a story (issue 20), without a browser: the mark layer on hand-made spans, the page
// built from articles full of markup, the counts of marks against the records, the charts' bytes.
// tests/browser.test.ts loads the real pages in Chromium.
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS_DIR } from './helpers/seeds.js';
import { renderMarked } from '../src/report/html/marks.js';
import type { Span } from '../src/report/html/marks.js';
import { blocksToHtml, inline } from '../src/report/html/from-markdown.js';
import { storyHtml } from '../src/report/html/story-page.js';
import { indexHtml } from '../src/report/html/index-page.js';
import { PAGE_CSS } from '../src/report/html/style.js';
import { storyCharts, loadedCount } from '../src/report/charts/story-charts.js';
import { barChartSvg } from '../src/report/charts/bars.js';
import { storyFiles, isStoryReportFile, storyFileNames } from '../src/report/outputs.js';
import { toDocument } from '../src/ingest/read-file.js';
import { analyzeDocuments } from '../src/pipeline.js';
import { compareStory } from '../src/compare/index.js';
import { summarize } from '../src/compare/summary.js';
import { articleRecord } from '../src/report/json.js';

const span = (start: number, end: number, kind: string, n = 0, label = ''): Span => ({ start, end, kind, n, label, title: kind });
/** The marked HTML with each mark shown as [kind:text] so the expectations read as nesting. */
const shape = (html: string) => html.replace(/<mark class="k-([a-z-]+)"[^>]*>/g, '[$1:').replace(/<\/mark>/g, ']').replace(/<sup class="ml">([^<]*)<\/sup>/g, '^$1');

describe('the mark layer', () => {
  it('nests a span inside another', () => {
    // "the illegal aliens said": a quotation over "illegal aliens said", a term over "illegal aliens".
    expect(shape(renderMarked('the illegal aliens said', 0, [span(12, 18, 'term'), span(4, 23, 'quote')], (k) => (k === 'quote' ? 0 : 1)))).toBe('the [quote:illegal [term:aliens] said]');
  });
  it('splits two crossing spans so the markup stays nested, with the label after the real end only', () => {
    // a: 0-6 "abcdef", b: 3-9 "defghi".
    expect(shape(renderMarked('abcdefghij', 0, [span(0, 6, 'a', 0, 'A'), span(3, 9, 'b', 0, 'B')]))).toBe('[a:abc[b:def]^A][b:ghi^B]j');
  });
  it('orders spans over the same words by kind rank, and keeps offsets relative to the block start', () => {
    expect(shape(renderMarked('xy', 10, [span(10, 12, 'inner'), span(10, 12, 'outer')], (k) => (k === 'outer' ? 0 : 1)))).toBe('[outer:[inner:xy]]');
    // A span that runs past the block is cut at its end, without its label (it ends in a later block).
    expect(shape(renderMarked('abc', 10, [span(11, 20, 'q', 0, 'Q')]))).toBe('a[q:bc]');
  });
  it('makes the piece where each finding begins a tab stop, and only that piece (round 7: the keyboard reaches every mark once)', () => {
    // a: 0-6 and b: 3-9 cross: b is drawn in two pieces, and only its first (at 3) is a tab stop.
    const stops = (html: string) => html.replace(/<mark class="k-([a-z-]+)"[^>]*>/g, (tag, k: string) => `[${k}${tag.includes(' tabindex="0"') ? '*' : ''}:`).replace(/<\/mark>/g, ']').replace(/<sup class="ml">([^<]*)<\/sup>/g, '^$1');
    expect(stops(renderMarked('abcdefghij', 0, [span(0, 6, 'a', 0, 'A'), span(3, 9, 'b', 0, 'B')]))).toBe('[a*:abc[b*:def]^A][b:ghi^B]j');
    // A finding that began in an earlier block is no stop here; one that begins in this block is.
    expect(stops(renderMarked('abc', 10, [span(5, 12, 'q', 0, 'Q')]))).toBe('[q:ab^Q]c');
    expect(stops(renderMarked('abc', 10, [span(11, 20, 'q', 0, 'Q')]))).toBe('a[q*:bc]');
    // A quotation in two pieces (one finding, n 0) is one stop, at its first piece.
    expect(stops(renderMarked('“ab,” he said, “cd.”', 0, [span(1, 3, 'quote', 0), span(16, 19, 'quote', 0, 'Q')]))).toBe('“[quote*:ab],” he said, “[quote:cd.^Q]”');
  });
  it('says in words which way a learned phrase points, center included (round 7)', async () => {
    const { SPAN_SOURCES } = await import('../src/report/html/spans.js');
    const phrase = (lean: number, partisan: number) => ({ kind: 'phrase', text: 'x', start: 0, end: 1, where: 'body', phrase: 'x', lean, partisan });
    const a = { quotes: [], terms: [], loadedWords: [], reportVerbs: [], tones: [], biasSentences: [], figures: [], phrases: [phrase(0, -0.86), phrase(0.4, 0.5)] } as unknown as Parameters<(typeof SPAN_SOURCES)[number]>[0];
    const titles = SPAN_SOURCES.flatMap((src) => src(a).flat()).filter((x) => x.kind === 'phrase').map((x) => x.title);
    expect(titles).toEqual([
      'learned phrase · “x” · leans neither side (log-odds +0.00 per use) · more typical of center outlets than of partisan ones (log-odds -0.86)',
      'learned phrase · “x” · leans right (log-odds +0.40 per use) · more typical of partisan outlets than of center ones (log-odds +0.50)',
    ]);
  });
  it('escapes the text and the hover text', () => {
    const html = renderMarked('<b>"x"</b>', 0, [{ start: 3, end: 6, kind: 'k', n: 0, label: '<i>', title: '"><script>' }]);
    expect(html).toBe('&lt;b&gt;<mark class="k-k" data-k="k" data-n="0" tabindex="0" title="&quot;&gt;&lt;script&gt;">&quot;x&quot;<sup class="ml">&lt;i&gt;</sup></mark>&lt;/b&gt;');
  });
});

describe('Markdown of the reports to HTML', () => {
  it('reads escapes, entities, strong, emphasis and code spans, and links citations and reports only', () => {
    expect(inline('**\\[x\\]** &lt;b&gt; *it* `a\\|b` [003] [t](s.md) [u](javascript:alert(1))', { citation: (id) => (id === '003' ? '#a2' : null) }))
      .toBe('<strong>[x]</strong> &lt;b&gt; <em>it</em> <code>a|b</code> <a class="cite" href="#a2">[003]</a> <a href="s.html">t</a> [u](javascript:alert(1))');
  });
  it('turns tables and lists into elements, splitting cells only at pipes that are not escaped', () => {
    const html = blocksToHtml('| a | b |\n| --- | --- |\n| **x** | c \\| d |\n\n- one\n- two');
    expect(html).toBe('<div class="table"><table><thead><tr><th>a</th><th>b</th></tr></thead><tbody><tr><th scope="row" data-label="a">x</th><td data-label="b">c | d</td></tr></tbody></table></div>\n<ul><li>one</li><li>two</li></ul>');
  });
  // Round 6: on a phone a table's rows stack, each cell under its column's name (data-label).
  it('gives every body cell the plain text of its column header, for the stacked rows of a narrow screen', () => {
    const html = blocksToHtml('| article | quoted words, left / right |\n| --- | --- |\n| [000] | 0 / 62 |', { citation: (id) => (id === '000' ? '#a1' : null) });
    expect(html).toContain('<td data-label="article"><a class="cite" href="#a1">[000]</a></td><td data-label="quoted words, left / right">0 / 62</td>');
  });
  // Round 6: a quoted sentence links to where it stands in the article it was cited from.
  it('links a quoted sentence of six words or more through `quote`, with the line\'s first citation as its subject', () => {
    const seen: [string, string | null][] = [];
    const quote = (text: string, subject: string | null) => {
      seen.push([text, subject]);
      return text.startsWith('The council voted') ? `#a2-c${subject === '003' ? 10 : 99}` : null;
    };
    const citation = (id: string) => (['000', '003'].includes(id) ? `#a${id === '000' ? 1 : 2}` : null);
    const html = blocksToHtml('- [003] writes (the others: [000]): “The council voted seven to two on \\(Tuesday\\)…” and “illegal aliens”.\n\n**[000]** tone:\n\n- negative: “The council voted seven to two on Tuesday night.”', { citation, quote });
    expect(html).toContain('<a class="cited" href="#a2-c10">“The council voted seven to two on (Tuesday)…”</a> and “illegal aliens”.');
    expect(html).toContain('negative: <a class="cited" href="#a2-c99">“The council voted seven to two on Tuesday night.”</a>');
    // "illegal aliens" is two words: a term, not a sentence, and is not looked up.
    expect(seen).toEqual([['The council voted seven to two on (Tuesday)…', '003'], ['The council voted seven to two on Tuesday night.', '000']]);
  });
  it('without `quote`, quotation marks are text as before', () => {
    expect(inline('[003] “The council voted seven to two on Tuesday night.”', { citation: () => '#a1' })).toBe('<a class="cite" href="#a1">[003]</a> “The council voted seven to two on Tuesday night.”');
  });
});

describe('anchors in the marked text', () => {
  it('puts an empty anchor at an offset, outside a mark that opens there', () => {
    expect(renderMarked('ab cd', 10, [span(13, 15, 'bias')], () => 0, new Map([[13, 'a1-c13']]))).toBe('ab <span class="at" id="a1-c13"></span><mark class="k-bias" data-k="bias" data-n="0" tabindex="0" title="bias">cd</mark>');
    expect(renderMarked('ab cd', 10, [], () => 0, new Map([[13, 'a1-c13'], [40, 'elsewhere']]))).toBe('ab <span class="at" id="a1-c13"></span>cd');
  });
});

// Articles that try every way in: markup, a script, an event handler, a javascript: link, a style break.
const BAD = ['<script>alert(1)</script>', '<img src=x onerror=alert(2)>', '[click](javascript:alert(3))', '</style><style>body{display:none}</style>', '"><svg onload=alert(4)>', '&lt;i&gt;'];
const article = (k: number) => [
  `Storm ${BAD[k % BAD.length]} Hits Coast`,
  ...BAD.map((bad, i) => `Officials said on Tuesday that ${(i + 1) * 1000} people ${bad} were “illegal aliens ${bad}” in the storm. “The ${bad} storm was a disaster,” said Mayor Ann ${bad} Lee. The storm slammed the coast, cutting power to 40,000 homes.`),
  `Subscribe | ${BAD[k % BAD.length]} | Sign up for our newsletter`,
].join('\n\n');

function hostileStory() {
  const names = ['corpus/001_0123456789abcdef.txt', 'corpus/002_0123456789abcdee.txt', 'corpus/<img src=x onerror=alert(5)>.txt'];
  const analyses = analyzeDocuments(names.map((n, i) => toDocument(n, article(i), 'text')));
  return compareStory({ slug: 'storm', keywords: ['storm', '<script>'] }, analyses);
}

/** Everything in a page that could run, load or link somewhere, as a list of problems. */
function activeContent(html: string): string[] {
  const { document } = new JSDOM(html).window;
  const problems: string[] = [];
  for (const el of document.querySelectorAll('*')) {
    const tag = el.tagName.toLowerCase();
    if (['script', 'iframe', 'object', 'embed', 'img', 'link', 'base', 'form', 'image', 'use', 'foreignobject'].includes(tag)) problems.push(`<${tag}>`);
    for (const attr of el.getAttributeNames()) {
      if (/^on/i.test(attr)) problems.push(`${tag}[${attr}]`);
      if (/^(href|src|xlink:href|action)$/i.test(attr) && !/^(#[a-z0-9-]+|[a-z0-9-]+\.(html|md|svg))$/.test(el.getAttribute(attr)!)) problems.push(`${tag}[${attr}=${el.getAttribute(attr)}]`);
    }
  }
  const styles = [...document.querySelectorAll('style')].map((s) => s.textContent);
  if (styles.length !== 1 || styles[0] !== PAGE_CSS) problems.push('a style element other than framelens\' own');
  const meta = document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content');
  if (meta !== "default-src 'none'; style-src 'unsafe-inline'") problems.push(`policy: ${meta}`);
  return problems;
}

describe('the story page', () => {
  const story = hostileStory();
  const html = storyHtml(story);
  const { document } = new JSDOM(html).window;

  it('the hostile articles really reach the marks (else the checks below prove nothing)', () => {
    for (const a of story.articles) expect(a.quotes.length + a.terms.length + a.figures.length).toBeGreaterThan(10);
    expect(document.body.textContent).toContain('<script>alert(1)</script>');
    expect(document.body.textContent).toContain('<img src=x onerror=alert(2)>');
    expect(document.body.textContent).toContain('</style><style>body{display:none}</style>');
  });

  it('holds no script, no event handler, no outside link or load, and only its own style', () => {
    expect(activeContent(html)).toEqual([]);
  });

  it('marks every finding of the records once, pieces of one finding sharing a number', () => {
    for (const [i, a] of story.articles.entries()) {
      const r = articleRecord(a);
      const col = document.getElementById(`a${i + 1}`)!;
      const count = (kind: string) => new Set([...col.querySelectorAll(`mark[data-k="${kind}"]`)].map((m) => m.getAttribute('data-n'))).size;
      expect(count('quote')).toBe(r.quotes.filter((q) => q.kind === 'speech').length);
      expect(count('quote-term')).toBe(r.quotes.filter((q) => q.kind === 'term').length);
      expect(count('term-own')).toBe(r.terms.filter((t) => t.voice === 'own').length);
      expect(count('term-quoted')).toBe(r.terms.filter((t) => t.voice === 'quoted').length);
      expect(count('loaded-own')).toBe(r.loadedWords.filter((t) => t.voice === 'own').length);
      expect(count('loaded-quoted')).toBe(r.loadedWords.filter((t) => t.voice === 'quoted').length);
      expect(count('verb-own') + count('verb-quoted')).toBe(r.reportVerbs.length);
      expect(count('phrase')).toBe(r.partisanPhrases.length);
      expect(count('figure')).toBe(r.figures.length);
      expect(r.terms.length + r.reportVerbs.length).toBeGreaterThan(0);
    }
  });

  it('marks cover exactly the words of their records', () => {
    const a = story.articles[0];
    const col = document.getElementById('a1')!;
    const text = (kind: string, n: number) => [...col.querySelectorAll(`mark[data-k="${kind}"][data-n="${n}"]`)].map((m) => {
      const copy = m.cloneNode(true) as Element;
      for (const sup of copy.querySelectorAll('sup')) sup.remove();
      return copy.textContent;
    }).join('');
    a.terms.filter((t) => t.voice === 'quoted').forEach((t, n) => expect(text('term-quoted', n)).toBe(t.text));
    a.figures.forEach((f, n) => expect(text('figure', n)).toBe(f.text));
  });

  it('folds the blocks set aside into <details> with their reasons', () => {
    const details = document.querySelectorAll('#a1 details.removed');
    expect(details.length).toBeGreaterThan(0);
    expect([...details].map((d) => d.textContent).join(' ')).toMatch(/subscribe|newsletter/);
  });

  it('is the same bytes every time', () => {
    expect(storyHtml(hostileStory())).toBe(html);
  });

  it('the index page links to the story pages and is as inert', () => {
    const index = indexHtml([{ title: 'storm, <script>', file: 'storm.md', articles: story.articles.map(summarize) }]);
    expect(activeContent(index)).toEqual([]);
    expect(new JSDOM(index).window.document.querySelector('a[href="storm.html"]')?.textContent).toBe('storm, <script>');
  });
});

describe('charts and report files', () => {
  const story = hostileStory();
  it('draws the charts from the records, with the hostile speaker names as text', () => {
    const charts = storyCharts(story);
    expect(charts.map((c) => c.file)).toEqual(['storm-loaded.svg', 'storm-speakers.svg', 'storm-sides.svg', 'storm-frames.svg']);
    for (const c of charts) {
      const svg = new JSDOM(c.svg, { contentType: 'image/svg+xml' }).window.document;
      expect(svg.querySelector('parsererror')).toBeNull();
      expect(svg.querySelectorAll('script, foreignObject').length).toBe(0);
      expect(svg.documentElement.getAttribute('width')).toBe('760');
    }
    // The third article's file name is markup: it reaches the legend as text.
    expect(charts[1].svg).toContain('[&lt;img src=x onerror=alert(5)&gt;]');
  });
  it('counts a word two layers flag once', () => {
    // Own voice: a term over 0-10 and a published-list word over 5-12 are one word; a report verb at 20-27 another.
    const f = (start: number, end: number, voice: 'own' | 'quoted') => ({ start, end, voice });
    const a = { terms: [f(0, 10, 'own'), f(30, 35, 'quoted')], loadedWords: [f(5, 12, 'own')], reportVerbs: [f(20, 27, 'own')] } as unknown as Parameters<typeof loadedCount>[0];
    expect(loadedCount(a, 'own')).toBe(2);
    expect(loadedCount(a, 'quoted')).toBe(1);
  });
  it('writes values and axis from the data, the same bytes every time', () => {
    const chart = { id: 'x', title: 'T', axis: 'per 1,000 words', series: [{ name: 'own', short: 'own' }, { name: 'quoted', short: 'quoted' }], rows: [{ label: '[001] A', values: [12.5, 0] }], format: (v: number) => v.toFixed(1) };
    const svg = barChartSvg(chart);
    expect(svg).toBe(barChartSvg(chart));
    // 12.5 -> a step of 2.5 (about five ticks) and an axis up to 12.5.
    expect(svg).toContain('>own 12.5</text>');
    expect(svg).toContain('>quoted 0.0</text>');
    expect([...svg.matchAll(/text-anchor="middle" fill="#333">([\d.]+)</g)].map((m) => m[1])).toEqual(['0.0', '2.5', '5.0', '7.5', '10.0', '12.5']);
  });
  it('a story writes its Markdown, page and charts under the names a later run recognises as its own', () => {
    const files = storyFiles(story);
    expect(files.map((f) => f.name)).toEqual(storyFileNames('storm'));
    for (const f of files) expect(isStoryReportFile(f.name, f.text.slice(0, 256))).toBe(true);
    expect(isStoryReportFile('notes.html', '<!DOCTYPE html>\n<html>')).toBe(false);
    expect(isStoryReportFile('logo.svg', '<svg xmlns="http://www.w3.org/2000/svg">')).toBe(false);
    expect(files[0].text).toContain('![Chart: loaded words per 1,000 words in each article, own voice and quoted](storm-loaded.svg)');
  });
});

// Round 6: the framing evidence's quoted sentences jump to the sentence in its article's column.
describe("the seeds' story page: quoted sentences link to the cited sentence", () => {
  const files = readdirSync(CORPUS_DIR).filter((f) => f.endsWith('.txt')).sort();
  const analyses = analyzeDocuments(files.map((f) => toDocument(`corpus/${f}`, readFileSync(join(CORPUS_DIR, f), 'utf8'), 'text')));
  const { document } = new JSDOM(storyHtml(compareStory({ slug: 'seeds', keywords: ['ice'] }, analyses))).window;
  const links = [...document.querySelectorAll('a.cited')];
  it('the framing contrast and the tone lists link their sentences (the seeds have both)', () => {
    expect(document.querySelectorAll('#contrast a.cited').length).toBeGreaterThanOrEqual(4);
    expect(document.querySelectorAll('#heard a.cited').length).toBeGreaterThanOrEqual(4);
  });
  it('each link lands on an anchor inside an article column, just before the words it quotes', () => {
    for (const link of links) {
      const id = link.getAttribute('href')!.slice(1);
      const target = document.getElementById(id);
      expect(target?.closest('article.col')).toBeTruthy();
      // The text from the anchor to the end of its paragraph starts with the quoted words (no marks' letters).
      const range = document.createRange();
      range.setStartAfter(target!);
      range.setEndAfter(target!.closest('p, h3, h4')!.lastChild!);
      const holder = document.createElement('div');
      holder.append(range.cloneContents());
      for (const sup of holder.querySelectorAll('sup.ml')) sup.remove();
      // A quotation inside a citation is written with single marks (escape.ts `cite`): marks compare as one.
      const marks = (s: string) => s.replace(/[“”‘’]/g, "'");
      const after = marks(holder.textContent!.replace(/\s+/g, ' '));
      const quoted = marks(link.textContent!.replace(/^“|”$/g, '').replace(/…$/, '').replace(/\s+/g, ' '));
      expect(after.startsWith(quoted)).toBe(true);
    }
  });
  // Round 8: the cards write the relative lean as the Markdown does, with its sign ("+1.49", not "1.49").
  it('writes the relative lean on each card with its sign, as the framing contrast does', () => {
    const cards = [...document.querySelectorAll('.card')].map((c) => c.textContent!.replace(/\s+/g, ' '));
    const leans = cards.map((t) => /relative lean ([-+]?\d+\.\d\d)\)/.exec(t)?.[1]);
    expect(leans.every((x) => x !== undefined && (x.startsWith('+') || x.startsWith('-') || x === '0.00'))).toBe(true);
    expect(leans.some((x) => x!.startsWith('+'))).toBe(true);
  });
  // Round 8: a flagged sentence that opens with a quotation was cited as "““Organizational …" and not linked.
  it('a cited sentence that opens with a quotation reads “‘…’, never ““, and still links to its place', () => {
    const sections = [...document.querySelectorAll('#contrast, #heard')].map((e) => e.textContent).join(' ');
    expect(sections).not.toContain('““');
    expect(links.filter((l) => l.textContent!.startsWith('“‘')).length).toBeGreaterThan(0);
  });
});
