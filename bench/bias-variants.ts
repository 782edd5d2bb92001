// Round 5: variants of the bias-sentence model's features on BASIL dev, each measured by the same nested
// event-split cross-validation as the framing bench (5 outer folds by event; penalty and threshold
// chosen on inner folds only; no word features, which the inner folds of round 4 rejected), and on
// five different splits of the events into folds (the fold hash salted), so a variant's gain can be
// read against the noise of one split. Every variant stated is printed; none is picked here.
// Run: npm run bench -- bias-variants   (EVENTS=N for a sample of the first N events while iterating)
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { devset } from './devsets.js';
import { infSentenceScore, loadBasil } from './basil.js';
import type { BasilArticle } from './basil.js';
import { basilSentences, examplesOf } from './bias-examples.js';
import type { BasilSentences } from './bias-examples.js';
import { CANDIDATES, INNER_FOLDS, OUTER_FOLDS, nestedCv } from '../src/framing/bias-sentences/cv.js';
import type { Example } from '../src/framing/bias-sentences/model.js';
import { closestSentences, eventContext } from './bias-context.js';
import type { ContextArticle } from './bias-context.js';
import { bodySentences } from '../src/framing/bias-sentences/features.js';
import { toneWords } from '../src/framing/tone-words.js';

type Features = Map<string, number>;
/** A variant adds features to (or replaces some of) a sentence's round-4 features. */
type Variant = (r: BasilSentences, article: number, sentence: number, f: Features) => Features;

/** Tokens of one body sentence (the parsed article keeps them). */
function tokensOf(r: BasilSentences, si: number) {
  const s = r.sentences[si];
  return r.parsedArticle.blocks.filter((b) => b.role === 'body').flatMap((b) => b.parsed.tokens.filter((t) => t.start >= s.start && t.start < s.end));
}

// Event-independent words: function words, contrast, hedges, time of the background. Written by hand.
const FUNCTION = new Set(('a an the and or but if of to in on at by for with from as into about than then that this these those it its '
  + 'he she they we you i his her their our your my him them us me be is are was were been being have has had do does did '
  + 'will would can could may might shall should must not no so also just there here which who whom whose what when where why how '
  + 'all any some each more most other such only own same very up out over after before while during '
  + "however although though yet despite even still already again once since ago last former previously earlier recently long never n't "
  + 'reportedly allegedly apparently actually indeed instead rather because according whether').split(' '));

// The published lists of biased and subjective language in ../shared/lexicons (Recasens et al. 2013's
// linguistic features), read only here; a missing folder leaves the variant out.
const LEXICONS = join(import.meta.dirname, '..', '..', 'shared', 'lexicons');
const LIST_FILES: Record<string, string> = { npov: 'npov_lexicon.txt', hedges: 'hedges_hyland2005.txt', factives: 'factives_hooper1975.txt', assertives: 'assertives_hooper1975.txt', implicatives: 'implicatives_karttunen1971.txt', report: 'report_verbs.txt', strong: 'strong_subjectives_riloff2003.txt', weak: 'weak_subjectives_riloff2003.txt' };

function publishedLists(): Map<string, { single: Set<string>; multi: string[] }> | null {
  if (!existsSync(LEXICONS)) return null;
  return new Map(Object.entries(LIST_FILES).map(([k, file]) => {
    const entries = readFileSync(join(LEXICONS, file), 'utf8').split('\n').map((l) => l.trim().toLowerCase()).filter((l) => l && !l.startsWith('#') && !l.startsWith(';'));
    return [k, { single: new Set(entries.filter((e) => !e.includes(' '))), multi: entries.filter((e) => e.includes(' ')) }] as const;
  }));
}

export function biasVariants(): void {
  const path = devset('framing/basil-dev.jsonl.gz', 'Bias-sentence feature variants on BASIL dev');
  if (!path) return;
  const sample = Number(process.env.EVENTS ?? 0);
  const events = sample ? loadBasil(path).slice(0, sample) : loadBasil(path);
  const read = basilSentences(events);
  const { examples, groups, where } = examplesOf(read);

  // The story of each article: the other articles of its event, as the compare stage would have them.
  const byEvent = new Map<string, number[]>();
  read.forEach((r, i) => byEvent.set(r.article.event, [...(byEvent.get(r.article.event) ?? []), i]));
  const others = read.map((r, i) => byEvent.get(r.article.event)!.filter((j) => j !== i).map((j) => read[j]));
  const asContext = (o: BasilSentences): ContextArticle => ({ text: o.analysis.article.text, sentences: o.sentences, actors: o.analysis.actors, quotes: o.analysis.quotes, figures: o.analysis.figures });
  const context = read.map((r, i) => eventContext(asContext(r), others[i].map(asContext)));
  const closest = read.map((r, i) => closestSentences(asContext(r), others[i].map(asContext)));

  const words = toneWords();
  const lists = publishedLists();
  const body = new Map(read.map((r) => [r, bodySentences(r.parsedArticle)]));
  const NEIGHBOUR = ['lex:neg', 'voice:quoted', 'tone:neg', 'loaded:term', 'voice:own'];
  const neighbours = (steps: readonly [number, string][]): Variant => (r, _a, si, f) => {
    const g = new Map(f);
    for (const [d, name] of steps) {
      const n = r.sentences[si + d];
      if (!n) {
        g.set(`nb:${name}:none`, 1);
        continue;
      }
      for (const k of NEIGHBOUR) if (n.features.get(k)) g.set(`nb:${name}:${k}`, n.features.get(k)!);
    }
    return g;
  };
  const variants: [string, string, Variant][] = [
    ['base', 'the round-4 features (the shipped model\'s)', (_r, _a, _s, f) => f],
    ['context', 'event context: closest sentence of the others (TF-IDF cosine, binned), share of words no other article uses, an actor / quotation / figure the others have or not (bench/bias-context.ts)', (_r, ai, si, f) => new Map([...f, ...context[ai][si]])],
    ['context-diff', 'how the sentence differs from its closest sentence of the others (similarity ≥ 0.2): more or fewer negative / positive words, quotation, negative tone, Hu & Liu loaded words; unmatched otherwise', (_r, ai, si, f) => {
      const g = new Map(f);
      const m = closest[ai][si];
      if (m.other < 0 || m.similarity < 0.2) return g.set('cd:unmatched', 1);
      const o = others[ai][m.other].sentences[m.sentence].features;
      for (const k of ['lex:neg', 'lex:pos', 'voice:quoted', 'tone:neg', 'loaded:liu-negative']) {
        const d = (f.get(k) ?? 0) - (o.get(k) ?? 0);
        if (d > 0) g.set(`cd:more:${k}`, 1);
        if (d < 0) g.set(`cd:less:${k}`, 1);
      }
      return g;
    }],
    ['tone-lookup', 'polarity words looked up by the written form, then the lemma (as tone.ts), not the written form only', (r, _a, si, f) => {
      const g = new Map([...f].filter(([n]) => !n.startsWith('lex:')));
      let neg = 0, pos = 0;
      for (const t of tokensOf(r, si)) {
        if (t.type !== 'word') continue;
        const w = words.get(t.normal.toLowerCase()) ?? (t.lemma ? words.get(t.lemma) : undefined);
        if (w) w.polarity < 0 ? (neg += 1) : (pos += 1);
      }
      if (neg) g.set('lex:neg', Math.min(neg, 3) / 3);
      if (pos) g.set('lex:pos', Math.min(pos, 3) / 3);
      return g;
    }],
    ['neighbours', 'five features of the sentence before and after (negative words, quotation, negative tone, loaded term, own voice): bias spans cluster', neighbours([[-1, 'prev'], [1, 'next']])],
    ['neighbours-2', 'the same, two sentences each way', neighbours([[-1, 'prev'], [1, 'next'], [-2, 'prev2'], [2, 'next2']])],
    ['paragraph', 'first / middle / last sentence of its paragraph, and the paragraph\'s size', (r, _a, si, f) => {
      const bs = body.get(r)!;
      const same = bs.filter((x) => x.block === bs[si].block);
      const k = same.indexOf(bs[si]);
      return new Map([...f, [k === 0 ? 'pp:first' : k === same.length - 1 ? 'pp:last' : 'pp:middle', 1], [`pp:size:${Math.min(same.length, 4)}`, 1]]);
    }],
    ['article', 'the article\'s mean of the five neighbour features (a sentence read against its article)', (r, _a, _s, f) => {
      const g = new Map(f);
      for (const k of NEIGHBOUR) g.set(`art:${k}`, r.sentences.reduce((n, x) => n + (x.features.get(k) ?? 0), 0) / r.sentences.length);
      return g;
    }],
    ['style', 'event-independent words (function words, contrast, hedges, background time), a year, ? ! : ; ( and dashes, counts of adjectives, adverbs, numbers, names, pronouns, auxiliaries', (r, _a, si, f) => {
      const g = new Map(f);
      const pos = new Map<string, number>();
      for (const t of tokensOf(r, si)) {
        if (t.type === 'word') pos.set(t.pos, (pos.get(t.pos) ?? 0) + 1);
        const w = t.normal.toLowerCase();
        if (FUNCTION.has(w)) g.set(`fw:${w}`, 1);
        if (t.type === 'punctuation' && ['?', '!', ':', ';', '(', '—', '–'].includes(w)) g.set(`punct:${w}`, 1);
        if (/^(19|20)\d\d$/.test(w)) g.set('year', 1);
      }
      for (const p of ['ADJ', 'ADV', 'NUM', 'PROPN', 'PRON', 'AUX']) g.set(`pos:${p}:${Math.min(pos.get(p) ?? 0, 3)}`, 1);
      return g;
    }],
    ...(lists ? [['lists', `the published bias and subjectivity lists (${Object.keys(LIST_FILES).join(', ')}): words of each list in the sentence, capped at 3`, (r: BasilSentences, _a: number, si: number, f: Features) => {
      const g = new Map(f);
      const count = new Map<string, number>();
      for (const t of tokensOf(r, si)) {
        if (t.type !== 'word') continue;
        for (const [n, l] of lists) if (l.single.has(t.normal.toLowerCase()) || l.single.has(t.lemma)) count.set(n, (count.get(n) ?? 0) + 1);
      }
      const s = r.sentences[si];
      const text = ` ${r.analysis.article.text.slice(s.start, s.end).toLowerCase().replace(/[^a-z' ]+/g, ' ')} `;
      for (const [n, l] of lists) for (const m of l.multi) if (text.includes(` ${m} `)) count.set(n, (count.get(n) ?? 0) + 1);
      for (const [n, c] of count) g.set(`lx:${n}`, Math.min(c, 3) / 3);
      return g;
    }] as [string, string, Variant]] : []),
  ];
  const combos = [['context', 'neighbours'], ['tone-lookup', 'context', 'neighbours'], ['context-diff', 'context']];
  const runs: string[][] = [...variants.map(([n]) => [n]), ...combos];
  const SALTS = ['', 'a', 'b', 'c', 'd'];
  const candidates = CANDIDATES.filter((c) => !c.words);
  const articles = events.flat();

  console.log(`\n## Bias-sentence feature variants on BASIL dev: nested ${OUTER_FOLDS}-fold CV by event, ${SALTS.length} splits (${new Set(groups).size} events, ${examples.length} sentences; no word features)`);
  for (const [name, what] of variants) console.log(`- ${name}: ${what}`);
  if (!lists) console.log(`- lists: skipped (${LEXICONS} not found)`);
  console.log(`\n| variant | F1 per split (split 1 is the framing bench's) | mean F1 | mean P / R |\n|---|---|---|---|`);
  for (const run of runs) {
    const fs = run.map((n) => variants.find(([m]) => m === n)![2]);
    const ex: Example[] = examples.map((e, i) => ({ label: e.label, features: fs.reduce((f, v) => v(read[where[i].article], where[i].article, where[i].sentence, f), e.features) }));
    const scores = SALTS.map((salt) => {
      const cv = nestedCv(ex, groups.map((g) => salt + g), OUTER_FOLDS, candidates, INNER_FOLDS);
      const flags = new Map<BasilArticle, Set<number>>();
      cv.flagged.forEach((fl, i) => {
        if (!fl) return;
        const r = read[where[i].article];
        flags.set(r.article, (flags.get(r.article) ?? new Set()).add(r.basilIndex[where[i].sentence]));
      });
      return infSentenceScore(articles, (a) => flags.get(a) ?? new Set());
    });
    const mean = (k: 'p' | 'r' | 'f1') => scores.reduce((n, s) => n + s[k], 0) / scores.length;
    console.log(`| ${run.join(' + ')} | ${scores.map((s) => s.f1.toFixed(3)).join(' ')} | **${mean('f1').toFixed(3)}** | ${mean('p').toFixed(3)} / ${mean('r').toFixed(3)} |`);
  }
  console.log('(target 0.35; flag-all 0.263; word rule 0.323; RoBERTa 0.425; three-article model 0.441)');
}

if (import.meta.url === `file://${process.argv[1]}`) biasVariants();
