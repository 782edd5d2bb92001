// The features of one sentence that the bias-sentence model reads: what framelens already knows about
// it (its words, whose voice it is, who it names, the tone records and loaded words in it, figures,
// where it sits in the article, how long it is). Names are plain strings ("w:accuse", "voice:quoted"),
// so the model file says what each weight is for. Pure: reads the parsed article and the analysis'
// records, never the file system.
import type { Article, AttributionFinding, FigureFinding, LoadedWordFinding, QuoteFinding, SignalFinding, TermFinding, ReportVerbFinding } from '../../types.js';
import type { ActorMention } from '../../actors/types.js';
import type { ToneFinding } from '../tone-records.js';
import { toneWords } from '../tone-words.js';
import { bucketsOf } from './buckets.js';
import { NONE_FEATURE, SCORE_FEATURE, meanWordScore } from './word-scores.js';

/** What the features are read from, besides the parsed article: records the analysis already made. */
export interface SentenceRecords {
  quotes: readonly QuoteFinding[];
  attributions: readonly AttributionFinding[];
  actors: readonly ActorMention[];
  tones: readonly ToneFinding[];
  terms: readonly TermFinding[];
  loadedWords: readonly LoadedWordFinding[];
  signals: readonly SignalFinding[];
  reportVerbs: readonly ReportVerbFinding[];
  figures: readonly FigureFinding[];
}

/** One body sentence with its features (name -> value; absent names are 0). */
export interface SentenceFeatures {
  start: number;
  end: number;
  /** 0-based index of the sentence among the article's body sentences. */
  index: number;
  features: Map<string, number>;
}

// Function words and the most common verbs carry no evidence of their own and would only make the
// vocabulary longer; written by hand, not learned.
const STOP = new Set(('a an the and or but if of to in on at by for with from as into about than then that this these those it its '
  + 'he she they we you i his her their our your my him them us me be is are was were been being have has had do does did '
  + 'will would can could may might shall should must not no so also just there here which who whom whose what when where why how '
  + 'all any some each more most other such only own same very s t up out over after before while during').split(' '));

const WORD = /^[a-z][a-z'-]*[a-z]$/;

/** The lemma a word feature is made of, or null for words the model does not read (numbers, function words). */
export function wordKey(lemma: string | undefined, normal: string): string | null {
  const w = (lemma || normal).toLowerCase();
  if (w.length < 3 || !WORD.test(w) || STOP.has(w)) return null;
  return w;
}

const bin = (x: number, edges: readonly number[]) => {
  let i = 0;
  while (i < edges.length && x >= edges[i]) i += 1;
  return i;
};

// Feature names as constants, or built once per process: the same strings as the template literals
// they stand for, without a new string (and its hash) for every sentence.
const binNames = (prefix: string, edges: readonly number[]) => Array.from({ length: edges.length + 1 }, (_, i) => `${prefix}:${i}`);
const LEN_EDGES = [8, 15, 25, 35, 50];
const PARA_EDGES = [1, 2, 4, 8, 16];
const AT_EDGES = [0.1, 0.25, 0.5, 0.75];
const ACTOR_EDGES = [2, 4];
const LEN = binNames('len', LEN_EDGES);
const PARA = binNames('para', PARA_EDGES);
const AT = binNames('at', AT_EDGES);
const ACTORS = binNames('actors', ACTOR_EDGES);
const builtNames = new Map<string, Map<string, string>>();
/** `${prefix}:${rest}`, remembered (the rests are a handful of list, signal, stance and voice names). */
function named(prefix: string, rest: string): string {
  let byRest = builtNames.get(prefix);
  if (!byRest) builtNames.set(prefix, (byRest = new Map()));
  let name = byRest.get(rest);
  if (name === undefined) byRest.set(rest, (name = `${prefix}:${rest}`));
  return name;
}

/** The records of each kind that touch each sentence (`bucketsOf`), indexed by the sentence's place. */
export type SentenceBuckets = { [K in keyof SentenceRecords]: SentenceRecords[K][number][][] };

export function sentenceBuckets(r: SentenceRecords, sentences: readonly { start: number; end: number }[]): SentenceBuckets {
  return {
    quotes: bucketsOf(r.quotes, sentences),
    attributions: bucketsOf(r.attributions, sentences),
    actors: bucketsOf(r.actors, sentences),
    tones: bucketsOf(r.tones, sentences),
    terms: bucketsOf(r.terms, sentences),
    loadedWords: bucketsOf(r.loadedWords, sentences),
    signals: bucketsOf(r.signals, sentences),
    reportVerbs: bucketsOf(r.reportVerbs, sentences),
    figures: bucketsOf(r.figures, sentences),
  };
}

/** The article's body sentences in reading order, with the block and paragraph each is in. */
export function bodySentences(article: Article): { start: number; end: number; block: Article['blocks'][number]; paragraph: number; sentence: Article['blocks'][number]['parsed']['sentences'][number] }[] {
  const out: ReturnType<typeof bodySentences> = [];
  let paragraph = 0;
  for (const block of article.blocks) {
    if (block.role !== 'body') continue;
    for (const sentence of block.parsed.sentences) out.push({ start: sentence.start, end: sentence.end, block, paragraph, sentence });
    paragraph += 1;
  }
  return out;
}

/**
 * The features of every body sentence of the article, in reading order. A "main" actor is one of the
 * article's three most-mentioned. `words`: whether the word features (`w:`) are made; a model with no
 * word weight never reads them, so the analysis leaves them out (training makes them all). `scores`:
 * the learned word scores (word-scores.ts), read when the model weighs them: the mean score of the
 * content words (`wv:score`), or `wv:none`. Training reads the word vectors instead (the build folds
 * their weights into the scores), so it passes none.
 */
export function sentenceFeatures(article: Article, r: SentenceRecords, sentences = bodySentences(article), buckets = sentenceBuckets(r, sentences), words = true, scores: ReadonlyMap<string, number> | null = null): SentenceFeatures[] {
  const polar = toneWords();
  const counts = new Map<string, number>();
  for (const m of r.actors) counts.set(m.actor, (counts.get(m.actor) ?? 0) + 1);
  const main = new Set([...counts].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0])).slice(0, 3).map(([a]) => a));
  const total = sentences.length;
  const out: SentenceFeatures[] = [];
  sentences.forEach(({ block, paragraph, sentence: s }, index) => {
    const f = new Map<string, number>();
    const add = (name: string, value = 1) => f.set(name, (f.get(name) ?? 0) + value);
    const touching = <K extends keyof SentenceBuckets>(kind: K) => buckets[kind][index];
    f.set('bias', 1);
    let n = 0, neg = 0, pos = 0;
    for (let t = s.firstToken; t <= s.lastToken; t += 1) {
      const tok = block.parsed.tokens[t];
      if (tok.type !== 'word') continue;
      n += 1;
      if (words) {
        const key = wordKey(tok.lemma, tok.normal);
        if (key) f.set(`w:${key}`, 1);
      }
      const tw = polar.get(tok.normal.toLowerCase());
      if (tw) tw.polarity < 0 ? (neg += 1) : (pos += 1);
    }
    add(LEN[bin(n, LEN_EDGES)]);
    if (neg) add('lex:neg', Math.min(neg, 3) / 3);
    if (pos) add('lex:pos', Math.min(pos, 3) / 3);
    // Where in the article: leads summarise the event, later paragraphs add background and context.
    add(PARA[bin(paragraph, PARA_EDGES)]);
    add(AT[bin(total > 1 ? index / (total - 1) : 0, AT_EDGES)]);
    // Voice: a direct quotation, reported speech, or the outlet's own words.
    const quoted = (touching('quotes') as QuoteFinding[]).filter((q) => q.quoteKind === 'speech');
    const quotedChars = quoted.reduce((c, q) => c + Math.min(q.end, s.end) - Math.max(q.start, s.start), 0);
    const reported = touching('attributions');
    if (quoted.length) add('voice:quoted', Math.min(1, quotedChars / Math.max(1, s.end - s.start)));
    if (reported.length) add('voice:reported');
    if (!quoted.length && !reported.length) add('voice:own');
    if (quoted.some((q) => q.speaker)) add('quote:named');
    if (reported.some((x) => x.anonymous)) add('source:anonymous');
    // Who it names.
    const actors = touching('actors');
    if (actors.length) add(ACTORS[bin(actors.length, ACTOR_EDGES)]);
    if (actors.some((m) => m.side)) add('actor:sided');
    if (new Set(actors.filter((m) => m.side).map((m) => m.side)).size > 1) add('actor:both-sides');
    if (actors.some((m) => main.has(m.actor))) add('actor:main');
    // Tone records in it, by polarity and voice.
    for (const t of touching('tones')) {
      if (t.polarity === 0) continue;
      const p = t.polarity < 0 ? 'tone:neg' : 'tone:pos';
      f.set(p, 1);
      f.set(named(p, t.voice), 1);
      if (main.has(t.actor)) f.set(named(p, 'main'), 1);
    }
    if (touching('terms').length) add('loaded:term');
    for (const w of touching('loadedWords')) f.set(named('loaded', w.list), 1);
    for (const x of touching('signals')) f.set(named('signal', x.signal), 1);
    for (const v of touching('reportVerbs')) f.set(named('verb', v.stance), 1);
    if (touching('figures').length) add('figure');
    if (scores) {
      const m = meanWordScore(block.parsed.tokens, s.firstToken, s.lastToken, scores);
      if (m === null) f.set(NONE_FEATURE, 1);
      else f.set(SCORE_FEATURE, m);
    }
    out.push({ start: s.start, end: s.end, index, features: f });
  });
  return out;
}
