// The only ingest module that touches the file system: it reads and validates one article file.
import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { InputError } from '../errors.js';
import type { SourceDocument } from '../types.js';
import { textToDocument } from './text-blocks.js';
import { htmlToDocument } from './html-blocks.js';
import { limitNesting } from './html-nesting.js';
import { MAX_FILE_BYTES } from './limits.js';

export { MAX_FILE_BYTES } from './limits.js';

const TOO_LARGE = `file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB`;

/** What a gzip-compressed file (a page kept as .html.gz) is told; `add` says it for a .gz name too. */
export const GZIP = 'compressed (gzip) file; decompress it first (gunzip -k FILE) and give the .html or .txt';

/** The Unicode encoding a byte-order mark announces, when it is not UTF-8. */
function otherUnicode(bytes: Buffer): string | null {
  if (bytes.length >= 4 && ((bytes[0] === 0xff && bytes[1] === 0xfe && bytes[2] === 0 && bytes[3] === 0) || (bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0xfe && bytes[3] === 0xff))) return 'UTF-32';
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) return 'UTF-16';
  return null;
}

/** Validates raw bytes and decodes them; throws InputError naming `label` for anything unusable. */
export function decodeArticleBytes(bytes: Buffer, label: string): string {
  if (bytes.length === 0) throw new InputError(label, 'file is empty');
  if (bytes.length > MAX_FILE_BYTES) throw new InputError(label, TOO_LARGE);
  // Checked before the NUL test: UTF-16 text is full of NUL bytes, and "binary" would mislead.
  const encoding = otherUnicode(bytes);
  if (encoding) throw new InputError(label, `${encoding} text (it starts with a ${encoding} byte-order mark); save it as UTF-8`);
  // Also before it: a saved page kept as .html.gz is binary, but "decompress it" is what helps.
  if (bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b) throw new InputError(label, GZIP);
  if (bytes.subarray(0, 8192).includes(0)) throw new InputError(label, 'binary file (contains NUL bytes), expected text or HTML');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Almost always an older page or a Windows text file in Latin-1 / Windows-1252: say how to fix it.
    throw new InputError(label, 'not valid UTF-8 text, expected text or HTML (Latin-1 or Windows-1252? save it as UTF-8)');
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') throw new InputError(label, 'file is empty (only white space)');
  return text;
}

export type ArticleFormat = 'text' | 'markdown' | 'html';

/** Picks the format from the extension, or from the content when the extension says nothing. */
export function detectFormat(path: string, text: string): ArticleFormat {
  const ext = extname(path).toLowerCase();
  if (ext === '.html' || ext === '.htm' || ext === '.xhtml') return 'html';
  if (ext === '.md' || ext === '.markdown') return 'markdown';
  if (ext === '.txt') return 'text';
  // A browser's saved page can start with a "saved from url" comment, XHTML with an XML declaration.
  return /^\s*(?:(?:<!--[\s\S]*?-->|<\?xml[^>]*\?>)\s*)*(<!doctype html|<html|<head|<body)/i.test(text) ? 'html' : 'text';
}

/** Turns already-decoded article text into blocks. Pure: no file system. */
export function toDocument(file: string, text: string, format: ArticleFormat): SourceDocument {
  return format === 'html' ? htmlToDocument(file, limitNesting(text)) : textToDocument(file, text, format === 'markdown');
}

// Document formats people save articles in that framelens cannot read; better to say so than to guess.
const UNSUPPORTED = new Set(['.pdf', '.doc', '.docx', '.odt', '.rtf', '.epub', '.pages', '.png', '.jpg', '.jpeg', '.gif', '.webp', '.zip', '.mhtml', '.mht', '.webarchive']);

export function readArticleFile(path: string): SourceDocument {
  return readArticleSource(path).document;
}

/** Reads one article file: its decoded text as stored (raw HTML for a page) and its blocks. */
export function readArticleSource(path: string): { text: string; document: SourceDocument } {
  const ext = extname(path).toLowerCase();
  if (UNSUPPORTED.has(ext)) throw new InputError(path, `${ext.slice(1).toUpperCase()} files are not supported; save the article as text (.txt), Markdown (.md) or HTML (.html)`);
  let bytes: Buffer;
  try {
    const info = statSync(path);
    if (info.isDirectory()) throw new InputError(path, 'is a directory, expected an article file');
    if (!info.isFile()) throw new InputError(path, 'is not a regular file');
    // Checked before reading: a huge file must not be read into memory just to be refused.
    if (info.size > MAX_FILE_BYTES) throw new InputError(path, TOO_LARGE);
    bytes = readFileSync(path);
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError(path, 'no such file');
    if (code === 'EACCES') throw new InputError(path, 'permission denied');
    throw new InputError(path, `cannot read (${code ?? 'unknown error'})`);
  }
  return readArticleBytes(path, bytes);
}

/**
 * An article from bytes already read from `path` (a run reads each file once and hands the bytes on):
 * the same checks and result as `readArticleSource`, without touching the file system.
 */
export function readArticleBytes(path: string, bytes: Buffer): { text: string; document: SourceDocument } {
  const ext = extname(path).toLowerCase();
  if (UNSUPPORTED.has(ext)) throw new InputError(path, `${ext.slice(1).toUpperCase()} files are not supported; save the article as text (.txt), Markdown (.md) or HTML (.html)`);
  const text = decodeArticleBytes(bytes, path);
  const document = toDocument(path, text, detectFormat(path, text));
  if (document.blocks.length === 0) throw new InputError(path, 'no readable text found');
  return { text, document };
}
