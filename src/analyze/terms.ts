// Loaded terms from the lexicon, each with the voice it is written in and where it sits.
import type { Article, QuoteFinding, TermFinding } from '../types.js';
import type { LexiconEntry, LexiconFile } from '../lexicon/schema.js';
import { compilePhrases } from '../lexicon/matcher.js';
import type { PhraseMatcher } from '../lexicon/matcher.js';
import type { EntityIndex } from './entities.js';
import { CONTENT_ROLES, whereOf } from './content.js';
import { insideAny, overlapsAny } from './spans.js';
import { startsUpper } from '../text.js';

export interface TermMatcher {
  entries: LexiconEntry[];
  matcher: PhraseMatcher<LexiconEntry>;
}

/** Merges lexicon files (a later entry with the same id replaces an earlier one) and compiles their terms. */
export function buildTermMatcher(lexicons: readonly LexiconFile[]): TermMatcher {
  const byId = new Map<string, LexiconEntry>();
  for (const file of lexicons) for (const entry of file.entries) byId.set(entry.id, entry);
  const entries = [...byId.values()];
  return { entries, matcher: compilePhrases(entries.flatMap((e) => e.terms.map((term): [string, LexiconEntry] => [term, e]))) };
}

export function extractTerms(article: Article, terms: TermMatcher, quotes: readonly QuoteFinding[], index: EntityIndex): TermFinding[] {
  const found: TermFinding[] = [];
  const quoted = insideAny(quotes);
  const named = overlapsAny(index.mentions.filter((m) => index.entities.get(m.entityId)?.type !== 'unknown'));
  for (const block of article.blocks) {
    if (!CONTENT_ROLES.has(block.role)) continue;
    const tokens = block.parsed.tokens;
    for (const [first, last, entry] of terms.matcher.match(tokens)) {
      const start = tokens[first].start;
      const end = tokens[last].end;
      // "Robert Hammer" is a name, not the verb "hammers".
      if (named(start, end) && startsUpper(article.text.slice(start, end))) continue;
      // Inside any quotation, scare quotes included, the words are someone else's.
      found.push({
        kind: 'term', text: article.text.slice(start, end), start, end, where: whereOf(block),
        term: entry.terms[0], entryId: entry.id, category: entry.category, lean: entry.lean, voice: quoted(start, end) ? 'quoted' : 'own', neutral: entry.neutral, weight: entry.weight,
      });
    }
  }
  return found;
}
