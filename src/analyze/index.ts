// analyze stage: Article -> ArticleAnalysis (every finding is a record with its text and offsets).
import { knownSeat } from '../actors/seat.js';
import type { Article, ArticleText, PoliticalCue, PoliticalSubject, AttributionFinding, FigureFinding, HedgeFinding, LoadedWordFinding, PhraseFinding, QuoteFinding, RemovedFinding, ReportVerbFinding, SignalFinding, SlantVerdict, TermFinding } from '../types.js';
import type { SlantCalibration } from '../lexicon/published.js';
import { indexEntities } from './entities.js';
import type { Entity } from './entities.js';
import { extractQuotes } from './quotes/quotes.js';
import { CONTENT_ROLES, whereOf } from './content.js';
import { extractAttributions, extractHedges } from './quotes/attributions.js';
import { extractTerms } from './terms.js';
import type { TermMatcher } from './terms.js';
import { extractFigures } from './figures.js';
import { extractSignals } from './signals.js';
import { measureFrames } from './frames.js';
import type { FrameMatcher, FrameShare } from './frames.js';
import { judgeSlant } from './slant.js';
import { namingPhrases } from './naming.js';
import type { ActorNaming } from './naming.js';
import { storyTerms } from './story-terms.js';
import type { StoryTerms } from './story-terms.js';
import { insideAny } from './spans.js';
import { extractReportVerbs } from './report-verbs.js';
import { extractPhrases } from './lean-phrases.js';
import type { LeanPhraseIndex } from './lean-phrases.js';
import { extractLoadedWords } from './loaded-words.js';
import { actorRegistry } from '../actors/data.js';
import type { ActorRegistry } from '../actors/data.js';
import { findActorMentions } from '../actors/find.js';
import { dayOf, resolveSides } from '../actors/sides.js';
import { presidentEra } from '../actors/era.js';
import type { SidesDate } from '../actors/era.js';
import { sourcesBySide } from '../actors/sources.js';
import type { ActorMention, SourcesBySide } from '../actors/types.js';
import { actorTones } from '../framing/tone-records.js';
import type { ToneFinding } from '../framing/tone-records.js';
import { politicalSubject } from './political/detect.js';
import { actorCues } from '../actors/cues.js';
import { findBiasSentences } from '../framing/bias-sentences/index.js';
import type { BiasSentenceFinding } from '../framing/bias-sentences/index.js';

export interface AnalysisContext {
  terms: TermMatcher;
  frames?: FrameMatcher;
  /** Learned partisan phrases; the bundled lexicon/lean-phrases.json when absent. */
  leanPhrases?: LeanPhraseIndex;
  /** Words not counted as loaded words or signals; the bundled list (lexicon/lean-phrases.json) when absent. */
  newsNeutral?: ReadonlySet<string>;
  /** Verdict constants; the bundled lexicon/slant-calibration.json when absent. */
  calibration?: SlantCalibration;
  /** Actors data (bundled plus --actors files); the bundled lexicon/actors.json when absent. */
  actors?: ActorRegistry;
  /** Political cues found by other modules (sided actors), weighed with the article's own (docs/politics-first.md). */
  extraPoliticalCues?: (article: Article) => PoliticalCue[];
}

/**
 * Everything the later stages need from one article. Plain, JSON-safe data with no tokens, so it can
 * cross a worker boundary, go into the cache and stay small in memory for the compare stage.
 */
export interface ArticleAnalysis {
  article: ArticleText;
  /** Words of the article's own text (headline, dek, headings, body). */
  words: number;
  removed: RemovedFinding[];
  entities: Entity[];
  quotes: QuoteFinding[];
  attributions: AttributionFinding[];
  hedges: HedgeFinding[];
  terms: TermFinding[];
  figures: FigureFinding[];
  signals: SignalFinding[];
  /** Published-list words that passed the context checks (weaker evidence than `terms`). */
  loadedWords: LoadedWordFinding[];
  /** Report verbs that colour someone's speech, with the speaker. */
  reportVerbs: ReportVerbFinding[];
  /** Own-voice phrases from the learned partisan list. */
  phrases: PhraseFinding[];
  frames: FrameShare[];
  /** wink's sentence-level tone, averaged: a product-review scale, reported but not used for slant. */
  sentiment: { headline: number | null; body: number };
  slant: SlantVerdict;
  /** Politics first: whether the article has a political subject, with every cue found (added in 0.3). */
  political: PoliticalSubject;
  /** The words story grouping compares. */
  storyTerms: StoryTerms;
  /** How the article names the key actors of lexicon/naming.json. */
  naming: ActorNaming[];
  /**
   * Every mention of a person, organisation, party or group, with its side at the article's date
   * (`article.published`; the latest term without one). applyManifest reads the sides again when the
   * manifest gives another date.
   */
  actors: ActorMention[];
  /** Quoted words and attributions per actor and per side (from `quotes`, `attributions`, `actors`). */
  sources: SourcesBySide;
  /** Tone toward each actor mention (one record per mention, in `actors` order), with its voice and holder. */
  tones: ToneFinding[];
  /**
   * Body sentences the bias-sentence model flags as carrying informational bias (added in 0.3), each
   * with its probability, the actors it names and the side its tone is aimed at.
   */
  biasSentences: BiasSentenceFinding[];
  /** The day actors' sides were read at, and how it was found (added in 0.3). */
  sidesDate: SidesDate;
  /** Where the article came from, as the corpus manifest records it (null when unknown). */
  provenance: Provenance;
}

export interface Provenance {
  url: string | null;
  /** The outlet's lean as the user rated it when adding the article; not framelens' verdict. */
  outletLean: 'left' | 'center' | 'right' | null;
}

/** Drops the parsed tokens of every block. */
export function withoutTokens(article: Article): ArticleText {
  return { ...article, blocks: article.blocks.map(({ parsed: _parsed, ...block }) => block) };
}

export function removedFindings(article: Article): RemovedFinding[] {
  return article.blocks
    .filter((b) => !CONTENT_ROLES.has(b.role))
    .map((b) => ({ kind: 'removed', text: b.text, start: b.start, end: b.end, where: whereOf(b), role: b.role, reason: b.reason ?? null, why: b.why }));
}

const mean = (xs: number[]) => (xs.length === 0 ? 0 : Math.round((xs.reduce((a, b) => a + b, 0) / xs.length) * 1000) / 1000);

export function analyzeArticle(article: Article, context: AnalysisContext): ArticleAnalysis {
  const published = dayOf(article.published);
  const registry = context.actors ?? actorRegistry();
  // Round 7 measured gender from public data (the entity index's options: the actors data's gender,
  // the first-name table) and did not adopt it: PolNeAR he/she speakers 1031 -> 1031 of 1410, BASIL
  // dated order 0.722 -> 0.704 (docs/framing-actors.md). The index reads the text alone.
  // Round 8: the data's seat of a person (state, offices, party) resolves "the Florida senator".
  const index = indexEntities(article.blocks, article.text, { knownSeat: knownSeat(registry, published) });
  const { quotes, verbOffsets } = extractQuotes(article, index);
  const quoted = insideAny(quotes);
  const terms = extractTerms(article, context.terms, quotes, index);
  const signals = extractSignals(article, quotes, index, terms, context.newsNeutral);
  const attributions = extractAttributions(article, index, quotes, verbOffsets);
  const reportVerbs = extractReportVerbs(article, quotes, attributions, quoted);
  const phrases = extractPhrases(article, quoted, context.leanPhrases);
  const loadedWords = extractLoadedWords(article, quoted, { terms, signals }, context.newsNeutral);
  const content = article.blocks.filter((b) => CONTENT_ROLES.has(b.role));
  let words = 0;
  for (const b of content) for (const t of b.parsed.tokens) if (t.type === 'word') words += 1;
  const headline = article.blocks.find((b) => b.role === 'headline');
  // A loop, not filter + flatMap: V8's flatMap is a slow path, and this runs once per article.
  const bodySentences: number[] = [];
  for (const b of content) if (b.role === 'body') for (const s of b.parsed.sentences) bodySentences.push(s.sentiment);
  const entities = [...index.entities.values()];
  const found = findActorMentions(article, index, registry, published);
  // Without a date, the text's sitting president says the era the sides are read at (src/actors/era.ts).
  const era = published ? null : presidentEra(article.text, found);
  const actors = era ? resolveSides(found, era.day) : found;
  const sidesDate: SidesDate = published ? { day: published, from: 'published' } : era ?? { day: null, from: 'latest' };
  const tones = actorTones(article, actors, { quotes, attributions });
  const figures = extractFigures(article);
  const political = politicalSubject(article, [...actorCues(actors), ...(context.extraPoliticalCues?.(article) ?? [])]);
  return {
    article: withoutTokens(article),
    words,
    removed: removedFindings(article),
    entities,
    quotes,
    attributions,
    hedges: extractHedges(article),
    terms,
    figures,
    signals,
    loadedWords,
    reportVerbs,
    phrases,
    frames: measureFrames(article, context.frames),
    sentiment: { headline: headline ? mean(headline.parsed.sentences.map((s) => s.sentiment)) : null, body: mean(bodySentences) },
    slant: judgeSlant({ terms, signals, words, loadedWords, reportVerbs, phrases, sentenceAt: sentenceLocator(content), calibration: context.calibration, political }),
    political,
    storyTerms: storyTerms(article, entities),
    naming: namingPhrases(article, quotes),
    actors,
    sources: sourcesBySide({ actors, quotes, attributions }),
    tones,
    biasSentences: findBiasSentences(article, { quotes, attributions, actors, tones, terms, loadedWords, signals, reportVerbs, figures }),
    sidesDate,
    provenance: { url: null, outletLean: null },
  };
}

/** Sentence number (1-based) of an offset, counted over the article's own text in reading order. */
export function sentenceLocator(blocks: readonly Article['blocks'][number][]): (offset: number) => number {
  const starts = blocks.flatMap((b) => b.parsed.sentences.map((s) => s.start)).sort((a, b) => a - b);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    let found = 0;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] <= offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found + 1;
  };
}
