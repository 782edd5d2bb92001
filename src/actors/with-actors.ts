// An analysis whose actors were read again (another date, another article of the story): the sources
// by side and the tone records follow the actors' new sides. Pure.
import type { ArticleAnalysis } from '../analyze/index.js';
import type { ActorMention } from './types.js';
import { sourcesBySide } from './sources.js';
import { withSides } from '../framing/tone-records.js';
import { withBiasSides } from '../framing/bias-sentences/index.js';

export function withActors(a: ArticleAnalysis, actors: ActorMention[]): ArticleAnalysis {
  if (actors === a.actors) return a;
  const tones = withSides(a.tones, actors);
  return { ...a, actors, sources: sourcesBySide({ actors, quotes: a.quotes, attributions: a.attributions }), tones, biasSentences: withBiasSides(a.biasSentences, { actors, tones, quotes: a.quotes, attributions: a.attributions }) };
}
