// structure stage: ParsedDocument -> Article (every block with a role, plus headline, dek, byline, outlet, body).
import type { Article, ParsedDocument, StructuredBlock } from '../types.js';
import { assignRoles } from './roles.js';
import type { StructureContext } from './roles.js';
import { cleanByline, headlineFromMeta, nameFromMeta } from './page-fields.js';
import { normalizeBlockText } from './features.js';
import { collapseWhitespace } from '../text.js';

export type { StructureContext } from './roles.js';

const collapse = collapseWhitespace;

/** Normalized block texts found in at least `minDocuments` documents: templates, not content. */
export function findCorpusRepeats(documents: readonly { blocks: readonly { text: string }[] }[], minDocuments = 3): Set<string> {
  const counts = new Map<string, number>();
  for (const doc of documents) {
    for (const text of new Set(doc.blocks.map((b) => normalizeBlockText(b.text)))) counts.set(text, (counts.get(text) ?? 0) + 1);
  }
  return new Set([...counts].filter(([, n]) => n >= minDocuments).map(([text]) => text));
}

export function structureArticle(doc: ParsedDocument, context: StructureContext = { repeatedAcrossCorpus: new Set() }): Article {
  const { decisions, outlet } = assignRoles(doc, context);
  const blocks: StructuredBlock[] = doc.blocks.map((block, i) => ({ ...block, ...decisions[i] }));
  const first = (role: StructuredBlock['role']) => blocks.find((b) => b.role === role);
  const fromMeta = doc.format === 'html' ? headlineFromMeta(doc.meta) : { headline: null, outlet: null };
  const headlineBlock = first('headline');
  // Of several byline lines, a "By ..." line first, then the first that names people.
  const bylines = blocks.filter((b) => b.role === 'byline');
  const bylineBlock = bylines.find((b) => /^by\s/i.test(b.text.trim())) ?? bylines.find((b) => nameFromMeta(cleanByline(collapse(b.text)), null) !== null) ?? bylines[0];
  const dateline = first('dateline');
  return {
    file: doc.file,
    format: doc.format,
    text: doc.text,
    blocks,
    headline: headlineBlock ? collapse(headlineBlock.text) : fromMeta.headline,
    dek: first('dek') ? collapse(first('dek')!.text) : null,
    // Page metadata names the author more cleanly than a byline box ("By Jane Doe | Updated ..."), when it names a person.
    byline: (doc.format === 'html' ? nameFromMeta(doc.meta.author, outlet ?? doc.meta.siteName) : null) ?? (bylineBlock ? cleanByline(collapse(bylineBlock.text)) : doc.meta.author),
    outlet: outlet ?? fromMeta.outlet ?? doc.meta.host ?? null,
    published: doc.meta.published ?? (dateline ? collapse(dateline.text) : null),
    body: blocks.filter((b) => b.role === 'body').map((b) => collapse(b.text)).join('\n\n'),
  };
}
