// Saved HTML page to blocks. cheerio only parses: nothing the page refers to is fetched or run.
// Blocks keep a hint from their element and its containers (nav, share bar, related list...);
// the structure stage turns hints into roles. The document text is the blocks joined by blank lines.
import { createRequire } from 'node:module';
import type * as CheerioModule from 'cheerio';
import type { CheerioAPI, Cheerio } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import type { BlockHint, PageMeta, RawBlock, SourceDocument } from '../types.js';
import { CONTAINER_HINTS, hintFromAttributes } from './html-hints.js';
import { collapseWhitespace } from '../text.js';

// cheerio is loaded on the first page, not on import: it brings an HTTP client (undici) that framelens
// never uses, and a run of plain-text articles should not pay a quarter of a second for it.
let cheerioModule: typeof CheerioModule | undefined;
const cheerio = (): typeof CheerioModule => (cheerioModule ??= createRequire(import.meta.url)('cheerio') as typeof CheerioModule);

const DROP = 'script, style, noscript, template, svg, iframe, object, embed, canvas, head, link, meta, amp-ad, amp-analytics, amp-pixel, input, select, textarea';
const BLOCK_TAGS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'figcaption', 'blockquote', 'pre', 'dt', 'dd', 'td', 'th', 'caption', 'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'nav', 'ul', 'ol', 'dl', 'figure', 'form', 'table', 'tr', 'tbody', 'address', 'button', 'label', 'time', 'span', 'a']);
const LEAF_TAGS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'figcaption', 'blockquote', 'pre', 'dt', 'dd', 'td', 'th', 'caption', 'address']);
const STRUCTURAL = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'figcaption', 'blockquote', 'pre', 'dt', 'dd', 'td', 'th', 'caption', 'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'nav', 'ul', 'ol', 'dl', 'figure', 'form', 'table', 'tr', 'tbody', 'address']);

const collapse = collapseWhitespace;

function metaContent($: CheerioAPI, selector: string): string | null {
  const value = $(selector).first().attr('content');
  return value && collapse(value) !== '' ? collapse(value) : null;
}

interface LinkedData {
  headline?: string;
  author?: string;
  published?: string;
  publisher?: string;
}

function readLinkedData($: CheerioAPI): LinkedData {
  const found: LinkedData = {};
  $('script[type="application/ld+json"]').each((_, element) => {
    let data: unknown;
    try {
      data = JSON.parse($(element).text());
    } catch {
      return;
    }
    const items = Array.isArray(data) ? data : [data];
    for (const item of items) {
      if (!item || typeof item !== 'object') continue;
      const record = item as Record<string, unknown>;
      const graph = Array.isArray(record['@graph']) ? (record['@graph'] as Record<string, unknown>[]) : [record];
      for (const node of graph) {
        const type = String(node['@type'] ?? '');
        if (!/Article|Posting|Report/.test(type)) continue;
        if (typeof node.headline === 'string') found.headline ??= collapse(node.headline);
        if (typeof node.datePublished === 'string') found.published ??= node.datePublished;
        const author = Array.isArray(node.author) ? node.author[0] : node.author;
        if (author && typeof author === 'object' && typeof (author as Record<string, unknown>).name === 'string') found.author ??= collapse(String((author as Record<string, unknown>).name));
        else if (typeof author === 'string') found.author ??= collapse(author);
        const publisher = node.publisher as Record<string, unknown> | undefined;
        if (publisher && typeof publisher.name === 'string') found.publisher ??= collapse(publisher.name);
      }
    }
  });
  return found;
}

function readMeta($: CheerioAPI, linked: LinkedData): PageMeta {
  const title = collapse($('title').first().text()) || null;
  const time = $('time[datetime]').first().attr('datetime') ?? null;
  return {
    title,
    ogTitle: metaContent($, 'meta[property="og:title"], meta[name="og:title"], meta[name="twitter:title"]') ?? linked.headline ?? null,
    siteName: metaContent($, 'meta[property="og:site_name"], meta[name="application-name"]') ?? linked.publisher ?? null,
    author: metaContent($, 'meta[name="author"], meta[property="article:author"], meta[name="byl"], meta[name="parsely-author"]') ?? linked.author ?? null,
    published: metaContent($, 'meta[property="article:published_time"], meta[name="pubdate"], meta[name="date"]') ?? linked.published ?? time,
    description: metaContent($, 'meta[name="description"], meta[property="og:description"]'),
  };
}

function paragraphWeight($: CheerioAPI, element: Element): number {
  let weight = 0;
  $(element).children('p').each((_, p) => {
    weight += collapse($(p).text()).length;
  });
  return weight;
}

/** The element that holds the article: <article>, articleBody, <main>, or the densest cluster of <p>. */
function findContentRoot($: CheerioAPI): Element | null {
  const candidates = $('[itemprop="articleBody"], article, main, [role="main"]').toArray();
  let best: Element | null = null;
  let bestWeight = 0;
  const consider = (element: Element, weight: number) => {
    if (weight > bestWeight) {
      best = element;
      bestWeight = weight;
    }
  };
  for (const element of candidates) consider(element, collapse($(element).find('p').text()).length);
  if (best) return best;
  $('body *').each((_, element) => {
    if (element.type === 'tag') consider(element, paragraphWeight($, element));
  });
  if (!best) return null;
  // The densest <p> cluster's parent may hold the headline and byline too: widen once if it adds paragraphs.
  return best;
}

function hasStructuralChild(element: Element): boolean {
  return element.children.some((child) => child.type === 'tag' && STRUCTURAL.has((child as Element).tagName.toLowerCase()) && child.children.length > 0);
}

function contextHint($: CheerioAPI, element: Element, root: Element | null): BlockHint | undefined {
  let node: AnyNode | null = element;
  let insideRoot = root === null;
  let hint: BlockHint | undefined;
  while (node && node.type === 'tag') {
    const el = node as Element;
    if (el === root) insideRoot = true;
    const tag = el.tagName.toLowerCase();
    const fromTag = CONTAINER_HINTS[tag];
    const fromAttributes = hintFromAttributes(el.attribs);
    hint ??= fromAttributes ?? (el !== root ? fromTag : undefined);
    node = el.parent;
  }
  if (hint) return hint;
  return insideRoot ? undefined : 'outside-article';
}

function ownHint(tag: string): BlockHint {
  if (tag === 'h1') return 'h1';
  if (/^h[2-6]$/.test(tag)) return 'heading';
  if (tag === 'li') return 'list-item';
  if (tag === 'figcaption' || tag === 'caption') return 'caption';
  return 'paragraph';
}

export function htmlToDocument(file: string, html: string): SourceDocument {
  const $ = cheerio().load(html);
  const linked = readLinkedData($);
  const meta = readMeta($, linked);
  $(DROP).remove();
  $('[hidden], [aria-hidden="true"], [style*="display:none"], [style*="display: none"]').remove();
  const root = findContentRoot($);

  const pieces: { text: string; hint: BlockHint }[] = [];
  const visit = (element: Element) => {
    const tag = element.tagName.toLowerCase();
    const leaf = LEAF_TAGS.has(tag) || !hasStructuralChild(element);
    if (leaf && BLOCK_TAGS.has(tag)) {
      const text = collapse($(element).text());
      if (text === '') return;
      const context = contextHint($, element, root);
      const own = ownHint(tag);
      // A caption keeps its own role inside any container; a headline keeps it unless the container
      // is page furniture (a "summary card" or byline box around an h1 does not make it a dek).
      const h1Wins = own === 'h1' && (context === undefined || context === 'outside-article' || context === 'dek' || context === 'byline' || context === 'time');
      const hint = own === 'caption' || h1Wins ? own : context ?? own;
      pieces.push({ text, hint });
      return;
    }
    for (const child of element.children) {
      if (child.type === 'tag') visit(child as Element);
      else if (child.type === 'text') {
        const text = collapse((child as unknown as { data: string }).data);
        if (text.length > 0 && STRUCTURAL.has(tag)) pieces.push({ text, hint: contextHint($, element, root) ?? 'paragraph' });
      }
    }
  };
  const body = $('body').get(0) ?? $.root().children().get(0);
  if (body && body.type === 'tag') visit(body as Element);

  const blocks: RawBlock[] = [];
  let text = '';
  for (const piece of pieces) {
    if (text !== '') text += '\n\n';
    blocks.push({ text: piece.text, start: text.length, end: text.length + piece.text.length, hint: piece.hint });
    text += piece.text;
  }
  return { file, format: 'html', text, blocks, meta };
}

export type { Cheerio };
