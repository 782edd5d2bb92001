// `framelens add`: copies new articles into the corpus under the NNN_<16 hex> naming pattern.
// Every file is read and validated before anything is written; duplicates (the same article text,
// even with different promo lines around it) are skipped; files are written to a temporary name and
// renamed, and an existing file is never overwritten.
import { createHash } from 'node:crypto';
import { existsSync, renameSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { InputError } from '../errors.js';
import { collapseWhitespace } from '../text.js';
import { readArticleFile } from '../ingest/read-file.js';
import { parseDocument } from '../nlp/parse-document.js';
import { structureArticle } from '../structure/index.js';
import type { SourceDocument } from '../types.js';
import { CORPUS_NAME, listCorpus } from './store.js';

export interface AddOutcome {
  source: string;
  status: 'added' | 'duplicate';
  /** The corpus file written, or the one the source duplicates. */
  target: string;
}

const normalize = (text: string) => collapseWhitespace(text.normalize('NFC')).toLowerCase();
const fingerprint = (text: string) => createHash('sha256').update(normalize(text)).digest('hex').slice(0, 16);

/** Two fingerprints per article: its whole text, and its body once boilerplate is set aside. */
function fingerprints(doc: SourceDocument): string[] {
  const body = structureArticle(parseDocument(doc)).body;
  return body.trim() ? [fingerprint(doc.text), fingerprint(body)] : [fingerprint(doc.text)];
}

const EXTENSIONS: Record<string, string> = { '.txt': '.txt', '.md': '.md', '.markdown': '.md', '.html': '.html', '.htm': '.html' };

export function addToCorpus(sources: readonly string[], corpusDir: string, options: { dryRun?: boolean } = {}): AddOutcome[] {
  const documents = sources.map((source) => {
    const ext = EXTENSIONS[extname(source).toLowerCase()];
    if (!ext) throw new InputError(source, 'not an article file: use .txt, .md or .html');
    return { source, ext, doc: readArticleFile(source) };
  });
  const existing = existsSync(corpusDir) ? listCorpus(corpusDir) : [];
  const known = new Map<string, string>();
  for (const file of existing) for (const f of fingerprints(readArticleFile(file))) known.set(f, file);
  let next = Math.max(-1, ...existing.map((f) => Number(CORPUS_NAME.exec(basename(f))?.[1] ?? -1))) + 1;
  const outcomes: AddOutcome[] = [];
  for (const { source, ext, doc } of documents) {
    const prints = fingerprints(doc);
    const duplicateOf = prints.map((f) => known.get(f)).find((f) => f !== undefined);
    if (duplicateOf) {
      outcomes.push({ source, status: 'duplicate', target: duplicateOf });
      continue;
    }
    const target = join(corpusDir, `${String(next).padStart(3, '0')}_${prints[0]}${ext}`);
    next += 1;
    if (existsSync(target)) throw new InputError(target, 'already exists; refusing to overwrite');
    if (!options.dryRun) {
      const temporary = `${target}.tmp-${process.pid}`;
      writeFileSync(temporary, doc.text, { flag: 'wx' });
      renameSync(temporary, target);
    }
    for (const f of prints) known.set(f, target);
    outcomes.push({ source, status: 'added', target });
  }
  return outcomes;
}
