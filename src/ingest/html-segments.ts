// A parsed page to a flat list of text segments in reading order, with the DOM evidence each one
// needs later (its block element, link share, the subtree sizes of every element). The walk is
// iterative, so a page of 10,000 nested <div>s cannot overflow the stack, and every element is
// entered and left once, so the work is linear in the size of the page.
import type { AnyNode, Element, Text } from 'domhandler';
import { collapseWhitespace } from '../text.js';

/** Elements whose text is never article text: code, media, form controls, the title. Not <head> itself: htmlparser2
 * never closes an unclosed <head>, so on a page without <body> the whole page sits inside it. */
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'frame', 'frameset', 'object', 'embed', 'canvas', 'title', 'base', 'link', 'meta', 'amp-ad', 'amp-analytics', 'amp-pixel', 'input', 'select', 'option', 'textarea', 'button', 'video', 'audio', 'map', 'area', 'dialog']);

/** Elements that start and end a block of text; everything else (a, span, b, font...) is inline. */
export const BLOCK = new Set(['p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'td', 'th', 'caption', 'figure', 'figcaption', 'blockquote', 'pre', 'section', 'article', 'main', 'header', 'footer', 'aside', 'nav', 'form', 'fieldset', 'legend', 'address', 'center', 'hr', 'br', 'body', 'html', 'details', 'summary', 'menu', 'dir', 'noframes', 'hgroup', 'label']);

export interface Segment {
  text: string;
  /** The innermost block element around the text (the <p>, <td>, <li>, or a <div> holding loose text). */
  owner: Element;
  /** The lowest element that holds all the segment's text; can be inline (<span class="byline">). */
  anchor: Element;
  /** Characters of text inside <a href>. */
  linkChars: number;
  /** Number of distinct links the text is in. */
  links: number;
  /** The text is loose in an element that also has block children (mixed content). */
  loose: boolean;
}

export interface ElementStats {
  chars: number;
  linkChars: number;
  /** Segment index range [first, end) of the element's text. */
  first: number;
  end: number;
  depth: number;
}

export interface Linearized {
  segments: Segment[];
  stats: Map<Element, ElementStats>;
  /** Empty elements that name a place in the page (<a name="comments"></a>): segment index -> the name. */
  markers: Map<number, string>;
}

const isElement = (node: AnyNode): node is Element => node.type === 'tag' || node.type === 'script' || node.type === 'style';

function hidden(el: Element): boolean {
  const a = el.attribs;
  if ('hidden' in a) return true;
  if (a['aria-hidden'] === 'true' && !/\b(article|story|content|body)\b/i.test(`${a.class ?? ''} ${a.id ?? ''}`)) return true;
  const style = a.style;
  return style !== undefined && /(^|;)\s*(display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}

const blockChildCache = new WeakMap<Element, boolean>();

/** Cached: a <div> with 100,000 <br>-separated lines is asked once per line. */
function hasBlockChild(el: Element): boolean {
  const cached = blockChildCache.get(el);
  if (cached !== undefined) return cached;
  let found = false;
  for (const child of el.children) {
    if (isElement(child) && BLOCK.has(child.tagName.toLowerCase())) {
      found = true;
      break;
    }
  }
  blockChildCache.set(el, found);
  return found;
}

/** The nearest sibling of `node` on one side that is not blank text. */
function sibling(node: AnyNode, side: 'prev' | 'next'): AnyNode | null {
  let at = node[side];
  while (at && at.type === 'text' && (at as Text).data.trim() === '') at = at[side];
  return at;
}

/**
 * A single <br> inside a sentence is a line wrap, not a paragraph break: the text before it does not
 * end a sentence or clause and the text after it starts in lower case ("... ullamco laboris<br>nisi
 * ut aliquip ..."). Old pages and forum posts wrap paragraphs this way and mark paragraphs with two
 * <br>s; reading every line as a block breaks each paragraph into short lines that are never prose.
 * The same rule joins hard-wrapped lines in plain text (text-blocks.ts). (A second <br> right after
 * is not text, so a paragraph break never joins.)
 */
function wrapsLine(buffer: readonly string[], br: Element): boolean {
  // The last piece with text decides (never the joined buffer: a long wrapped poem would be joined once per line).
  let before = '';
  for (let i = buffer.length - 1; i >= 0 && before === ''; i -= 1) before = buffer[i].trimEnd();
  if (before === '' || /[.!?:;…。！？"”’)\]]$/.test(before)) return false;
  // Loose text on both sides: a line set in its own element (a title in a <span>, a date in a
  // <span class="small"> under it) is a line of its own, whatever its case.
  const prev = sibling(br, 'prev');
  const next = sibling(br, 'next');
  return prev?.type === 'text' && next?.type === 'text' && /^\p{Ll}/u.test((next as Text).data.trimStart());
}

/** Walks `root` in document order without recursion. */
export function linearize(root: Element): Linearized {
  const segments: Segment[] = [];
  const stats = new Map<Element, ElementStats>();
  const markers = new Map<number, string>();
  // The open block elements, innermost last; the text buffer belongs to the innermost.
  const blocks: Element[] = [];
  let buffer: string[] = [];
  let bufferLink = 0;
  let bufferLinks = new Set<Element>();
  let anchor: Element | null = null;
  const open: { el: Element; chars: number; linkChars: number; first: number; depth: number }[] = [];
  let linkDepth = 0;
  let currentLink: Element | null = null;

  const flush = () => {
    if (buffer.length === 0) return;
    const text = collapseWhitespace(buffer.join(''));
    const owner = blocks[blocks.length - 1];
    if (text !== '' && owner) {
      segments.push({ text, owner, anchor: anchor ?? owner, linkChars: Math.min(bufferLink, text.length), links: bufferLinks.size, loose: hasBlockChild(owner) });
    }
    buffer = [];
    bufferLink = 0;
    bufferLinks = new Set();
    anchor = null;
  };

  /** Lowest common ancestor of the current anchor and `el`, climbing at most 12 levels. */
  const widenAnchor = (el: Element) => {
    if (anchor === null) {
      anchor = el;
      return;
    }
    if (anchor === el) return;
    const seen = new Set<AnyNode>();
    let a: AnyNode | null = el;
    for (let i = 0; a && i < 12; i += 1, a = a.parent) seen.add(a);
    let b: AnyNode | null = anchor;
    for (let i = 0; b && i < 12; i += 1, b = b.parent) {
      if (seen.has(b) && isElement(b)) {
        anchor = b;
        return;
      }
    }
    anchor = blocks[blocks.length - 1] ?? anchor;
  };

  // Explicit stack of [node, leaving?] pairs.
  const stack: [AnyNode, boolean][] = [[root, false]];
  while (stack.length > 0) {
    const [node, leaving] = stack.pop()!;
    if (node.type === 'text') {
      const data = (node as Text).data;
      if (data.trim() === '' && buffer.length === 0) continue;
      buffer.push(data);
      const chars = collapseWhitespace(data).length;
      if (linkDepth > 0) {
        bufferLink += chars;
        if (currentLink) bufferLinks.add(currentLink);
      }
      const top = open[open.length - 1];
      if (top) {
        top.chars += chars;
        if (linkDepth > 0) top.linkChars += chars;
      }
      if (data.trim() !== '' && node.parent && isElement(node.parent)) widenAnchor(node.parent);
      continue;
    }
    if (!isElement(node)) continue;
    const tag = node.tagName.toLowerCase();
    const isBlock = BLOCK.has(tag);
    const isLink = tag === 'a' && node.attribs.href !== undefined;
    if (!leaving) {
      if (SKIP.has(tag) || hidden(node)) continue;
      if (tag === 'br' && wrapsLine(buffer, node)) {
        buffer.push(' ');
        continue;
      }
      if (tag === 'br' || tag === 'hr') {
        flush();
        continue;
      }
      if (isBlock) {
        flush();
        blocks.push(node);
      }
      if (isLink) {
        linkDepth += 1;
        currentLink = node;
      }
      open.push({ el: node, chars: 0, linkChars: 0, first: segments.length, depth: open.length });
      stack.push([node, true]);
      for (let i = node.children.length - 1; i >= 0; i -= 1) stack.push([node.children[i], false]);
      continue;
    }
    if (isBlock) {
      flush();
      blocks.pop();
    }
    if (isLink) {
      linkDepth -= 1;
      if (linkDepth === 0) currentLink = null;
    }
    const frame = open.pop()!;
    // An inline element's text may still sit in the buffer, in the segment that comes next.
    const pending = !isBlock && buffer.some((piece) => piece.trim() !== '') ? 1 : 0;
    stats.set(node, { chars: frame.chars, linkChars: frame.linkChars, first: frame.first, end: segments.length + pending, depth: frame.depth });
    const label = node.attribs.name ?? node.attribs.id;
    if (frame.chars === 0 && label && !markers.has(segments.length + pending)) markers.set(segments.length + pending, label);
    const parent = open[open.length - 1];
    if (parent) {
      parent.chars += frame.chars;
      parent.linkChars += frame.linkChars;
    }
  }
  flush();
  return { segments, stats, markers };
}
