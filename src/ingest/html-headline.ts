// Which block of a page is its headline. The page says it in several places: the <title> (often with
// " | Site" or "Site - Section - " around it), og:title and JSON-LD, and the visible <h1>. A visible
// block whose words are the metadata title, or a clean part of it, is the headline; an <h1> near the
// article is the next best evidence. Returns the block index, or -1 when no block qualifies (the
// structure stage then falls back to the metadata title).
import type { PageMeta } from '../types.js';
import type { Segment } from './html-segments.js';
import type { SegmentFeatures } from './html-content.js';

const tokens = (s: string): string[] => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

export function chooseHeadline(segments: Segment[], features: SegmentFeatures[], inRegion: boolean[], meta: PageMeta): number {
  const titles = [meta.ogTitle, meta.title].filter((t): t is string => !!t).map((t) => tokens(t).join(' ')).filter((t) => t.length > 0);
  const firstBody = inRegion.findIndex((r, i) => r && features[i].words >= 12);
  const regionStart = firstBody === -1 ? segments.length : firstBody;
  let best = -1;
  let bestScore = 0;
  for (let i = 0; i < segments.length; i += 1) {
    const f = features[i];
    if (f.words < 2 || f.words > 40) continue;
    const key = tokens(segments[i].text).join(' ');
    if (key === '') continue;
    let score = 0;
    for (const title of titles) {
      if (key === title) score = Math.max(score, 10);
      else if (` ${title} `.includes(` ${key} `)) {
        const cover = key.split(' ').length / title.split(' ').length;
        if (key.split(' ').length >= 3 && cover >= 0.4) score = Math.max(score, 5 + 4 * cover);
      } else if (` ${key} `.includes(` ${title} `) && title.split(' ').length >= 4) {
        // The visible headline can carry a kicker the title does not: "Analysis: ...".
        score = Math.max(score, 6);
      }
    }
    if (f.kind === 'h1') score += 3;
    else if (f.kind === 'h2' || f.kind === 'h3') score += score > 0 ? 1 : 0;
    if (score === 0) continue;
    // The headline sits just before the article or at its top, not in a list of links far below.
    if (i > regionStart + 3) score -= 2;
    if (f.linkDensity > 0.5 && score < 5) score -= 1;
    if (f.sentences > 1) score -= 2;
    // Between equal matches (a breadcrumb and the headline), the one nearer the article wins.
    score -= Math.min(1, Math.abs(regionStart - i) / 100);
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  }
  return bestScore >= 2 ? best : -1;
}
