// Page metadata from every source the page offers: JSON-LD, <meta> tags, <time>, <title>, the
// canonical URL. Each field takes the first source that has it, in the order publishers fill them
// most carefully (structured data first, visible markup last); dates prefer an ISO form.
import type { AnyNode, Element } from 'domhandler';
import type { PageMeta } from '../types.js';
import { collapseWhitespace } from '../text.js';

const collapse = collapseWhitespace;

interface LinkedData {
  headline?: string;
  authors: string[];
  published?: string;
  publisher?: string;
}

type Json = Record<string, unknown>;

function names(value: unknown): string[] {
  if (typeof value === 'string') return value.trim() ? [collapse(value)] : [];
  if (Array.isArray(value)) return value.flatMap(names);
  if (value && typeof value === 'object') {
    const name = (value as Json).name;
    return typeof name === 'string' && name.trim() ? [collapse(name)] : [];
  }
  return [];
}

const ARTICLE_TYPE = /Article|Posting|Report|Story/;

/** Every JSON-LD node, looking into arrays, @graph and mainEntity, without recursion limits being hit. */
function linkedNodes(data: unknown): Json[] {
  const out: Json[] = [];
  const stack: unknown[] = [data];
  while (stack.length > 0 && out.length < 500) {
    const item = stack.pop();
    if (Array.isArray(item)) {
      for (let i = item.length - 1; i >= 0; i -= 1) stack.push(item[i]);
      continue;
    }
    if (!item || typeof item !== 'object') continue;
    const node = item as Json;
    out.push(node);
    if (node['@graph']) stack.push(node['@graph']);
    if (node.mainEntity && typeof node.mainEntity === 'object') stack.push(node.mainEntity);
  }
  return out;
}

/** The elements metadata comes from, found in one iterative walk (css selectors are slow on deep trees). */
export interface MetaElements {
  metas: Element[];
  titles: Element[];
  linkedData: Element[];
  times: Element[];
  datePublished: Element[];
  canonical: Element[];
  scripts: Element[];
}

export function collectMetaElements(root: AnyNode): MetaElements {
  const found: MetaElements = { metas: [], titles: [], linkedData: [], times: [], datePublished: [], canonical: [], scripts: [] };
  const stack: AnyNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'tag' || node.type === 'script' || node.type === 'style') {
      const el = node as Element;
      const tag = el.tagName.toLowerCase();
      if (tag === 'meta') found.metas.push(el);
      else if (tag === 'title') found.titles.push(el);
      else if (tag === 'time' && el.attribs.datetime !== undefined) found.times.push(el);
      else if (tag === 'link' && /\bcanonical\b/i.test(el.attribs.rel ?? '')) found.canonical.push(el);
      else if (tag === 'script' || tag === 'style') {
        found.scripts.push(el);
        if (tag === 'script' && (el.attribs.type ?? '').toLowerCase() === 'application/ld+json') found.linkedData.push(el);
      }
      if (el.attribs.itemprop === 'datePublished') found.datePublished.push(el);
    }
    const children = (node as { children?: AnyNode[] }).children;
    if (children) for (let i = children.length - 1; i >= 0; i -= 1) stack.push(children[i]);
  }
  return found;
}

/** The text of an element, read without recursion. */
export function elementText(el: AnyNode): string {
  const parts: string[] = [];
  const stack: AnyNode[] = [el];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'text') parts.push((node as unknown as { data: string }).data);
    const children = (node as { children?: AnyNode[] }).children;
    if (children) for (let i = children.length - 1; i >= 0; i -= 1) stack.push(children[i]);
  }
  return parts.join('');
}

function readLinkedData(scripts: Element[]): LinkedData {
  const found: LinkedData = { authors: [] };
  for (const element of scripts) {
    let data: unknown;
    try {
      data = JSON.parse(elementText(element).replace(/^\s*(<!--|(\/\/\s*)?<!\[CDATA\[)|(\/\/\s*)?(\]\]>|-->)\s*$/g, ''));
    } catch {
      continue;
    }
    for (const node of linkedNodes(data)) {
      const type = ([] as unknown[]).concat(node['@type'] ?? '').map(String).join(' ');
      if (!ARTICLE_TYPE.test(type)) continue;
      if (typeof node.headline === 'string' && node.headline.trim()) found.headline ??= collapse(node.headline);
      const published = node.datePublished ?? node.dateCreated;
      if (typeof published === 'string' && published.trim()) found.published ??= published.trim();
      if (found.authors.length === 0) found.authors = names(node.author).filter((n) => !/^https?:/i.test(n));
      found.publisher ??= names(node.publisher)[0];
    }
  }
  return found;
}

/** Every <meta> value by its lower-cased name, property or itemprop, read in one pass over the page. */
function metaTable(metas: Element[]): Map<string, string[]> {
  const table = new Map<string, string[]>();
  for (const el of metas) {
    const value = collapse(el.attribs.content ?? '');
    if (!value) continue;
    for (const key of [el.attribs.name, el.attribs.property, el.attribs.itemprop]) {
      if (!key) continue;
      const k = key.toLowerCase();
      const list = table.get(k);
      if (list) list.push(value);
      else table.set(k, [value]);
    }
  }
  return table;
}

function metaValues(table: Map<string, string[]>, keys: string[]): string[] {
  return keys.flatMap((key) => table.get(key) ?? []);
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}/;
const URL_LIKE = /^(https?:|www\.)|\/\//i;

/** The first ISO date among the candidates, else the first candidate. */
function pickDate(candidates: (string | undefined | null)[]): string | null {
  const present = candidates.filter((c): c is string => typeof c === 'string' && c.trim() !== '').map((c) => c.trim());
  return present.find((c) => ISO_DATE.test(c)) ?? present[0] ?? null;
}

function hostOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const host = new URL(url).hostname.replace(/^www\d?\./, '');
    return host || null;
  } catch {
    return null;
  }
}

/** Reads the page metadata from the elements collected before scripts are set aside. */
export function readPageMeta(found: MetaElements): PageMeta {
  const linked = readLinkedData(found.linkedData);
  const table = metaTable(found.metas);
  const title = found.titles.length > 0 ? collapse(elementText(found.titles[0])) || null : null;
  const ogTitle = metaValues(table, ['og:title', 'twitter:title'])[0] ?? null;
  const siteName = metaValues(table, ['og:site_name', 'application-name'])[0] ?? linked.publisher ?? null;
  const metaAuthor = metaValues(table, ['author', 'article:author', 'byl', 'parsely-author', 'sailthru.author', 'dc.creator', 'dcterms.creator']).find((a) => !URL_LIKE.test(a) && a.toLowerCase() !== siteName?.toLowerCase());
  const author = linked.authors.length > 0 ? linked.authors.join(', ') : metaAuthor ?? null;
  const pubTime = found.times.find((t) => 'pubdate' in t.attribs || /publish|posted|created/i.test(`${t.attribs.class ?? ''} ${t.attribs.itemprop ?? ''}`));
  const published = pickDate([
    linked.published,
    ...metaValues(table, ['article:published_time', 'og:published_time', 'datepublished', 'publishdate', 'publish-date', 'pubdate', 'parsely-pub-date', 'sailthru.date', 'dc.date.issued', 'dc.date', 'dcterms.created', 'date']),
    found.datePublished[0]?.attribs.datetime,
    pubTime?.attribs.datetime,
    found.times[0]?.attribs.datetime,
  ]);
  const canonical = found.canonical[0]?.attribs.href ?? metaValues(table, ['og:url'])[0];
  return {
    title,
    ogTitle: ogTitle ?? linked.headline ?? null,
    siteName,
    author,
    published,
    description: metaValues(table, ['description', 'og:description'])[0] ?? null,
    host: hostOf(canonical),
  };
}
