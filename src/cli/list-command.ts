// `framelens list`: the corpus as a table (or JSON): each article with its outlet, date, lean, headline.
import { basename } from 'node:path';
import { openCorpus } from '../corpus/store.js';
import type { ManifestEntry } from '../corpus/manifest.js';
import { EXIT_OK } from './exit-codes.js';

const cell = (v: string | null, width: number) => {
  const s = (v ?? '—').replace(/\s+/g, ' ');
  return s.length > width ? `${s.slice(0, width - 1)}…` : s.padEnd(width);
};

export function runList(opts: { corpus: string; json?: boolean }): number {
  const snapshot = openCorpus(opts.corpus, { allowEmpty: true });
  const rows = snapshot.files.map((path) => {
    const file = basename(path);
    const entry: ManifestEntry | undefined = snapshot.manifest.get(file);
    return { file, path, inManifest: entry !== undefined, outlet: entry?.outlet ?? null, published: entry?.published ?? null, lean: entry?.lean ?? null, url: entry?.url ?? null, headline: entry?.headline ?? null, given: entry?.given ?? [], found: entry?.found ?? [] };
  });
  if (opts.json) {
    process.stdout.write(`${JSON.stringify(rows)}\n`);
    return EXIT_OK;
  }
  const lines = [`${cell('file', 26)}  ${cell('outlet', 18)}  ${cell('published', 10)}  ${cell('lean', 6)}  headline`];
  for (const r of rows) lines.push(`${cell(r.file, 26)}  ${cell(r.outlet, 18)}  ${cell(r.published, 10)}  ${cell(r.lean, 6)}  ${r.inManifest ? (r.headline ?? '—') : '(not in the manifest)'}`);
  lines.push(`${rows.length} article${rows.length === 1 ? '' : 's'}${rows.some((r) => !r.inManifest) ? `, ${rows.filter((r) => !r.inManifest).length} not in ${snapshot.dir}/manifest.jsonl` : ''}`);
  process.stdout.write(`${lines.join('\n')}\n`);
  return EXIT_OK;
}
