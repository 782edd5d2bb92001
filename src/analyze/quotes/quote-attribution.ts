// The clause that says who spoke a quotation, in the patterns of news prose:
//   “…,” X said / “…,” said X, a spokesman for Y / “…,” X, who …, told Y
//   X said: “…” / X said that … “…” / X told Y, “…” / according to X, “…” / In a statement, X said, “…”
//   …, telling Y, “…” (the subject of the sentence speaks) / X: “…” (transcripts, headlines)
import type { Token } from '../../types.js';
import { wordLists } from '../word-lists.js';
import { CALENDAR_WORDS } from '../entities.js';
import { isNounPhraseToken, isQuoteMark, isSentenceStop, nounPhraseAfter, nounPhraseBefore, parenthesisEnd, speechVerb, subjectBeforeAppositive } from './clauses.js';
import { startsLower, startsUpper } from '../../text.js';

export interface SpeakerClause {
  /** Offsets of the words naming the speaker. */
  speakerStart: number;
  speakerEnd: number;
  /** Offset of the cue ("said", "according") and one past its end. */
  verbOffset: number;
  cueEnd: number;
  /** Role written in an appositive ("the border czar" in "said Tom Homan, the border czar"). */
  role: string | null;
}

/** A cue with no speaker written beside it (", noting that it “…”"): the quote is attributed speech. */
export interface VerbOnly {
  verbOffset: number;
  cueEnd: number;
  speakerStart?: undefined;
}

// Verbs whose object is the listener, not the speaker: "told reporters", "asked Trump".
const OBJECT_VERBS = new Set(['tell', 'ask']);
const ADVERBIAL_SKIP = new Set(['also', 'later', 'then', 'again', 'previously', 'earlier', 'recently', 'once', 'had', 'has', 'have', 'would', 'will', 'could', 'did', 'does', 'do', 'was', 'is', 'were', 'are', 'been', 'not', 'never', 'just', 'simply', 'even', 'still', 'repeatedly', 'often', 'flatly', 'bluntly', 'quickly', 'later', 'famously', 'publicly', 'privately', 'subsequently', 'first', 'ultimately', 'finally', 'reportedly', 'allegedly']);
// A speech verb in -ing ("…, saying", "telling Reuters") modifies the clause: its subject speaks.
const isParticiple = (word: string) => word.endsWith('ing');

/** Role words in `Name, a spokesman for Y,` / `Name, the border czar`: the aside after a comma. */
function appositiveRole(tokens: Token[], after: number, source: string): string | null {
  if (tokens[after + 1]?.value !== ',') return null;
  const first = tokens[after + 2];
  if (!first || !['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM'].includes(first.pos) || first.normal === 'who') return null;
  const np = nounPhraseAfter(tokens, after + 2, tokens.length - 1);
  if (!np) return null;
  // Extend over "for/of/at Y" so "a spokesman for the agency" keeps its organisation.
  let last = np[1];
  for (let k = np[1] + 1; k < tokens.length && k - np[1] <= 8; k += 1) {
    if (tokens[k].value === ',' || isSentenceStop(tokens, k) || isQuoteMark(tokens[k]) || speechVerb(tokens[k])) break;
    last = k;
  }
  return source.slice(tokens[np[0]].start, tokens[last].end).replace(/^(the|a|an)\s+/i, '');
}

/**
 * "Her campaign manager, Robby Mook, said": when the subject is a role and the aside after it is
 * a name, the name speaks.
 */
function namedAside(tokens: Token[], np: [number, number], limit: number): [number, number] {
  // The subject must end in a lower-case role noun ("the White House spokesman"), not a name.
  if (tokens[np[1] + 1]?.value !== ',' || !startsLower(tokens[np[1]].value)) return np;
  const from = np[1] + 2;
  let to = from;
  while (to < limit && tokens[to] && (startsUpper(tokens[to].value) || tokens[to].value === '.') && tokens[to].type !== 'punctuation') to += 1;
  return to > from && tokens[to]?.value === ',' ? [from, to - 1] : np;
}

/** A verb right after `“…,” Name`: a speech verb, a verb of judgment, or "went on". */
function placedVerb(tokens: Token[], j: number): boolean {
  const v = tokens[j];
  if (/^(went|goes|go|continued)$/.test(v.normal) && tokens[j + 1]?.normal === 'on') return true;
  return speechVerb(v, tokens[j - 1], true, true) !== null;
}

/** Skips adverbs and auxiliaries ("also", "has", "later") between a subject and its verb. */
function skipAdverbials(tokens: Token[], k: number): number {
  while (tokens[k] && ((ADVERBIAL_SKIP.has(tokens[k].normal) || (tokens[k].pos === 'ADV' && tokens[k].normal.endsWith('ly'))) && tokens[k].type === 'word')) k += 1;
  return k;
}

/** Is the phrase a speaker-like noun phrase (a name, a pronoun, a determiner + noun)? */
function speakerLike(tokens: Token[], np: [number, number]): boolean {
  const first = tokens[np[0]];
  if (first.type !== 'word' || (['ADP', 'VERB', 'ADV', 'SCONJ', 'CCONJ'].includes(first.pos) && !startsUpper(first.value))) return false;
  // "Later", "However", "Continuing": a capitalised adverb or participle alone is not a name.
  if (np[0] === np[1] && (['ADV', 'SCONJ', 'CCONJ', 'ADP', 'INTJ'].includes(first.pos) || (first.pos === 'VERB' && /(ing|ed)$/.test(first.normal)))) return false;
  if (['ADP', 'SCONJ', 'CCONJ'].includes(first.pos) || /^(after|before|when|while|as|if|but|and|so|then|in|on|at)$/i.test(first.value)) return false;
  const words = tokens.slice(np[0], np[1] + 1).filter((t) => t.type === 'word');
  if (words.length === 0 || words.length > 9) return false;
  // A pronoun stands alone: "he", "she", "they", "it", "I", "we".
  if (words.some((t) => t.pos === 'PRON') && words.length > 1 && !words.some((t) => /^(his|her|their|its|our|my)$/.test(t.normal))) return false;
  return true;
}

/**
 * `“…,” X said` / `“…,” said X` / `“…,” X, a spokesman for Y, said`: the attribution that follows
 * the closing mark. `k0` is the first token after the mark.
 */
export function clauseAfterQuote(tokens: Token[], k0: number, source: string, lastChar: string): SpeakerClause | null {
  let k = k0;
  while (tokens[k] && (['—', '–', '-', ','].includes(tokens[k].value) || isQuoteMark(tokens[k]))) k += 1;
  // A stop between the closing mark and the next word: the sentence ended with the quotation.
  for (let m = k0; m < k; m += 1) if (/^[.!?;:]+$/.test(tokens[m].value)) return null;
  const t = tokens[k];
  if (!t || t.type !== 'word') return null;
  // After “… .” a capitalised word starts a new sentence: only a bare "He said." attributes the quote.
  // ("“Who are they?” Trump asked" is fine: a question or exclamation mark ends the quotation, not the sentence.)
  const newSentence = lastChar === '.' && startsUpper(t.value);
  const clause = afterClause(tokens, k, source);
  if (!clause || !newSentence) return clause;
  // "“… .” Trump said that …" / "“… .” He said the plan …": a new sentence of reported speech.
  let m = tokens.findIndex((x) => x.start === clause.verbOffset) + 1;
  while (tokens[m] && tokens[m].pos === 'ADV') m += 1;
  const next = tokens[m];
  if (!next || next.normal === 'that') return next ? null : clause;
  const clauseStarts = ['PRON', 'DET', 'PROPN', 'NOUN'].includes(next.pos) && tokens.slice(m + 1, m + 5).some((x) => x.pos === 'VERB' || x.pos === 'AUX');
  return clauseStarts && !['ADP'].includes(next.pos) ? null : clause;
}

function afterClause(tokens: Token[], k: number, source: string): SpeakerClause | null {
  const t = tokens[k];
  // Inverted: "said Tom Homan, the border czar" / "said the agency in a statement"; after a
  // quotation any verb can stand there before a name ("beamed Donald Hartley of Madison").
  const inverted = t.pos === 'VERB' && startsLower(t.value) && /(ed|s)$/.test(t.normal) && tokens[k + 1] !== undefined && startsUpper(tokens[k + 1].value) && tokens[k + 1].pos === 'PROPN';
  const verb = speechVerb(t, tokens[k - 1], startsLower(t.value) || t.normal === 'said' || t.normal === 'says') ?? (inverted ? t.lemma : null);
  if (verb && !t.normal.endsWith('ing')) {
    const np = nounPhraseAfter(tokens, k + 1, tokens.length - 1);
    if (!np || !speakerLike(tokens, np)) return null;
    return { speakerStart: tokens[np[0]].start, speakerEnd: tokens[np[1]].end, verbOffset: t.start, cueEnd: t.end, role: appositiveRole(tokens, np[1], source) };
  }
  let np = nounPhraseAfter(tokens, k, tokens.length - 1);
  if (!np) return null;
  // "Viguerie notes.": wink tags the verb a noun, so the phrase swallowed it.
  if (np[1] > np[0] && placedVerb(tokens, np[1]) && !startsUpper(tokens[np[1]].value)) np = [np[0], np[1] - 1];
  if (!speakerLike(tokens, np)) return null;
  let j = np[1] + 1;
  // "Sen. Ted Cruz (R-Texas) said".
  if (tokens[j]?.value === '(') {
    const end = parenthesisEnd(tokens, j, tokens.length - 1);
    if (end < 0) return null;
    j = end;
  }
  let role: string | null = null;
  // "“…,” her senior adviser, Jake Sullivan, said": the name in the aside speaks.
  const aside = namedAside(tokens, np, tokens.length);
  if (aside !== np) {
    role = source.slice(tokens[np[0]].start, tokens[np[1]].end).replace(/^(the|a|an|his|her|their)\s+/i, '');
    np = aside;
    j = np[1] + 2;
  }
  // "Brent Bozell, founder of the Media Research Center, told …" / "Trump, who spoke Tuesday, said".
  if (tokens[j]?.value === ',') {
    role ??= appositiveRole(tokens, j - 1, source);
    let close = -1;
    for (let m = j + 1; m < tokens.length && m - j <= 30; m += 1) {
      if (isSentenceStop(tokens, m)) break;
      if (tokens[m].value === ',') {
        close = m;
        break;
      }
    }
    if (close < 0) return null;
    j = close + 1;
  }
  j = skipAdverbials(tokens, j);
  const v = tokens[j];
  if (!v || !placedVerb(tokens, j) || v.normal.endsWith('ing')) return null;
  return { speakerStart: tokens[np[0]].start, speakerEnd: tokens[np[1]].end, verbOffset: v.start, cueEnd: v.end, role };
}

/** Head nouns that can speak: people, organisations, outlets, anonymous sources. */
function speakingHead(tokens: Token[], np: [number, number]): boolean {
  const words = tokens.slice(np[0], np[1] + 1).filter((t) => t.type === 'word');
  if (words.length === 1 && words[0].pos === 'PRON') return /^(he|she|they|it|i|we)$/.test(words[0].normal);
  if (words.some((t) => startsUpper(t.value) && t.pos !== 'DET')) return true;
  const lists = wordLists();
  const head = words.at(-1)!.lemma;
  return lists.personHeads.has(head) || lists.orgHeads.has(head) || lists.anonymousHeads.has(head) || lists.outletHeads.has(head);
}

/** Does a verb follow the noun phrase (after an aside, a parenthetical or adverbs)? "Trump, who …, went". */
function verbFollows(tokens: Token[], np: [number, number], end: number): boolean {
  let k = np[1] + 1;
  if (tokens[k]?.value === '(') k = Math.max(k, parenthesisEnd(tokens, k, end + 1));
  if (tokens[k]?.value === ',') {
    // An aside is a description ("a spokesman for …", "who …"), not a clause of its own.
    const opener = tokens[k + 1];
    if (!opener || !(/^(who|which|whose)$/.test(opener.normal) || (['DET', 'ADJ', 'NUM', 'NOUN'].includes(opener.pos) && /^\p{Ll}|^\d/u.test(opener.value)))) return false;
    let j = k + 1;
    while (j <= end && tokens[j].value !== ',' && j - k < 25) j += 1;
    if (tokens[j]?.value !== ',') return false;
    k = j + 1;
  }
  while (tokens[k] && (tokens[k].pos === 'ADV' || tokens[k].pos === 'PART') && k <= end) k += 1;
  const v = tokens[k];
  return v !== undefined && k <= end + 1 && (v.pos === 'VERB' || v.pos === 'AUX' || speechVerb(v, tokens[k - 1], true, true) !== null) && startsLower(v.value);
}

/**
 * The subject of the clause [floor, end]: the first speaker-like noun phrase, at the start of the
 * sentence or after a comma or dash, that a verb follows ("Speaking in Salem, New Hampshire, Trump
 * went after Bush, calling him …" -> Trump; "Washington (AFP) – Hillary Clinton has …" -> Clinton).
 */
export function clauseSubject(tokens: Token[], floor: number, end: number, inside: (k: number) => boolean): [number, number] | null {
  for (let k = floor; k <= end; k += 1) {
    const boundary = k === floor || [',', '—', '–', '-', ';'].includes(tokens[k - 1].value) || /^(and|but)$/.test(tokens[k - 1].normal);
    if (!boundary || inside(k) || tokens[k].type !== 'word' || !isNounPhraseToken(tokens[k])) continue;
    const np = nounPhraseAfter(tokens, k, end);
    if (np && speakerLike(tokens, np) && speakingHead(tokens, np) && verbFollows(tokens, np, end)) return np;
  }
  return null;
}

/** Index of the verb a noun phrase is the subject of, past up to two asides, a parenthetical, adverbs and auxiliaries. */
function verbAfter(tokens: Token[], np: [number, number], end: number): number {
  let k = np[1] + 1;
  if (tokens[k]?.value === '(') k = Math.max(k, parenthesisEnd(tokens, k, end));
  for (let asides = 0; asides < 2 && tokens[k]?.value === ','; asides += 1) {
    let j = k + 1;
    while (j <= end && tokens[j].value !== ',' && j - k < 25 && !isSentenceStop(tokens, j)) j += 1;
    if (tokens[j]?.value !== ',') return -1;
    k = j + 1;
  }
  while (k <= end && (tokens[k].pos === 'ADV' || tokens[k].pos === 'AUX' || tokens[k].pos === 'PART') && startsLower(tokens[k].value)) k += 1;
  return k;
}

/** The subject of the verb at v: the first speaker-like noun phrase, at a clause start, whose verb is v. */
function subjectOf(tokens: Token[], v: number, floor: number, inside: (k: number) => boolean): [number, number] | null {
  for (let k = floor; k < v; k += 1) {
    const boundary = k === floor || [',', '—', '–', ';'].includes(tokens[k - 1].value) || ['CCONJ', 'SCONJ'].includes(tokens[k - 1].pos) || tokens[k - 1].normal === 'that';
    if (!boundary || inside(k) || tokens[k].type !== 'word' || !isNounPhraseToken(tokens[k])) continue;
    const np = nounPhraseAfter(tokens, k, v - 1);
    if (np && speakerLike(tokens, np) && speakingHead(tokens, np) && verbAfter(tokens, np, v) === v) return np;
  }
  return null;
}

/** A finite speech verb with its subject in [floor, v): "the agency said" before ", noting that". */
function finiteClauseBefore(tokens: Token[], v: number, floor: number, inside: (k: number) => boolean): [number, number] | null {
  for (let u = v - 1; u >= floor; u -= 1) {
    if (inside(u)) continue;
    const verb = speechVerb(tokens[u], tokens[u - 1]);
    if (!verb || isParticiple(tokens[u].normal)) continue;
    const np = nounPhraseBefore(tokens, u, floor) ?? subjectBeforeAppositive(tokens, u, floor);
    if (np && speakerLike(tokens, np) && !inside(np[0])) return np;
    const after = nounPhraseAfter(tokens, u + 1, v - 1);
    if (after && speakerLike(tokens, after) && speakingHead(tokens, after) && !OBJECT_VERBS.has(verb)) return after;
    return null;
  }
  return null;
}

/**
 * `X said: “…”`, `X said that … “…”`, `According to X, “…”`, `Said X, “…”`, `…, telling Y, “…”`,
 * `X: “…”`. Scans back from the opening mark to the start of its sentence; `inside` says whether a
 * token is inside another quotation (a cue there is quoted, not narrated).
 */
export function clauseBeforeQuote(tokens: Token[], openIndex: number, inside: (k: number) => boolean, source: string): SpeakerClause | VerbOnly | null {
  let floor = openIndex;
  while (floor > 0 && openIndex - floor < 45 && !isSentenceStop(tokens, floor - 1)) floor -= 1;
  // "Graham: ‘…’", "Lopez: Well, …": a name and a colon right before the quotation.
  const colon = openIndex - 1;
  if (tokens[colon]?.value === ':') {
    const np = nounPhraseBefore(tokens, colon, floor);
    if (np && np[0] === floor && tokens.slice(np[0], np[1] + 1).every((t) => startsUpper(t.value) || t.type !== 'word' || t.normal === 'of')) {
      return { speakerStart: tokens[np[0]].start, speakerEnd: tokens[np[1]].end, verbOffset: tokens[colon].start, cueEnd: tokens[colon].end, role: null };
    }
  }
  // "her March comment that “…”", "Trump’s call for “…”": a communication noun and its owner.
  const owned = possessedCue(tokens, openIndex, floor, inside);
  if (owned) return owned;
  // The nearest cue that names its speaker wins; a cue without one ("…, noting that it “…”")
  // still makes the quotation attributed speech when no other cue in the sentence names anyone.
  let verbOnly: VerbOnly | null = null;
  for (let v = openIndex - 1; v >= floor; v -= 1) {
    if (inside(v)) continue;
    const t = tokens[v];
    // "According to Police Commissioner Janet Okafor, the new unit “has already …”".
    if (t.normal === 'according' && tokens[v + 1]?.normal === 'to') {
      const np = nounPhraseAfter(tokens, v + 2, openIndex - 1);
      if (np && speakerLike(tokens, np)) return { speakerStart: tokens[np[0]].start, speakerEnd: tokens[np[1]].end, verbOffset: t.start, cueEnd: tokens[v + 1].end, role: null };
      continue;
    }
    // "As Tom Ridge put it, “…”".
    const verb = speechVerb(t, tokens[v - 1], false, true) ?? (/^puts?$/.test(t.normal) && tokens[v + 1]?.normal === 'it' ? 'put' : null);
    if (!verb) continue;
    // "Clinton said that when Warren railed against Wall Street, “…”": a verb in a subordinate
    // clause closed by a comma before the quotation is not the quotation's cue.
    if (subordinate(tokens, v, floor, openIndex)) continue;
    // "continued" reports speech only when the quotation follows it ("he continued, “…”").
    if (verb === 'continue' && !/^[,:“"‘']$/.test(tokens[v + 1]?.value ?? '')) continue;
    // "He was asked about …, “…”": a passive cue says who heard, not who spoke.
    const aux = tokens[v - 1];
    if (aux && ['be', 'get'].includes(aux.lemma) && /(ed|told|said|written|shot)$/.test(t.normal)) return verbOnly;
    const clause = clauseAt(tokens, v, verb, floor, openIndex, inside, source);
    if (clause) return clause;
    verbOnly ??= { verbOffset: t.start, cueEnd: t.end };
  }
  // "… doesn’t surprise pollster Daron Shaw: “…”", "Pollsters agree - Carl Bialik: “…”": a name
  // right before the colon; "Trump leaned in and boomed: “…”": the subject of the clause.
  if (!verbOnly && tokens[colon]?.value === ':') {
    const named = nounPhraseBefore(tokens, colon, floor);
    if (named && tokens[named[1]].pos === 'PROPN' && startsUpper(tokens[named[1]].value)) {
      let first = named[0];
      while (first < named[1] && !startsUpper(tokens[first].value)) first += 1;
      return { speakerStart: tokens[first].start, speakerEnd: tokens[named[1]].end, verbOffset: tokens[colon].start, cueEnd: tokens[colon].end, role: null };
    }
    const np = clauseSubject(tokens, floor, colon - 1, inside);
    if (np) return { speakerStart: tokens[np[0]].start, speakerEnd: tokens[np[1]].end, verbOffset: tokens[colon].start, cueEnd: tokens[colon].end, role: null };
  }
  return verbOnly;
}

// Nouns for something said, whose owner said it: "his call for …", "Trump’s claim that …".
const SAYING_NOUNS = /^(remarks?|comments?|calls?|statements?|claims?|assertions?|promises?|pledges?|vows?|warnings?|words|responses?|reply|replies|suggestions?|arguments?|charges?|accusations?|insistence|declarations?|announcements?|admissions?|tweets?|messages?|quips?|predictions?|pleas?|demands?|descriptions?|characterizations?|criticisms?|complaints?|boasts?|threats?|slogans?|mantra|refrain)$/;

/** "her March comment that “…”": a saying noun owned by a pronoun or a name, shortly before the quotation. */
function possessedCue(tokens: Token[], openIndex: number, floor: number, inside: (k: number) => boolean): SpeakerClause | null {
  for (let n = openIndex - 1; n >= floor && openIndex - n <= 6; n -= 1) {
    if (inside(n) || !SAYING_NOUNS.test(tokens[n].normal) || tokens[n].pos !== 'NOUN') continue;
    let k = n - 1;
    while (k >= floor && (tokens[k].pos === 'ADJ' || (startsUpper(tokens[k].value) && tokens[k].pos === 'PROPN' && CALENDAR_WORDS.has(tokens[k].normal)))) k -= 1;
    const owner = tokens[k];
    if (!owner) return null;
    if (/^(his|her)$/.test(owner.normal)) return { speakerStart: owner.start, speakerEnd: owner.end, verbOffset: tokens[n].start, cueEnd: tokens[n].end, role: null };
    if ((owner.value === '’s' || owner.value === "'s") && k - 1 >= floor) {
      const np = nounPhraseBefore(tokens, k, floor);
      if (np && startsUpper(tokens[np[1]].value)) return { speakerStart: tokens[np[0]].start, speakerEnd: tokens[np[1]].end, verbOffset: tokens[n].start, cueEnd: tokens[n].end, role: null };
    }
    return null;
  }
  return null;
}

const SUBORDINATORS = /^(when|while|if|because|although|though|since|after|before|until|unless|whether|once|whenever)$/;

/** Is the verb at v inside a subordinate clause ("when X railed …,") that a comma closes before the quotation? */
function subordinate(tokens: Token[], v: number, floor: number, openIndex: number): boolean {
  let opener = -1;
  for (let k = v - 1; k >= floor && v - k <= 12; k -= 1) {
    if (tokens[k].value === ',' ) break;
    if (SUBORDINATORS.test(tokens[k].normal)) {
      opener = k;
      break;
    }
  }
  if (opener < 0) return false;
  return tokens.slice(v + 1, openIndex).some((t) => t.value === ',');
}

/** The speaker of the cue at tokens[v] in the sentence [floor, openIndex). */
function clauseAt(tokens: Token[], v: number, verb: string, floor: number, openIndex: number, inside: (k: number) => boolean, source: string): SpeakerClause | null {
  const t = tokens[v];
  // "…, telling Reuters, “…”", "…, saying “…”": the subject of the sentence speaks.
  if (isParticiple(t.normal)) {
    const np = finiteClauseBefore(tokens, v, floor, inside) ?? clauseSubject(tokens, floor, v - 1, inside);
    return np ? { speakerStart: tokens[np[0]].start, speakerEnd: tokens[np[1]].end, verbOffset: t.start, cueEnd: t.end, role: null } : null;
  }
  // "Said Tom Homan, the White House border czar, “…”": a name right after the verb.
  if (!OBJECT_VERBS.has(verb)) {
    const after = nounPhraseAfter(tokens, v + 1, openIndex - 1);
    const next = after ? tokens[after[1] + 1] : undefined;
    const named = after && tokens.slice(after[0], after[1] + 1).every((x) => startsUpper(x.value) || x.type !== 'word' || x.normal === 'of' || x.pos === 'DET')
      && startsUpper(tokens[after[1]].value) && next && [',', ':'].includes(next.value) && (v === floor || tokens[v - 1].value === ',' || isQuoteMark(tokens[v - 1]));
    if (after && named) return { speakerStart: tokens[after[0]].start, speakerEnd: tokens[after[1]].end, verbOffset: t.start, cueEnd: t.end, role: appositiveRole(tokens, after[1], source) };
  }
  // "went so far as to say: “…”", "used his speech to offer “…”": the subject of the main verb.
  if (tokens[v - 1]?.normal === 'to') {
    const np = clauseSubject(tokens, floor, v - 2, inside);
    return np ? { speakerStart: tokens[np[0]].start, speakerEnd: tokens[np[1]].end, verbOffset: t.start, cueEnd: t.end, role: null } : null;
  }
  let np = nounPhraseBefore(tokens, v, floor);
  // "Trump, who said “…”": the relative pronoun stands for the name before it.
  if (!np && tokens[v - 1]?.normal === 'who' && tokens[v - 2]?.value === ',') np = nounPhraseBefore(tokens, v - 2, floor);
  np ??= subjectOf(tokens, v, floor, inside);
  if (!np) {
    const subject = subjectBeforeAppositive(tokens, v, floor);
    if (subject) np = namedAside(tokens, subject, v);
  }
  // "Bush praised Rubio but described him as “a work in progress”": the first verb's subject.
  if (!np && ['and', 'but'].includes(tokens[v - 1]?.normal ?? '')) np = clauseSubject(tokens, floor, v - 2, inside);
  if (np && speakerLike(tokens, np) && speakingHead(tokens, np) && !tokens.slice(np[0], np[1] + 1).some((_, i) => inside(np![0] + i))) {
    return { speakerStart: tokens[np[0]].start, speakerEnd: tokens[np[1]].end, verbOffset: t.start, cueEnd: t.end, role: null };
  }
  return null;
}

/**
 * The cue and speaker of a whole sentence (tokens [from, to]) with no quotation of its own: used
 * for a paragraph that introduces a quotation ("Cruz continued:") or a neighbouring sentence.
 */
export function sentenceSpeaker(tokens: Token[], from: number, to: number, source: string, broad = false): SpeakerClause | null {
  // "Cruz continued:", "as the foundation's website notes:": the verb before a closing colon.
  const colon = tokens[to]?.value === ':' ? to : -1;
  if (colon > from) {
    let v = colon - 1;
    while (v > from && ['out', 'on', 'back', 'below', 'follows', 'as'].includes(tokens[v].normal)) v -= 1;
    if (placedVerb(tokens, v)) {
      const np = nounPhraseBefore(tokens, v, from) ?? subjectBeforeAppositive(tokens, v, from);
      if (np && speakerLike(tokens, np)) return { speakerStart: tokens[np[0]].start, speakerEnd: tokens[np[1]].end, verbOffset: tokens[v].start, cueEnd: tokens[v].end, role: null };
    }
  }
  for (let v = from; v <= to; v += 1) {
    const t = tokens[v];
    if (t.normal === 'according' && tokens[v + 1]?.normal === 'to') {
      const np = nounPhraseAfter(tokens, v + 2, to);
      if (np && speakerLike(tokens, np)) return { speakerStart: tokens[np[0]].start, speakerEnd: tokens[np[1]].end, verbOffset: t.start, cueEnd: tokens[v + 1].end, role: null };
      continue;
    }
    const verb = speechVerb(t, tokens[v - 1], false, broad);
    if (!verb) continue;
    const aux = tokens[v - 1];
    if (aux && ['be', 'get'].includes(aux.lemma)) continue;
    if (isParticiple(t.normal)) {
      const np = clauseSubject(tokens, from, v - 1, () => false);
      if (np) return { speakerStart: tokens[np[0]].start, speakerEnd: tokens[np[1]].end, verbOffset: t.start, cueEnd: t.end, role: null };
      continue;
    }
    let np = nounPhraseBefore(tokens, v, from) ?? subjectBeforeAppositive(tokens, v, from);
    let b = v - 1;
    while (b > from && (tokens[b].pos === 'ADV' || tokens[b].pos === 'AUX') && tokens[b].type === 'word') b -= 1;
    if (!np && ['and', 'but'].includes(tokens[b]?.normal ?? '')) np = clauseSubject(tokens, from, b - 1, () => false);
    if (np && speakerLike(tokens, np) && speakingHead(tokens, np)) return { speakerStart: tokens[np[0]].start, speakerEnd: tokens[np[1]].end, verbOffset: t.start, cueEnd: t.end, role: null };
    if (!OBJECT_VERBS.has(verb)) {
      const after = nounPhraseAfter(tokens, v + 1, to);
      if (after && speakerLike(tokens, after) && startsUpper(tokens[after[0]].value)) return { speakerStart: tokens[after[0]].start, speakerEnd: tokens[after[1]].end, verbOffset: t.start, cueEnd: t.end, role: null };
    }
  }
  return null;
}
