// Parses every block of a document once. Downstream stages only read the resulting plain data.
import type { ParsedDocument, SourceDocument } from '../types.js';
import { parseText } from './wink.js';

export function parseDocument(doc: SourceDocument): ParsedDocument {
  return { ...doc, blocks: doc.blocks.map((block) => ({ ...block, parsed: parseText(block.text, block.start) })) };
}
