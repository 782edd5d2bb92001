// What a cached analysis or summary must look like before a run uses it. The cache is a folder any
// program (or a person, or a killed run) can write to, so an entry is checked field by field, down to
// every finding: one that does not fit is ignored and the article analysed again, never trusted. Pure.
import type { ArticleAnalysis } from '../analyze/index.js';
import type { ArticleSummary } from '../compare/summary.js';

type Check = (v: unknown) => boolean;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const str: Check = (v) => typeof v === 'string';
const num: Check = (v) => typeof v === 'number' && Number.isFinite(v);
const int: Check = (v) => Number.isInteger(v) && (v as number) >= 0;
const bool: Check = (v) => typeof v === 'boolean';
const nullable = (check: Check): Check => (v) => v === null || check(v);
const oneOf = (...values: unknown[]): Check => (v) => values.includes(v);
const arrayOf = (check: Check): Check => (v) => Array.isArray(v) && v.every(check);
const tuple = (...checks: Check[]): Check => (v) => Array.isArray(v) && v.length === checks.length && checks.every((c, i) => c(v[i]));
const shape = (fields: Record<string, Check>): Check => (v) => isObject(v) && Object.entries(fields).every(([k, check]) => check(v[k]));

const WHERE = oneOf('headline', 'dek', 'heading', 'body', 'caption', 'other');
const ROLE = oneOf('headline', 'dek', 'byline', 'dateline', 'outlet', 'section', 'heading', 'caption', 'body', 'boilerplate');
const LEAN = nullable(oneOf('left', 'right'));
const finding = (kind: string, fields: Record<string, Check> = {}) => shape({ kind: oneOf(kind), text: str, start: int, end: int, where: WHERE, ...fields });

const counts = arrayOf(tuple(str, num));
const SIDE = nullable(oneOf('left', 'right'));
const SIDE_TOTALS = shape({ quotes: int, quotedWords: int, attributions: int });
const DAY = nullable(str);
const PARTY_TERM: Check = (v) => tuple(str, DAY, DAY)(v) || tuple(str, DAY, DAY, str)(v);
const STORY_TERMS = shape({ lemmas: counts, headline: counts, numbers: counts, names: arrayOf(str), weekdays: arrayOf(str) });

const analysisShape = shape({
  article: shape({
    file: str, format: oneOf('text', 'html'), text: str, body: str,
    headline: nullable(str), dek: nullable(str), byline: nullable(str), outlet: nullable(str), published: nullable(str),
    blocks: arrayOf(shape({ text: str, start: int, end: int, role: ROLE, why: str })),
  }),
  words: int,
  removed: arrayOf(finding('removed', { role: ROLE, reason: nullable(str), why: str })),
  entities: arrayOf(shape({ id: str, name: str, type: oneOf('person', 'organisation', 'unknown'), role: nullable(str), mentions: int })),
  quotes: arrayOf(finding('quote', { quoteKind: oneOf('speech', 'term'), speaker: nullable(str), speakerMention: nullable(str), speakerType: oneOf('person', 'organisation', 'unknown'), speakerRole: nullable(str), words: int, quotation: int })),
  attributions: arrayOf(finding('attribution', { source: str, cue: str, anonymous: bool })),
  hedges: arrayOf(finding('hedge', { cue: str })),
  terms: arrayOf(finding('term', { term: str, entryId: str, category: str, lean: LEAN, voice: oneOf('own', 'quoted'), neutral: arrayOf(str), weight: num })),
  figures: arrayOf(finding('figure', { value: num, unit: nullable(str), per: nullable(str), qualifier: nullable(str), isPercent: bool, isMoney: bool })),
  signals: arrayOf(finding('signal', { signal: oneOf('all-caps', 'exclamation', 'intensifier', 'evaluative') })),
  loadedWords: arrayOf(finding('loaded-word', { word: str, list: str, pos: str, voice: oneOf('own', 'quoted') })),
  reportVerbs: arrayOf(finding('report-verb', { verb: str, stance: str, speaker: nullable(str), voice: oneOf('own', 'quoted') })),
  phrases: arrayOf(finding('phrase', { phrase: str, lean: num, partisan: num })),
  frames: arrayOf(shape({ id: str, label: str, share: num, sentences: int, keywords: arrayOf(str) })),
  sentiment: shape({ headline: nullable(num), body: num }),
  slant: shape({ label: oneOf('neutral', 'partisan'), lean: LEAN, score: num, evidence: arrayOf(str), tilt: LEAN }),
  political: shape({ found: bool, reason: str, cues: arrayOf(finding('political-subject', { cue: str, category: str, strength: oneOf('strong', 'weak'), lead: bool })) }),
  storyTerms: STORY_TERMS,
  naming: arrayOf(shape({ actorId: str, phrases: arrayOf(tuple(str, num)), specific: bool })),
  provenance: shape({ url: nullable(str), outletLean: nullable(oneOf('left', 'center', 'right')) }),
  actors: arrayOf(finding('actor', {
    actor: str, actorId: nullable(str), actorType: oneOf('person', 'organisation', 'party', 'group'), entity: nullable(str), side: SIDE, party: nullable(str),
    sideSource: nullable(oneOf('data', 'designator', 'principal', 'user', 'group', 'story')), terms: arrayOf(PARTY_TERM), born: nullable(int),
  })),
  sources: shape({
    actors: arrayOf(shape({ actor: str, side: SIDE, party: nullable(str), quotes: int, quotedWords: int, attributions: int })),
    sides: shape({ left: SIDE_TOTALS, right: SIDE_TOTALS, none: SIDE_TOTALS }),
  }),
  tones: arrayOf(finding('tone', {
    actor: str, side: SIDE, mention: str, polarity: oneOf(-1, 0, 1), score: num, voice: oneOf('own', 'quoted', 'reported'), holder: nullable(str),
    cue: nullable(str), cueStart: nullable(int), cueEnd: nullable(int), sentenceStart: int, sentenceEnd: int,
    by: oneOf('model', 'rules'), rulePolarity: oneOf(-1, 0, 1), ruleScore: num,
  })),
  biasSentences: arrayOf(finding('bias-sentence', {
    probability: num, biasKind: oneOf('informational'), actors: arrayOf(str), side: SIDE, polarity: oneOf(-1, 0, 1), leaning: oneOf(-1, 0, 1),
  })),
  sidesDate: shape({ day: nullable(str), from: oneOf('published', 'president', 'story', 'latest') }),
});

const summaryShape = shape({
  file: str, outlet: nullable(str), headline: nullable(str), published: nullable(str), lead: str, words: int,
  slant: shape({ label: oneOf('neutral', 'partisan'), lean: LEAN, score: num }),
  storyTerms: shape({ packed: shape({ lemmas: str, headline: str, numbers: str }), names: arrayOf(str), weekdays: arrayOf(str) }),
});

/** A whole analysis, every finding included, with the types the later stages rely on. */
export const isAnalysis = (v: unknown): v is ArticleAnalysis => analysisShape(v);

/** An article's summary as the run keeps it for story grouping and the index. */
export const isSummary = (v: unknown): v is ArticleSummary => summaryShape(v);
