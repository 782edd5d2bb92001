// Who has a side: on BASIL dev (../shared/devsets/framing/basil-dev.jsonl.gz, 138 articles of 46
// events, each with its date) and PolNeAR train (../shared/devsets/quotes/polnear-train.jsonl.gz, 840
// articles of 2016 election coverage; the records carry no date), how much of what framelens finds
// is tied to a side:
// - quotations with a named speaker whose speaker has a side (the prototype: 53%);
// - quoted words whose speaker has a side, of all quoted words of speech (the prototype: 51%);
// - attributions whose source has a side (the prototype: 46%);
// - person mentions with a side (the prototype: 66%);
// - articles with no sided actor (the prototype: 2 of 138 on BASIL dev);
// - mentions per article, and the time actor finding takes against the whole analysis.
// Each BASIL article is built as its title, a blank line, then its paragraphs (the record's sentences
// joined by paragraph). PolNeAR has no dates: the sides are read as an undated article's are (the era
// of the sitting president the text names, else only parties that never changed) and, for comparison,
// at 2016-10-01 (the set's election season).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { toDocument } from '../src/ingest/read-file.js';
import { parseDocument } from '../src/nlp/parse-document.js';
import { structureArticle } from '../src/structure/index.js';
import { analyzeArticle } from '../src/analyze/index.js';
import type { ArticleAnalysis } from '../src/analyze/index.js';
import { termMatcher } from '../src/pipeline.js';
import { indexEntities } from '../src/analyze/entities.js';
import { actorRegistry } from '../src/actors/data.js';
import { findActorMentions } from '../src/actors/find.js';
import { resolveSides } from '../src/actors/sides.js';
import { sourcesBySide, speakerActors } from '../src/actors/sources.js';

const DEVSETS = join(import.meta.dirname, '..', '..', 'shared', 'devsets');
const BASIL = join(DEVSETS, 'framing', 'basil-dev.jsonl.gz');
const POLNEAR = join(DEVSETS, 'quotes', 'polnear-train.jsonl.gz');

interface Doc {
  id: string;
  text: string;
  day: string | null;
}

function readLines<T>(path: string): T[] {
  return gunzipSync(readFileSync(path)).toString('utf8').trim().split('\n').map((l) => JSON.parse(l) as T);
}

function basilDocs(): Doc[] {
  return readLines<{ triplet_uuid: string; source: string; date: string; title: string; sentences: string[]; sentence_paragraph: number[] }>(BASIL).map((r) => {
    const paragraphs: string[] = [];
    r.sentences.forEach((s, i) => {
      const p = r.sentence_paragraph[i] ?? 0;
      paragraphs[p] = paragraphs[p] ? `${paragraphs[p]} ${s.trim()}` : s.trim();
    });
    return { id: `${r.triplet_uuid}:${r.source}`, text: `${r.title}\n\n${paragraphs.filter(Boolean).join('\n\n')}\n`, day: r.date ?? null };
  });
}

function polnearDocs(): Doc[] {
  return readLines<{ id: string; text: string }>(POLNEAR).map((r) => ({ id: r.id, text: r.text, day: null }));
}

interface Figures {
  articles: number;
  namedQuotations: number;
  sidedNamedQuotations: number;
  quotedWords: number;
  sidedQuotedWords: number;
  attributions: number;
  sidedAttributions: number;
  personMentions: number;
  sidedPersonMentions: number;
  mentions: number;
  sidedMentions: number;
  noSidedActor: number;
  bySource: Record<string, number>;
}

const empty = (): Figures => ({ articles: 0, namedQuotations: 0, sidedNamedQuotations: 0, quotedWords: 0, sidedQuotedWords: 0, attributions: 0, sidedAttributions: 0, personMentions: 0, sidedPersonMentions: 0, mentions: 0, sidedMentions: 0, noSidedActor: 0, bySource: {} });

function count(f: Figures, a: Pick<ArticleAnalysis, 'actors' | 'quotes' | 'attributions'>): void {
  f.articles += 1;
  const who = speakerActors(a.actors);
  const seen = new Set<number>();
  for (const q of a.quotes) {
    if (q.quoteKind !== 'speech') continue;
    const w = who(q.speaker, q.speakerMention);
    f.quotedWords += q.words;
    if (w?.side) f.sidedQuotedWords += q.words;
    if (q.speaker && !seen.has(q.quotation)) {
      seen.add(q.quotation);
      f.namedQuotations += 1;
      if (w?.side) f.sidedNamedQuotations += 1;
    }
  }
  for (const x of a.attributions) {
    f.attributions += 1;
    if (who(x.source, x.text)?.side) f.sidedAttributions += 1;
  }
  for (const m of a.actors) {
    f.mentions += 1;
    if (m.side) {
      f.sidedMentions += 1;
      f.bySource[m.sideSource ?? 'none'] = (f.bySource[m.sideSource ?? 'none'] ?? 0) + 1;
    }
    if (m.actorType === 'person') {
      f.personMentions += 1;
      if (m.side) f.sidedPersonMentions += 1;
    }
  }
  if (!a.actors.some((m) => m.side)) f.noSidedActor += 1;
  sourcesBySide(a); // exercised here so a crash on real data shows in the bench
}

const pct = (n: number, d: number) => (d === 0 ? '—' : `${((100 * n) / d).toFixed(1)}%`);

function print(name: string, f: Figures): void {
  console.log(`  ${name}: ${f.articles} articles`);
  console.log(`    quotations with a named speaker, speaker sided: ${f.sidedNamedQuotations}/${f.namedQuotations} = ${pct(f.sidedNamedQuotations, f.namedQuotations)}`);
  console.log(`    quoted words (speech), speaker sided:           ${f.sidedQuotedWords}/${f.quotedWords} = ${pct(f.sidedQuotedWords, f.quotedWords)}`);
  console.log(`    attributions, source sided:                     ${f.sidedAttributions}/${f.attributions} = ${pct(f.sidedAttributions, f.attributions)}`);
  console.log(`    person mentions sided:                          ${f.sidedPersonMentions}/${f.personMentions} = ${pct(f.sidedPersonMentions, f.personMentions)}`);
  console.log(`    articles with no sided actor:                   ${f.noSidedActor}/${f.articles}`);
  console.log(`    mentions per article: ${(f.mentions / Math.max(1, f.articles)).toFixed(1)} (sided ${(f.sidedMentions / Math.max(1, f.articles)).toFixed(1)}); sided by source: ${Object.entries(f.bySource).sort().map(([k, v]) => `${k} ${v}`).join(', ')}`);
}

function run(name: string, docs: Doc[], extraDay?: string): void {
  const terms = termMatcher([]);
  const registry = actorRegistry();
  const f = empty();
  const g = empty();
  let analysisMs = 0;
  let actorsMs = 0;
  for (const d of docs) {
    const started = performance.now();
    const article = structureArticle(parseDocument(toDocument(`${d.id}.txt`, d.text, 'text')), { repeatedAcrossCorpus: new Set() });
    const a = analyzeArticle({ ...article, published: d.day ?? article.published }, { terms, actors: registry });
    analysisMs += performance.now() - started;
    // Actor finding alone, again (on an entity index built outside the timing), for its share of the time.
    const index = indexEntities(article.blocks, article.text);
    const t = performance.now();
    findActorMentions(article, index, registry, d.day);
    actorsMs += performance.now() - t;
    count(f, a);
    if (extraDay) count(g, { ...a, actors: resolveSides(a.actors, extraDay) });
  }
  print(`${name}${extraDay ? ' (no date: the era the text names)' : ''}`, f);
  if (extraDay) print(`${name} (at ${extraDay})`, g);
  console.log(`    time: analysis ${(analysisMs / docs.length).toFixed(1)} ms/article; actor finding ${(actorsMs / docs.length).toFixed(2)} ms/article (${pct(actorsMs, analysisMs)} of the analysis)`);
}

export function actorsDevsetBenchmark(): void {
  console.log('\n## actors: who has a side (bench/actors-devset.ts)');
  const sample = Number(process.env.ACTORS_SAMPLE ?? 0);
  if (existsSync(BASIL)) run('BASIL dev', basilDocs());
  else console.log(`  skipped: ${BASIL} not found`);
  if (existsSync(POLNEAR)) {
    const docs = polnearDocs();
    run('PolNeAR train', sample > 0 ? docs.slice(0, sample) : docs, '2016-10-01');
  } else console.log(`  skipped: ${POLNEAR} not found`);
  console.log('  prototype (BASIL dev, ../shared/notes/framing-prototype.md): 53% of quotations with a named speaker, 51% of quoted words, 46% of attributions, 66% of person mentions, 136/138 articles with a sided actor');
}
