// The `extract --json` record: a public contract (README "JSON output"). Field names here are
// promised to users; add fields, never rename or remove them.
import type { ArticleAnalysis } from '../analyze/index.js';
import type { BlockRole, BoilerplateReason } from '../types.js';
import { collapseWhitespace } from '../text.js';

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
  quotes: { text: string; speaker: string | null; kind: 'speech' | 'term'; speakerMention: string | null; speakerType: string; speakerRole: string | null; words: number; where: string; start: number; end: number; quotation: number }[];
  attributions: { source: string; cue: string; text: string; anonymous: boolean; start: number; end: number; content: string | null; contentStart: number | null; contentEnd: number | null }[];
  hedges: { cue: string; text: string; start: number; end: number }[];
  terms: { term: string; text: string; category: string; lean: string | null; voice: 'own' | 'quoted'; where: string; neutral: string[]; start: number; end: number }[];
  figures: { value: number; text: string; where: string; unit: string | null; per: string | null; qualifier: string | null; isPercent: boolean; isMoney: boolean; start: number; end: number }[];
  signals: { signal: string; text: string; where: string; start: number; end: number }[];
  frames: { id: string; share: number; sentences: number; keywords: string[] }[];
  sentiment: { headline: number | null; body: number };
  slant: { label: 'neutral' | 'partisan'; lean: 'left' | 'right' | null; score: number; evidence: string[] };
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
    quotes: a.quotes.map((q) => ({ text: q.text, speaker: q.speaker, kind: q.quoteKind, speakerMention: q.speakerMention, speakerType: q.speakerType, speakerRole: q.speakerRole, words: q.words, where: q.where, start: q.start, end: q.end, quotation: q.quotation })),
    attributions: a.attributions.map((x) => ({ source: x.source, cue: x.cue, text: x.text, anonymous: x.anonymous, start: x.start, end: x.end, content: x.content ?? null, contentStart: x.contentStart ?? null, contentEnd: x.contentEnd ?? null })),
    hedges: a.hedges.map((h) => ({ cue: h.cue, text: h.text, start: h.start, end: h.end })),
    terms: a.terms.map((t) => ({ term: t.term, text: t.text, category: t.category, lean: t.lean, voice: t.voice, where: t.where, neutral: t.neutral, start: t.start, end: t.end })),
    figures: a.figures.map((f) => ({ value: f.value, text: f.text, where: f.where, unit: f.unit, per: f.per, qualifier: f.qualifier, isPercent: f.isPercent, isMoney: f.isMoney, start: f.start, end: f.end })),
    signals: a.signals.map((s) => ({ signal: s.signal, text: s.text, where: s.where, start: s.start, end: s.end })),
    frames: a.frames.filter((f) => f.sentences > 0).map((f) => ({ id: f.id, share: Math.round(f.share * 1000) / 1000, sentences: f.sentences, keywords: f.keywords })),
    sentiment: a.sentiment,
    slant: { label: a.slant.label, lean: a.slant.lean, score: a.slant.score, evidence: a.slant.evidence },
  };
}
