// What an element's tag, class, id or role says about the text inside it. Data, kept apart from the walk.
import type { BlockHint } from '../types.js';

export const CONTAINER_HINTS: Record<string, BlockHint> = {
  nav: 'navigation',
  aside: 'aside',
  footer: 'footer',
  form: 'form',
  figcaption: 'caption',
  time: 'time',
};

// Order matters: the first rule whose pattern matches the class/id/role wins.
const ATTRIBUTE_RULES: [RegExp, BlockHint][] = [
  [/cookie|consent|gdpr/, 'cookie'],
  [/paywall|meter|piano|regwall|premium-wall|subscribe-wall|barrier/, 'paywall'],
  [/newsletter|signup|sign-up|subscribe/, 'newsletter'],
  [/share|social|sharing|sharebar|share-bar|follow-us/, 'social'],
  [/related|recommend|most-read|mostread|most-popular|more-stories|read-more|read-next|trending|outbrain|taboola|popular/, 'related'],
  [/comment|disqus|respond/, 'comments'],
  [/(^|[\s_-])(ad|ads|advert|advertisement|sponsor|sponsored|promo|dfp|banner)($|[\s_-])/, 'advert'],
  [/breadcrumb|menu|navbar|nav-|site-nav|masthead|skip-link|pagination|tags|topics/, 'navigation'],
  [/caption|credit|photo-credit|wp-caption-text/, 'caption'],
  [/byline|author|writer|contributor/, 'byline'],
  [/standfirst|dek|subhead|sub-headline|subtitle|summary|excerpt|lede-summary/, 'dek'],
  [/sidebar|widget|rail/, 'aside'],
  [/site-footer|footer|colophon|copyright/, 'footer'],
];

const ROLE_HINTS: Record<string, BlockHint> = {
  navigation: 'navigation',
  banner: 'navigation',
  contentinfo: 'footer',
  complementary: 'aside',
  search: 'navigation',
};

export function hintFromAttributes(attributes: Record<string, string>): BlockHint | undefined {
  const role = attributes.role?.toLowerCase();
  if (role && ROLE_HINTS[role]) return ROLE_HINTS[role];
  const label = `${attributes.class ?? ''} ${attributes.id ?? ''} ${attributes['data-component'] ?? ''}`.toLowerCase();
  if (label.trim() === '') return undefined;
  for (const [pattern, hint] of ATTRIBUTE_RULES) if (pattern.test(label)) return hint;
  return undefined;
}
