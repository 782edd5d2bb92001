// Report verbs as framing: "slammed", "admitted", "claimed", "insisted" written by the outlet for
// someone's speech tell the reader what to think of it, where "said" does not. Each is counted with
// the speaker whose speech it reports.
import type { Article, AttributionFinding, QuoteFinding, ReportVerbFinding, Token } from '../types.js';
import { reportVerbsFile } from '../lexicon/published.js';
import type { ReportVerb } from '../lexicon/published.js';
import { nounPhraseAfter, nounPhraseBefore } from './quotes/clauses.js';
import { CALENDAR_WORDS } from './entities.js';
import { startsUpper } from '../text.js';
import { CONTENT_ROLES, whereOf } from './content.js';
import type { SpanTest } from './spans.js';

let verbs: Map<string, ReportVerb> | undefined;
const verbIndex = () => (verbs ??= new Map(reportVerbsFile().verbs.map((v) => [v.verb, v])));

// "lashed out", "ripped into": the particle belongs to the verb.
const PARTICLES = new Set(['out', 'into']);

export function extractReportVerbs(article: Article, quotes: readonly QuoteFinding[], attributions: readonly AttributionFinding[], quoted: SpanTest): ReportVerbFinding[] {
  const index = verbIndex();
  const speech = byStart(quotes.filter((q) => q.quoteKind === 'speech'));
  const sources = byStart(attributions);
  const found: ReportVerbFinding[] = [];
  for (const block of article.blocks) {
    if (!CONTENT_ROLES.has(block.role)) continue;
    const tokens = block.parsed.tokens;
    // Quotations and attributions of this block only (found by binary search, so long articles stay
    // linear): a handful, so the per-verb look-up stays small.
    const blockQuotes = within(speech, block);
    const blockAttributions = within(sources, block);
    for (let k = 0; k < tokens.length; k += 1) {
      const t = tokens[k];
      if (t.pos !== 'VERB' && t.pos !== 'NOUN') continue;
      const verb = index.get(t.lemma);
      if (!verb) continue;
      if (t.pos === 'NOUN') {
        // "the bizarre claim that", "his claims": the outlet's word for someone's statement.
        const prev = tokens[k - 1];
        if (!verb.noun || (prev && (prev.pos === 'NOUN' || verb.notAfter?.includes(prev.normal)))) continue;
        found.push({ kind: 'report-verb', text: t.value, start: t.start, end: t.end, where: whereOf(block), verb: verb.verb, stance: verb.stance, speaker: null, voice: quoted(t.start, t.end) ? 'quoted' : 'own' });
        continue;
      }
      const voice = quoted(t.start, t.end) ? 'quoted' : 'own';
      const sameSentence = (q: QuoteFinding) => sentenceOf(tokens, q.start) === t.sentence || sentenceOf(tokens, q.end - 1) === t.sentence;
      const quote = voice === 'own' ? blockQuotes.find(sameSentence) : undefined;
      const attribution = blockAttributions.find((a) => a.start <= t.start && t.end <= a.end);
      const that = tokens[k + 1]?.normal === 'that' || tokens[k + 1]?.value === ':';
      if (verb.needsSpeech && !quote && !attribution && !that) continue;
      let end = t.end;
      if (PARTICLES.has(tokens[k + 1]?.normal ?? '')) end = tokens[k + 1].end;
      found.push({
        kind: 'report-verb', text: article.text.slice(t.start, end), start: t.start, end, where: whereOf(block),
        verb: verb.verb, stance: verb.stance, speaker: quote?.speaker ?? attribution?.source ?? subjectBefore(tokens, k, article.text), voice,
      });
    }
  }
  return found;
}

const byStart = <T extends { start: number }>(spans: readonly T[]): T[] => [...spans].sort((a, b) => a.start - b.start);

/** The spans (sorted by start) that lie wholly inside `block`. */
function within<T extends { start: number; end: number }>(sorted: readonly T[], block: { start: number; end: number }): T[] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].start < block.start) lo = mid + 1;
    else hi = mid;
  }
  const out: T[] = [];
  for (let i = lo; i < sorted.length && sorted[i].start < block.end; i += 1) if (sorted[i].end <= block.end) out.push(sorted[i]);
  return out;
}

function sentenceOf(tokens: Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (tokens[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return tokens[lo]?.sentence ?? -1;
}

// Words between a subject and its verb: "has repeatedly denied", "were insisting", "did not".
// "Bolton and Gorka both denounced": a floating quantifier too.
// (Unlike the quote finder's `skippable`, a capitalised adverb counts too: "Boorishly bragging …" has
// no subject before it.)
const BETWEEN = (t: Token) => ((t.pos === 'ADV' || t.pos === 'AUX' || t.pos === 'PART') && t.type === 'word') || /^(both|all|each)$/.test(t.normal);
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
// A noun phrase headed by one of these is when, not who: "as recently as Thursday afternoon were insisting".
const TIME_WORDS = /^(morning|afternoon|evening|night|day|days|week|weeks|weekend|month|months|year|years|hour|hours|minute|minutes|moment|time|ago|early|late|earlier|later)$/i;
// A pronoun says nothing on its own about who spoke.
const PRONOUN = /^(he|she|they|it|we|i|you|who|which|that|both|some|others|one|none|many)$/i;

/**
 * Who does the reporting verb at `verbIndex`, from the words around it, or null when they do not say:
 * "Sen. Jane Roe slammed" gives "Sen. Jane Roe"; "was derided by Jane Roe" the agent after "by"; a
 * passive without an agent, an infinitive ("held a news conference to denounce it") and a participle
 * after a comma or a preposition ("..., claiming", "for refusing") have no subject next to them, and
 * the noun phrase before them is someone or something else.
 */
function subjectBefore(tokens: Token[], verbIndex: number, text: string): string | null {
  const verb = tokens[verbIndex];
  const form = verb.value.toLowerCase();
  const sentenceEnd = (k: number) => k < tokens.length && tokens[k].sentence === verb.sentence;
  if (/ed$/.test(form) && tokens[verbIndex + 1]?.normal === 'by' && sentenceEnd(verbIndex + 2)) {
    let last = verbIndex + 2;
    while (sentenceEnd(last + 1)) last += 1;
    const agent = nounPhraseAfter(tokens, verbIndex + 2, last);
    return agent ? speakerPhrase(tokens, agent, text) : null;
  }
  let j = verbIndex - 1;
  const between: Token[] = [];
  while (j >= 0 && tokens[j].sentence === verb.sentence && BETWEEN(tokens[j])) between.push(tokens[j--]);
  if (between.some((t) => t.normal === 'to')) return null;
  if (/ed$/.test(form) && between.some((t) => BE.has(t.normal))) return null;
  const before = tokens[j];
  if (/ing$/.test(form) && (!before || before.sentence !== verb.sentence || before.type === 'punctuation' || before.pos === 'ADP' || before.pos === 'SCONJ')) return null;
  // (The phrase may start in wink's previous sentence: "Pres. Obama" is split after "Pres.".)
  const np = nounPhraseBefore(tokens, verbIndex, 0);
  return np ? speakerPhrase(tokens, np, text) : null;
}

/** The phrase as written, when it can name a speaker: not a pronoun, a time or a bare adjective. */
function speakerPhrase(tokens: Token[], [first, last]: [number, number], text: string): string | null {
  // "Trump himself lashed out": the emphatic pronoun is not part of the name.
  if (last > first && /^(himself|herself|themselves|itself)$/.test(tokens[last].normal)) last -= 1;
  const phrase = text.slice(tokens[first].start, tokens[last].end);
  const head = tokens[last];
  if (PRONOUN.test(phrase) || TIME_WORDS.test(head.value) || CALENDAR_WORDS.has(head.normal)) return null;
  if (head.pos !== 'NOUN' && head.pos !== 'PROPN' && !startsUpper(head.value)) return null;
  return phrase;
}
