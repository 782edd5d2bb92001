// Parses an article once: one wink read over the blocks that need it (see `parseBlocks`).
// Downstream stages only read the resulting plain data.
import type { ParsedDocument, ParsedText, SourceDocument } from '../types.js';
import { parseBlocks } from './wink.js';
import { FURNITURE_HINTS, plainParse } from './plain-parse.js';

export function parseDocument(doc: SourceDocument): ParsedDocument {
  // Page furniture marked as such by the page is removed on that evidence alone: no wink parse for it.
  const furniture = doc.blocks.map((block) => block.hint !== undefined && FURNITURE_HINTS.has(block.hint));
  const read = doc.blocks.filter((_, k) => !furniture[k]);
  const parsed = parseBlocks(read);
  let next = 0;
  return {
    ...doc,
    blocks: doc.blocks.map((block, k) => {
      const result: ParsedText = furniture[k] ? plainParse(block.text, block.start) : parsed[next++];
      return { ...block, parsed: result };
    }),
  };
}
