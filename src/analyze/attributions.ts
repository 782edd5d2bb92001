// Attributions without quotation marks ("CBS News reported", "according to Axios") and hedges.
import type { Article, AttributionFinding, HedgeFinding, QuoteFinding, Token } from '../types.js';
import type { EntityIndex } from './entities.js';
import { headWord, nounPhraseAfter, nounPhraseBefore, speechVerb, subjectBeforeAppositive } from './clauses.js';
import { CONTENT_ROLES, whereOf } from './quotes.js';
import { resolveSpeaker } from './resolve.js';
import { wordLists } from './word-lists.js';
import { spanLookup } from './span-lookup.js';
import type { SpanLookup } from './span-lookup.js';

// Speech verbs that, without quotation marks, still report what a source said. Verbs like
// "call", "continue" or "promise" are left out: without a quote they are rarely sourcing.
const REPORTING = new Set(['say', 'tell', 'add', 'note', 'report', 'confirm', 'announce', 'state', 'write', 'claim', 'acknowledge', 'emphasize', 'warn', 'argue', 'insist', 'deny', 'reveal', 'explain', 'predict', 'allege']);
const PRONOUN_SOURCES = new Set(['he', 'she', 'it', 'they']);

/** "Two U.S. officials" at the start of a sentence is "two U.S. officials" mid-sentence. */
const lowerSentenceStart = (first: Token, mention: string) =>
  ['DET', 'NUM', 'ADJ'].includes(first.pos) ? mention[0].toLowerCase() + mention.slice(1) : mention;

const sentenceStop = (t: Token) => /^[.!?]$/.test(t.value);

/** Is the noun phrase a plausible source (a name, a pronoun, "the outlet", "officials")? */
function isSourcePhrase(tokens: Token[], [first, last]: [number, number], index: EntityIndex, mentions: SpanLookup): boolean {
  const lists = wordLists();
  const phrase = tokens.slice(first, last + 1).filter((t) => t.type === 'word');
  if (phrase.length === 0) return false;
  const head = headWord(phrase.map((t) => t.value).join(' '));
  const headToken = [...phrase].reverse().find((t) => t.normal === head) ?? phrase.at(-1)!;
  if (mentions.contains(headToken.start, headToken.end)) return true;
  const lemma = headToken.lemma;
  return PRONOUN_SOURCES.has(head) && phrase.length === 1
    || lists.anonymousHeads.has(lemma) || lists.outletHeads.has(lemma) || lists.orgHeads.has(lemma) || lists.personHeads.has(lemma);
}

export function extractAttributions(article: Article, index: EntityIndex, quotes: QuoteFinding[], quoteVerbs: ReadonlySet<number>): AttributionFinding[] {
  const found: AttributionFinding[] = [];
  const quoted = spanLookup(quotes);
  const mentions = spanLookup(index.mentions);
  const insideQuote = (t: Token) => quoted.contains(t.start, t.end);
  const record = (tokens: Token[], np: [number, number], cueStart: number, cueEnd: number, where: AttributionFinding['where']) => {
    const start = tokens[np[0]].start;
    const end = tokens[np[1]].end;
    const mention = article.text.slice(start, end);
    const who = resolveSpeaker(index, mention, start, end, start);
    const from = Math.min(start, cueStart);
    const to = Math.max(end, cueEnd);
    found.push({
      kind: 'attribution', text: article.text.slice(from, to), start: from, end: to, where,
      source: who.name ?? (who.anonymous ? lowerSentenceStart(tokens[np[0]], mention) : mention.replace(/^(the|a|an)\s+/i, '')), cue: article.text.slice(cueStart, cueEnd).toLowerCase(), anonymous: who.anonymous,
    });
  };
  for (const block of article.blocks) {
    if (!CONTENT_ROLES.has(block.role)) continue;
    const tokens = block.parsed.tokens;
    for (let k = 0; k < tokens.length; k += 1) {
      const t = tokens[k];
      if (insideQuote(t)) continue;
      if (t.normal === 'according' && tokens[k + 1]?.normal === 'to' && !quoteVerbs.has(t.start)) {
        const np = nounPhraseAfter(tokens, k + 2, tokens.length - 1);
        if (np) record(tokens, np, t.start, tokens[k + 1].end, whereOf(block));
        continue;
      }
      const verb = speechVerb(t);
      if (!verb || !REPORTING.has(verb) || quoteVerbs.has(t.start) || t.normal.endsWith('ing')) continue;
      // "campaign promises of mass deportations": a noun the tagger took for a verb.
      if (tokens[k + 1]?.normal === 'of') continue;
      // "people were told": passive, the subject is who heard it, not the source.
      let b = k - 1;
      while (b >= 0 && tokens[b].pos === 'ADV') b -= 1;
      if (b >= 0 && ['be', 'get'].includes(tokens[b].lemma) && /(ed|told|said|written)$/.test(t.normal)) continue;
      const np = nounPhraseBefore(tokens, k, 0) ?? subjectBeforeAppositive(tokens, k);
      if (!np || tokens.slice(np[0], k).some(sentenceStop) || !isSourcePhrase(tokens, np, index, mentions)) continue;
      record(tokens, np, t.start, t.end, whereOf(block));
    }
  }
  return found;
}

export function extractHedges(article: Article): HedgeFinding[] {
  const hedges = wordLists().hedges;
  return article.blocks.filter((b) => CONTENT_ROLES.has(b.role)).flatMap((block) =>
    block.parsed.tokens.filter((t) => hedges.has(t.normal)).map((t): HedgeFinding => ({ kind: 'hedge', text: t.value, start: t.start, end: t.end, where: whereOf(block), cue: t.normal })));
}
