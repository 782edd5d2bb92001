// How plain text ends: a short closing sentence of the article against page furniture after it.
// PolNeAR train (../shared/devsets/quotes/polnear-train.jsonl.gz) is clean article text (title line,
// then the story's paragraphs, no furniture): every word set aside there is article text lost, and its
// last paragraph set aside is a closing line lost. Article Bias Prediction texts
// (../shared/devsets/lean/abp-train-valid.jsonl.gz) were scraped and keep some furniture at their end;
// there is no gold for it, so the bench counts the short closing lines kept and set aside, and
// FRAMELENS_BENCH_SHOW=1 prints each one to stderr to be read.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

const DEVSETS = join(import.meta.dirname, '..', '..', 'shared', 'devsets');
const pct = (n: number, d: number) => `${d ? ((100 * n) / d).toFixed(2) : '0.00'}%`;
const words = (text: string) => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

export async function textTailBenchmark(): Promise<void> {
  const polnear = join(DEVSETS, 'quotes', 'polnear-train.jsonl.gz');
  const abp = join(DEVSETS, 'lean', 'abp-train-valid.jsonl.gz');
  if (!existsSync(polnear) || !existsSync(abp)) {
    console.log('\n## How plain text ends: skipped (PolNeAR or ABP set missing)');
    return;
  }
  const { toDocument } = await import('../src/ingest/read-file.js');
  const { parseDocument } = await import('../src/nlp/parse-document.js');
  const { structureArticle } = await import('../src/structure/index.js');
  const lines = (file: string) => gunzipSync(readFileSync(file)).toString('utf8').trim().split('\n');
  const structure = (text: string) => structureArticle(parseDocument(toDocument('a.txt', text, 'text')));
  const show = process.env.FRAMELENS_BENCH_SHOW === '1';
  const print = (kind: string, text: string, why: string) => {
    if (show) console.error(`${kind}\t${JSON.stringify(text)}\t${why}`);
  };

  // PolNeAR: every block after the title line is the article's.
  let all = 0, lost = 0, articles = 0, lastLost = 0;
  for (const line of lines(polnear).filter((_, i) => i % 3 === 0)) {
    const { text } = JSON.parse(line) as { text: string };
    const article = structure(text);
    const blocks = article.blocks.filter((b) => b.start > 0 && b.text.trim());
    if (blocks.length === 0) continue;
    articles += 1;
    for (const b of blocks) {
      const n = words(b.text);
      all += n;
      if (b.role === 'boilerplate') {
        lost += n;
        print('polnear-set-aside', b.text, b.why ?? '');
      }
    }
    if (blocks.at(-1)!.role === 'boilerplate') {
      lastLost += 1;
      print('polnear-last-lost', blocks.at(-1)!.text, blocks.at(-1)!.why ?? '');
    }
  }

  // ABP: the blocks after the last paragraph of prose (8 words or more), kept or set aside.
  let abpArticles = 0, tailKept = 0, tailAside = 0;
  for (const line of lines(abp).filter((_, i) => i % 10 === 0)) {
    const { text } = JSON.parse(line) as { text: string };
    const article = structure(text);
    abpArticles += 1;
    let lastLong = -1;
    article.blocks.forEach((b, k) => {
      if (words(b.text) >= 8 && b.role === 'body') lastLong = k;
    });
    for (const b of article.blocks.slice(lastLong + 1)) {
      if (!b.text.trim()) continue;
      if (b.role === 'boilerplate') {
        tailAside += 1;
        print('abp-tail-aside', b.text, b.why ?? '');
      } else {
        tailKept += 1;
        print(`abp-tail-${b.role}`, b.text, b.why ?? '');
      }
    }
  }
  console.log('\n## How plain text ends');
  console.log(`PolNeAR (every 3rd, ${articles} articles, clean article text after the title line): words set aside ${pct(lost, all)} (${lost}/${all}); last paragraph set aside in ${lastLost} of ${articles}.`);
  console.log(`Article Bias Prediction (every 10th, ${abpArticles} texts): lines after the last paragraph of 8+ words: kept ${tailKept}, set aside ${tailAside} (no gold: FRAMELENS_BENCH_SHOW=1 lists them).`);
}
