// Direct quotations and who said them.
import type { Article, QuoteFinding, StructuredBlock, Token, Where } from '../types.js';
import type { EntityIndex } from './entities.js';
import { isNounPhraseToken, isQuoteMark, nounPhraseAfter, nounPhraseBefore, speechVerb, subjectBeforeAppositive } from './clauses.js';
import { findQuoteSpans } from './quote-spans.js';
import type { QuoteSpan } from './quote-spans.js';
import { resolveSpeaker } from './resolve.js';
import { spanLookup } from './span-lookup.js';

/** Roles whose text is the outlet's own writing, where quotes and terms are looked for. */
export const CONTENT_ROLES: ReadonlySet<string> = new Set(['headline', 'dek', 'heading', 'body']);

export const whereOf = (block: StructuredBlock): Where => (CONTENT_ROLES.has(block.role) ? (block.role as Where) : block.role === 'caption' ? 'caption' : 'other');

/** A quotation's own attribution: who, and the verb token that says so. */
interface Attribution {
  speakerStart: number;
  speakerEnd: number;
  verbOffset: number;
  role: string | null;
}

// A quote of up to this many words with no speech verb around it is a label or scare quote.
const MAX_TERM_WORDS = 4;
const OBJECT_VERBS = new Set(['tell', 'ask']);

/** The token covering `offset`, or -1: a binary search, since tokens are in text order and do not overlap. */
function tokenAt(tokens: Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (tokens[mid].end <= offset) lo = mid + 1;
    else if (tokens[mid].start > offset) hi = mid - 1;
    else return mid;
  }
  return -1;
}
const isStop = (t: Token) => /^[.!?]$/.test(t.value);

function appositiveRole(tokens: Token[], after: number, source: string): string | null {
  if (tokens[after + 1]?.value !== ',') return null;
  const np = nounPhraseAfter(tokens, after + 2, tokens.length - 1);
  if (!np) return null;
  return source.slice(tokens[np[0]].start, tokens[np[1]].end).replace(/^(the|a|an)\s+/i, '');
}

/** `“…,” the agency said` / `“…,” said Tom Homan, the border czar`. */
function attributionAfter(tokens: Token[], closeIndex: number, source: string): Attribution | null {
  let k = closeIndex + 1;
  while (tokens[k] && (tokens[k].value === ',' || tokens[k].value === '—')) k += 1;
  if (!tokens[k] || isQuoteMark(tokens[k])) return null;
  if (speechVerb(tokens[k])) {
    const np = nounPhraseAfter(tokens, k + 1, tokens.length - 1);
    if (!np) return null;
    return { speakerStart: tokens[np[0]].start, speakerEnd: tokens[np[1]].end, verbOffset: tokens[k].start, role: appositiveRole(tokens, np[1], source) };
  }
  for (let j = k + 1; j < tokens.length && j - k <= 10; j += 1) {
    if (isStop(tokens[j]) || isQuoteMark(tokens[j])) return null;
    if (!speechVerb(tokens[j])) continue;
    const np = nounPhraseBefore(tokens, j, k);
    if (!np || np[0] !== k) return null;
    return { speakerStart: tokens[np[0]].start, speakerEnd: tokens[np[1]].end, verbOffset: tokens[j].start, role: null };
  }
  return null;
}

/**
 * `Miller said: “…”`, `the agency said it “achieved …”`, `Said Tom Homan “…”`. Returns the verb's
 * offset even when no speaker is written before it (", noting that it “…”"), so the caller can
 * tell an attributed fragment from a scare quote.
 */
type VerbOnly = { verbOffset: number; speakerStart?: undefined };

function attributionBefore(tokens: Token[], openIndex: number, inside: (k: number) => boolean, source: string): Attribution | VerbOnly | null {
  for (let v = openIndex - 1; v >= 0 && openIndex - v <= 25; v -= 1) {
    if (inside(v)) continue;
    if (isStop(tokens[v]) && !isQuoteMark(tokens[v + 1] ?? tokens[v])) return null;
    // "According to Police Commissioner Janet Okafor, the new unit “has already …”".
    if (tokens[v].normal === 'according' && tokens[v + 1]?.normal === 'to') {
      const np = nounPhraseAfter(tokens, v + 2, openIndex - 1);
      if (np) return { speakerStart: tokens[np[0]].start, speakerEnd: tokens[np[1]].end, verbOffset: tokens[v].start, role: null };
    }
    const verb = speechVerb(tokens[v], tokens[v - 1]);
    if (!verb) continue;
    // "Said Tom Homan, the White House border czar, “…”": a name right after the verb, then maybe an aside.
    const afterVerb = tokens.slice(v + 1, openIndex).filter((_, i) => !inside(v + 1 + i));
    const comma = afterVerb.findIndex((t) => t.value === ',' || t.value === ':');
    const nameTokens = comma < 0 ? afterVerb : afterVerb.slice(0, comma);
    const named = nameTokens.length > 0 && nameTokens.every((t) => isNounPhraseToken(t) && (/^\p{Lu}/u.test(t.value) || t.value === 'of'));
    if (named && !OBJECT_VERBS.has(verb)) {
      const last = v + nameTokens.length;
      return { speakerStart: nameTokens[0].start, speakerEnd: nameTokens.at(-1)!.end, verbOffset: tokens[v].start, role: appositiveRole(tokens, last, source) };
    }
    const np = nounPhraseBefore(tokens, v, 0) ?? subjectBeforeAppositive(tokens, v);
    if (np && !tokens.slice(np[0], np[1] + 1).some((t, i) => inside(np[0] + i))) {
      return { speakerStart: tokens[np[0]].start, speakerEnd: tokens[np[1]].end, verbOffset: tokens[v].start, role: null };
    }
    return { verbOffset: tokens[v].start };
  }
  return null;
}

/** "the “leadership realignment”", "the administration’s “border czar”": a quoted name inside a noun phrase. */
function isDeterminerBefore(tokens: Token[], openIndex: number): boolean {
  const t = tokens[openIndex - 1];
  return t !== undefined && (t.pos === 'DET' || t.value === '’s' || t.value === "'s");
}

const countWords = (text: string) => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

export interface QuoteExtraction {
  quotes: QuoteFinding[];
  /** Offsets of the verbs that attribute a quote, so reported-speech detection skips them. */
  verbOffsets: Set<number>;
}

/** Every direct quotation in the article's own text, with its speaker resolved where the text allows. */
export function extractQuotes(article: Article, index: EntityIndex): QuoteExtraction {
  const blocks = article.blocks.filter((b) => CONTENT_ROLES.has(b.role));
  const spans = findQuoteSpans(blocks);
  const source = article.text;
  const quotes: (QuoteFinding & { chain: number; block: number; verbOffset: number | null; attributed: boolean })[] = [];
  // Spans of other blocks never hold a token of this one, so one lookup over all of them answers for each block.
  const marked = spanLookup(spans.map((s: QuoteSpan) => ({ start: s.open, end: s.close })));
  for (const span of spans) {
    const block = blocks[span.block];
    const tokens = block.parsed.tokens;
    const inside = (k: number) => marked.contains(tokens[k].start, tokens[k].end);
    const openIndex = tokenAt(tokens, span.open);
    const closeIndex = tokenAt(tokens, span.close - 1);
    const after = span.close <= block.end - 1 || span.close === block.end ? attributionAfter(tokens, closeIndex, source) : null;
    const before = after ? null : attributionBefore(tokens, openIndex, inside, source);
    const attribution: Attribution | null = after ?? (before && before.speakerStart !== undefined ? before : null);
    const text = source.slice(span.innerStart, span.innerEnd);
    const words = countWords(text);
    const base = { kind: 'quote' as const, text, start: span.innerStart, end: span.innerEnd, where: whereOf(block), words, chain: span.chain, block: span.block };
    if (attribution) {
      const mention = source.slice(attribution.speakerStart, attribution.speakerEnd);
      const who = resolveSpeaker(index, mention, attribution.speakerStart, attribution.speakerEnd, span.open);
      quotes.push({ ...base, quoteKind: 'speech', speaker: who.name, speakerMention: mention, speakerType: who.type, speakerRole: attribution.role ?? who.role, verbOffset: attribution.verbOffset, attributed: true });
    } else {
      // A quoted full sentence ("No more raids.") is speech even when nobody is named; a short
      // phrase after "so-called" or inside a noun phrase ("the “catch and release” era") is a label.
      const sentence = /^[\p{Lu}\p{N}]/u.test(text) && /[.!?]$/.test(text);
      const label = words <= MAX_TERM_WORDS && !sentence && (/so[- ]called\s*$/i.test(source.slice(Math.max(block.start, span.open - 12), span.open)) || isDeterminerBefore(tokens, openIndex));
      const speech = !label && (before !== null || words > MAX_TERM_WORDS || sentence);
      quotes.push({ ...base, quoteKind: speech ? 'speech' : 'term', speaker: null, speakerMention: null, speakerType: 'unknown', speakerRole: null, verbOffset: before?.verbOffset ?? null, attributed: before !== null });
    }
  }
  // Pieces of one quotation (split by an attribution, or over paragraphs) share its speaker: the first
  // piece of the chain that has one, else the last attributed speech before it in the paragraph. Both are
  // kept up to date in one pass (quotes are in text order), instead of searching all quotes for each.
  const firstInChain = new Map<number, number>();
  quotes.forEach((q, i) => {
    if (q.speakerMention && !firstInChain.has(q.chain)) firstInChain.set(q.chain, i);
  });
  const lastInBlock = new Map<number, number>();
  quotes.forEach((q, i) => {
    if (q.quoteKind === 'speech' && !q.speakerMention) {
      const chained = firstInChain.get(q.chain);
      const previous = lastInBlock.get(q.block);
      const donor = chained !== undefined ? quotes[chained] : previous !== undefined ? quotes[previous] : undefined;
      if (donor) {
        Object.assign(q, { speaker: donor.speaker, speakerMention: donor.speakerMention, speakerType: donor.speakerType, speakerRole: donor.speakerRole });
        if (q.speakerMention && (chained === undefined || i < chained)) firstInChain.set(q.chain, i);
      }
    }
    if (q.quoteKind === 'speech' && q.speakerMention) lastInBlock.set(q.block, i);
  });
  return {
    quotes: quotes.map(({ chain: _chain, block: _block, verbOffset: _verb, attributed: _a, ...q }) => q),
    verbOffsets: new Set(quotes.flatMap((q) => (q.verbOffset === null ? [] : [q.verbOffset]))),
  };
}

