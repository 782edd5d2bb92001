// Byte-identity of two builds (issue 21: speed cuts must not change any output). Run only when named:
//   FRAMELENS_IDENTITY_BASE=/path/to/old/dist npm run bench -- identity
// For this build's dist/ and the old one, each in a process of its own (one wink instance per
// process), writes one line per article: a hash of the JSON of its parse, its structure, its
// analysis and its cache record (the compacted JSON the cache stores), for the scale corpus
// (bench/scale.ts's corpus, FRAMELENS_IDENTITY_SIZE articles, default 1,000) and the L3S-GN1 dev
// pages; then compares the lines, and the folders of `report --jobs 1 --no-cache` of the first
// FRAMELENS_IDENTITY_REPORT articles (default 300) made by each build (file list and bytes).
// Without FRAMELENS_IDENTITY_BASE it prints this build's count and overall hash only.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { createHash } from 'node:crypto';
import { buildCorpus } from './scale.js';

const ROOT = join(import.meta.dirname, '..');
const LEAN = join(ROOT, '..', 'shared', 'devsets', 'lean', 'abp-train-valid.jsonl.gz');
const L3S = join(ROOT, '..', 'shared', 'devsets', 'html', 'l3s-gn1-dev');
const sha = (s: string | Buffer) => createHash('sha1').update(s).digest('hex');

/** The child: hashes of every article's parse, structure, analysis and cache record with the build at `dist`. */
async function hashes(dist: string, corpus: string, out: string): Promise<void> {
  const load = async <T>(path: string) => (await import(join(dist, path))) as T;
  const { readArticleBytes, toDocument } = await load<typeof import('../src/ingest/read-file.js')>('ingest/read-file.js');
  const { parseDocument } = await load<typeof import('../src/nlp/parse-document.js')>('nlp/parse-document.js');
  const { structureArticle } = await load<typeof import('../src/structure/index.js')>('structure/index.js');
  const { analyzeArticle } = await load<typeof import('../src/analyze/index.js')>('analyze/index.js');
  const { termMatcher } = await load<typeof import('../src/pipeline.js')>('pipeline.js');
  const { compactRecord } = await load<typeof import('../src/corpus/record-text.js')>('corpus/record-text.js');
  const terms = termMatcher([]);
  const lines: string[] = [];
  const one = (name: string, document: Parameters<typeof parseDocument>[0]) => {
    const parsed = parseDocument(document);
    const article = structureArticle(parsed, { repeatedAcrossCorpus: new Set() });
    const analysis = analyzeArticle(article, { terms });
    lines.push(`${name} ${sha(JSON.stringify(parsed))} ${sha(JSON.stringify(article))} ${sha(JSON.stringify(analysis))} ${sha(JSON.stringify(compactRecord(analysis)))}`);
  };
  for (const name of readdirSync(corpus).filter((n) => n.endsWith('.txt')).sort()) one(name, readArticleBytes(name, readFileSync(join(corpus, name))).document);
  if (existsSync(join(L3S, 'gold-blocks.jsonl'))) {
    const pages = readFileSync(join(L3S, 'gold-blocks.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { id: string; html: string });
    for (const page of pages) {
      const html = gunzipSync(readFileSync(join(L3S, page.html))).toString('utf8');
      try {
        one(`l3s/${page.id}`, toDocument(`${page.id}.html`, html, 'html'));
      } catch (error) {
        lines.push(`l3s/${page.id} ERROR ${String(error).slice(0, 80)}`);
      }
    }
  }
  writeFileSync(out, `${lines.join('\n')}\n`);
}

/** Every file under `dir`, relative, with a hash of its bytes. */
function tree(dir: string, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const name of readdirSync(join(dir, prefix)).sort()) {
    const rel = join(prefix, name);
    if (statSync(join(dir, rel)).isDirectory()) for (const [k, v] of tree(dir, rel)) out.set(k, v);
    else out.set(rel, sha(readFileSync(join(dir, rel))));
  }
  return out;
}

export async function identityBenchmark(): Promise<void> {
  console.log('\n## Identity: parse, structure, analysis and cache record hashes, this build against FRAMELENS_IDENTITY_BASE');
  if (!existsSync(LEAN)) {
    console.log(`skipped: ${LEAN} is missing`);
    return;
  }
  const dists = [resolve(ROOT, 'dist'), ...(process.env.FRAMELENS_IDENTITY_BASE ? [resolve(process.env.FRAMELENS_IDENTITY_BASE)] : [])];
  const sources = gunzipSync(readFileSync(LEAN)).toString('utf8').trim().split('\n').map((l) => JSON.parse(l)).filter((a: { text: string }) => a.text.length > 500);
  const size = Number(process.env.FRAMELENS_IDENTITY_SIZE ?? 1000);
  const corpus = buildCorpus(size, sources);
  const work = join(corpus, '..');
  const results = dists.map((dist, k) => {
    const out = join(work, `hashes-${k}.txt`);
    const run = spawnSync(process.execPath, ['--import', 'tsx', import.meta.filename, '--child', dist, corpus, out], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 26 });
    if (run.status !== 0) throw new Error(`identity child failed for ${dist}: ${run.stderr.slice(-500)}`);
    const lines = readFileSync(out, 'utf8').trim().split('\n');
    console.log(`${dist}: ${lines.length} articles, hash of all lines ${sha(lines.join('\n')).slice(0, 12)}`);
    return lines;
  });
  if (results.length < 2) return;
  const [now, base] = results;
  const differ = now.filter((line, k) => line !== base[k]);
  console.log(`articles: ${now.length} (this build) / ${base.length} (base); lines that differ: ${differ.length + Math.abs(now.length - base.length)}`);
  for (const line of differ.slice(0, 10)) console.log(`  differs: ${line.split(' ')[0]}`);
  // Whole report folders of the first articles, each build on its own copy of the corpus.
  const reportSize = Number(process.env.FRAMELENS_IDENTITY_REPORT ?? 300);
  const small = mkdtempSync(join(tmpdir(), 'framelens-identity-'));
  const trees = dists.map((dist, k) => {
    const copy = join(small, `corpus-${k}`);
    mkdirSync(copy);
    const names = readdirSync(corpus).filter((n) => n.endsWith('.txt')).sort().slice(0, reportSize);
    for (const n of names) cpSync(join(corpus, n), join(copy, n));
    const manifest = readFileSync(join(corpus, 'manifest.jsonl'), 'utf8').trim().split('\n').filter((l) => names.includes((JSON.parse(l) as { file: string }).file));
    writeFileSync(join(copy, 'manifest.jsonl'), `${manifest.join('\n')}\n`);
    const out = join(small, `reports-${k}`);
    const run = spawnSync(process.execPath, [join(dist, 'cli', 'main.js'), 'report', '--corpus', copy, '--out', out, '--jobs', '1', '--no-cache', '--quiet'], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`report failed for ${dist}: ${run.stderr.slice(-500)}`);
    return tree(out);
  });
  const [a, b] = trees;
  const names = new Set([...a.keys(), ...b.keys()]);
  const changed = [...names].filter((n) => a.get(n) !== b.get(n));
  console.log(`report --jobs 1 --no-cache of ${reportSize} articles: ${a.size} / ${b.size} files; files that differ: ${changed.length}${changed.length ? ` (${changed.slice(0, 5).join(', ')})` : ''}`);
  rmSync(small, { recursive: true, force: true });
  rmSync(work, { recursive: true, force: true });
}

if (process.argv[2] === '--child') await hashes(process.argv[3], process.argv[4], process.argv[5]);
