// Which block of a page is its headline. The page says it in several places: the <title> (often with
// " | Site" or "Site - Section - " around it), og:title and JSON-LD, the heading tags, class names
// such as "headline" or "title", and the place just above the article's first paragraph. Each is
// evidence with a weight; the block with the most wins. Returns the block index, or -1 when no block
// has enough (the structure stage then falls back to the metadata title).
import type { Element } from 'domhandler';
import type { BlockHint, PageMeta } from '../types.js';
import type { Segment } from './html-segments.js';
import type { SegmentFeatures } from './html-content.js';
import { wordParts } from './html-hints.js';

const tokens = (s: string): string[] => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
const TITLE_SEPARATOR = /\s+[|–—:-]\s+|\s+::\s+|\s*[|»«]\s*/;
const HEADLINE_WORDS = new Set(['headline', 'headlines', 'title', 'heading', 'head', 'hed', 'storytitle', 'articletitle', 'posttitle', 'entrytitle', 'storyheadline', 'articleheadline', 'newstitle', 'pagetitle', 'titletext', 'headertitle']);
const DATE_LIKE = /^(\w+day,?\s+)?(\w+\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+\w+,?\s+\d{4}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4})\b/i;

/** The title and og:title, whole and split at their separators into parts. */
function titleKeys(meta: PageMeta): { whole: string[]; parts: string[] } {
  const sources = [meta.ogTitle, meta.title].filter((t): t is string => !!t);
  const whole = sources.map((t) => tokens(t).join(' ')).filter((t) => t !== '');
  const parts = sources.flatMap((t) => t.split(TITLE_SEPARATOR)).map((p) => tokens(p).join(' ')).filter((p) => p.split(' ').length >= 2);
  return { whole, parts };
}

function titleScore(key: string, titles: { whole: string[]; parts: string[] }): number {
  const n = key.split(' ').length;
  if (titles.whole.includes(key)) return 6;
  if (n >= 3 && titles.parts.includes(key)) return 6;
  let best = 0;
  for (const t of [...titles.whole, ...titles.parts]) {
    if (n >= 3 && ` ${t} `.includes(` ${key} `)) best = Math.max(best, 2 + 3 * (n / t.split(' ').length));
    else if (t.split(' ').length >= 4 && ` ${key} `.includes(` ${t} `)) best = Math.max(best, 4);
  }
  return best;
}

const partsCache = new WeakMap<object, string[]>();
function cachedParts(attribs: Record<string, string>): string[] {
  let parts = partsCache.get(attribs);
  if (!parts) {
    parts = wordParts(`${attribs.class ?? ''} ${attribs.id ?? ''} ${attribs.itemprop ?? ''}`);
    partsCache.set(attribs, parts);
  }
  return parts;
}

/** "headline", "storytitle", "articleheader"; not "subtitle" or "subheadline" (those are deks). */
function namesHeadline(part: string): boolean {
  if (HEADLINE_WORDS.has(part)) return true;
  if (part.startsWith('sub')) return false;
  return /(headline|title)/.test(part) || /^(story|article|post|entry|news)(header|head|hed)$/.test(part);
}

/** Class and id words that name a headline, on the block's element or up to three wrappers above it. */
function namedHeadline(segment: Segment): boolean {
  let node: Element | null = segment.anchor;
  for (let i = 0; node && i < 4; i += 1) {
    const label = `${node.attribs?.class ?? ''} ${node.attribs?.id ?? ''} ${node.attribs?.itemprop ?? ''}`;
    if (label.trim() !== '' && cachedParts(node.attribs).some(namesHeadline)) return true;
    node = node.parent && node.parent.type === 'tag' ? (node.parent as Element) : null;
  }
  return false;
}

const TAG_WEIGHT: Record<string, number> = { h1: 4, h2: 3, h3: 2, h4: 1 };

const FURNITURE: ReadonlySet<BlockHint> = new Set(['navigation', 'related', 'social', 'newsletter', 'comments', 'advert', 'cookie', 'paywall', 'footer', 'aside', 'form']);

/** A byline or a date line: what usually follows a headline. */
const BYLINE_OR_DATE = /^(by|posted by|written by|from)\s+\S|^(published|updated|posted|last updated)\b/i;

export function chooseHeadline(segments: Segment[], features: SegmentFeatures[], inRegion: boolean[], hints: (BlockHint | undefined)[], meta: PageMeta): number {
  const titles = titleKeys(meta);
  const firstBody = inRegion.findIndex((r, i) => r && features[i].words >= 12 && features[i].linkDensity < 0.3 && features[i].sentences >= 1);
  const regionStart = firstBody === -1 ? segments.length : firstBody;
  let best = -1;
  let bestScore = 0;
  for (let i = 0; i < segments.length; i += 1) {
    const f = features[i];
    if (f.words < 2 || f.words > 30) continue;
    const text = segments[i].text.trim();
    if (/^by\s/i.test(text) || DATE_LIKE.test(text)) continue;
    const key = tokens(text).join(' ');
    if (key === '') continue;
    let score = titleScore(key, titles);
    score += TAG_WEIGHT[f.kind] ?? 0;
    if (namedHeadline(segments[i])) score += 3;
    const anchorTag = segments[i].anchor.tagName?.toLowerCase();
    if (anchorTag === 'b' || anchorTag === 'strong' || anchorTag === 'font') score += 1;
    // Shaped like a headline: a few words, not links, no closing period or colon, starting with a capital.
    const shaped = f.words >= 3 && f.words <= 20 && f.linkDensity < 0.3 && !/[.:;,]$/.test(text) && /^["'‘“]?\p{Lu}/u.test(text);
    if (shaped) score += 1;
    const distance = regionStart - i;
    // Shape alone counts only right above the first paragraph, and not for a "Label: value" line.
    if (score === 0 || (score === 1 && shaped && (distance < 0 || distance > 3 || text.includes(':')))) continue;
    // The headline sits just above the article's first paragraph, or at its very top.
    if (distance >= 0) score += distance <= 3 ? 4 : distance <= 8 ? 2 : distance <= 20 ? 1 : 0;
    else score -= distance >= -1 ? 0 : 3;
    // Followed by a byline or a date within three lines.
    for (let k = i + 1; k <= i + 3 && k < segments.length; k += 1) {
      const next = segments[k].text.trim();
      if (BYLINE_OR_DATE.test(next) || (DATE_LIKE.test(next) && features[k].words <= 10)) {
        score += 2;
        break;
      }
    }
    if (f.linkDensity > 0.5) score -= 2;
    const hint = hints[i];
    if (hint && FURNITURE.has(hint)) score -= 3;
    if (f.sentences > 1 || (f.words > 15 && /\.$/.test(text))) score -= 3;
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  }
  return bestScore >= 5 ? best : -1;
}
