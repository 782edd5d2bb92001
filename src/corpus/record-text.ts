// The article text once per cache record. An analysis repeats its article's text: each block's text,
// the body (its body blocks joined), and the text of every finding (a slice of the article text at
// the finding's offsets). Stored as they are, these were about a fifth of a record (18 KB of 90 KB
// on the scale corpus's articles), serialised, compressed, written and read back for every article.
// `compactRecord` replaces each repeat that can be rebuilt exactly with 0 (keeping the key in its
// place, so the rebuilt object has the same key order and serialises to the same JSON);
// `expandRecord` rebuilds them. A repeat that does not equal what would be rebuilt is kept as it is,
// so the round trip gives back the very same analysis whatever it holds. Pure.
import type { ArticleAnalysis } from '../analyze/index.js';
import { collapseWhitespace } from '../text.js';

/** What stands for a text that is rebuilt from the article text. */
const REBUILT = 0;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

interface Spanned {
  text: unknown;
  start: unknown;
  end: unknown;
}

const isSpanned = (v: Record<string, unknown>): v is Record<string, unknown> & Spanned => 'text' in v && Number.isInteger(v.start) && Number.isInteger(v.end);

/** The body as structure builds it from the blocks (src/structure/index.ts). */
const bodyOf = (blocks: readonly { text: string; role: string }[]): string => blocks.filter((b) => b.role === 'body').map((b) => collapseWhitespace(b.text)).join('\n\n');

/** A copy of `value` where every object with the text at its own offsets has that text replaced by 0. */
function compactSpans(value: unknown, text: string): unknown {
  if (Array.isArray(value)) return value.map((v) => compactSpans(v, text));
  if (!isObject(value)) return value;
  let copy: Record<string, unknown> | null = null;
  for (const key in value) {
    const v = value[key];
    if (typeof v !== 'object' || v === null) continue;
    const compacted = compactSpans(v, text);
    if (compacted !== v) (copy ??= { ...value })[key] = compacted;
  }
  if (isSpanned(value) && typeof value.text === 'string' && text.slice(value.start as number, value.end as number) === value.text) (copy ??= { ...value }).text = REBUILT;
  return copy ?? value;
}

/** Rebuilds, in place, every text `compactSpans` replaced. */
function expandSpans(value: unknown, text: string): void {
  if (Array.isArray(value)) {
    for (const v of value) expandSpans(v, text);
    return;
  }
  if (!isObject(value)) return;
  for (const key in value) {
    const v = value[key];
    if (typeof v === 'object' && v !== null) expandSpans(v, text);
  }
  if (value.text === REBUILT && isSpanned(value)) value.text = text.slice(value.start as number, value.end as number);
}

/** The analysis as the cache stores it: the article text once. */
export function compactRecord(analysis: ArticleAnalysis): unknown {
  const { article } = analysis;
  const text = article.text;
  const blocks = article.blocks.map((b) => (text.slice(b.start, b.end) === b.text ? { ...b, text: REBUILT } : b));
  // Keys in the analysis's own order.
  const compacted: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(analysis)) compacted[key] = key === 'article' ? { ...article, body: article.body === bodyOf(article.blocks) ? REBUILT : article.body, blocks } : compactSpans(value, text);
  return compacted;
}

/**
 * The analysis back from what `compactRecord` stored, rebuilt in place (the caller then checks its
 * shape: anything that was not a compacted analysis fails that check, never this function).
 */
export function expandRecord(stored: unknown): unknown {
  if (!isObject(stored) || !isObject(stored.article) || typeof stored.article.text !== 'string' || !Array.isArray(stored.article.blocks)) return stored;
  const article = stored.article;
  const text = article.text as string;
  for (const b of article.blocks as unknown[]) if (isObject(b) && b.text === REBUILT && isSpanned(b)) b.text = text.slice(b.start as number, b.end as number);
  if (article.body === REBUILT && (article.blocks as unknown[]).every((b) => isObject(b) && typeof b.text === 'string' && typeof b.role === 'string')) article.body = bodyOf(article.blocks as { text: string; role: string }[]);
  for (const key in stored) if (key !== 'article') expandSpans(stored[key], text);
  return stored;
}
