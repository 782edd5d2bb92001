// Plain data passed between the pipeline stages. Nothing here holds a wink object or a file handle.

/** One wink token, with absolute character offsets into the article text. */
export interface Token {
  value: string;
  normal: string;
  /** Always lower case (wink keeps the case of some proper nouns). */
  lemma: string;
  pos: string;
  type: string;
  negated: boolean;
  start: number;
  end: number;
  /** Index into the ParsedText's sentences. */
  sentence: number;
}

export interface Sentence {
  start: number;
  end: number;
  firstToken: number;
  lastToken: number;
  /** wink's lexicon tone for the sentence: product-review scale, not a slant signal. */
  sentiment: number;
}

/** A wink NER entity: dates, durations, cardinals, money, percents (wink has no people or organisations). */
export interface NumericEntity {
  type: string;
  firstToken: number;
  lastToken: number;
  start: number;
  end: number;
}

export interface ParsedText {
  text: string;
  start: number;
  end: number;
  tokens: Token[];
  sentences: Sentence[];
  entities: NumericEntity[];
  sentiment: number;
}

export type SourceFormat = 'text' | 'html';

/** What the HTML page said about a block before any text heuristics ran. */
export type BlockHint =
  | 'title'
  | 'h1'
  | 'heading'
  | 'paragraph'
  | 'list-item'
  | 'caption'
  | 'byline'
  | 'time'
  | 'dek'
  | 'navigation'
  | 'related'
  | 'social'
  | 'newsletter'
  | 'comments'
  | 'advert'
  | 'cookie'
  | 'paywall'
  | 'footer'
  | 'aside'
  | 'form'
  | 'outside-article';

/** A block of text as ingest found it: a line or paragraph of a text file, an element of a page. */
export interface RawBlock {
  text: string;
  start: number;
  end: number;
  hint?: BlockHint;
  /** The page evidence behind the hint, in plain words ("inside <div class=\"related-links\">"). */
  evidence?: string;
}

export interface PageMeta {
  title: string | null;
  ogTitle: string | null;
  siteName: string | null;
  author: string | null;
  published: string | null;
  description: string | null;
  /** Host of the canonical URL without "www.": the outlet of last resort. */
  host?: string | null;
}

/** ingest output: the article's text and its blocks, each with offsets into `text`. */
export interface SourceDocument {
  file: string;
  format: SourceFormat;
  text: string;
  blocks: RawBlock[];
  meta: PageMeta;
}

export interface ParsedBlock extends RawBlock {
  parsed: ParsedText;
}

export interface ParsedDocument extends Omit<SourceDocument, 'blocks'> {
  blocks: ParsedBlock[];
}

export type BlockRole =
  | 'headline'
  | 'dek'
  | 'byline'
  | 'dateline'
  | 'outlet'
  | 'section'
  | 'heading'
  | 'caption'
  | 'body'
  | 'boilerplate';

export type BoilerplateReason =
  | 'promo'
  | 'paywall'
  | 'subscribe'
  | 'copyright'
  | 'navigation'
  | 'related'
  | 'social'
  | 'app'
  | 'newsletter'
  | 'repeated'
  | 'cookie'
  | 'comments'
  | 'advert'
  /** A note about the reporting after the story: contributor credit, contact line, author bio, agency or trademark note. */
  | 'end-note';

export interface StructuredBlock extends ParsedBlock {
  role: BlockRole;
  reason?: BoilerplateReason;
  /** Plain words saying why the block got its role, for the report and `blocks` in JSON. */
  why: string;
}

/** structure output. */
export interface Article {
  file: string;
  format: SourceFormat;
  text: string;
  blocks: StructuredBlock[];
  headline: string | null;
  dek: string | null;
  byline: string | null;
  outlet: string | null;
  published: string | null;
  /** The article's own text: body blocks joined by a blank line. */
  body: string;
}

/** A block as the analysis keeps it once the tokens are no longer needed. */
export type BlockRecord = Omit<StructuredBlock, 'parsed'>;

/** An Article without parsed tokens: what the compare and report stages, workers and the cache pass around. */
export interface ArticleText extends Omit<Article, 'blocks'> {
  blocks: BlockRecord[];
}

/** Where in the article a finding sits. */
export type Where = 'headline' | 'dek' | 'heading' | 'body' | 'caption' | 'other';

/** Fields every finding has: its text and where it is in `Article.text`. */
export interface FindingBase {
  text: string;
  start: number;
  end: number;
  where: Where;
}

export interface RemovedFinding extends FindingBase {
  kind: 'removed';
  role: BlockRole;
  reason: BoilerplateReason | null;
  why: string;
}

export type QuoteKind = 'speech' | 'term';
export type SpeakerType = 'person' | 'organisation' | 'unknown';

export interface QuoteFinding extends FindingBase {
  kind: 'quote';
  quoteKind: QuoteKind;
  /** Canonical speaker ("Stephen Miller", "ICE"); null when unknown or a term. */
  speaker: string | null;
  /** The words that attribute the quote, as written ("the White House official", "he"). */
  speakerMention: string | null;
  speakerType: SpeakerType;
  speakerRole: string | null;
  /** Words in the quotation. */
  words: number;
  /**
   * Pieces of one quotation share this number (0, 1, … in article order): a quotation split by its
   * attribution (“A,” she said. “B.”) or running over several paragraphs.
   */
  quotation: number;
}

export interface AttributionFinding extends FindingBase {
  kind: 'attribution';
  source: string;
  cue: string;
  anonymous: boolean;
  /** What the source said, for reported speech ("that the border was closed"); absent for bare sourcing. */
  content?: string;
  contentStart?: number;
  contentEnd?: number;
}

export interface HedgeFinding extends FindingBase {
  kind: 'hedge';
  cue: string;
}

export type Voice = 'own' | 'quoted';
export type Lean = 'left' | 'right';

export interface TermFinding extends FindingBase {
  kind: 'term';
  term: string;
  entryId: string;
  category: string;
  lean: Lean | null;
  voice: Voice;
  neutral: string[];
  /** The entry's weight in (0, 1]. */
  weight: number;
}

export interface FigureFinding extends FindingBase {
  kind: 'figure';
  value: number;
  /** Lemma of what is counted ("arrest", "deportation"); null when the number stands alone. */
  unit: string | null;
  /** "day", "year" … when the figure is a rate. */
  per: string | null;
  /** "more than", "approximately" … as written, lower case. */
  qualifier: string | null;
  isPercent: boolean;
  isMoney: boolean;
}

export interface SignalFinding extends FindingBase {
  kind: 'signal';
  signal: 'all-caps' | 'exclamation' | 'intensifier' | 'evaluative';
}

/**
 * A word from a published list (lexicon/published-words.json) that passed the context checks:
 * part of speech, not a name, in a sentence with other evidence. Weaker than a lexicon term.
 */
export interface LoadedWordFinding extends FindingBase {
  kind: 'loaded-word';
  /** Lemma, lower case. */
  word: string;
  /** Which published list it comes from ("liu-negative", "recasens-npov"). */
  list: string;
  pos: string;
  voice: Voice;
}

/** A report verb that colours someone's speech ("slammed", "admitted", "claimed"), with its speaker. */
export interface ReportVerbFinding extends FindingBase {
  kind: 'report-verb';
  /** Lemma ("slam"). */
  verb: string;
  /** doubt, concession, resistance, attack, boast, emotion or endorsement (lexicon/report-verbs.json). */
  stance: string;
  /** Canonical speaker of the speech the verb reports, or the words before it as written; null when unknown. */
  speaker: string | null;
  voice: Voice;
}

/** An own-voice phrase from the partisan phrases learned offline from real left, center and right articles. */
export interface PhraseFinding extends FindingBase {
  kind: 'phrase';
  /** The phrase as learned (lemmas): "illegal alien". */
  phrase: string;
  /** Log-odds per use: right over left (negative: left), and partisan over center. */
  lean: number;
  partisan: number;
}

/**
 * A sign that the article is about politics: an institution or office, a party, an election or
 * campaign, a policy topic (lexicon/political-subjects.json), or a cue another module passes in
 * (a sided actor). See docs/politics-first.md.
 */
export interface PoliticalCue extends FindingBase {
  kind: 'political-subject';
  /** What it is: the entry id ("us-senate", "immigration") or the caller's label ("sided-actor: Pelosi"). */
  cue: string;
  /** institution, office, party, election, policy; or the caller's own category ("actor"). */
  category: string;
  /** 'strong' cues are political alone; 'weak' ones ("government", "police", "vote") only add to strong ones. */
  strength: 'strong' | 'weak';
  /** In the headline, the dek or the first two sentences of the body. */
  lead: boolean;
}

/** Whether the article has a political subject, the cues it rests on, and the rule that decided, in words. */
export interface PoliticalSubject {
  found: boolean;
  cues: PoliticalCue[];
  reason: string;
}

export type Finding =
  | PoliticalCue
  | LoadedWordFinding
  | ReportVerbFinding
  | PhraseFinding
  | RemovedFinding
  | QuoteFinding
  | AttributionFinding
  | HedgeFinding
  | TermFinding
  | FigureFinding
  | SignalFinding;

export type SlantLabel = 'neutral' | 'partisan';

/** The framing verdict for one article: see README "How the slant verdict is made". */
export interface SlantVerdict {
  label: SlantLabel;
  /** Set only for a partisan verdict whose own-voice terms point one way. */
  lean: Lean | null;
  /** In [0, 1]; `label` is "partisan" from SLANT_THRESHOLD up. */
  score: number;
  /** Plain-words reasons, each with the text it rests on. */
  evidence: string[];
  /** Which way the own-voice terms point, whatever the label (for comparisons and benchmarks). */
  tilt: Lean | null;
  /** The evidence of each layer, kept apart: what the verdict was computed from. */
  layers?: SlantLayers;
  /**
   * Politics first (added in 0.3): whether the article has a political subject, and the cues. Without
   * one the label is neutral and no lean is named, whatever the vocabulary. Absent when the caller
   * gave the verdict no political-subject decision (the rule was not applied).
   */
  political?: { found: boolean; cues: string[]; reason: string };
  /**
   * Which rule set the label aside, if any (added in 0.3): 'no-political-subject', or
   * 'weak-evidence-only' (the score rests on the weakest layers: signals and rare words).
   */
  gated?: 'no-political-subject' | 'weak-evidence-only' | null;
}

/** Per-layer evidence of the verdict (rates are per 1,000 words of the article's own text). */
export interface SlantLayers {
  /** Curated lexicon (lexicon/loaded-terms.json): weighted own-voice matches. */
  curated: { left: number; right: number; unleaned: number };
  /** Published lists: context-checked loaded words in the outlet's own voice. */
  published: number;
  /** Loaded report verbs in the outlet's own voice. */
  reportVerbs: number;
  /** Learned partisan phrases: summed log-odds, right over left and partisan over center. */
  learned: { lean: number; partisan: number };
  /** Which way each layer points, and whether they agree. */
  learnedLean: Lean | null;
  curatedLean: Lean | null;
  /** logit of the lean model: positive leans right. */
  leanLogit: number;
}
