// Short, stable names for articles and stories, used in report tables and citations.
import { basename } from 'node:path';

/** "000" for corpus/000_db93470c877b965e.txt; the file name without extension otherwise. */
export function articleId(file: string): string {
  const name = basename(file);
  const numbered = /^(\d{3,})_[0-9a-f]{16}\.[a-z]+$/i.exec(name);
  return numbered ? numbered[1] : name.replace(/\.[a-z]+$/i, '');
}

export function slugify(words: readonly string[]): string {
  return words.join('-').toLowerCase().normalize('NFKD').replace(/[^a-z0-9-]+/g, '-').replace(/-+/g, '-').replace(/^-|-$/g, '') || 'story';
}
