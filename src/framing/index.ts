// framing: how each article of a story treats the sides, compared with the story's other articles.
import type { ArticleAnalysis } from '../analyze/index.js';
import { articleId } from '../compare/ids.js';
import { speakerActors } from '../actors/sources.js';
import type { Citation } from './relative.js';
import { relativeFraming } from './relative.js';
import { describeSignal } from './evidence.js';
import type { SideLabels } from './evidence.js';
import type { ArticleFraming, FramingInput } from './relative.js';

export type { ArticleFraming, FramingEvidence, FramingInput, FramingSignal, Citation } from './relative.js';

const noTone = () => ({ negative: [], positive: [], neutral: 0 });

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
    tone: { left: noTone(), right: noTone() },
    learnedLean: a.slant.layers?.leanLogit ?? null,
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
