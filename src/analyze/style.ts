// House style that carries across outlets: how much of the text is other people's words, how
// often the outlet writes in its own person, asks, exclaims, evaluates, hedges, counts. Computed in
// one pass over the tokens already parsed, from the findings the other analysers already made: no
// extra parse, no word lists beyond the ones already loaded. These are counts; `styleRates` turns
// them into the per-word and per-sentence rates the verdict weighs. Nothing here names an outlet or
// keys on one outlet's style sheet (honorifics, datelines with an agency name, title case).
import type { Article, AttributionFinding, FigureFinding, HedgeFinding, QuoteFinding, SignalFinding, Token } from '../types.js';
import { CONTENT_ROLES } from './quotes.js';
import type { SpanTest } from './spans.js';

export interface StyleCounts {
  /** Words of the article's own text (headline, dek, headings, body). */
  words: number;
  /** Words outside quotations. */
  ownWords: number;
  /** Words inside quotations of speech. */
  quotedWords: number;
  /** Sentences of the body. */
  sentences: number;
  /** Body paragraphs. */
  paragraphs: number;
  /** Quotations of speech (pieces of one quotation count once), and quoted terms (scare quotes). */
  quotations: number;
  scareQuotes: number;
  attributions: number;
  anonymous: number;
  /** "said", "says" in the outlet's own voice. */
  said: number;
  hedges: number;
  /** Own-voice pronouns: I/me/my, we/us/our, you/your. */
  firstSingular: number;
  firstPlural: number;
  second: number;
  /** Own-voice sentences that end in a question or an exclamation mark. */
  questions: number;
  exclamations: number;
  /** Own-voice words by wink part of speech. */
  adjectives: number;
  adverbs: number;
  /** Own-voice modal verbs of obligation ("should", "must", "ought"). */
  modals: number;
  /** Own-voice contractions ("isn't", "we're"): conversational register. */
  contractions: number;
  /** Own-voice negations ("not", "never"). */
  negations: number;
  /** Figures written with digits, and how many of them are percentages or money. */
  figures: number;
  percents: number;
  money: number;
  /** Intensifying adverbs and evaluative adjectives (slant signals). */
  intensifiers: number;
  evaluative: number;
  /** Headline: words, a question, a quotation, a colon. */
  headlineWords: number;
  headlineQuestion: number;
  headlineQuote: number;
  headlineColon: number;
}

const FIRST_SINGULAR = new Set(['i', 'me', 'my', 'mine', 'myself']);
const FIRST_PLURAL = new Set(['we', 'us', 'our', 'ours', 'ourselves']);
const SECOND = new Set(['you', 'your', 'yours', 'yourself', 'yourselves']);
const MODALS = new Set(['should', 'must', 'ought']);
const NEGATIONS = new Set(['not', "n't", 'n’t', 'never', 'no', 'nothing', 'nobody', 'nowhere', 'neither', 'nor']);
const CONTRACTIONS = new Set(["n't", 'n’t', "'re", '’re', "'ve", '’ve', "'ll", '’ll', "'m", '’m', "'d", '’d']);

export interface StyleInput {
  quotes: readonly QuoteFinding[];
  attributions: readonly AttributionFinding[];
  hedges: readonly HedgeFinding[];
  figures: readonly FigureFinding[];
  signals: readonly SignalFinding[];
  quoted: SpanTest;
}

export function styleCounts(article: Article, input: StyleInput): StyleCounts {
  const c: StyleCounts = {
    words: 0, ownWords: 0, quotedWords: 0, sentences: 0, paragraphs: 0, quotations: 0, scareQuotes: 0, attributions: input.attributions.length,
    anonymous: input.attributions.filter((a) => a.anonymous).length, said: 0, hedges: input.hedges.length, firstSingular: 0, firstPlural: 0, second: 0,
    questions: 0, exclamations: 0, adjectives: 0, adverbs: 0, modals: 0, contractions: 0, negations: 0,
    figures: input.figures.length, percents: input.figures.filter((f) => f.isPercent).length, money: input.figures.filter((f) => f.isMoney).length,
    intensifiers: input.signals.filter((s) => s.signal === 'intensifier').length, evaluative: input.signals.filter((s) => s.signal === 'evaluative').length,
    headlineWords: 0, headlineQuestion: 0, headlineQuote: 0, headlineColon: 0,
  };
  c.quotations = new Set(input.quotes.filter((q) => q.quoteKind === 'speech').map((q) => q.quotation)).size;
  c.scareQuotes = input.quotes.filter((q) => q.quoteKind === 'term').length;
  const { quoted } = input;
  for (const block of article.blocks) {
    if (!CONTENT_ROLES.has(block.role)) continue;
    const tokens = block.parsed.tokens;
    const body = block.role === 'body';
    if (body) {
      c.paragraphs += 1;
      c.sentences += block.parsed.sentences.length;
    }
    for (let k = 0; k < tokens.length; k += 1) {
      const t = tokens[k];
      if (t.type === 'punctuation') {
        if (body && (t.value === '?' || t.value === '!') && endsSentence(tokens, k) && !quoted(t.start, t.end)) {
          if (t.value === '?') c.questions += 1;
          else c.exclamations += 1;
        }
        continue;
      }
      if (t.type !== 'word') continue;
      c.words += 1;
      if (quoted(t.start, t.end)) {
        c.quotedWords += 1;
        continue;
      }
      c.ownWords += 1;
      const n = t.normal;
      if (FIRST_SINGULAR.has(n) && t.pos === 'PRON') c.firstSingular += 1;
      else if (FIRST_PLURAL.has(n) && t.pos === 'PRON') c.firstPlural += 1;
      else if (SECOND.has(n) && t.pos === 'PRON') c.second += 1;
      else if (t.pos === 'ADJ') c.adjectives += 1;
      else if (t.pos === 'ADV') c.adverbs += 1;
      if (t.lemma === 'say' && t.pos === 'VERB') c.said += 1;
      if (MODALS.has(n)) c.modals += 1;
      if (CONTRACTIONS.has(n)) c.contractions += 1;
      if (NEGATIONS.has(n)) c.negations += 1;
    }
  }
  const headline = article.blocks.find((b) => b.role === 'headline');
  if (headline) {
    c.headlineWords = headline.parsed.tokens.filter((t) => t.type === 'word').length;
    c.headlineQuestion = Number(/\?\s*$/.test(headline.text));
    c.headlineQuote = Number(/[“”"‘]|(^|\s)'\S/.test(headline.text));
    c.headlineColon = Number(/:\s/.test(headline.text));
  }
  return c;
}

/** A "?" or "!" that closes its sentence (possibly before a closing quotation mark). */
function endsSentence(tokens: Token[], k: number): boolean {
  const next = tokens[k + 1];
  return next === undefined || next.sentence !== tokens[k].sentence || (next.type === 'punctuation' && /^[”"’')\]]$/.test(next.value) && (tokens[k + 2] === undefined || tokens[k + 2].sentence !== tokens[k].sentence));
}

/** Names of the rates `styleRates` gives, in a fixed order. */
export const STYLE_RATES = [
  'quotedShare', 'quotationsPerSentence', 'scareQuotes', 'attributionsPerSentence', 'anonymous', 'saidPerSentence', 'hedges',
  'firstSingular', 'firstPlural', 'second', 'questions', 'exclamations', 'adjectives', 'adverbs', 'modals', 'contractions',
  'negations', 'figures', 'percents', 'money', 'intensifiers', 'evaluative', 'sentenceWords', 'paragraphWords', 'logWords',
  'headlineWords', 'headlineQuestion', 'headlineQuote', 'headlineColon',
] as const;
export type StyleRate = (typeof STYLE_RATES)[number];

/** Rates per 1,000 own-voice words (or per sentence, or shares), on the counts of one article. */
export function styleRates(c: StyleCounts): Record<StyleRate, number> {
  const own = Math.max(c.ownWords, 50) / 1000;
  const all = Math.max(c.words, 50) / 1000;
  const sentences = Math.max(c.sentences, 1);
  return {
    quotedShare: c.quotedWords / Math.max(c.words, 1),
    quotationsPerSentence: c.quotations / sentences,
    scareQuotes: c.scareQuotes / all,
    attributionsPerSentence: c.attributions / sentences,
    anonymous: c.anonymous / all,
    saidPerSentence: c.said / sentences,
    hedges: c.hedges / all,
    firstSingular: c.firstSingular / own,
    firstPlural: c.firstPlural / own,
    second: c.second / own,
    questions: c.questions / sentences,
    exclamations: c.exclamations / sentences,
    adjectives: c.adjectives / own,
    adverbs: c.adverbs / own,
    modals: c.modals / own,
    contractions: c.contractions / own,
    negations: c.negations / own,
    figures: c.figures / all,
    percents: c.percents / all,
    money: c.money / all,
    intensifiers: c.intensifiers / own,
    evaluative: c.evaluative / own,
    sentenceWords: c.words / sentences,
    paragraphWords: c.words / Math.max(c.paragraphs, 1),
    logWords: Math.log(Math.max(c.words, 1)),
    headlineWords: c.headlineWords,
    headlineQuestion: c.headlineQuestion,
    headlineQuote: c.headlineQuote,
    headlineColon: c.headlineColon,
  };
}
