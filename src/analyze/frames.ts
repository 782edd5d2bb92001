// Media Frames Corpus policy frames: the share of an article's sentences that invoke each one.
import { readFileSync } from 'node:fs';
import { dataPath } from '../data-path.js';
import type { Article } from '../types.js';
import { compilePhrases } from '../lexicon/matcher.js';
import type { PhraseMatcher } from '../lexicon/matcher.js';
import { CONTENT_ROLES } from './content.js';
import { startsUpper } from '../text.js';

export interface FrameDefinition {
  id: string;
  label: string;
  description: string;
  keywords: string[];
}

export interface FrameShare {
  id: string;
  label: string;
  /** Sentences that invoke the frame / all sentences of the article's own text. */
  share: number;
  sentences: number;
  /** Keywords that matched, most frequent first: the evidence for the share. */
  keywords: string[];
}

export interface FrameMatcher {
  frames: FrameDefinition[];
  matcher: PhraseMatcher<FrameDefinition>;
}

let bundled: FrameMatcher | undefined;
export function bundledFrames(): FrameMatcher {
  if (!bundled) {
    const data = JSON.parse(readFileSync(dataPath('frames.json'), 'utf8')) as { frames: FrameDefinition[] };
    bundled = { frames: data.frames, matcher: compilePhrases(data.frames.flatMap((f) => f.keywords.map((k): [string, FrameDefinition] => [k, f]))) };
  }
  return bundled;
}

export function measureFrames(article: Article, frames: FrameMatcher = bundledFrames()): FrameShare[] {
  let total = 0;
  const hits = new Map<string, { sentences: number; keywords: Map<string, number> }>();
  for (const block of article.blocks) {
    // Sentences of the running text only: title-case headlines ("In Charge Of") would read as keywords.
    if (block.role !== 'body' && block.role !== 'dek') continue;
    const { tokens, sentences } = block.parsed;
    for (const sentence of sentences) {
      // Capitalised words inside a sentence are names ("Darnell Price"), not frame keywords.
      const sentenceTokens = tokens.slice(sentence.firstToken, sentence.lastToken + 1).filter((t, i) => i === 0 || !startsUpper(t.value));
      if (!sentenceTokens.some((t) => t.type === 'word')) continue;
      total += 1;
      const invoked = new Set<string>();
      for (const [first, last, frame] of frames.matcher.match(sentenceTokens)) {
        const entry = hits.get(frame.id) ?? { sentences: 0, keywords: new Map() };
        const keyword = sentenceTokens.slice(first, last + 1).map((t) => t.normal).join(' ');
        entry.keywords.set(keyword, (entry.keywords.get(keyword) ?? 0) + 1);
        if (!invoked.has(frame.id)) entry.sentences += 1;
        invoked.add(frame.id);
        hits.set(frame.id, entry);
      }
    }
  }
  return frames.frames.map((f) => {
    const h = hits.get(f.id);
    const keywords = h ? [...h.keywords].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k]) => k) : [];
    return { id: f.id, label: f.label, share: total === 0 || !h ? 0 : h.sentences / total, sentences: h?.sentences ?? 0, keywords };
  });
}
