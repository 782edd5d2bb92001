// Report verbs as framing: "slammed", "admitted", "claimed", "insisted" written by the outlet for
// someone's speech tell the reader what to think of it, where "said" does not. Each is counted with
// the speaker whose speech it reports.
import type { Article, AttributionFinding, QuoteFinding, ReportVerbFinding, Token } from '../types.js';
import { reportVerbsFile } from '../lexicon/published.js';
import type { ReportVerb } from '../lexicon/published.js';
import { nounPhraseBefore } from './quotes/clauses.js';
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

/** "Sen. Jane Roe slammed ...": the noun phrase right before the verb, as written. */
function subjectBefore(tokens: Token[], verbIndex: number, text: string): string | null {
  const np = nounPhraseBefore(tokens, verbIndex, 0);
  if (!np) return null;
  const phrase = text.slice(tokens[np[0]].start, tokens[np[1]].end);
  // A pronoun says nothing on its own about who spoke.
  return /^(he|she|they|it|we|i|you|who|which|that)$/i.test(phrase) ? null : phrase;
}
