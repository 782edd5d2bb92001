// framing: how each article of a story treats the sides, compared with the story's other articles.
import type { ArticleAnalysis } from '../analyze/index.js';
import type { ToneFinding } from './tone-records.js';
import { articleId } from '../compare/ids.js';
import { speakerActors } from '../actors/sources.js';
import type { Citation, SideTone } from './relative.js';
import { relativeFraming } from './relative.js';
import { describeSignal } from './evidence.js';
import type { SideLabels } from './evidence.js';
import type { ArticleFraming, FramingInput } from './relative.js';

export type { ArticleFraming, FramingEvidence, FramingInput, FramingSignal, Citation } from './relative.js';

const noTone = (): SideTone => ({ negative: [], positive: [], neutral: 0 });

/**
 * Own-voice tone toward each side, sentence by sentence: a sentence of the outlet's own voice counts
 * once per side it mentions, negative or positive by the summed polarity of its own-voice records
 * toward that side's actors. Quotations and reported speech are their holders' words, not the outlet's.
 */
/**
 * The tone records of the outlet's own voice toward a sided actor. A cue inside a quotation or
 * reported speech is its holder's word, even when the mention it was read toward stands outside it
 * (the speaker of `"… lied," Trump said`).
 */
export function ownVoiceTones(a: ArticleAnalysis): ToneFinding[] {
  const held = [...a.quotes.map((q) => [q.start, q.end]), ...a.attributions.filter((x) => x.contentStart !== undefined).map((x) => [x.contentStart!, x.contentEnd!])];
  const heldCue = (at: number | null) => at !== null && held.some(([s, e]) => at >= s && at < e);
  return a.tones.filter((t) => t.voice === 'own' && t.side !== null && !heldCue(t.cueStart));
}

function ownToneBySide(a: ArticleAnalysis): { left: SideTone; right: SideTone } {
  const bySentence = new Map<number, { end: number; left: number[]; right: number[] }>();
  for (const t of ownVoiceTones(a)) {
    if (t.side === null) continue;
    const s = bySentence.get(t.sentenceStart) ?? { end: t.sentenceEnd, left: [], right: [] };
    s[t.side].push(t.polarity);
    bySentence.set(t.sentenceStart, s);
  }
  const out = { left: noTone(), right: noTone() };
  for (const [start, s] of [...bySentence].sort((x, y) => x[0] - y[0])) {
    const cite: Citation = { start, end: s.end, text: a.article.text.slice(start, s.end) };
    for (const side of ['left', 'right'] as const) {
      if (s[side].length === 0) continue;
      const sum = s[side].reduce((x, y) => x + y, 0);
      if (sum < 0) out[side].negative.push(cite);
      else if (sum > 0) out[side].positive.push(cite);
      else out[side].neutral += 1;
    }
  }
  return out;
}

/** What relative framing reads from one article's analysis. */
export function framingInput(a: ArticleAnalysis): FramingInput {
  const { left, right } = a.sources.sides;
  // The quotations and attributions behind the side totals, for the report's citations.
  const who = speakerActors(a.actors);
  const cites: { left: Citation[]; right: Citation[] } = { left: [], right: [] };
  for (const q of a.quotes) {
    const side = q.quoteKind === 'speech' ? who(q.speaker, q.speakerMention)?.side : null;
    if (side) cites[side].push({ start: q.start, end: q.end, text: q.text });
  }
  for (const x of a.attributions) {
    const side = who(x.source, x.text)?.side;
    if (side) cites[side].push({ start: x.start, end: x.end, text: x.text });
  }
  return {
    id: articleId(a.article.file),
    quotedWords: { left: left.quotedWords, right: right.quotedWords },
    attributions: { left: left.attributions, right: right.attributions },
    sourceCites: cites,
    quotedWordsTotal: a.quotes.filter((q) => q.quoteKind === 'speech').reduce((n, q) => n + q.words, 0),
    tone: ownToneBySide(a),
    // Without a political subject the learned lean reads vocabulary, not framing.
    learnedLean: a.political.found ? a.slant.layers?.leanLogit ?? null : null,
    bias: a.biasSentences.map((b) => ({ start: b.start, end: b.end, text: b.text, probability: b.probability, leaning: b.leaning })),
  };
}

/** Each article of a story against the others, in the story's article order. */
export function storyFraming(articles: readonly ArticleAnalysis[]): ArticleFraming[] {
  return relativeFraming(articles.map(framingInput), describeSignal(sideLabels(articles)));
}

/** How the report names each side: the party when every sided actor of the story shares it. */
export function sideLabels(articles: readonly ArticleAnalysis[]): SideLabels {
  const parties = { left: new Set<string>(), right: new Set<string>() };
  for (const a of articles) for (const m of a.actors) if (m.side) parties[m.side].add(m.party ?? '');
  const label = (side: 'left' | 'right', fallback: string) => {
    const only = parties[side].size === 1 ? [...parties[side]][0] : null;
    return only === 'Democratic' ? 'Democrats' : only === 'Republican' ? 'Republicans' : fallback;
  };
  return { left: label('left', 'the left side'), right: label('right', 'the right side') };
}
