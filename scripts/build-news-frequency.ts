// Builds lexicon/news-frequency.json: how often plain news writing uses each word, in uses per
// million own-voice words of the TRAIN split of Article Bias Prediction (Baly et al., EMNLP 2020;
// Apache-2.0), as sampled in ../shared/devsets/lean/abp-train-valid.jsonl.gz.
// Run: npm run build:news-frequency [-- path/to/abp-train-valid.jsonl.gz]
//
// Why: an opinion word that news writes every day ("crime", "attack", "police") mostly names the
// topic, while one it almost never writes ("grifter", "hoax", "egomaniacal") is the writer's
// colouring. The loaded-words layer reads this table to tell them apart (src/analyze/loaded-words.ts).
// Counted on the same own-voice word units as the learned phrases (src/analyze/word-units.ts): no
// boilerplate, no quotations, no names; each unit under its lemma and, when different, its written form. Each article is weighted so that no outlet counts for more
// than CAP articles of its class, and all three classes count, so the table is not a partisan one.
// Only words used at least MIN_PER_MILLION times per million are kept: an absent word is rarer.
// Output is sorted and rounded: the same input gives the same bytes.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { toDocument } from '../src/ingest/read-file.js';
import { parseDocument } from '../src/nlp/parse-document.js';
import { findCorpusRepeats, structureArticle } from '../src/structure/index.js';
import { extractQuotes } from '../src/analyze/quotes/quotes.js';
import { indexEntities } from '../src/analyze/entities.js';
import { insideAny } from '../src/analyze/spans.js';
import { wordRuns } from '../src/analyze/word-units.js';

const ROOT = join(import.meta.dirname, '..');
const INPUT = process.argv[2] ?? join(ROOT, '..', 'shared', 'devsets', 'lean', 'abp-train-valid.jsonl.gz');
/** No outlet counts for more than this many articles of its class (as for the learned phrases). */
const CAP = 60;
const MIN_PER_MILLION = 1;

interface Row { split: string; id: string; source: string; title: string; text: string; lean: string }

function main(): void {
  if (!existsSync(INPUT)) {
    console.error(`build-news-frequency: ${INPUT} not found`);
    process.exit(2);
  }
  const started = Date.now();
  const rows = gunzipSync(readFileSync(INPUT)).toString('utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Row)
    .filter((r) => r.split === 'train').sort((a, b) => a.id.localeCompare(b.id));
  const perOutlet = new Map<string, number>();
  for (const r of rows) perOutlet.set(`${r.lean}|${r.source}`, (perOutlet.get(`${r.lean}|${r.source}`) ?? 0) + 1);
  const sources = rows.map((r) => toDocument(`abp/${r.id}.txt`, `${r.title}\n\n${r.text}`, 'text'));
  const repeated = findCorpusRepeats(sources);
  const uses = new Map<string, number>();
  let total = 0;
  sources.forEach((source, i) => {
    const article = structureArticle(parseDocument(source), { repeatedAcrossCorpus: repeated });
    const { quotes } = extractQuotes(article, indexEntities(article.blocks, article.text));
    const weight = Math.min(1, CAP / perOutlet.get(`${rows[i].lean}|${rows[i].source}`)!);
    for (const run of wordRuns(article, insideAny(quotes))) {
      for (const unit of run) {
        uses.set(unit.key, (uses.get(unit.key) ?? 0) + weight);
        // The written form counts too: wink gives some inflections a lemma of their own when it
        // mis-tags them ("vaccinated" as an adjective, "said" in word salad), and the run-time
        // check (rarerThan) asks about the lemma and the written form, rare only if both are.
        const written = unit.compound ? unit.key : article.text.slice(unit.start, unit.end).toLowerCase().replace(/[’‘]/g, "'");
        if (written !== unit.key) uses.set(written, (uses.get(written) ?? 0) + weight);
        total += weight;
      }
    }
    if ((i + 1) % 500 === 0) console.error(`read ${i + 1}/${rows.length} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  });
  const perMillion: Record<string, number> = {};
  for (const [word, n] of [...uses].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const pm = (n / total) * 1e6;
    if (pm >= MIN_PER_MILLION && !/\d/.test(word)) perMillion[word] = pm >= 10 ? Math.round(pm) : Math.round(pm * 10) / 10;
  }
  const out = {
    name: 'news-frequency', version: 1,
    description: 'Uses per million own-voice words of real news articles (left, center and right outlets alike), keyed on lower-case wink lemmas and, where they differ, on the lower-case written forms too (hyphenated compounds on their written words); a written form counts the uses of that form only. Words used less than once per million are left out: an absent word is rarer than that.',
    provenance: {
      data: 'Article Bias Prediction (Baly, Da San Martino, Glass and Nakov, "We Can Detect Your Bias: Predicting the Political Ideology of News Articles", EMNLP 2020; Apache-2.0), the sample in shared/devsets/lean/abp-train-valid.jsonl.gz',
      split: 'train only',
      inputSha256: createHash('sha256').update(readFileSync(INPUT)).digest('hex'),
      articles: rows.length,
      weightedWords: Math.round(total),
      method: `own-voice words after framelens removed boilerplate, quotations and names; each article weighted so no outlet counts for more than ${CAP} articles of its class; words under ${MIN_PER_MILLION} per million dropped`,
      script: 'scripts/build-news-frequency.ts',
    },
    perMillion,
  };
  writeFileSync(join(ROOT, 'lexicon', 'news-frequency.json'), `${JSON.stringify(out, null, 0).replace(/,"(?=[^"]+":\d)/g, ',\n"')}\n`);
  console.error(`${Object.keys(perMillion).length} words; ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

main();
