// Which blocks are the article's own text, and where in the article a block sits.
import type { StructuredBlock, Where } from '../types.js';

/** Roles whose text is the outlet's own writing, where quotes and terms are looked for. */
export const CONTENT_ROLES: ReadonlySet<string> = new Set(['headline', 'dek', 'heading', 'body']);

export const whereOf = (block: StructuredBlock): Where => (CONTENT_ROLES.has(block.role) ? (block.role as Where) : block.role === 'caption' ? 'caption' : 'other');
