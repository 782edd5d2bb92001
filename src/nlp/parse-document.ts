// Parses every block of a document once. Downstream stages only read the resulting plain data.
import type { ParsedDocument, SourceDocument } from '../types.js';
import { parseText } from './wink.js';
import { FURNITURE_HINTS, plainParse } from './plain-parse.js';

export function parseDocument(doc: SourceDocument): ParsedDocument {
  // Page furniture marked as such by the page is removed on that evidence alone: no wink parse for it.
  const parse = (block: SourceDocument['blocks'][number]) => (block.hint && FURNITURE_HINTS.has(block.hint) ? plainParse(block.text, block.start) : parseText(block.text, block.start));
  return { ...doc, blocks: doc.blocks.map((block) => ({ ...block, parsed: parse(block) })) };
}
