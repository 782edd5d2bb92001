// Page metadata from every source the page offers: JSON-LD, <meta> tags, <time>, <title>, the
// canonical URL. Each field takes the first source that has it, in the order publishers fill them
// most carefully (structured data first, visible markup last); dates prefer an ISO form.
import type { CheerioAPI } from 'cheerio';
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

function readLinkedData($: CheerioAPI): LinkedData {
  const found: LinkedData = { authors: [] };
  $('script[type="application/ld+json"]').each((_, element) => {
    let data: unknown;
    try {
      data = JSON.parse($(element).text().replace(/^\s*<!--|-->\s*$/g, ''));
    } catch {
      return;
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
  });
  return found;
}

/** Every <meta> value by its lower-cased name, property or itemprop, read in one pass over the page. */
function metaTable($: CheerioAPI): Map<string, string[]> {
  const table = new Map<string, string[]>();
  for (const el of $('meta').toArray()) {
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

/** Reads the page metadata. Call before scripts are removed from the tree. */
export function readPageMeta($: CheerioAPI): PageMeta {
  const linked = readLinkedData($);
  const table = metaTable($);
  const title = collapse($('title').first().text()) || null;
  const ogTitle = metaValues(table, ['og:title', 'twitter:title'])[0] ?? null;
  const siteName = metaValues(table, ['og:site_name', 'application-name'])[0] ?? linked.publisher ?? null;
  const metaAuthor = metaValues(table, ['author', 'article:author', 'byl', 'parsely-author', 'sailthru.author', 'dc.creator', 'dcterms.creator']).find((a) => !URL_LIKE.test(a) && a.toLowerCase() !== siteName?.toLowerCase());
  const author = linked.authors.length > 0 ? linked.authors.join(', ') : metaAuthor ?? null;
  const times = $('time[datetime]').toArray();
  const pubTime = times.find((t) => 'pubdate' in t.attribs || /publish|posted|created/i.test(`${t.attribs.class ?? ''} ${t.attribs.itemprop ?? ''}`));
  const published = pickDate([
    linked.published,
    ...metaValues(table, ['article:published_time', 'og:published_time', 'datepublished', 'publishdate', 'publish-date', 'pubdate', 'parsely-pub-date', 'sailthru.date', 'dc.date.issued', 'dc.date', 'dcterms.created', 'date']),
    $('[itemprop="datePublished"]').first().attr('datetime'),
    pubTime?.attribs.datetime,
    times[0]?.attribs.datetime,
  ]);
  const canonical = $('link[rel="canonical"]').first().attr('href') ?? metaValues(table, ['og:url'])[0];
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
