// framing: how each article of a story treats the sides, compared with the story's other articles.
import type { ArticleAnalysis } from '../analyze/index.js';
import { articleId } from '../compare/ids.js';
import { relativeFraming } from './relative.js';
import { describeSignal } from './evidence.js';
import type { SideLabels } from './evidence.js';
import type { ArticleFraming, FramingInput } from './relative.js';

export type { ArticleFraming, FramingEvidence, FramingInput, FramingSignal, Citation } from './relative.js';

const noTone = () => ({ negative: [], positive: [], neutral: 0 });

/** What relative framing reads from one article's analysis. */
export function framingInput(a: ArticleAnalysis): FramingInput {
  return {
    id: articleId(a.article.file),
    quotedWords: { left: 0, right: 0 },
    attributions: { left: 0, right: 0 },
    sourceCites: { left: [], right: [] },
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
export function sideLabels(_articles: readonly ArticleAnalysis[]): SideLabels {
  return { left: 'the left side', right: 'the right side' };
}
