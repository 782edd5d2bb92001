// The `extract --json` record: a public contract (README "JSON output"). Field names here are
// promised to users; add fields, never rename or remove them.
import type { ArticleAnalysis } from '../analyze/index.js';
import type { BlockRole, BoilerplateReason, SlantLayers } from '../types.js';
import { collapseWhitespace } from '../text.js';
import { quotations } from '../analyze/quotes/quotations.js';
import type { SourcesBySide } from '../actors/types.js';

export interface ArticleRecord {
  file: string;
  outlet: string | null;
  headline: string | null;
  dek: string | null;
  byline: string | null;
  published: string | null;
  body: string;
  words: number;
  removed: { text: string; reason: string; role: BlockRole; start: number; end: number }[];
  blocks: { text: string; role: BlockRole; reason?: BoilerplateReason }[];
  quotes: { text: string; speaker: string | null; kind: 'speech' | 'term'; speakerMention: string | null; speakerType: string; speakerRole: string | null; words: number; where: string; start: number; end: number; quotation: number; pieces: { text: string; start: number; end: number }[] }[];
  attributions: { source: string; cue: string; text: string; anonymous: boolean; start: number; end: number; content: string | null; contentStart: number | null; contentEnd: number | null }[];
  hedges: { cue: string; text: string; start: number; end: number }[];
  terms: { term: string; text: string; category: string; lean: string | null; voice: 'own' | 'quoted'; where: string; neutral: string[]; start: number; end: number }[];
  figures: { value: number; text: string; where: string; unit: string | null; per: string | null; qualifier: string | null; isPercent: boolean; isMoney: boolean; start: number; end: number }[];
  signals: { signal: string; text: string; where: string; start: number; end: number }[];
  frames: { id: string; share: number; sentences: number; keywords: string[] }[];
  sentiment: { headline: number | null; body: number };
  slant: { label: 'neutral' | 'partisan'; lean: 'left' | 'right' | null; score: number; evidence: string[]; layers?: SlantLayers; gated?: 'no-political-subject' | 'weak-evidence-only' | null };
  /** The article's address, from the corpus manifest. */
  url: string | null;
  /** The outlet's lean as the corpus manifest records it (the user's rating), not the verdict. */
  outletLean: 'left' | 'center' | 'right' | null;
  /** Published-list words that passed the context checks (added in 0.2). */
  loadedWords: { word: string; text: string; list: string; pos: string; voice: 'own' | 'quoted'; where: string; start: number; end: number }[];
  /** Report verbs that colour someone's speech, with the speaker (added in 0.2). */
  reportVerbs: { verb: string; text: string; stance: string; speaker: string | null; voice: 'own' | 'quoted'; where: string; start: number; end: number }[];
  /** Own-voice phrases from the learned partisan list (added in 0.2). */
  partisanPhrases: { phrase: string; text: string; lean: number; partisan: number; where: string; start: number; end: number }[];
  /**
   * Every mention of a person, organisation, party or group, with its side at the article's date
   * (added in 0.3; docs/framing-actors.md). `actorId` is the data entry's id, null when not in the data.
   */
  actors: { actor: string; actorId: string | null; actorType: string; text: string; side: 'left' | 'right' | null; party: string | null; sideSource: string | null; where: string; start: number; end: number }[];
  /** Quoted words and attributions per actor and per side (added in 0.3). */
  sources: SourcesBySide;
  /**
   * Tone toward each actor mention (added in 0.3; docs/framing-tone.md): polarity −1/0/+1 toward that
   * actor, `voice` own / quoted / reported and its `holder` (null: the outlet), the cue word and the sentence.
   */
  tones: { actor: string; side: 'left' | 'right' | null; mention: string; start: number; end: number; polarity: -1 | 0 | 1; score: number; voice: 'own' | 'quoted' | 'reported'; holder: string | null; cue: string | null; cueStart: number | null; cueEnd: number | null; sentenceStart: number; sentenceEnd: number; where: string; by: 'model' | 'rules'; rulePolarity: -1 | 0 | 1; ruleScore: number }[];
  /**
   * The day the actors' sides were read at (added in 0.3): the article's or the manifest's date
   * (`published`), else the middle of the term of the sitting president the text names (`president`),
   * else, in a story, the day of the story's other articles (`story`), else none (`latest`: only
   * parties that never changed count).
   */
  sidesDate: { day: string | null; from: 'published' | 'president' | 'story' | 'latest'; president: string | null };
  /** Politics first (added in 0.3): whether the article has a political subject, the rule's words and every cue. */
  political: { found: boolean; reason: string; cues: { cue: string; category: string; strength: 'strong' | 'weak'; lead: boolean; text: string; where: string; start: number; end: number }[] };
  /**
   * Body sentences the bias-sentence model flags as carrying informational bias (added in 0.3;
   * docs/framing.md, round 4): probability, the actors named, the side the sentence's tone is aimed at
   * with its polarity, and `leaning` (+1 favours the right side, −1 the left).
   */
  biasSentences: { text: string; start: number; end: number; where: string; probability: number; kind: 'informational'; actors: string[]; side: 'left' | 'right' | null; polarity: -1 | 0 | 1; leaning: -1 | 0 | 1 }[];
}

const collapse = collapseWhitespace;

export function articleRecord(a: ArticleAnalysis): ArticleRecord {
  const { article } = a;
  return {
    file: article.file,
    outlet: article.outlet,
    headline: article.headline,
    dek: article.dek,
    byline: article.byline,
    published: article.published,
    body: article.body,
    words: a.words,
    // Every block that is not the article's own text, and why: boilerplate gives its reason,
    // captions, bylines and outlet labels their role.
    removed: a.removed.map((r) => ({ text: collapse(r.text), reason: r.reason ?? r.role, role: r.role, start: r.start, end: r.end })),
    blocks: article.blocks.map((b) => ({ text: collapse(b.text), role: b.role, ...(b.reason ? { reason: b.reason } : {}) })),
    // One record per quotation; a quotation split by its attribution lists its pieces.
    quotes: quotations(a.quotes).map((q) => ({ text: q.text, speaker: q.speaker, kind: q.quoteKind, speakerMention: q.speakerMention, speakerType: q.speakerType, speakerRole: q.speakerRole, words: q.words, where: q.where, start: q.start, end: q.end, quotation: q.quotation, pieces: q.pieces })),
    attributions: a.attributions.map((x) => ({ source: x.source, cue: x.cue, text: x.text, anonymous: x.anonymous, start: x.start, end: x.end, content: x.content ?? null, contentStart: x.contentStart ?? null, contentEnd: x.contentEnd ?? null })),
    hedges: a.hedges.map((h) => ({ cue: h.cue, text: h.text, start: h.start, end: h.end })),
    terms: a.terms.map((t) => ({ term: t.term, text: t.text, category: t.category, lean: t.lean, voice: t.voice, where: t.where, neutral: t.neutral, start: t.start, end: t.end })),
    figures: a.figures.map((f) => ({ value: f.value, text: f.text, where: f.where, unit: f.unit, per: f.per, qualifier: f.qualifier, isPercent: f.isPercent, isMoney: f.isMoney, start: f.start, end: f.end })),
    signals: a.signals.map((s) => ({ signal: s.signal, text: s.text, where: s.where, start: s.start, end: s.end })),
    frames: a.frames.filter((f) => f.sentences > 0).map((f) => ({ id: f.id, share: Math.round(f.share * 1000) / 1000, sentences: f.sentences, keywords: f.keywords })),
    sentiment: a.sentiment,
    url: a.provenance.url,
    outletLean: a.provenance.outletLean,
    slant: { label: a.slant.label, lean: a.slant.lean, score: a.slant.score, evidence: a.slant.evidence, ...(a.slant.layers ? { layers: a.slant.layers } : {}), ...(a.slant.gated !== undefined ? { gated: a.slant.gated } : {}) },
    loadedWords: a.loadedWords.map((w) => ({ word: w.word, text: w.text, list: w.list, pos: w.pos, voice: w.voice, where: w.where, start: w.start, end: w.end })),
    reportVerbs: a.reportVerbs.map((v) => ({ verb: v.verb, text: v.text, stance: v.stance, speaker: v.speaker, voice: v.voice, where: v.where, start: v.start, end: v.end })),
    partisanPhrases: a.phrases.map((p) => ({ phrase: p.phrase, text: p.text, lean: p.lean, partisan: p.partisan, where: p.where, start: p.start, end: p.end })),
    actors: a.actors.map((m) => ({ actor: m.actor, actorId: m.actorId, actorType: m.actorType, text: m.text, side: m.side, party: m.party, sideSource: m.sideSource, where: m.where, start: m.start, end: m.end })),
    sources: a.sources,
    tones: a.tones.map((t) => ({ actor: t.actor, side: t.side, mention: t.mention, start: t.start, end: t.end, polarity: t.polarity, score: t.score, voice: t.voice, holder: t.holder, cue: t.cue, cueStart: t.cueStart, cueEnd: t.cueEnd, sentenceStart: t.sentenceStart, sentenceEnd: t.sentenceEnd, where: t.where, by: t.by, rulePolarity: t.rulePolarity, ruleScore: t.ruleScore })),
    sidesDate: { day: a.sidesDate.day, from: a.sidesDate.from, president: a.sidesDate.president ?? null },
    political: { found: a.political.found, reason: a.political.reason, cues: a.political.cues.map((c) => ({ cue: c.cue, category: c.category, strength: c.strength, lead: c.lead, text: c.text, where: c.where, start: c.start, end: c.end })) },
    biasSentences: a.biasSentences.map((b) => ({ text: b.text, start: b.start, end: b.end, where: b.where, probability: b.probability, kind: b.biasKind, actors: b.actors, side: b.side, polarity: b.polarity, leaning: b.leaning })),
  };
}
