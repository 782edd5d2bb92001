// Saved HTML page to blocks. cheerio (on htmlparser2) only parses: nothing the page refers to is
// fetched or run. Steps: metadata from every source (html-meta), the page as a flat list of text
// segments (html-segments), the content region and each segment's page evidence (html-content), the
// headline block (html-headline). Blocks keep a hint; the structure stage turns hints into roles.
// The document text is the blocks joined by blank lines.
// The slim entry: with the `xml` options below, cheerio's full entry parses with this same htmlparser2
// too, but it also loads parse5 and undici (for fetching), 0.3-0.9 s of start-up in every process and
// worker, most of a second report's time after one `add`.
import { createRequire } from 'node:module';
import type * as CheerioSlim from 'cheerio/slim';
import type * as DomHandler from 'domhandler';
import type { Element } from 'domhandler';
import type { BlockHint, RawBlock, SourceDocument } from '../types.js';
import { collectMetaElements, elementText, readPageMeta } from './html-meta.js';
import { linearize } from './html-segments.js';
import { decideContent, segmentFeatures } from './html-content.js';
import type { SegmentFeatures } from './html-content.js';
import { chooseHeadline } from './html-headline.js';

const require = createRequire(import.meta.url);
let libraries: { cheerio: typeof CheerioSlim; domhandler: typeof DomHandler } | undefined;
/**
 * cheerio and its DOM classes, loaded with the first HTML page rather than with this module: they are
 * about a third of the code a worker loads before its first article (some sixty modules), which a
 * corpus of text files never needs, and a second `report` after one `add` waits for. Their CommonJS
 * build (the same code as the ES module one), so that loading stays synchronous; the DOM classes come
 * from the same build as the parser, so the nodes it makes are theirs.
 */
const htmlLibraries = () => (libraries ??= { cheerio: require('cheerio/slim') as typeof CheerioSlim, domhandler: require('domhandler') as typeof DomHandler });

const BULLET_LINE = /^[•*+·▪◦‣‐-]\s+\S/u;

function ownHint(f: SegmentFeatures): BlockHint {
  if (f.kind === 'h1' || /^h[2-6]$/.test(f.kind)) return 'heading';
  if (f.kind === 'li') return 'list-item';
  if (f.kind === 'figcaption' || f.kind === 'caption') return 'caption';
  return 'paragraph';
}

/**
 * A <title> that is never closed would swallow the whole page as title text. Old browsers ended such
 * a title at the end of its line; do the same, so the page keeps its body.
 */
export function closeOpenTitle(html: string): string {
  const open = /<title\b[^>]*>/i.exec(html);
  if (!open || /<\/title\s*>/i.test(html)) return html;
  const from = open.index + open[0].length;
  const rest = html.slice(from);
  const end = rest.search(/[\r\n<]/);
  const cut = end === -1 ? html.length : from + end;
  return `${html.slice(0, cut)}</title>${html.slice(cut)}`;
}

const PARSE_OPTIONS = { xml: { xmlMode: false, decodeEntities: true } } as const;

/**
 * A broken attribute quote (`<script src="/a.js>`) can turn the rest of a page into script text.
 * Script or style text that holds page markup (a <body> tag, or dozens of paragraph and table tags
 * around prose) is the page itself: parse it as HTML again.
 */
function reopenSwallowedMarkup(scripts: Element[]): void {
  for (const el of scripts) {
    const text = elementText(el);
    if (text.length < 2000) continue;
    const tags = (text.match(/<(p|td|div|br|tr|table|a)\b/gi) ?? []).length;
    if (!/<body\b/i.test(text) && tags < 30) continue;
    const fragment = htmlLibraries().cheerio.load(text, PARSE_OPTIONS, false);
    const nodes = fragment.root().get(0)?.children ?? [];
    const parent = el.parent;
    if (!parent) continue;
    const at = parent.children.indexOf(el);
    for (const node of nodes) node.parent = parent;
    parent.children.splice(at, 1, ...nodes);
    // Keep the sibling links consistent for anything that walks them.
    for (let i = 0; i < parent.children.length; i += 1) {
      parent.children[i].prev = parent.children[i - 1] ?? null;
      parent.children[i].next = parent.children[i + 1] ?? null;
    }
  }
}

export function htmlToDocument(file: string, source: string): SourceDocument {
  const page = closeOpenTitle(source);
  // htmlparser2 rather than parse5: four times faster here, and it never recurses on deep nesting.
  const $ = htmlLibraries().cheerio.load(page, PARSE_OPTIONS);
  const found = collectMetaElements($.root().get(0)!);
  const meta = readPageMeta(found);
  reopenSwallowedMarkup(found.scripts);
  // The whole document, not only <body>: old pages put text after </body> or have no <body> at all.
  const root = new (htmlLibraries().domhandler.Element)('html', {}, $.root().get(0)?.children ?? []);
  const lin = linearize(root);
  const { segments } = lin;
  const features = segments.map(segmentFeatures);
  const content = decideContent(lin, features);
  const headline = chooseHeadline(segments, features, content.inRegion, content.hints, meta);

  const pieces: { text: string; hint: BlockHint; evidence?: string }[] = segments.map((segment, i) => {
    const f = features[i];
    const anchorTag = segment.anchor.tagName?.toLowerCase();
    if (i === headline) return { text: segment.text, hint: 'h1', evidence: 'the visible headline (matches the page title or is its <h1>)' };
    if (f.kind === 'figcaption' || f.kind === 'caption') return { text: segment.text, hint: 'caption' };
    if (anchorTag === 'time') return { text: segment.text, hint: 'time' };
    const hint = content.hints[i];
    if (hint) return { text: segment.text, hint, evidence: content.evidence[i] };
    if (!content.inRegion[i]) return { text: segment.text, hint: 'outside-article', evidence: `outside the article's content region (found by ${content.method})` };
    // A line that starts with a bullet mark ("+ Added ...", "* Fixed ...", "• ...") is a list item
    // written without <li>, as in changelogs and posts that set lists with <br>.
    return { text: segment.text, hint: f.kind !== 'li' && BULLET_LINE.test(segment.text) ? 'list-item' : ownHint(f) };
  });
  // A page with no text in its body still has readable text in its title and description.
  if (pieces.length === 0) {
    if (meta.title) pieces.push({ text: meta.title, hint: 'h1', evidence: 'the page title (the page has no other text)' });
    if (meta.description) pieces.push({ text: meta.description, hint: 'paragraph' });
  }

  const blocks: RawBlock[] = [];
  let text = '';
  for (const piece of pieces) {
    if (text !== '') text += '\n\n';
    const block: RawBlock = { text: piece.text, start: text.length, end: text.length + piece.text.length, hint: piece.hint };
    if (piece.evidence) block.evidence = piece.evidence;
    blocks.push(block);
    text += piece.text;
  }
  return { file, format: 'html', text, blocks, meta };
}
