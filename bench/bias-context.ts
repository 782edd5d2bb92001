// Event context of a sentence: what the story's other articles say about the same event. BASIL's
// informational bias is content one outlet includes that the others leave out or tell differently
// (van den Berg & Markert 2020 read the other articles for it), so a sentence that no other article
// tells, names an actor no other article names or quotes words no other article quotes is a
// candidate. Read from the text and the analysis' records only (no tokens). Measured in round 5
// (`npm run bench -- bias-variants`, docs/framing.md) and not adopted: it lives with the bench that
// measures it, not in the pipeline. Pure.
import type { FigureFinding, QuoteFinding } from '../src/types.js';
import type { ActorMention } from '../src/actors/types.js';

/** One article as the context reads it: its text, its body sentences and the records that touch them. */
export interface ContextArticle {
  text: string;
  sentences: readonly { start: number; end: number }[];
  actors: readonly Pick<ActorMention, 'actor' | 'start' | 'end'>[];
  quotes: readonly Pick<QuoteFinding, 'quoteKind' | 'start' | 'end' | 'text'>[];
  figures: readonly Pick<FigureFinding, 'value' | 'start' | 'end'>[];
}

// Function words: no evidence of a shared telling. Written by hand.
const STOP = new Set(('a an the and or but if of to in on at by for with from as into about than then that this these those it its '
  + 'he she they we you i his her their our your my him them us me be is are was were been being have has had do does did '
  + 'will would can could may might shall should must not no so also just there here which who whom whose what when where why how '
  + 'all any some each more most other such only own same very up out over after before while during said says say mr ms mrs').split(' '));

/** Content words of a text, lower case, a possessive and a plural s dropped ("Trump's" → "trump", "votes" → "vote"). */
export function contentWords(text: string): string[] {
  const out: string[] = [];
  for (const m of text.toLowerCase().matchAll(/[a-z][a-z'’-]*[a-z]|[a-z]/g)) {
    let w = m[0].replace(/['’]s?$/, '');
    if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
    if (w.length < 3 || STOP.has(w)) continue;
    out.push(w);
  }
  return out;
}

const bin = (x: number, edges: readonly number[]) => {
  let i = 0;
  while (i < edges.length && x >= edges[i]) i += 1;
  return i;
};

/** Word trigrams of a text's content words, as keys: a quotation shared across outlets shares them. */
function trigrams(words: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 2 < words.length; i += 1) out.add(`${words[i]} ${words[i + 1]} ${words[i + 2]}`);
  return out;
}

const inside = (x: { start: number }, s: { start: number; end: number }) => x.start >= s.start && x.start < s.end;

/**
 * Context features ("ctx:*") of each body sentence of `article`, in its sentences' order, from the
 * story's `others`. None when there are no others: a lone article has no context, not an empty one.
 * - ctx:sim:N  the highest TF-IDF cosine (binary counts, IDF over the story's sentences) with any
 *   sentence of the other articles, binned at 0.1, 0.2, 0.35, 0.5;
 * - ctx:new:N  the share of its content words that no other article uses, binned at 0.25, 0.5, 0.75;
 * - ctx:actor-alone / ctx:actor-shared  it names an actor no other article names / names actors and all are named elsewhere;
 * - ctx:quote-alone / ctx:quote-shared  a quotation in it shares no word trigram / shares one with a quotation of another article;
 * - ctx:figure-alone / ctx:figure-shared  a figure in it whose value no other article gives / that another gives.
 */
export function eventContext(article: ContextArticle, others: readonly ContextArticle[]): Map<string, number>[] {
  if (others.length === 0) return article.sentences.map(() => new Map());
  const match = closestSentences(article, others);
  const own = article.sentences.map((s) => new Set(contentWords(article.text.slice(s.start, s.end))));
  const otherWords = new Set(others.flatMap((o) => o.sentences.flatMap((s) => contentWords(o.text.slice(s.start, s.end)))));
  const otherActors = new Set(others.flatMap((o) => o.actors.map((m) => m.actor)));
  const otherValues = new Set(others.flatMap((o) => o.figures.map((f) => f.value)));
  const otherQuoteGrams = new Set(others.flatMap((o) => o.quotes.filter((q) => q.quoteKind === 'speech').flatMap((q) => [...trigrams(contentWords(q.text))])));
  return article.sentences.map((s, i) => {
    const f = new Map<string, number>();
    f.set(`ctx:sim:${bin(match[i].similarity, [0.1, 0.2, 0.35, 0.5])}`, 1);
    if (own[i].size) f.set(`ctx:new:${bin([...own[i]].filter((w) => !otherWords.has(w)).length / own[i].size, [0.25, 0.5, 0.75])}`, 1);
    const actors = article.actors.filter((m) => inside(m, s));
    if (actors.some((m) => !otherActors.has(m.actor))) f.set('ctx:actor-alone', 1);
    else if (actors.length) f.set('ctx:actor-shared', 1);
    const quotes = article.quotes.filter((q) => q.quoteKind === 'speech' && q.start < s.end && q.end > s.start);
    if (quotes.length) f.set(quotes.some((q) => [...trigrams(contentWords(q.text))].some((g) => otherQuoteGrams.has(g))) ? 'ctx:quote-shared' : 'ctx:quote-alone', 1);
    const figures = article.figures.filter((x) => inside(x, s));
    if (figures.length) f.set(figures.every((x) => otherValues.has(x.value)) ? 'ctx:figure-shared' : 'ctx:figure-alone', 1);
    return f;
  });
}

/**
 * For each sentence of `article`, the most similar sentence of the other articles: TF-IDF cosine over
 * content words (binary counts; IDF over every sentence of the story), `other` and `sentence` its
 * place (-1 when no sentence shares a word, similarity 0).
 */
export function closestSentences(article: ContextArticle, others: readonly ContextArticle[]): { other: number; sentence: number; similarity: number }[] {
  const bag = (a: ContextArticle) => a.sentences.map((s) => new Set(contentWords(a.text.slice(s.start, s.end))));
  const own = bag(article);
  const theirs = others.flatMap((o, k) => bag(o).map((words, j) => ({ words, other: k, sentence: j })));
  const df = new Map<string, number>();
  for (const s of [...own, ...theirs.map((t) => t.words)]) for (const w of s) df.set(w, (df.get(w) ?? 0) + 1);
  const n = own.length + theirs.length;
  const idf = (w: string) => Math.log((n + 1) / ((df.get(w) ?? 0) + 1)) + 1;
  const vec = (s: Set<string>) => {
    const v = new Map<string, number>();
    let norm = 0;
    for (const w of s) {
      const x = idf(w);
      v.set(w, x);
      norm += x * x;
    }
    return { v, norm: Math.sqrt(norm) };
  };
  const theirVecs = theirs.map((t) => vec(t.words));
  // Inverted index: the other articles' sentences holding each word, so a sentence is compared only with those sharing a word.
  const holding = new Map<string, number[]>();
  theirs.forEach((t, j) => {
    for (const w of t.words) {
      const list = holding.get(w);
      if (list) list.push(j);
      else holding.set(w, [j]);
    }
  });
  return own.map((words) => {
    const mine = vec(words);
    const dot = new Map<number, number>();
    for (const [w, x] of mine.v) for (const j of holding.get(w) ?? []) dot.set(j, (dot.get(j) ?? 0) + x * theirVecs[j].v.get(w)!);
    let best = { other: -1, sentence: -1, similarity: 0 };
    // Ties keep the earlier sentence (the map is filled in the others' order of first shared word; compare by place).
    for (const [j, d] of dot) {
      const sim = d / (mine.norm * theirVecs[j].norm || 1);
      const t = theirs[j];
      if (sim > best.similarity || (sim === best.similarity && best.other >= 0 && (t.other < best.other || (t.other === best.other && t.sentence < best.sentence)))) best = { other: t.other, sentence: t.sentence, similarity: sim };
    }
    return best;
  });
}
