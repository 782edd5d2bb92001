// Quotations, speakers and indirect attributions on real political news: PolNeAR's training split
// (../shared/devsets/quotes/polnear-train.jsonl.gz, 840 articles with every attribution labelled).
// Each article's text goes through the whole pipeline as a plain-text file (first paragraph = headline).
//
// What is scored, and how (README "Measured" repeats this):
// - Gold direct quotation: one per labelled attribution whose Content holds quotation marks
//   (“…”, "…", ''…'', or ‘…’ when there are no double marks); its extent is the part of the Content
//   inside the marks. A Content of indirect speech with a quoted phrase ("he has an “excellent
//   chance” to win") gives that phrase; a quotation split by its attribution gives both pieces.
// - Predicted quotation: framelens quotations of kind "speech"; pieces that share `quotation` (one
//   quotation split by its attribution or running over paragraphs) are one prediction.
// - Overlap: character offsets, counting letters and digits only (marks, spaces and punctuation
//   do not count): |predicted ∩ gold| / |predicted ∪ gold|, intersection over union. A match needs
//   overlap >= 0.3 (or >= 0.8); gold and predictions are paired one-to-one, best overlap first.
// - Speaker: for matched quotations whose gold Source is a name, right when a capitalised name word
//   of framelens's speaker (not a title) is one of the Source's; for he/she Sources, the gold person
//   is the nearest named Source labelled before the pronoun in the same article (PolNeAR has no
//   coreference links; a he/she source almost always continues the last named speaker).
// - A second he/she line, labelled "not the measure", sets aside keys that cannot be the person by their
//   own words (a pronoun, a group, an honorific of the other gender: obviouslyWrongKey); the measure
//   itself is unchanged.
// - Indirect attributions: labelled Content spans without quotation marks against framelens
//   attributions that carry a content, same overlap; source scored as for quotations.
// - Two more lines for comparison with earlier figures: the same at the level of pieces (each
//   framelens piece against each quoted stretch), and devcheck's measure (gold = whole Content with
//   a double mark, overlap = share of the gold's words found in one piece's text, every piece a
//   prediction), exactly as ../shared/tools/devcheck.mjs computes it (its gold regex does not see
//   doubled apostrophes, so NYT's ''…'' quotations count as false positives there) and with ''…''
//   counted as quotation marks.
import { quotations as quotationRecords } from '../src/analyze/quotes/quotations.js';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { toDocument } from '../src/ingest/read-file.js';
import { parseDocument } from '../src/nlp/parse-document.js';
import { structureArticle } from '../src/structure/index.js';
import { analyzeArticle } from '../src/analyze/index.js';
import type { ArticleAnalysis } from '../src/analyze/index.js';
import type { Article, QuoteFinding } from '../src/types.js';
import { termMatcher } from '../src/pipeline.js';

export const DEVSET = join(import.meta.dirname, '..', '..', 'shared', 'devsets', 'quotes', 'polnear-train.jsonl.gz');

export interface DevArticle {
  id: string;
  text: string;
  ann: string;
}

interface Span {
  start: number;
  end: number;
}

export interface GoldAttribution {
  content: Span[];
  /** Cue text as labelled ("said", "according to", "thinks"). */
  cue: string;
  source: Span[] | null;
  /** Source text as labelled, null when the attribution has none. */
  sourceText: string | null;
  /** Where the cue is labelled (empty when it has none). */
  cueSpans: Span[];
  quoted: boolean;
}

export function loadDevset(path = DEVSET): DevArticle[] | null {
  if (!existsSync(path)) return null;
  return gunzipSync(readFileSync(path)).toString('utf8').trim().split('\n').map((l) => JSON.parse(l) as DevArticle);
}

const DOUBLE_MARK = /["“”]|''/;

/** The attributions of one article from its brat standoff annotation. */
export function goldAttributions(a: DevArticle): GoldAttribution[] {
  const spans = new Map<string, Span[]>();
  const relations: Record<string, string>[] = [];
  for (const line of a.ann.split('\n')) {
    const [id, mid] = line.split('\t');
    if (!mid) continue;
    if (/^T\d/.test(id)) {
      const rest = mid.slice(mid.indexOf(' ') + 1);
      spans.set(id, rest.split(';').map((s) => s.trim().split(/\s+/).map(Number)).map(([start, end]) => ({ start, end })));
    } else if (/^E\d/.test(id)) {
      relations.push(Object.fromEntries(mid.trim().split(/\s+/).map((p) => p.split(':') as [string, string])));
    }
  }
  return relations.flatMap((e) => {
    const content = Object.keys(e).filter((k) => k.startsWith('Content')).flatMap((k) => spans.get(e[k]) ?? []).sort((x, y) => x.start - y.start);
    if (content.length === 0) return [];
    const source = e.Source ? (spans.get(e.Source) ?? null) : null;
    const sourceText = source ? source.map((s) => a.text.slice(s.start, s.end)).join(' ').trim() : null;
    const quoted = content.some((s) => DOUBLE_MARK.test(a.text.slice(s.start, s.end)) || /‘/.test(a.text.slice(s.start, s.end)));
    const cue = e.Cue ? (spans.get(e.Cue) ?? []).map((x) => a.text.slice(x.start, x.end)).join(' ') : '';
    return [{ content, cue, source, sourceText, quoted, cueSpans: e.Cue ? (spans.get(e.Cue) ?? []) : [] }];
  });
}

/** Pieces of a Content separated by white space only are one piece. */
export function mergePieces(text: string, pieces: Span[]): Span[] {
  const out: Span[] = [];
  for (const p of pieces) {
    const last = out.at(-1);
    if (last && p.start >= last.end && /^\s*$/.test(text.slice(last.end, p.start))) last.end = Math.max(last.end, p.end);
    else out.push({ ...p });
  }
  return out;
}

const TRIM = /[\s"“”‘’'.,;:!?—–-]/;
function trimSpan(text: string, s: Span): Span {
  let { start, end } = s;
  while (start < end && TRIM.test(text[start])) start += 1;
  while (end > start && TRIM.test(text[end - 1])) end -= 1;
  return { start, end };
}

/**
 * Stretches of `piece` inside quotation marks. Double marks pair in order ("…" opens after a space
 * or an opening bracket/dash, else closes); a closing mark with nothing open closes a quotation
 * that began before the piece; an opening mark left open runs to the piece's end. Single curly
 * marks count only when the piece has no double marks (headline style).
 */
export function quotedStretches(text: string, piece: Span): Span[] {
  const body = text.slice(piece.start, piece.end);
  const out: Span[] = [];
  const opensAt = (i: number) => i === 0 || /[\s([{—–-]/.test(body[i - 1]);
  const doubles = DOUBLE_MARK.test(body);
  let open = -1;
  let anyMark = false;
  for (let i = 0; i < body.length; i += 1) {
    let mark: 'open' | 'close' | null = null;
    let width = 1;
    const c = body[i];
    if (doubles) {
      if (c === '“') mark = 'open';
      else if (c === '”') mark = 'close';
      else if (c === '"') mark = open < 0 && opensAt(i) ? 'open' : 'close';
      else if (c === "'" && body[i + 1] === "'") {
        width = 2;
        mark = open < 0 && opensAt(i) ? 'open' : 'close';
      }
    } else if (c === '‘' && opensAt(i)) mark = 'open';
    else if (c === '’' && open >= 0 && !/\p{L}/u.test(body[i + 1] ?? ' ')) mark = 'close';
    if (!mark) continue;
    if (mark === 'open' && open < 0) open = i + width;
    else if (mark === 'close') {
      out.push({ start: piece.start + (open < 0 ? (anyMark ? i : 0) : open), end: piece.start + i });
      open = -1;
    }
    anyMark = true;
    i += width - 1;
  }
  if (open >= 0) out.push({ start: piece.start + open, end: piece.end });
  return out.map((s) => trimSpan(text, s)).filter((s) => s.end > s.start);
}

/** One-to-one pairs, best overlap first: [gold index, prediction index, overlap]. */
export function pairUp<T>(gold: T[], predicted: T[], overlap: (g: T, p: T) => number): [number, number, number][] {
  const candidates: [number, number, number][] = [];
  gold.forEach((g, i) => predicted.forEach((p, j) => {
    const o = overlap(g, p);
    if (o > 0) candidates.push([i, j, o]);
  }));
  candidates.sort((x, y) => y[2] - x[2] || x[0] - y[0] || x[1] - y[1]);
  const usedG = new Set<number>();
  const usedP = new Set<number>();
  const pairs: [number, number, number][] = [];
  for (const c of candidates) {
    if (usedG.has(c[0]) || usedP.has(c[1])) continue;
    usedG.add(c[0]);
    usedP.add(c[1]);
    pairs.push(c);
  }
  return pairs;
}

const PRONOUNS = new Set(['he', 'she', 'him', 'her', 'his']);
const NOT_NAME_WORDS = new Set(['the', 'a', 'an', 'mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'gov', 'president', 'senator', 'former', 'secretary', 'of', 'and', 'for']);
/** Capitalised words of a name, lower-cased, without determiners and titles. */
export const nameWords = (s: string | null): string[] =>
  (s ?? '').match(/[\p{Lu}][\p{L}'’.-]*/gu)?.map((w) => w.toLowerCase().replace(/[.’']s?$/, '').replace(/\.$/, '')).filter((w) => w.length > 1 && !NOT_NAME_WORDS.has(w)) ?? [];
/**
 * A Source that names someone: the head of its first noun phrase (the last word before "of",
 * "for", "in", "who" or a comma), or of an aside set off by commas, is a capitalised name word:
 * "Cruz", "Joel Pollak of Breitbart California", "her senior adviser, Jake Sullivan," and "The New
 * Hampshire Union Leader" name someone; "the Vermont senator", "a State Department official" and
 * "Clinton supporters" describe someone.
 */
const isNamed = (s: string | null): boolean => {
  const segments = (s ?? '').split(/,/).map((x) => x.trim()).filter(Boolean);
  return segments.slice(0, 2).some((segment) => {
    const words = segment.split(/\s+/);
    const cut = words.findIndex((w, i) => i > 0 && /^(of|for|in|at|who|which|from|with|on|to|and)$/i.test(w));
    const head = (cut > 0 ? words.slice(0, cut) : words).at(-1) ?? '';
    return nameWords(head.replace(/^\(|\)$/g, '')).length > 0 && !/^(the|a|an)$/i.test(head);
  });
};
export const sameName = (speaker: string | null, gold: string) => {
  const want = new Set(nameWords(gold));
  return nameWords(speaker).some((w) => want.has(w));
};

// Words no speaker's name is: days, months, pronouns. Written apart from the pipeline's own
// checks so this count can catch them.
const NOT_A_NAME = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|today|yesterday|tonight|he|she|it|they|we|i|you|this|that|there)$/i;
export function implausibleSpeaker(s: string): boolean {
  const words = s.split(/\s+/);
  if (!/^[\p{Lu}\p{N}]/u.test(s)) return true;
  if (words.some((w) => NOT_A_NAME.test(w.replace(/[.,’']+$/, '')))) return true;
  if (/\d/.test(s) && !/^\p{Lu}/u.test(s)) return true;
  // "R-S", "A.": a fragment, not a name or an acronym.
  if (/^\p{Lu}(-\p{Lu})+$/u.test(s) || /^\p{L}\.?$/u.test(s)) return true;
  return false;
}

export interface Tally {
  gold: number;
  predicted: number;
  hit30: number;
  hit80: number;
  named: number;
  namedRight: number;
  pronoun: number;
  pronounRight: number;
  /** He/she quotations whose key is obviously wrong (see obviouslyWrongKey), set aside on a second, labelled line. */
  pronounSetAside: number;
  pronounSetAsideRight: number;
  pieceGold: number;
  piecePredicted: number;
  pieceHit30: number;
  pieceHit80: number;
  indirectGold: number;
  indirectPredicted: number;
  indirectHit: number;
  indirectNamed: number;
  indirectNamedRight: number;
  /** Gold indirect attributions whose cue is a reporting verb or "according to", and how many were found. */
  reportingGold: number;
  reportingHit: number;
  devcheckGold: number;
  devcheckHit: number;
  /** Quotation records as `extract --json` gives them (pieces of one quotation joined). */
  recordPredicted: number;
  devcheckDoubledGold: number;
  devcheckDoubledHit: number;
  implausible: number;
  speakers: number;
  /** Own-voice report verbs ("claimed", "slammed") inside a labelled cue whose Source names someone: speaker right, wrong, none given. */
  verbNamed: number;
  verbRight: number;
  verbWrong: number;
  /** Own-voice report verbs outside every labelled cue, and how many of them were given a speaker. */
  verbOutside: number;
  verbOutsideSpeaker: number;
  implausibleExamples: string[];
}

export const emptyTally = (): Tally => ({
  gold: 0, predicted: 0, hit30: 0, hit80: 0, named: 0, namedRight: 0, pronoun: 0, pronounRight: 0, pronounSetAside: 0, pronounSetAsideRight: 0,
  pieceGold: 0, piecePredicted: 0, pieceHit30: 0, pieceHit80: 0,
  indirectGold: 0, indirectPredicted: 0, indirectHit: 0, indirectNamed: 0, indirectNamedRight: 0, reportingGold: 0, reportingHit: 0,
  devcheckGold: 0, devcheckHit: 0, recordPredicted: 0, devcheckDoubledGold: 0, devcheckDoubledHit: 0, implausible: 0, speakers: 0, implausibleExamples: [],
  verbNamed: 0, verbRight: 0, verbWrong: 0, verbOutside: 0, verbOutsideSpeaker: 0,
});

const tokens = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}_]+/gu) ?? [];

// Heads of organisation names: a he or a she never refers back to "Right Wing Watch" or "CNN".
const ORGANISATION = /\b(news|post|times|journal|press|watch|network|committee|department|agency|administration|office|house|campaign|party|association|institute|foundation|center|centre|university|council|union|board|commission|court|congress|senate|group|project|reuters|cnn|msnbc|nbc|cbs|abc|fox|npr|ap|afp|upi|politico|breitbart|huffpost|gallup|poll|report|leader|herald|tribune|gazette|magazine|website)$/i;

/** The named person a he/she Source refers to: the nearest named, non-organisation Source labelled before it. */
function antecedent(gold: GoldAttribution[], at: number): string | null {
  let best: GoldAttribution | null = null;
  for (const g of gold) {
    const head = (g.sourceText ?? '').split(',')[0].replace(/[’']s$/, '').trim();
    if (!g.source || !isNamed(g.sourceText) || PRONOUNS.has((g.sourceText ?? '').toLowerCase()) || ORGANISATION.test(head) || g.source[0].start >= at) continue;
    if (!best || g.source[0].start > best.source![0].start) best = g;
  }
  return best?.sourceText ?? null;
}

// Keys that cannot be the person a he/she stands for, by their own words (not by any list framelens
// uses): a pronoun ("It", "They"), a group ("Supporters", "some Democrats", "many Americans"), or an
// honorific of the other gender ("Mr. Trump" for a "she", "Mrs. Clinton" for a "he").
const KEY_PRONOUN = /^(it|they|we|you|them|those|these|this|that)$/i;
const KEY_QUANTIFIER = /^(some|many|most|several|few|both|all|other|others|many)$/i;
const KEY_GROUP = new Set(['supporters', 'critics', 'allies', 'friends', 'others', 'progressives', 'conservatives', 'liberals', 'fact-checkers', 'republicans', 'democrats', 'americans', 'officials', 'voters', 'analysts', 'experts', 'opponents', 'aides', 'advisers', 'lawmakers', 'residents', 'protesters', 'people']);
/** Is the he/she key obviously not the person the pronoun stands for? (For the second, labelled line only.) */
export function obviouslyWrongKey(pronoun: string, key: string): boolean {
  const first = key.split(',')[0].trim();
  const words = first.split(/\s+/);
  if (words.length === 1 && KEY_PRONOUN.test(words[0])) return true;
  if (KEY_QUANTIFIER.test(words[0])) return true;
  const cut = words.findIndex((w, i) => i > 0 && /^(of|for|in|at|who|which|from|with|on|to|and)$/i.test(w));
  if (KEY_GROUP.has((cut > 0 ? words[cut - 1] : words.at(-1)!).toLowerCase())) return true;
  const female = /^(she|her|hers)$/i.test(pronoun);
  if (female && /^Mr\.?$/.test(words[0])) return true;
  if (!female && /^(Mrs|Ms|Miss)\.?$/.test(words[0])) return true;
  return false;
}

/** The speaker the gold says, as a name, or null when the Source is neither a name nor he/she with a named antecedent. */
export function goldSpeaker(gold: GoldAttribution[], g: GoldAttribution): { kind: 'named' | 'pronoun'; name: string } | null {
  if (!g.source || !g.sourceText) return null;
  if (PRONOUNS.has(g.sourceText.toLowerCase())) {
    const name = antecedent(gold, g.source[0].start);
    return name ? { kind: 'pronoun', name } : null;
  }
  // "the senator", "The retired neurosurgeon": a role noun, not scored (the gold does not say which person).
  return isNamed(g.sourceText) ? { kind: 'named', name: g.sourceText } : null;
}

/** Letters and digits in [0, i) of the text: overlap counts words' characters only. */
export function letterPrefix(text: string): Int32Array {
  const prefix = new Int32Array(text.length + 1);
  for (let i = 0; i < text.length; i += 1) prefix[i + 1] = prefix[i] + (/[\p{L}\p{N}]/u.test(text[i]) ? 1 : 0);
  return prefix;
}

/** Intersection over union of two sets of ranges, counted in letters and digits. */
export function rangeOverlap(prefix: Int32Array, a: Span[], b: Span[]): number {
  const count = (x: Span[]) => x.reduce((n, r) => n + prefix[r.end] - prefix[r.start], 0);
  let inter = 0;
  for (const x of a) for (const y of b) {
    const s = Math.max(x.start, y.start);
    const e = Math.min(x.end, y.end);
    if (e > s) inter += prefix[e] - prefix[s];
  }
  const union = count(a) + count(b) - inter;
  return union > 0 ? inter / union : 0;
}

// PolNeAR labels beliefs and intentions too ("thinks", "wants"); framelens reports speech and
// sourcing, so recall is also given on the labelled cues that are reporting verbs.
const REPORTING_CUE = /\b(said|says|say|saying|told|tells|tell|added|adds|noted|notes|wrote|writes|argued|argues|claimed|claims|stated|states|announced|announces|reported|reports|explained|explains|insisted|insists|warned|warns|acknowledged|acknowledges|confirmed|confirms|denied|denies|predicted|predicts|according to|revealed|emphasized|alleged)\b/i;

/** devcheck's matching: each quotation, in order, takes the unused gold with the largest share of its words found, if >= 0.3. */
function containmentHits(gold: string[][], quotes: string[]): number {
  const used = new Set<number>();
  let hits = 0;
  for (const q of quotes) {
    const counts = new Map<string, number>();
    for (const t of tokens(q)) counts.set(t, (counts.get(t) ?? 0) + 1);
    let best = -1;
    let bestScore = 0;
    gold.forEach((gt, j) => {
      if (used.has(j)) return;
      const c = new Map(counts);
      let m = 0;
      for (const t of gt) if ((c.get(t) ?? 0) > 0) {
        m += 1;
        c.set(t, c.get(t)! - 1);
      }
      const score = gt.length ? m / gt.length : 0;
      if (score > bestScore) {
        bestScore = score;
        best = j;
      }
    });
    if (best >= 0 && bestScore >= 0.3) {
      used.add(best);
      hits += 1;
    }
  }
  return hits;
}

export function scoreArticle(a: DevArticle, analysis: ArticleAnalysis, tally: Tally): void {
  const text = a.text;
  const prefix = letterPrefix(text);
  const gold = goldAttributions(a);
  // Direct quotations: one gold per quoted attribution, one prediction per framelens quotation.
  const goldQuotes = gold.filter((g) => g.quoted).map((g) => ({ ranges: mergePieces(text, g.content).flatMap((piece) => quotedStretches(text, piece)), attribution: g })).filter((g) => g.ranges.length > 0);
  const speech = analysis.quotes.filter((q) => q.quoteKind === 'speech');
  // (A build without `quotation` gives each piece its own number.)
  const quotationOf = (q: QuoteFinding, i: number) => (q.quotation as number | undefined) ?? -1 - i;
  const quotations = [...new Set(speech.map(quotationOf))].map((id) => speech.filter((q, i) => quotationOf(q, i) === id));
  tally.gold += goldQuotes.length;
  tally.predicted += quotations.length;
  const predictedRanges = quotations.map((pieces) => pieces.map((q) => ({ start: q.start, end: q.end })));
  for (const [gi, pi, o] of pairUp(goldQuotes.map((g) => g.ranges), predictedRanges, (g, p) => rangeOverlap(prefix, g, p))) {
    if (o < 0.3) continue;
    tally.hit30 += 1;
    if (o >= 0.8) tally.hit80 += 1;
    const who = goldSpeaker(gold, goldQuotes[gi].attribution);
    if (!who) continue;
    const right = sameName(quotations[pi][0].speaker, who.name);
    if (who.kind === 'named') {
      tally.named += 1;
      tally.namedRight += Number(right);
    } else {
      tally.pronoun += 1;
      tally.pronounRight += Number(right);
      if (obviouslyWrongKey(goldQuotes[gi].attribution.sourceText ?? '', who.name)) {
        tally.pronounSetAside += 1;
        tally.pronounSetAsideRight += Number(right);
      }
    }
  }
  // The same at the level of pieces: each quoted stretch against each framelens piece.
  const goldPieces = goldQuotes.flatMap((g) => g.ranges.map((r) => [r]));
  const predictedPieces = speech.map((q) => [{ start: q.start, end: q.end }]);
  tally.pieceGold += goldPieces.length;
  tally.piecePredicted += predictedPieces.length;
  for (const [, , o] of pairUp(goldPieces, predictedPieces, (g, p) => rangeOverlap(prefix, g, p))) {
    if (o >= 0.3) tally.pieceHit30 += 1;
    if (o >= 0.8) tally.pieceHit80 += 1;
  }
  // Indirect attributions: content spans without quotation marks.
  const goldIndirect = gold.filter((g) => !g.quoted).map((g) => ({ ranges: g.content, attribution: g }));
  const withContent = analysis.attributions.filter((x) => x.contentStart !== undefined && x.contentEnd !== undefined && x.contentEnd > x.contentStart);
  tally.indirectGold += goldIndirect.length;
  tally.indirectPredicted += withContent.length;
  const reporting = (g: GoldAttribution) => REPORTING_CUE.test(g.cue);
  tally.reportingGold += goldIndirect.filter((g) => reporting(g.attribution)).length;
  for (const [gi, pi, o] of pairUp(goldIndirect.map((g) => g.ranges), withContent.map((x) => [{ start: x.contentStart!, end: x.contentEnd! }]), (g, p) => rangeOverlap(prefix, g, p))) {
    if (o < 0.3) continue;
    tally.indirectHit += 1;
    if (reporting(goldIndirect[gi].attribution)) tally.reportingHit += 1;
    const who = goldSpeaker(gold, goldIndirect[gi].attribution);
    if (!who) continue;
    tally.indirectNamed += 1;
    tally.indirectNamedRight += Number(sameName(withContent[pi].source, who.name));
  }
  // Report verbs: the speaker each is credited to ("claimed (for X)" in a report) against the Source
  // of the labelled attribution whose cue holds the verb.
  for (const v of analysis.reportVerbs.filter((x) => x.voice === 'own')) {
    const g = gold.find((x) => x.cueSpans.some((c) => c.start <= v.start && v.start < c.end));
    if (!g) {
      tally.verbOutside += 1;
      tally.verbOutsideSpeaker += Number(v.speaker !== null);
      continue;
    }
    const who = goldSpeaker(gold, g);
    if (!who) continue;
    tally.verbNamed += 1;
    if (v.speaker === null) continue;
    if (sameName(v.speaker, who.name)) tally.verbRight += 1;
    else tally.verbWrong += 1;
  }
  // devcheck-comparable: whole Content containing a double mark, gold-word containment >= 0.3, every
  // quotation record of `extract --json` a prediction; once exactly as devcheck (no doubled
  // apostrophes), once with them.
  const records = quotationRecords(analysis.quotes).filter((q) => q.quoteKind === 'speech');
  tally.recordPredicted += records.length;
  const contentText = (g: GoldAttribution) => g.content.map((s) => text.slice(s.start, s.end)).join(' ');
  const exact = gold.filter((g) => /["“”]/.test(contentText(g))).map((g) => tokens(contentText(g)));
  const withDoubled = gold.filter((g) => /["“”]|''/.test(contentText(g))).map((g) => tokens(contentText(g)));
  tally.devcheckGold += exact.length;
  tally.devcheckHit += containmentHits(exact, records.map((q) => q.text));
  tally.devcheckDoubledGold += withDoubled.length;
  tally.devcheckDoubledHit += containmentHits(withDoubled, records.map((q) => q.text));
  // Speakers and named sources that are not plausible names. Anonymous sources ("two officials")
  // and written ones ("a new poll", "court records") are not given as names, so are not counted.
  const written = /\b(report|poll|survey|study|statement|documents?|filing|records?|data|analysis|memo|letter|email|complaint|lawsuit|transcript|video|book|article|story|editorial|investigation|review|audit|estimates?|projections?|figures?|count|results?|release|tally|census|index|forecast|model|ruling|order|indictment|affidavit|testimony|tweet|post|ad|advertisement|website|blog|column|op-ed|paper|research)\b/i;
  for (const s of [...analysis.quotes.map((q) => q.speaker), ...analysis.attributions.filter((x) => !x.anonymous && !written.test(x.source)).map((x) => x.source)]) {
    if (s === null) continue;
    tally.speakers += 1;
    if (implausibleSpeaker(s)) {
      tally.implausible += 1;
      if (tally.implausibleExamples.length < 12 && !tally.implausibleExamples.includes(s)) tally.implausibleExamples.push(s);
    }
  }
}

export function structureDevArticle(a: DevArticle): Article {
  return structureArticle(parseDocument(toDocument(`${a.id}.txt`, a.text, 'text')));
}

const f3 = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : 'n/a');
const prf = (hit: number, predicted: number, gold: number) => {
  const p = predicted ? hit / predicted : 0;
  const r = gold ? hit / gold : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
};

export function formatTally(name: string, t: Tally): string {
  const a = prf(t.hit30, t.predicted, t.gold);
  const b = prf(t.hit80, t.predicted, t.gold);
  const pa = prf(t.pieceHit30, t.piecePredicted, t.pieceGold);
  const pb = prf(t.pieceHit80, t.piecePredicted, t.pieceGold);
  const ind = prf(t.indirectHit, t.indirectPredicted, t.indirectGold);
  const dc = prf(t.devcheckHit, t.recordPredicted, t.devcheckGold);
  const dd = prf(t.devcheckDoubledHit, t.recordPredicted, t.devcheckDoubledGold);
  return [
    `${name}: direct quotes (${t.gold} gold, ${t.predicted} predicted) P ${f3(a.p)} R ${f3(a.r)} F1@0.3 ${f3(a.f)}; P ${f3(b.p)} R ${f3(b.r)} F1@0.8 ${f3(b.f)}`,
    `  pieces (${t.pieceGold} gold, ${t.piecePredicted} predicted): F1@0.3 ${f3(pa.f)} (P ${f3(pa.p)} R ${f3(pa.r)}), F1@0.8 ${f3(pb.f)} (P ${f3(pb.p)} R ${f3(pb.r)})`,
    `  speaker: named ${f3(t.namedRight / t.named)} (${t.namedRight}/${t.named}), pronoun ${f3(t.pronounRight / t.pronoun)} (${t.pronounRight}/${t.pronoun})`,
    `  (not the measure) pronoun with ${t.pronounSetAside} obviously wrong keys set aside (a pronoun, a group, an honorific of the other gender): ${f3((t.pronounRight - t.pronounSetAsideRight) / (t.pronoun - t.pronounSetAside))} (${t.pronounRight - t.pronounSetAsideRight}/${t.pronoun - t.pronounSetAside})`,
    `  indirect attributions (${t.indirectGold} gold, ${t.indirectPredicted} predicted) P ${f3(ind.p)} R ${f3(ind.r)} F1@0.3 ${f3(ind.f)}; recall on reporting-verb cues ${f3(t.reportingHit / t.reportingGold)} (${t.reportingHit}/${t.reportingGold}); named source right ${f3(t.indirectNamedRight / t.indirectNamed)} (${t.indirectNamedRight}/${t.indirectNamed})`,
    `  devcheck's measure (whole Content with a double mark, share of its words in one quotation >= 0.3, every \`extract --json\` quotation a prediction): P ${f3(dc.p)} R ${f3(dc.r)} F1 ${f3(dc.f)}; counting ''…'' as marks: P ${f3(dd.p)} R ${f3(dd.r)} F1 ${f3(dd.f)}`,
    `  report verbs in a labelled cue with a named source (${t.verbNamed}): speaker right ${t.verbRight}, wrong ${t.verbWrong}, none ${t.verbNamed - t.verbRight - t.verbWrong} (precision ${f3(t.verbRight / (t.verbRight + t.verbWrong))}); outside every cue ${t.verbOutside}, ${t.verbOutsideSpeaker} of them given a speaker`,
    `  speakers/sources not plausible names: ${t.implausible} of ${t.speakers}${t.implausibleExamples.length ? ` (${t.implausibleExamples.map((s) => JSON.stringify(s)).join(', ')})` : ''}`,
  ].join('\n');
}

/** Runs the whole set; even-indexed articles are the development half, odd-indexed the check half. */
export function quotesDevsetBenchmark(): void {
  const articles = loadDevset();
  if (!articles) {
    console.log(`\n## Quotes on PolNeAR: skipped (${DEVSET} not found)`);
    return;
  }
  const halves = [emptyTally(), emptyTally()];
  const terms = termMatcher();
  articles.forEach((a, i) => {
    const analysis = analyzeArticle(structureDevArticle(a), { terms });
    scoreArticle(a, analysis, halves[i % 2]);
  });
  const all = emptyTally();
  for (const h of halves) for (const k of Object.keys(all) as (keyof Tally)[]) if (k !== 'implausibleExamples') (all[k] as number) += h[k] as number;
  all.implausibleExamples = [...new Set(halves.flatMap((h) => h.implausibleExamples))].slice(0, 12);
  console.log(`\n## Quotes and speakers on PolNeAR (${articles.length} political news articles, overlap = intersection over union of letters and digits)`);
  console.log(formatTally('all', all));
  console.log(formatTally('even half (development)', halves[0]));
  console.log(formatTally('odd half (check)', halves[1]));
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) quotesDevsetBenchmark();
