// Direct quotations and who said them.
import { append } from '../../collections.js';
import type { Article, QuoteFinding, StructuredBlock, Token, Where } from '../../types.js';
import type { EntityIndex } from '../entities.js';
import { CONTENT_ROLES, whereOf } from '../content.js';
import { isSentenceStop, nounPhraseAfter, nounPhraseBefore, sentenceAround } from './clauses.js';
import { findQuoteSpans } from './quote-spans.js';
import type { QuoteSpan } from './quote-spans.js';
import { clauseAfterQuote, clauseBeforeQuote, sentenceSpeaker } from './quote-attribution.js';
import type { SpeakerClause, VerbOnly } from './quote-attribution.js';
import { resolveSpeaker } from './resolve.js';
import type { SpeakerHistory } from './resolve.js';
import { startsLower, startsUpper } from '../../text.js';


// A quote of up to this many words with no speech verb around it is a label or scare quote.
const MAX_TERM_WORDS = 4;

const countWords = (text: string) => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/** "the “leadership realignment”", "the administration’s “border czar”": a quoted name inside a noun phrase. */
function isDeterminerBefore(tokens: Token[], openIndex: number): boolean {
  const t = tokens[openIndex - 1];
  return t !== undefined && (t.pos === 'DET' || t.value === '’s' || t.value === "'s");
}

/**
 * “Meet the Press”, “Silent Night”, “Make America Great Again”: a title or slogan, every word of
 * four letters or more capitalised. Headlines capitalise every word, so this is for body text.
 */
function isTitle(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length < 2 || words.length > 8 || /[!?]$/.test(text)) return false;
  const content = words.filter((w) => w.replace(/\P{L}/gu, '').length > 3);
  return content.length > 0 && content.every((w) => /^[\p{Lu}\p{N}“"‘'(]/u.test(w)) && words.filter((w) => startsUpper(w)).length >= 2;
}

// Verbs that name something with the quoted words: "dubbed him “Little Marco”" is speech, not a title.
const NAMING_VERBS = /^(call|calls|called|calling|chant|chanted|chanting|shout|shouted|shouting|tweet|tweeted|write|wrote|writes|post|posted|read|reads|reading|say|said|says|saying)$/;

interface Piece {
  span: QuoteSpan;
  block: StructuredBlock;
  tokens: Token[];
  openIndex: number;
  afterIndex: number;
  text: string;
  words: number;
  clause: SpeakerClause | null;
  verbOnly: VerbOnly | null;
  quotation: number;
  /** Inherited from another piece of its quotation or an earlier piece of its paragraph. */
  donor: Piece | null;
  /** The clause was found in a neighbouring sentence: its verb reports other words too. */
  borrowed: boolean;
}

const firstTokenFrom = (tokens: Token[], offset: number) => {
  const k = tokens.findIndex((t) => t.end > offset);
  return k < 0 ? tokens.length : k;
};

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
  const pieces: Piece[] = [];
  // The quotation spans of each block, gathered once (not per span: long articles stay linear).
  const spansOf = new Map<number, QuoteSpan[]>();
  for (const s of spans) append(spansOf, s.block, s);
  for (const span of spans) {
    const block = blocks[span.block];
    const tokens = block.parsed.tokens;
    const blockSpans = spansOf.get(span.block)!;
    const inside = (k: number) => blockSpans.some((s) => tokens[k].start >= s.open && tokens[k].end <= s.close);
    const openIndex = firstTokenFrom(tokens, span.open);
    const afterIndex = firstTokenFrom(tokens, span.close);
    const text = source.slice(span.innerStart, span.innerEnd);
    const after = span.closed ? clauseAfterQuote(tokens, afterIndex, source, text.at(-1) ?? '') : null;
    const before = clauseBeforeQuote(tokens, openIndex, inside, source);
    const startsSentence = openIndex === 0 || isSentenceStop(tokens, openIndex - 1) || tokens.slice(sentenceAround(tokens, openIndex)[0], openIndex).every((t) => t.type !== 'word');
    const named = (c: SpeakerClause | VerbOnly | null): SpeakerClause | null => (c && c.speakerStart !== undefined ? c : null);
    const clause = startsSentence ? (after ?? named(before)) : (named(before) ?? after);
    const verbOnly = !clause && before && before.speakerStart === undefined ? before : null;
    pieces.push({ span, block, tokens, openIndex, afterIndex, text, words: countWords(text), clause, verbOnly, quotation: -1, donor: null, borrowed: false });
  }
  groupQuotations(pieces, blocks, source);

  // Speakers, in article order, so pronouns can look back at who spoke before.
  const history: SpeakerHistory = [];
  const quoted = (offset: number) => spans.some((s) => offset >= s.open && offset < s.close);
  const quotes: QuoteFinding[] = [];
  const verbOffsets = new Set<number>();
  const resolved = new Map<Piece, Pick<QuoteFinding, 'speaker' | 'speakerMention' | 'speakerType' | 'speakerRole'>>();
  for (const p of pieces) {
    const where = whereOf(p.block);
    const base = { kind: 'quote' as const, text: p.text, start: p.span.innerStart, end: p.span.innerEnd, where, words: p.words, quotation: p.quotation };
    const from = p.clause ? p : p.donor;
    if (p.clause && !p.borrowed) verbOffsets.add(p.clause.verbOffset);
    if (p.verbOnly) verbOffsets.add(p.verbOnly.verbOffset);
    // A quoted full sentence ("No more raids.") is speech even when nobody is named; a short
    // phrase after "so-called" or inside a noun phrase ("the “catch and release” era") is a label
    // unless its own clause names who said it.
    const sentence = /^[\p{Lu}\p{N}]/u.test(p.text) && /[.!?]$/.test(p.text);
    const label = p.words <= MAX_TERM_WORDS && !sentence && (/so[- ]called\s*$/i.test(source.slice(Math.max(p.block.start, p.span.open - 12), p.span.open)) || isDeterminerBefore(p.tokens, p.openIndex));
    // "the “catch and release” era": a quoted modifier of a noun is a label whoever is speaking.
    const next = p.tokens[p.afterIndex];
    const modifier = label && isDeterminerBefore(p.tokens, p.openIndex) && next !== undefined && next.type === 'word' && startsLower(next.value) && ['NOUN', 'ADJ'].includes(next.pos);
    const cue = p.clause ?? p.verbOnly;
    // "called it “…”" names with the quoted words; "said on “Meet the Press”" does not.
    const between = p.tokens.filter((t) => cue !== null && t.start >= cue.cueEnd && t.end <= p.span.open);
    const naming = cue !== null && NAMING_VERBS.test(source.slice(cue.verbOffset, cue.cueEnd).toLowerCase()) && !between.some((t) => t.pos === 'ADP');
    const title = isTitle(p.text) && !isDisplay(p.block, blocks[0], blocks.length) && !naming;
    if (from?.clause && !title && !modifier && !(label && !p.clause)) {
      let who = resolved.get(from);
      if (!who) {
        const c = from.clause;
        const mention = source.slice(c.speakerStart, c.speakerEnd);
        const at = pronounChainStart(from.tokens, c.speakerStart, mention, quoted) ?? Math.min(from.span.open, c.speakerStart);
        const k = from.tokens.findIndex((t) => t.end > at);
        const sentenceStart = k < 0 ? at : from.tokens[sentenceAround(from.tokens, k)[0]].start;
        const r = resolveSpeaker(index, mention, c.speakerStart, c.speakerEnd, at, { history, quoted, sentenceStart });
        who = { speaker: r.name, speakerMention: mention, speakerType: r.type, speakerRole: c.role ?? r.role };
        resolved.set(from, who);
        if (r.name) history.push({ name: r.name, type: r.type, offset: c.speakerStart });
      }
      quotes.push({ ...base, quoteKind: 'speech', ...who });
      continue;
    }
    const speech = !label && !title && (p.verbOnly !== null || p.clause !== null || p.donor !== null || p.words > MAX_TERM_WORDS || sentence);
    quotes.push({ ...base, quoteKind: speech ? 'speech' : 'term', speaker: null, speakerMention: null, speakerType: 'unknown', speakerRole: null });
  }
  return { quotes, verbOffsets };
}

/**
 * "He declared that …, Trump would have a path, which he declared “…”": a he/she whose sentence
 * already opened with the same pronoun means the same person, so it is resolved from there.
 */
function pronounChainStart(tokens: Token[], at: number, mention: string, quoted: (offset: number) => boolean): number | null {
  const word = mention.toLowerCase();
  if (word !== 'he' && word !== 'she') return null;
  const k = tokens.findIndex((t) => t.start === at);
  if (k < 0) return null;
  const [from] = sentenceAround(tokens, k);
  const first = tokens.slice(from, k).find((t) => t.normal === word && !quoted(t.start));
  return first ? first.start : null;
}

/**
 * Pieces of one quotation share a `quotation` number and its speaker: a quotation split by its own
 * attribution (“A,” she said. “B.”), one running over paragraphs (opening mark on each), and an
 * unattributed paragraph of quotation right after an attributed one (the newsroom convention for
 * a speaker who goes on). Quotations without a clause of their own then look at the paragraph
 * before (“Cruz continued:”), the neighbouring sentences, and earlier quotes in their paragraph.
 */
function groupQuotations(pieces: Piece[], blocks: StructuredBlock[], source: string): void {
  let next = 0;
  pieces.forEach((p, i) => {
    const previous = pieces[i - 1];
    const own = p.clause !== null || p.verbOnly !== null;
    const sameBlock = previous && previous.span.block === p.span.block;
    if (previous && previous.span.chain === p.span.chain) {
      p.quotation = previous.quotation;
    } else if (previous && sameBlock && previous.clause && (!own || p.clause?.verbOffset === previous.clause.verbOffset) && splitByAttribution(previous, p)) {
      p.quotation = previous.quotation;
    } else if (previous && sameBlock && sameCue(previous, p)) {
      // "Trump said Rubio was “a lightweight” and Cruz “a liar”": one cue, one quotation.
      p.quotation = previous.quotation;
    } else if (previous && !own && !sameBlock && previous.span.block === p.span.block - 1 && continuesParagraph(previous, p, source)) {
      p.quotation = previous.quotation;
    } else {
      p.quotation = next;
      next += 1;
    }
    if (p.quotation === previous?.quotation && !p.clause) p.donor = previous.clause ? previous : previous.donor;
  });
  // Quotations with no clause anywhere: the introducing paragraph, then neighbouring sentences.
  const byQuotation = new Map<number, Piece[]>();
  for (const p of pieces) append(byQuotation, p.quotation, p);
  for (const group of byQuotation.values()) {
    const withClause = group.find((p) => p.clause);
    if (withClause) {
      for (const p of group) if (!p.clause) p.donor = withClause;
      continue;
    }
    const first = group[0];
    const intro = headlineSpeaker(first, blocks) ?? introducingClause(first, blocks, source);
    const nearby = intro ? null : (neighbourClause(first, source) ?? previousParagraphClause(first, blocks, source));
    if (intro || nearby) {
      first.clause = intro ?? nearby;
      first.borrowed = nearby !== null;
      for (const p of group.slice(1)) p.donor = first;
    }
  }
  // "“A,” he said, adding that … “B.”": a later piece of the paragraph with only a cue, or a whole
  // sentence of quotation, keeps the paragraph's last speaker (a short label stays a label).
  pieces.forEach((p, i) => {
    if (p.clause || p.donor) return;
    const sentence = /^[\p{Lu}\p{N}]/u.test(p.text) && /[.!?]$/.test(p.text);
    if (!p.verbOnly && !sentence && p.words <= MAX_TERM_WORDS) return;
    for (let j = i - 1; j >= 0 && pieces[j].span.block === p.span.block; j -= 1) {
      const q = pieces[j];
      const donor = q.clause ? q : q.donor;
      if (donor) {
        p.donor = donor;
        return;
      }
    }
  });
}

const cueOf = (p: Piece) => p.clause?.verbOffset ?? p.verbOnly?.verbOffset ?? null;
const sameCue = (a: Piece, b: Piece) => cueOf(a) !== null && cueOf(a) === cueOf(b);

/** The words between two pieces are only the first one's attribution (“A,” she said, “B.”). */
function splitByAttribution(a: Piece, b: Piece): boolean {
  const gap = a.tokens.filter((t) => t.start >= a.span.close && t.end <= b.span.open);
  if (gap.length > 40 || !a.clause || a.clause.verbOffset < a.span.close || a.clause.verbOffset > b.span.open) return false;
  const stops = gap.filter((_, k) => isSentenceStop(a.tokens, a.tokens.indexOf(gap[k]))).length;
  return stops <= 1;
}

/** A paragraph that is one unattributed quotation, right after a paragraph that ends with an attributed one. */
function continuesParagraph(a: Piece, b: Piece, source: string): boolean {
  if (!(a.clause || a.donor)) return false;
  if (source.slice(b.block.start, b.span.open).trim() !== '') return false;
  const rest = a.tokens.filter((t) => t.start >= a.span.close);
  const stops = rest.filter((t) => isSentenceStop(a.tokens, a.tokens.indexOf(t))).length;
  return stops <= 1 && rest.length <= 60;
}

/**
 * A headline, a dek, or a short first paragraph (a headline the structure stage did not mark):
 * display text, where every word is capitalised and "Name:" introduces the speaker.
 */
function isDisplay(block: StructuredBlock, first: StructuredBlock | undefined, blocks: number): boolean {
  if (block.role === 'headline' || block.role === 'dek') return true;
  if (block !== first || blocks < 2 || hasSentences(block)) return false;
  const words = block.parsed.tokens.filter((t) => t.type === 'word');
  const long = words.filter((t) => t.value.length > 3);
  return words.length <= 25 && long.length > 0 && long.filter((t) => startsUpper(t.value)).length / long.length >= 0.6;
}
/** Running text: a stop followed by a capitalised word. */
const hasSentences = (block: StructuredBlock) => /[.!?]["”’']?\s+\p{Lu}/u.test(block.text);

/** "Graham: Trump’s ‘Hateful Rhetoric’ …": in a headline or dek, the name before a colon speaks. */
function headlineSpeaker(p: Piece, blocks: StructuredBlock[]): SpeakerClause | null {
  if (!isDisplay(p.block, blocks[0], blocks.length)) return null;
  const tokens = p.tokens;
  const colon = tokens.findIndex((t) => t.value === ':');
  if (colon <= 0 || colon > 8 || tokens[colon].start > p.span.open) return null;
  const np = nounPhraseBefore(tokens, colon, 0);
  if (!np || np[0] !== 0) return null;
  // "Gillibrand on Hillary Releasing Her Transcripts: ‘…’": the speaker is before "on".
  const on = tokens.slice(0, np[1] + 1).findIndex((t, k) => k > 0 && /^(on|about|to)$/.test(t.value));
  const last = on > 0 ? on - 1 : np[1];
  return { speakerStart: tokens[0].start, speakerEnd: tokens[last].end, verbOffset: tokens[colon].start, cueEnd: tokens[colon].end, role: null };
}

/** “Cruz continued:” / “He said in a statement:” ending the paragraph before a quotation paragraph. */
function introducingClause(p: Piece, blocks: StructuredBlock[], source: string): SpeakerClause | null {
  const previous = blocks[p.span.block - 1];
  if (!previous || source.slice(p.block.start, p.span.open).trim() !== '') return null;
  if (!/:\s*$/.test(previous.text)) return null;
  const tokens = previous.parsed.tokens;
  const last = tokens.length - 1;
  const [from] = sentenceAround(tokens, Math.max(0, last - 1));
  return sentenceSpeaker(tokens, from, last, source);
}

/**
 * A paragraph that is one quotation, after a paragraph without one whose last sentence names a
 * speaker ("Valastro praised Christie’s leadership …" then “We need someone who …”).
 */
function previousParagraphClause(p: Piece, blocks: StructuredBlock[], source: string): SpeakerClause | null {
  const previous = blocks[p.span.block - 1];
  if (!previous || previous.role !== 'body' || source.slice(p.block.start, p.span.open).trim() !== '') return null;
  if (/[“”"]|''/.test(previous.text)) return null;
  const tokens = previous.parsed.tokens;
  if (tokens.length === 0) return null;
  const [from, to] = sentenceAround(tokens, tokens.length - 1);
  const c = sentenceSpeaker(tokens, from, to, source, true);
  return c && startsUpper(source.slice(c.speakerStart, c.speakerEnd)) ? c : null;
}

/** A quotation that is a sentence of its own: the sentence before it, or after it, may name the speaker. */
function neighbourClause(p: Piece, source: string): SpeakerClause | null {
  const tokens = p.tokens;
  const [from] = sentenceAround(tokens, p.openIndex);
  if (tokens.slice(from, p.openIndex).some((t) => t.type === 'word')) return null;
  if (from > 0) {
    const [pFrom, pTo] = sentenceAround(tokens, from - 1);
    if (!tokens.slice(pFrom, pTo + 1).some((t) => t.start >= p.block.start && /[“”"]/.test(t.value))) {
      const c = sentenceSpeaker(tokens, pFrom, pTo, source);
      if (c) return c;
    }
  }
  // The sentence the quotation's last word is in (its closing mark may follow the stop).
  const endIndex = Math.max(0, tokens.findIndex((t) => t.end >= p.span.innerEnd));
  const [, to] = sentenceAround(tokens, endIndex);
  if (to + 1 < tokens.length) {
    let [nFrom, nTo] = sentenceAround(tokens, to + 1);
    // The quotation's own closing mark may sit at the head of the next sentence.
    while (nFrom < nTo && tokens[nFrom].end <= p.span.close) nFrom += 1;
    if (tokens.slice(nFrom, nTo + 1).some((t) => /[“”"]/.test(t.value))) return null;
    const said = sentenceSpeaker(tokens, nFrom, nTo, source);
    if (said) return said;
    // "“We’re done.” That was how Senator Maria Lopez ended the call": a sentence that points back
    // at the quotation names its speaker.
    if (/^(that|this|so|such|those)$/i.test(tokens[nFrom].value)) {
      const name = tokens.findIndex((t, k) => k > nFrom && k <= nTo && t.pos === 'PROPN' && startsUpper(t.value));
      const np = name > 0 ? nounPhraseAfter(tokens, name, nTo) : null;
      if (np) return { speakerStart: tokens[np[0]].start, speakerEnd: tokens[np[1]].end, verbOffset: tokens[nFrom].start, cueEnd: tokens[nFrom].end, role: null };
    }
  }
  return null;
}
