// Attributions without quotation marks ("CBS News reported", "according to Axios") and hedges.
import { insideAny, withinOne } from '../spans.js';
import type { SpanTest } from '../spans.js';
import type { Article, AttributionFinding, HedgeFinding, QuoteFinding, Token } from '../../types.js';
import type { EntityIndex } from '../entities.js';
import { headWord, isSentenceStop, sentenceAround, nounPhraseAfter, nounPhraseBefore, speechVerb, subjectBeforeAppositive } from './clauses.js';
import { clauseSubject } from './quote-attribution.js';
import { CONTENT_ROLES, whereOf } from '../content.js';
import { resolveSpeaker } from './resolve.js';
import { wordLists } from '../word-lists.js';
import { startsLower } from '../../text.js';

// Speech verbs that, without quotation marks, still report what a source said. Verbs like
// "call", "continue" or "promise" are left out: without a quote they are rarely sourcing.
const REPORTING = new Set(['say', 'tell', 'add', 'note', 'report', 'confirm', 'announce', 'state', 'write', 'claim', 'acknowledge', 'emphasize', 'warn', 'argue', 'insist', 'deny', 'reveal', 'explain', 'predict', 'allege']);
const PRONOUN_SOURCES = new Set(['he', 'she', 'it', 'they']);

/** "Two U.S. officials" at the start of a sentence is "two U.S. officials" mid-sentence. */
const lowerSentenceStart = (first: Token, mention: string) =>
  ['DET', 'NUM', 'ADJ'].includes(first.pos) ? mention[0].toLowerCase() + mention.slice(1) : mention;

const sentenceStop = (t: Token) => /^[.!?]$/.test(t.value);

const ADVERBIAL_START = /^(on|in|at|during|after|before|last|this|late|early|yesterday|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday|recently|also|again|repeatedly|publicly|privately|previously)$/;

/**
 * What was said, as offsets: after the cue ("said [Tuesday] [that] …", "told reporters …"), or
 * before it when the cue ends the sentence ("The plan will fail, Smith said."). Null when the
 * sentence holds nothing else.
 */
function reportedContent(tokens: Token[], verb: number, subjectStart: number, cue: string): [number, number] | null {
  const [from, to] = sentenceAround(tokens, verb);
  let last = to;
  while (last > verb && (isSentenceStop(tokens, last) || /^[.!?,;:”"’']$/.test(tokens[last].value))) last -= 1;
  let k = verb + 1;
  // "told reporters", "told The Associated Press": the listener is not the content.
  if (cue === 'tell') {
    const listener = nounPhraseAfter(tokens, k, last);
    if (listener) k = listener[1] + 1;
  }
  // "said Tuesday that …", "said in a statement that …": skip to "that" when it comes soon.
  const that = tokens.slice(k, Math.min(last + 1, k + 10)).findIndex((t) => t.normal === 'that');
  if (that >= 0 && tokens.slice(k, k + that).every((t) => t.type !== 'punctuation' || t.value === ',')) k += that + 1;
  else while (k <= last && (ADVERBIAL_START.test(tokens[k].normal) || tokens[k].value === ',') && k - verb < 3) k += 1;
  // "…, but for Republicans it is …": a new main clause after a comma is the writer's again; so is
  // "…, telling reporters …", a second report that starts its own content.
  for (let j = k + 1; j <= last; j += 1) {
    if (tokens[j].value === ';' || (tokens[j].value === ',' && (/^(but|while|whereas|although)$/.test(tokens[j + 1]?.normal ?? '') || reportingParticiple(tokens[j + 1]) !== null))) {
      last = j - 1;
      break;
    }
  }
  if (k <= last) return [tokens[k].start, tokens[last].end];
  // The cue ends the sentence: the content is what came before the subject.
  let end = subjectStart - 1;
  while (end >= from && /^[,—–-]$/.test(tokens[end].value)) end -= 1;
  return end >= from ? [tokens[from].start, tokens[end].end] : null;
}

/** "saying", "telling", "adding": the reporting verb a lower-case participle is of, or null. */
function reportingParticiple(t: Token | undefined): string | null {
  if (!t || t.type !== 'word' || !/^\p{Ll}+ing$/u.test(t.value)) return null;
  const verb = speechVerb(t, undefined, true);
  return verb !== null && REPORTING.has(verb) ? verb : null;
}

/** "According to X, …" or "…, according to X": the rest of the sentence. */
function accordingContent(tokens: Token[], cue: number, np: [number, number]): [number, number] | null {
  const [from, to] = sentenceAround(tokens, cue);
  let last = to;
  while (last > from && (isSentenceStop(tokens, last) || /^[.!?,;:”"’']$/.test(tokens[last].value))) last -= 1;
  if (cue > from) {
    let end = cue - 1;
    while (end >= from && tokens[end].value === ',') end -= 1;
    return end >= from ? [tokens[from].start, tokens[end].end] : null;
  }
  let k = np[1] + 1;
  while (k <= last && tokens[k].value === ',') k += 1;
  return k <= last ? [tokens[k].start, tokens[last].end] : null;
}

/** Is the noun phrase a plausible source (a name, a pronoun, "the outlet", "officials")? */
function isSourcePhrase(tokens: Token[], [first, last]: [number, number], index: EntityIndex, named: SpanTest): boolean {
  const lists = wordLists();
  const phrase = tokens.slice(first, last + 1).filter((t) => t.type === 'word');
  if (phrase.length === 0) return false;
  const head = headWord(phrase.map((t) => t.value).join(' '));
  const headToken = [...phrase].reverse().find((t) => t.normal === head) ?? phrase.at(-1)!;
  if (named(headToken.start, headToken.end)) return true;
  const lemma = headToken.lemma;
  return PRONOUN_SOURCES.has(head) && phrase.length === 1
    || lists.anonymousHeads.has(lemma) || lists.outletHeads.has(lemma) || lists.orgHeads.has(lemma) || lists.personHeads.has(lemma);
}

export function extractAttributions(article: Article, index: EntityIndex, quotes: QuoteFinding[], quoteVerbs: ReadonlySet<number>): AttributionFinding[] {
  const found: AttributionFinding[] = [];
  const quoted = insideAny(quotes);
  const insideQuote = (t: Token) => quoted(t.start, t.end);
  const named = withinOne(index.mentions);
  const record = (tokens: Token[], np: [number, number], cueStart: number, cueEnd: number, where: AttributionFinding['where'], content: [number, number] | null) => {
    const start = tokens[np[0]].start;
    const end = tokens[np[1]].end;
    const mention = article.text.slice(start, end);
    const who = resolveSpeaker(index, mention, start, end, start);
    const from = Math.min(start, cueStart);
    const to = Math.max(end, cueEnd);
    // A source nobody can be named for ("he" with no antecedent, "the judge", "her campaign") is
    // left out rather than named wrong; written sources ("a new poll", "court records") stay.
    if (!who.name && !who.anonymous && !wordLists().documentHeads.has(headWord(mention).replace(/’s$|'s$/, ''))) return;
    found.push({
      kind: 'attribution', text: article.text.slice(from, to), start: from, end: to, where,
      source: who.name ?? (who.anonymous ? lowerSentenceStart(tokens[np[0]], mention) : mention.replace(/^(the|a|an)\s+/i, '')), cue: article.text.slice(cueStart, cueEnd).toLowerCase(), anonymous: who.anonymous,
      ...(content ? { content: article.text.slice(content[0], content[1]), contentStart: content[0], contentEnd: content[1] } : {}),
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
        if (np) record(tokens, np, t.start, tokens[k + 1].end, whereOf(block), accordingContent(tokens, k, np));
        continue;
      }
      // "Sanders defended the plan, saying it would create jobs": the participle reports the speech of
      // the clause's subject; what follows it is the content.
      const participle = tokens[k - 1]?.value === ',' || tokens[k - 1]?.value === '—' ? reportingParticiple(t) : null;
      if (participle && !quoteVerbs.has(t.start)) {
        const [from] = sentenceAround(tokens, k);
        const np = clauseSubject(tokens, from, k - 2, (j) => insideQuote(tokens[j]));
        if (np && isSourcePhrase(tokens, np, index, named)) record(tokens, np, t.start, t.end, whereOf(block), reportedContent(tokens, k, np[0], participle));
        continue;
      }
      // "The Associated Press reports that …": wink tags some present forms after a name as nouns.
      const verb = speechVerb(t) ?? (t.pos === 'NOUN' && startsLower(t.value) ? speechVerb(t, tokens[k - 1]) : null);
      if (!verb || !REPORTING.has(verb) || quoteVerbs.has(t.start) || t.normal.endsWith('ing')) continue;
      // "campaign promises of mass deportations": a noun the tagger took for a verb.
      if (tokens[k + 1]?.normal === 'of') continue;
      // "people were told": passive, the subject is who heard it, not the source.
      let b = k - 1;
      while (b >= 0 && tokens[b].pos === 'ADV') b -= 1;
      if (b >= 0 && ['be', 'get'].includes(tokens[b].lemma) && /(ed|told|said|written)$/.test(t.normal)) continue;
      let np = nounPhraseBefore(tokens, k, 0) ?? subjectBeforeAppositive(tokens, k);
      // "… took questions and said she was relieved": the subject of the first verb.
      if (!np && ['and', 'but'].includes(tokens[b]?.normal ?? '')) np = clauseSubject(tokens, sentenceAround(tokens, k)[0], b - 1, (j) => insideQuote(tokens[j]));
      if (!np || tokens.slice(np[0], k).some(sentenceStop) || !isSourcePhrase(tokens, np, index, named)) continue;
      record(tokens, np, t.start, t.end, whereOf(block), reportedContent(tokens, k, np[0], verb));
    }
  }
  return found;
}

export function extractHedges(article: Article): HedgeFinding[] {
  const hedges = wordLists().hedges;
  return article.blocks.filter((b) => CONTENT_ROLES.has(b.role)).flatMap((block) =>
    block.parsed.tokens.filter((t) => hedges.has(t.normal)).map((t): HedgeFinding => ({ kind: 'hedge', text: t.value, start: t.start, end: t.end, where: whereOf(block), cue: t.normal })));
}
