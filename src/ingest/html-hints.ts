// What an element's tag, class, id or role says about the text inside it: evidence with a weight,
// not a verdict. Class and id names are split into word parts ("meteredContent" -> metered, content;
// "related-posts_list" -> related, posts, list) and matched as whole parts, or as the start or end of
// a compound part only where the word is distinctive ("sharebar", "topnav"). So "meteredContent" is
// article content, not a paywall, "address" is not an ad, and "canvas" is not navigation.
import type { BlockHint } from '../types.js';

export const CONTAINER_HINTS: Record<string, BlockHint> = {
  nav: 'navigation',
  aside: 'aside',
  footer: 'footer',
  form: 'form',
  figcaption: 'caption',
  time: 'time',
};

interface WordRule {
  hint: BlockHint;
  /** Whole word parts. */
  exact: string[];
  /** Compound parts that start with one of these ("relatedlinks", "commentlist"). */
  prefix?: string[];
  /** Compound parts that end with one of these ("topnav", "sitefooter"). */
  suffix?: string[];
}

// Order matters only when two kinds match the same element: the first listed wins.
const RULES: WordRule[] = [
  { hint: 'cookie', exact: ['cookie', 'cookies', 'consent', 'gdpr'], prefix: ['cookie'] },
  { hint: 'paywall', exact: ['paywall', 'regwall', 'meter', 'piano', 'barrier'], prefix: ['paywall', 'regwall'] },
  { hint: 'comments', exact: ['comment', 'comments', 'disqus', 'respond', 'replies', 'discussion', 'talkback'], prefix: ['comment', 'disqus'], suffix: ['comments'] },
  { hint: 'newsletter', exact: ['newsletter', 'newsletters', 'signup', 'subscribe', 'subscription'], prefix: ['newsletter', 'subscribe'] },
  { hint: 'social', exact: ['share', 'shares', 'sharing', 'social', 'addthis', 'sharethis', 'follow', 'facebook', 'twitter'], prefix: ['share', 'social', 'sharing'], suffix: ['share', 'sharing', 'social'] },
  { hint: 'related', exact: ['related', 'recommended', 'recommendations', 'recirc', 'popular', 'mostread', 'mostpopular', 'trending', 'outbrain', 'taboola', 'morestories', 'readnext', 'teasers', 'promos'], prefix: ['related', 'recommend', 'mostpopular', 'mostread', 'outbrain', 'taboola'], suffix: ['related', 'popular'] },
  { hint: 'advert', exact: ['ad', 'ads', 'adv', 'advert', 'adverts', 'advertisement', 'advertising', 'sponsor', 'sponsored', 'promo', 'dfp', 'banner', 'adsense', 'adslot', 'adunit', 'googleads', 'doubleclick'], prefix: ['advert', 'sponsor', 'banner', 'adslot', 'adunit', 'adsense'], suffix: ['ads', 'advert', 'banner'] },
  { hint: 'navigation', exact: ['nav', 'navbar', 'navigation', 'menu', 'menus', 'breadcrumb', 'breadcrumbs', 'masthead', 'skip', 'pagination', 'pager', 'toolbar', 'tags', 'topics', 'sitemap', 'tabs'], prefix: ['nav', 'menu', 'breadcrumb'], suffix: ['nav', 'menu', 'navigation', 'breadcrumbs'] },
  { hint: 'caption', exact: ['caption', 'credit', 'credits', 'photocredit', 'wp-caption-text'], prefix: ['caption'], suffix: ['caption', 'credit'] },
  { hint: 'byline', exact: ['byline', 'author', 'authors', 'writer', 'contributor', 'bylines'], prefix: ['byline', 'author'], suffix: ['byline', 'author'] },
  { hint: 'dek', exact: ['standfirst', 'dek', 'subhead', 'subheadline', 'subtitle', 'summary', 'excerpt'], prefix: ['standfirst', 'subhead', 'subtitle'] },
  { hint: 'aside', exact: ['sidebar', 'widget', 'widgets', 'rail', 'aside', 'sidebox', 'sidecol', 'gallery', 'slideshow', 'carousel', 'legends'], prefix: ['sidebar', 'widget', 'gallery', 'slideshow', 'carousel'], suffix: ['sidebar', 'widget', 'rail', 'gallery', 'slideshow', 'carousel'] },
  { hint: 'footer', exact: ['footer', 'colophon', 'copyright'], prefix: ['footer'], suffix: ['footer'] },
];

/** Words that say "this is the article" (Readability's positive class words). */
const CONTENT_WORDS = new Set(['article', 'articles', 'body', 'content', 'contents', 'story', 'entry', 'hentry', 'post', 'text', 'main', 'blog', 'permalink', 'articlebody', 'storybody', 'storytext', 'bodytext', 'maincontent', 'postbody', 'entrycontent', 'storycontent', 'articletext', 'articlecontent', 'newsarticle', 'fulltext', 'copy']);

const ROLE_HINTS: Record<string, BlockHint> = {
  navigation: 'navigation',
  banner: 'navigation',
  menu: 'navigation',
  menubar: 'navigation',
  contentinfo: 'footer',
  complementary: 'aside',
  search: 'navigation',
  toolbar: 'navigation',
};

/** "meteredContent related-posts_list" -> metered, content, related, posts, list. */
export function wordParts(label: string): string[] {
  return label
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0 && !/^\d+$/.test(w));
}

function matchRule(part: string, rule: WordRule): boolean {
  if (rule.exact.includes(part)) return true;
  if (rule.prefix?.some((w) => part.length > w.length && part.startsWith(w))) return true;
  return rule.suffix?.some((w) => part.length > w.length + 2 && part.endsWith(w)) ?? false;
}

const FUNCTION_WORDS = new Set(['a', 'an', 'the', 'of', 'with', 'and', 'to', 'for', 'in', 'on', 'into', 'from', 'by', 'at', 'is', 'are', 'how', 'why', 'what', 'when']);

/**
 * An id made from a section's heading ("sharing-with-a-single-developer", as documentation and wiki
 * generators write anchors): five or more words, one of them a function word, reads as a phrase, and
 * says what the section is about, not what widget holds it. Its words are not furniture evidence.
 */
export function isHeadingSlug(id: string): boolean {
  const parts = id.toLowerCase().split(/[-_.]+/).filter(Boolean);
  return parts.length >= 5 && parts.every((p) => /^[a-z0-9]+$/.test(p)) && parts.some((p) => FUNCTION_WORDS.has(p));
}

export interface AttributeEvidence {
  /** The kind of page furniture the names point to, if any. */
  hint?: BlockHint;
  /** The word part that gave the hint, for the `why` of a removed block. */
  word?: string;
  /** Readability-style class weight: +25 for article words, -25 for furniture words. */
  weight: number;
}

const cache = new WeakMap<object, AttributeEvidence>();

/** Evidence from one element's role, class, id and itemprop. */
export function attributeEvidence(attributes: Record<string, string>): AttributeEvidence {
  const cached = cache.get(attributes);
  if (cached) return cached;
  const result = computeEvidence(attributes);
  cache.set(attributes, result);
  return result;
}

/** schema.org markup naming an element as the article's body (itemprop articleBody, or text). */
export function marksArticleBody(attributes: Record<string, string>): boolean {
  const itemprop = attributes.itemprop?.toLowerCase();
  return itemprop === 'articlebody' || itemprop === 'text';
}

function computeEvidence(attributes: Record<string, string>): AttributeEvidence {
  const role = attributes.role?.toLowerCase();
  const itemprop = attributes.itemprop?.toLowerCase() ?? '';
  // schema.org markup naming the article body and a class name saying "article" are two pieces of
  // evidence: they add up (a live ticker named "live-item-content" must not outscore the element
  // marked itemprop=articleBody with class "article-body"). The markup is never furniture.
  if (marksArticleBody(attributes)) return { weight: 25 + (wordParts(`${attributes.class ?? ''} ${attributes.id ?? ''}`).some((p) => CONTENT_WORDS.has(p)) ? 25 : 0) };
  if (role && ROLE_HINTS[role]) return { hint: ROLE_HINTS[role], word: `role=${role}`, weight: -25 };
  if (itemprop === 'author' || attributes.rel === 'author') return { hint: 'byline', word: itemprop ? 'itemprop=author' : 'rel=author', weight: 0 };
  const id = attributes.id && !isHeadingSlug(attributes.id) ? attributes.id : '';
  const label = `${attributes.class ?? ''} ${id} ${attributes['data-component'] ?? ''}`;
  if (label.trim() === '') return { weight: 0 };
  const parts = wordParts(label);
  let weight = 0;
  if (parts.some((p) => CONTENT_WORDS.has(p))) weight += 25;
  for (const rule of RULES) {
    const part = parts.find((p) => matchRule(p, rule));
    if (part) {
      // Byline, dek and caption names mark parts of the article, not furniture: no penalty when scoring.
      const furniture = rule.hint !== 'byline' && rule.hint !== 'dek' && rule.hint !== 'caption';
      return { hint: rule.hint, word: part, weight: weight - (furniture ? 25 : 0) };
    }
  }
  return { weight };
}

/** Words a heading uses to open a comment section ("Comments (12)", "Leave a reply", "Have your say"). */
export const COMMENTS_HEADING = /^(\d+\s+)?(reader\s+|readers'?\s+|user\s+|your\s+)?(comments?|responses|replies|reactions)(\s*\(\d+\))?(\s+(are\s+)?(now\s+)?closed.*)?:?$|^(leave|post|add|write|submit)\s+(a|your)\s+(comment|reply|response)|^have your say$|^join the (conversation|discussion)$|^discuss this (story|article)$|^comments? (are|is) (now )?closed|^comments? on this (story|article|entry|post)/i;

/** True when an element name or id says "comments" as a whole word part ("comments", "commentSection"). */
export function namesComments(label: string): boolean {
  return wordParts(label).some((p) => p === 'comment' || p === 'comments' || p.startsWith('comment') || p === 'disqus' || p === 'respond');
}
