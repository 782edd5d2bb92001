// Which text of a page is the article. Evidence is weighed the way Readability, boilerpipe and
// trafilatura weigh it: paragraphs with length, sentences and commas vote for the containers above
// them; link text and furniture class names count against; the best container and its qualifying
// siblings are the content region. Class hints are then read only between a block and the region,
// so a "related" or "paywall" wrapper high above the article cannot take the article with it. Each
// block is finally decided with its neighbours: a run of short linked lines is a list of links, and
// a comments heading after the article's opening paragraphs starts the readers' section. When no
// container wins, the densest run of paragraphs is the article, so a page with prose never comes
// out empty.
import type { Element } from 'domhandler';
import type { BlockHint } from '../types.js';
import type { ElementStats, Linearized, Segment } from './html-segments.js';
import { scriptWords } from '../text.js';
import { attributeEvidence, COMMENTS_HEADING, CONTAINER_HINTS, marksArticleBody, namesComments } from './html-hints.js';

export interface SegmentFeatures {
  chars: number;
  words: number;
  linkDensity: number;
  commas: number;
  sentences: number;
  /** The tag that gives the segment its own kind: h1..h6, li, figcaption, caption, or p. */
  kind: string;
  /** Characters of scripts written without spaces (Han, kana): each carries about a word's weight. */
  cjk: number;
}

// Sentences in Chinese and Japanese end in full-width marks with no space after; Arabic and Hindi have their own marks.
const SENTENCE_END = /[.!?](["”’)\]]*)(\s|$)|[。！？]|[؟।](\s|$)/g;
/** Characters weighed as Latin text: a Han or kana character holds about as much as three letters. */
const weightedChars = (f: SegmentFeatures) => f.chars + 2 * f.cjk;

export interface ContentDecision {
  /** Segment indexes inside the chosen content region. */
  inRegion: boolean[];
  hints: (BlockHint | undefined)[];
  evidence: (string | undefined)[];
  /** How the region was found, for the record. */
  method: string;
}

const MAX_CLIMB = 30;
const parentElement = (el: Element): Element | null => (el.parent && el.parent.type === 'tag' ? (el.parent as Element) : null);
const KIND_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'figcaption', 'caption', 'dt', 'dd', 'blockquote', 'pre', 'td', 'th']);

export function segmentFeatures(segment: Segment): SegmentFeatures {
  const text = segment.text;
  let kind = 'p';
  // The nearest heading, list item, caption or cell within a few levels (<figcaption><p>...</p>).
  let node: Element | null = segment.anchor;
  for (let i = 0; node && i < 5; i += 1, node = parentElement(node)) {
    const tag = node.tagName.toLowerCase();
    if (KIND_TAGS.has(tag)) {
      kind = tag;
      break;
    }
  }
  const { words, cjk } = scriptWords(text);
  return {
    chars: text.length,
    words,
    linkDensity: text.length ? segment.linkChars / text.length : 0,
    commas: (text.match(/[,，、،]/g) ?? []).length,
    sentences: (text.match(SENTENCE_END) ?? []).length,
    kind,
    cjk,
  };
}

/** A paragraph of running text: long enough, mostly not links, not a heading or a list item of links. */
function isProse(f: SegmentFeatures): boolean {
  return weightedChars(f) >= 80 && f.words >= 12 && f.linkDensity < 0.35 && f.sentences >= 1 && !/^h[1-6]$/.test(f.kind);
}

const tagOf = (el: Element) => el.tagName.toLowerCase();

function tagBonus(tag: string): number {
  if (tag === 'div' || tag === 'article' || tag === 'main' || tag === 'section') return 5;
  if (tag === 'pre' || tag === 'td' || tag === 'blockquote') return 3;
  if (tag === 'address' || tag === 'ol' || tag === 'ul' || tag === 'dl' || tag === 'dd' || tag === 'dt' || tag === 'li' || tag === 'form') return -3;
  if (/^h[1-6]$/.test(tag) || tag === 'th') return -5;
  return 0;
}


const NO_VOTE: ReadonlySet<BlockHint> = new Set(['caption', 'related', 'comments', 'aside', 'advert', 'navigation', 'social', 'footer', 'newsletter', 'cookie', 'form']);

/**
 * Where the page's prose is: long, sentence-like, lightly linked segments, weighed by script. A box
 * named as furniture ("nav-wrapper", role=navigation, <aside>) that holds most of this text is the
 * article whatever its name says: the text wins over the name. Comments and related boxes keep their
 * name (a long comment thread can outweigh a short article).
 */
interface PageProse {
  total: number;
  holdsMost(el: Element, hint: BlockHint | undefined): boolean;
}

const NAME_CAN_LOSE: ReadonlySet<BlockHint> = new Set(['navigation', 'social', 'aside', 'footer', 'advert', 'newsletter', 'form', 'cookie', 'paywall']);
/** Below this much prose (weighted characters) a page has no article for the text to win with. */
const MIN_PAGE_PROSE = 600;

function pageProse(lin: Linearized, features: SegmentFeatures[]): PageProse {
  // Paragraphs only: long list items are as often a digest of other stories (teasers) as an article.
  const prose = features.map((f) => (isProse(f) && f.kind === 'p' ? weightedChars(f) : 0));
  const total = prose.reduce((a, b) => a + b, 0);
  const cache = new Map<Element, boolean>();
  return {
    total,
    holdsMost(el, hint) {
      if (total < MIN_PAGE_PROSE || (hint !== undefined && !NAME_CAN_LOSE.has(hint))) return false;
      const known = cache.get(el);
      if (known !== undefined) return known;
      const s = lin.stats.get(el);
      let inside = 0;
      if (s) for (let i = s.first; i < s.end && i < prose.length; i += 1) inside += prose[i];
      const result = inside >= total * 0.5 && textLinkDensity(s) < 0.3;
      cache.set(el, result);
      return result;
    },
  };
}

function nearFurniture(segment: Segment, page: PageProse): boolean {
  let node: Element | null = segment.anchor;
  for (let i = 0; node && i < 6; i += 1, node = parentElement(node)) {
    const evidence = attributeEvidence(node.attribs);
    const tagHint = CONTAINER_HINTS[tagOf(node)];
    if ((evidence.hint || tagHint) && page.holdsMost(node, evidence.hint ?? tagHint)) continue;
    if (evidence.hint && NO_VOTE.has(evidence.hint) && evidence.weight < 0 + (evidence.hint === 'caption' ? 1 : 0)) return true;
    const tag = tagOf(node);
    if (tag === 'aside' || tag === 'nav' || tag === 'footer' || tag === 'figcaption') return true;
  }
  return false;
}

/** Readability's candidate scoring, on the segments: each paragraph votes for up to five ancestors. */
function scoreCandidates(lin: Linearized, features: SegmentFeatures[], page: PageProse): Map<Element, number> {
  const scores = new Map<Element, number>();
  lin.segments.forEach((segment, i) => {
    const f = features[i];
    if (weightedChars(f) < 25 || /^h[1-6]$/.test(f.kind) || f.kind === 'figcaption' || f.kind === 'caption' || f.linkDensity > 0.5) return;
    // Text inside a nearby box named as furniture (a gallery widget, a related list, comments) does not
    // vote: Readability drops such "unlikely candidates" before scoring. Only a close wrapper counts, so
    // a furniture name high above the article cannot silence it.
    if (nearFurniture(segment, page)) return;
    const score = (1 + f.commas + Math.min(Math.floor(weightedChars(f) / 100), 3)) * (1 - f.linkDensity);
    // Loose text in a mixed container is a paragraph of that container; a <p> votes for its parent.
    let node: Element | null = segment.loose ? segment.owner : parentElement(segment.owner);
    for (let level = 0; node && level < 5; level += 1, node = parentElement(node)) {
      const tag = tagOf(node);
      if (tag === 'body' || tag === 'html') break;
      if (!scores.has(node)) scores.set(node, tagBonus(tag) + attributeEvidence(node.attribs).weight);
      const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      scores.set(node, scores.get(node)! + score / divider);
    }
  });
  for (const [el, score] of scores) {
    const s = lin.stats.get(el);
    const density = s && s.chars > 0 ? s.linkChars / s.chars : 0;
    scores.set(el, score * (1 - density));
  }
  return scores;
}

function textLinkDensity(stats: ElementStats | undefined): number {
  return stats && stats.chars > 0 ? stats.linkChars / stats.chars : 0;
}

/** How many close runners-up must share an ancestor for it to replace the best candidate (Readability's figure). */
const CLOSE_RUNNERS_UP = 3;

/**
 * Readability's two widenings of the best candidate. An article split into sections of its own (the
 * steps of a how-to, the parts of a long feature) gives each section's container a score close to the
 * best one: when three of the next four candidates score within 75% of it and share an ancestor, that
 * ancestor is the article. And a parent that outscores its child (its other children's paragraphs
 * voted for it too) holds more of the article; the climb stops where the parent's score falls under a
 * third of the best.
 */
function widenTop(top: Element, topScore: number, scores: Map<Element, number>): Element {
  const ranked = [...scores].sort((a, b) => b[1] - a[1]).slice(1, 5);
  const close = ranked.filter(([, score]) => score >= topScore * 0.75).map(([el]) => el);
  if (close.length >= CLOSE_RUNNERS_UP && !marksArticle(top)) {
    for (let node = parentElement(top); node && tagOf(node) !== 'body' && tagOf(node) !== 'html'; node = parentElement(node)) {
      if (close.filter((el) => isAncestor(node!, el)).length >= CLOSE_RUNNERS_UP) {
        top = node;
        break;
      }
      // The page's own markup says where the article ends: sections are looked for inside it only.
      if (marksArticle(node)) break;
    }
  }
  let last = scores.get(top) ?? topScore;
  const floor = last / 3;
  for (let node = parentElement(top); node && tagOf(node) !== 'body' && tagOf(node) !== 'html'; node = parentElement(node)) {
    const score = scores.get(node);
    if (score === undefined) continue;
    if (score < floor) break;
    if (score > last) return node;
    last = score;
  }
  return top;
}

/** An <article> element, or one marked as the article's body in schema.org markup. */
function marksArticle(el: Element): boolean {
  return tagOf(el) === 'article' || marksArticleBody(el.attribs);
}

function isAncestor(ancestor: Element, el: Element): boolean {
  for (let node = parentElement(el); node; node = parentElement(node)) if (node === ancestor) return true;
  return false;
}

/** The best candidate, widened to its parent when it is an only child, plus qualifying siblings. */
function chooseRegion(lin: Linearized, features: SegmentFeatures[], scores: Map<Element, number>): Element[] {
  let top: Element | null = null;
  let topScore = -Infinity;
  for (const [el, score] of scores) {
    if (score > topScore) {
      top = el;
      topScore = score;
    }
  }
  if (!top) return [];
  top = widenTop(top, topScore, scores);
  topScore = scores.get(top) ?? topScore;
  // An only child says nothing its parent does not: widen while the parent holds no other text.
  for (let parent = parentElement(top); parent && tagOf(parent) !== 'body'; parent = parentElement(parent)) {
    const ps = lin.stats.get(parent);
    const ts = lin.stats.get(top);
    if (!ps || !ts || ps.chars > ts.chars) break;
    top = parent;
  }
  const parent = parentElement(top);
  if (!parent) return [top];
  const threshold = Math.max(10, topScore * 0.2);
  const topClass = top.attribs.class ?? '';
  const region: Element[] = [];
  for (const sibling of parent.children) {
    if (sibling.type !== 'tag') continue;
    const el = sibling as Element;
    if (el === top) {
      region.push(el);
      continue;
    }
    const bonus = topClass !== '' && el.attribs.class === topClass ? topScore * 0.2 : 0;
    const score = scores.get(el);
    if (score !== undefined && score + bonus >= threshold) {
      region.push(el);
      continue;
    }
    if (tagOf(el) === 'p' || tagOf(el) === 'div') {
      const s = lin.stats.get(el);
      if (!s || s.end - s.first !== 1) continue;
      const f = features[s.first];
      const density = textLinkDensity(s);
      if ((weightedChars(f) > 80 && density < 0.25) || (f.chars > 0 && density === 0 && /\.( |$)/.test(lin.segments[s.first].text))) region.push(el);
    }
  }
  return region;
}

/** Nearest furniture hint between a segment and `stop` (exclusive), reading at most MAX_CLIMB elements. */
function climbHint(segment: Segment, stop: ReadonlySet<Element>, lin: Linearized, regionChars: number, firstProse: number, page: PageProse): { hint: BlockHint; evidence: string } | undefined {
  let node: Element | null = segment.anchor;
  for (let i = 0; node && !stop.has(node) && i < MAX_CLIMB; i += 1, node = parentElement(node)) {
    const tag = tagOf(node);
    if (tag === 'body' || tag === 'html') break;
    const evidence = attributeEvidence(node.attribs);
    const fromTag = CONTAINER_HINTS[tag];
    const hint = evidence.hint ?? (fromTag && fromTag !== 'caption' && fromTag !== 'time' ? fromTag : undefined);
    if (!hint) continue;
    if (page.holdsMost(node, hint)) continue;
    // Inside the region, a wrapper around the article's opening paragraph and most of its text is the
    // article, whatever its name; a comments or related box after the article does not hold the opening.
    if (regionChars > 0 && firstProse !== -1) {
      const s = lin.stats.get(node);
      if (s && s.first <= firstProse && s.end > firstProse && s.chars > regionChars * 0.5) continue;
    }
    const name = evidence.hint ? `${tag}${node.attribs.id ? `#${node.attribs.id}` : ''}${node.attribs.class ? `.${node.attribs.class.trim().split(/\s+/).join('.')}` : ''}` : tag;
    const said = evidence.word ? `"${evidence.word}"` : `<${tag}>`;
    return { hint, evidence: `inside <${name.slice(0, 80)}>, whose ${evidence.hint ? 'name says' : 'tag says'} ${said} (${hint})` };
  }
  return undefined;
}

/** The longest run of consecutive prose segments, by characters: the fallback region. */
function densestRun(features: SegmentFeatures[]): [number, number] | null {
  let best: [number, number] | null = null;
  let bestChars = 0;
  let start = -1;
  let chars = 0;
  let gap = 0;
  features.forEach((f, i) => {
    if (isProse(f) || (weightedChars(f) >= 40 && f.linkDensity < 0.2 && f.sentences >= 1)) {
      if (start === -1) {
        start = i;
        chars = 0;
      }
      chars += weightedChars(f);
      gap = 0;
      if (chars > bestChars) {
        bestChars = chars;
        best = [start, i + 1];
      }
    } else if (start !== -1) {
      // Short unlinked lines (a subheading, a dateline) do not break a run; two in a row of links do.
      gap += f.linkDensity > 0.5 ? 2 : 1;
      if (gap > 2) start = -1;
    }
  });
  return best;
}

const NO_STOP: ReadonlySet<Element> = new Set();

function commonAncestor(a: Element, b: Element): Element | null {
  const seen = new Set<Element>();
  for (let node: Element | null = a, i = 0; node && i < 200; node = parentElement(node), i += 1) seen.add(node);
  for (let node: Element | null = b, i = 0; node && i < 200; node = parentElement(node), i += 1) if (seen.has(node)) return node;
  return null;
}

export function decideContent(lin: Linearized, features: SegmentFeatures[] = lin.segments.map(segmentFeatures)): ContentDecision {
  const { segments } = lin;
  const n = segments.length;
  const page = pageProse(lin, features);
  const scores = scoreCandidates(lin, features, page);
  const region = chooseRegion(lin, features, scores);
  const inRegion = new Array<boolean>(n).fill(false);
  let regionChars = 0;
  for (const el of region) {
    const s = lin.stats.get(el);
    if (!s) continue;
    regionChars += s.chars;
    for (let i = s.first; i < s.end && i < n; i += 1) inRegion[i] = true;
  }
  let method = region.length ? 'candidate scoring' : 'none';
  let stop = new Set<Element>(region);
  // Never an empty article when the page has prose: fall back to the densest run of paragraphs.
  // The same when the region holds only a sliver of the page's prose (a one-paragraph box won the
  // scoring while the article's paragraphs sit apart) and a run of paragraphs holds more.
  const regionProse = features.reduce((a, f, i) => a + (inRegion[i] && isProse(f) ? weightedChars(f) : 0), 0);
  const sliver = page.total >= MIN_PAGE_PROSE && regionProse < page.total * 0.25;
  if (regionProse === 0 || sliver) {
    const run = densestRun(features);
    const runChars = run ? features.slice(run[0], run[1]).reduce((a, f) => a + (isProse(f) ? weightedChars(f) : 0), 0) : 0;
    if (run && (regionProse === 0 || runChars > regionProse * 2)) {
      inRegion.fill(false);
      for (let i = run[0]; i < run[1]; i += 1) inRegion[i] = true;
      regionChars = features.slice(run[0], run[1]).reduce((a, f) => a + f.chars, 0);
      method = regionProse === 0 ? 'densest paragraph run: no container held the prose' : 'densest paragraph run: the best-scored container held little of the prose';
      const common = commonAncestor(segments[run[0]].owner, segments[run[1] - 1].owner);
      stop = new Set(common ? [common] : []);
    }
  }

  const firstProse = features.findIndex((f, i) => inRegion[i] && isProse(f));
  const hints: (BlockHint | undefined)[] = new Array(n).fill(undefined);
  const evidence: (string | undefined)[] = new Array(n).fill(undefined);
  for (let i = 0; i < n; i += 1) {
    const found = climbHint(segments[i], inRegion[i] ? stop : NO_STOP, lin, inRegion[i] ? regionChars : 0, firstProse, page);
    if (found) {
      hints[i] = found.hint;
      evidence[i] = found.evidence;
    }
  }

  // The comment section starts at a comments heading or a named "comments" anchor after the article
  // has begun (two paragraphs in); everything after it in the region is readers' text.
  let prose = 0;
  for (let i = 0; i < n; i += 1) {
    if (!inRegion[i]) continue;
    const f = features[i];
    const marker = lin.markers.get(i);
    const heading = f.words <= 8 && f.linkDensity < 0.5 && COMMENTS_HEADING.test(segments[i].text.trim());
    if (prose >= 2 && ((marker && namesComments(marker)) || heading)) {
      const why = heading ? `after the comments heading "${segments[i].text.trim()}"` : `after the page's "${marker}" anchor, where the comments begin`;
      for (let k = i; k < n; k += 1) {
        if (!inRegion[k]) continue;
        hints[k] = 'comments';
        evidence[k] = why;
      }
      break;
    }
    if (isProse(f) && hints[i] === undefined) prose += 1;
  }

  // A run of short, mostly linked lines is a list of links, wherever it sits.
  const linky = features.map((f) => f.linkDensity >= 0.5 && f.words <= 15);
  for (let i = 0; i < n; i += 1) {
    if (!linky[i]) continue;
    let j = i;
    while (j < n && linky[j]) j += 1;
    if (j - i >= 2) {
      for (let k = i; k < j; k += 1) {
        // A byline is often a link to the author's page next to other links: it stays a byline.
        if (hints[k] === undefined || hints[k] === 'dek') {
          hints[k] = 'navigation';
          evidence[k] = `one of a run of ${j - i} short linked lines (a list of links)`;
        }
      }
    }
    i = j - 1;
  }
  for (let i = 0; i < n; i += 1) {
    const f = features[i];
    if (hints[i] === undefined && f.linkDensity > 0.6 && f.words > 15) {
      hints[i] = 'navigation';
      evidence[i] = `mostly link text (${Math.round(f.linkDensity * 100)}% of its characters are links)`;
    }
  }
  return { inRegion, hints, evidence, method };
}

export { isProse };
