// Tone toward one actor mention: the polarity words that govern the mention, not the mood of the
// whole sentence. See docs/framing-tone.md for the method, its figures and where it fails.
import type { Article, AttributionFinding, ParsedText, QuoteFinding, Token } from '../types.js';
import { layoutSentence } from './layout.js';
import type { SentenceLayout } from './layout.js';
import { newsWritesLowerCase, toneShifters, toneWords } from './tone-words.js';
import type { ToneWord } from './tone-words.js';
import { VoiceIndex } from './voice.js';
import type { ToneVoice } from './voice.js';
import { mentionFeatures } from './tone-model-features.js';
import type { ToneFeature } from './tone-model-features.js';
import { featureVocab, predict, rulesDecide } from './tone-model.js';
import type { ToneModel } from './tone-model.js';
import { startsUpper } from '../text.js';

export type { ToneVoice } from './voice.js';

export interface ToneJudgement {
  polarity: -1 | 0 | 1;
  /** Signed sum of the weighted cues (not bounded; about ±1 per clear cue); |score| ≥ SCALE.threshold gives a polarity. */
  score: number;
  /** The polarity word that weighed most toward the verdict, as written; null when neutral. */
  cue: string | null;
  cueStart: number | null;
  cueEnd: number | null;
  voice: ToneVoice;
  /**
   * null for the outlet's own voice; the quotation's speaker, the reported speech's source, or the
   * subject (or "by" phrase) of an attack or praise verb the outlet reports ("Critics slammed X"), or of
   * a naming verb ("Critics called X a liar").
   */
  holder: string | null;
  /**
   * Set when a learned model (tone-model.ts) was given: who decided the polarity, and the rules'
   * own polarity and score (their signed sum of weighted cues) beside the model's.
   */
  by?: 'model' | 'rules';
  rulePolarity?: -1 | 0 | 1;
  ruleScore?: number;
}

export interface ToneContext {
  quotes: QuoteFinding[];
  attributions: AttributionFinding[];
}

export interface Span { start: number; end: number }

/** How much a cue counts, by how it relates to the mention (tuned on the even half of the dev set). */
export const WEIGHTS = {
  /** In the mention's own noun phrase, apposition or relative clause ("disgraced aide X", "X, who lied"). */
  self: 1,
  /** The verb of the mention's clause when the mention is its subject (X lied, X won) or object (… slammed X). */
  verb: 1,
  /**
   * The mention is the agent of an attack verb ("X slammed critics"). The attack is aimed at the object;
   * the text shows X as combative, which annotators read as negative about half of the time and neutral
   * the rest (53 such targets of NewsMTSC train: 22 negative, 21 neutral, 10 positive; the attacked
   * are negative in 65 of 66). The cue counts below the threshold, so it decides only with other
   * evidence; the even half scores within 0.001 of weights 0.2 to 1, so the choice is by design.
   */
  attacker: 0.15,
  /** A noun phrase of the predicate when the mention is the subject ("X made a terrible mistake"). */
  predicate: 1,
  /**
   * The same when the clause's verb is a shifter ("X fought corruption", "X blocked the popular
   * bill"): the object's polarity turned around, toward the one who acts.
   */
  shifted: 1,
  /** A shifter verb's own polarity ("opposed", "rejected") toward the one who acts: aimed at the object, like an attack. */
  shifterVerb: 0.15,
  /** The phrase a naming verb says of the mention, its object ("called X a liar", "described X as brave"), quotations included. */
  named: 1,
  /** A noun whose object the mention is ("criticism of X", "allegations against X"). */
  headOf: 1,
  /** Another phrase of the same clause that names no other actor. */
  clause: 0.6,
  /** The phrases of what an attacker or praiser aims at ("X slammed the reckless plan"), toward X. */
  aimedAt: 0,
  /** A phrase naming another actor ("X attacked the corrupt Y"): about Y, not X. */
  otherActor: 0.1,
  /** The subject's own modifiers when the mention is the object ("angry critics slammed X"). */
  subjectModifier: 0.3,
  /** Any cue of the clause toward a mention in a circumstance: a prepositional phrase of place, time, company. */
  circumstance: 0.15,
  /** A cue in someone's quoted or reported words, toward a mention outside them (often their speaker). */
  heldContent: 0.15,
  /**
   * Another clause of the sentence. Below the threshold on purpose: one word in a clause that does
   * not name the mention never decides alone ("X spoke, although the weather was terrible"); with
   * 0.35 the even half scored 0.002 higher, which is not worth charging a clause's mood to X.
   */
  otherClause: 0.15,
  /** Another clause that has an actor of its own and does not name the mention. */
  otherActorClause: 0.1,
  /**
   * Another clause of the same quotation or reported statement, toward a mention inside it: a speaker's
   * statement is one point made about what it names, so its clauses count like the phrases of one
   * clause (0.6); with an actor of its own, like another actor's clause. NewsMTSC train: 0.35 to 1 all
   * give +0.002 on both halves against 0.15 (a plateau, not a point).
   */
  sameHeldClause: 0.6,
  sameHeldActorClause: 0.1,
};
/** How a cue's polarity becomes a value, and the threshold (tuned on the even half of the dev set). */
export const SCALE = {
  /** |score| from which a polarity is given: one cue in the mention's own phrase or clause is enough. */
  threshold: 0.2,
  /** A negated negative word is weakly positive ("did not fail"), a negated positive one negative. */
  negatedNegative: -0.5,
  negatedPositive: -0.8,
  /**
   * Hu & Liu hold 2.4 negative words for each positive one, so a sentence's positive side finds
   * fewer cues; each positive cue counts this much.
   */
  positive: 1,
};

/** The signed value of one cue at a given relation weight. */
function cueValue(cue: Cue, weight: number): number {
  const p = cue.word.polarity;
  const sign = cue.negated ? (p < 0 ? SCALE.negatedNegative : SCALE.negatedPositive) * p : p;
  return sign * weight * cue.word.weight * (sign > 0 ? SCALE.positive : 1);
}

const NEGATORS = new Set(['not', "n't", 'n’t', 'never', 'no', 'without', 'nor', 'neither', 'hardly', 'barely', 'cannot', 'none']);
/** "criticism of X", "the case against X", "praise for X": the noun is aimed at X. */
const PATIENT_PREPS = new Set(['of', 'against', 'on', 'about', 'for', 'toward', 'towards', 'at', 'over', 'to']);
/** After a verb, only these make X its target ("lashed out at X", "turned on X"); "lied about X" is about a topic, not X. */
const VERB_PATIENT_PREPS = new Set(['against', 'at', 'on', 'toward', 'towards']);

export interface Cue { k: number; word: ToneWord; negated: boolean }

/** A sentence read once: its layout, its polarity words, and the clauses whose verb is a shifter (not negated). */
export interface SentenceRead { tokens: Token[]; layout: SentenceLayout; cues: Cue[]; shifted: ('no' | 'yes' | 'negated')[] }

/** The tone word a token is, if any: one Map lookup by written form, then by lemma. */
/** Opinion words carry it as content words only: "like" the preposition, "well" the interjection do not. */
const CONTENT_POS = new Set(['ADJ', 'ADV', 'NOUN', 'VERB', 'PROPN']);

function toneWordOf(t: Token, sentenceFirst: boolean, words: Map<string, ToneWord>, next?: Token): ToneWord | undefined {
  if (t.type !== 'word' || !CONTENT_POS.has(t.pos)) return undefined;
  const normal = t.normal.includes('’') ? t.normal.replace(/’/g, "'") : t.normal;
  if (startsUpper(t.value)) {
    // A capital mid-sentence on a proper noun is a name ("Trump", "Gay"); at the start of a sentence,
    // so is a word plain news never writes in lower case.
    if (!sentenceFirst && t.pos === 'PROPN') return undefined;
    // wink tags a sentence's first word PROPN when it is capitalised ("Disgraced former aide …",
    // "Great news …"); followed by a possessive, a name or a verb it is a name ("Trump's czar",
    // "Trump said"): an adjective is followed by a noun or an adjective.
    if (t.pos === 'PROPN' && next && (next.pos === 'PROPN' || next.pos === 'VERB' || next.pos === 'AUX' || (next.pos === 'PART' && /^['’]s?$/.test(next.normal)))) return undefined;
    if (!newsWritesLowerCase(normal) && !newsWritesLowerCase(t.lemma)) return undefined;
  }
  const written = words.get(normal);
  const lemma = words.get(t.lemma);
  // Verb lists count as verbs only: "jobless claims" is not "claimed".
  if (!written && lemma && lemma.list.endsWith('-verbs') && t.pos !== 'VERB') return undefined;
  if (written && written.list.endsWith('-verbs') && t.pos !== 'VERB') return undefined;
  // Hu & Liu list inflected forms ("accused") without the role the lemma has ("accuse": attack).
  if (written && lemma?.role && !written.role) return { ...written, role: lemma.role, speech: lemma.speech };
  return written ?? lemma;
}

/** Own scope: a negator up to three words before, with no punctuation between (wink's scope runs to the next punctuation, too far: "never lied about the disastrous deal"). */
function negatedAt(tokens: Token[], k: number, floor: number): boolean {
  for (let j = k - 1; j >= floor && j >= k - 3; j -= 1) {
    const t = tokens[j];
    if (t.type === 'punctuation') return false;
    if (NEGATORS.has(t.normal)) return true;
  }
  // wink's flag, when its negator is close enough to be ours.
  if (tokens[k].negated) for (let j = k - 4; j >= floor && j >= k - 5; j -= 1) if (NEGATORS.has(tokens[j].normal)) return true;
  return false;
}

function readSentence(tokens: Token[], from: number, to: number, reported: [number, number][], words: Map<string, ToneWord>): SentenceRead {
  const layout = layoutSentence(tokens, from, to, reported);
  const cues: Cue[] = [];
  let firstWord = -1;
  for (let k = from; k <= to; k += 1) {
    const t = tokens[k];
    if (firstWord < 0 && t.type === 'word' && /\p{L}/u.test(t.value)) firstWord = k;
    const word = toneWordOf(t, k === firstWord, words, tokens[k + 1]);
    if (word) cues.push({ k, word, negated: negatedAt(tokens, k, layout.clauses[layout.clauseOf[k - from]].first) });
  }
  const shifters = toneShifters();
  // "did not stop the violence": a negated shifter lets its object stand.
  // "called to ban X" is a plan, not the act: an infinitive shifter does not count.
  const shifted = layout.clauses.map((c) => {
    if (c.verb <= from || c.passive || tokens[c.verb - 1].normal === 'to' || !shifters.has(tokens[c.verb].lemma ?? tokens[c.verb].normal)) return 'no' as const;
    return negatedAt(tokens, c.verb, c.first) ? 'negated' as const : 'yes' as const;
  });
  return { tokens, layout, cues, shifted };
}

export type Role = 'agent' | 'patient' | 'other';

/** How the mention [t0, t1] stands to its clause's verb: who does it, who it is done to. */
function roleOf(read: SentenceRead, t0: number, t1: number): Role {
  const { layout } = read;
  const clause = layout.clauses[layout.clauseOf[t0 - layout.from]];
  if (clause.verb < 0) return 'other';
  const chunk = layout.chunkOf[t0 - layout.from];
  const prep = chunk >= 0 ? layout.chunks[chunk].prep : null;
  if (t1 < clause.verb) {
    if (prep && prep !== 'of') return 'other';
    return clause.passive ? 'patient' : 'agent';
  }
  if (prep === 'by' && clause.passive) return 'agent';
  // Right after the verb, or the possessor of its object ("slammed Smith's plan").
  if (!prep || VERB_PATIENT_PREPS.has(prep)) return 'patient';
  return 'other';
}

/** The weight of one cue toward the mention [t0, t1]. */
function relation(read: SentenceRead, cue: Cue, t0: number, t1: number, role: Role): number {
  const { layout, tokens } = read;
  const at = (k: number) => k - layout.from;
  const k = cue.k;
  if (k >= t0 && k <= t1) return 0;
  const targetChunk = layout.chunkOf[at(t0)];
  const cueChunk = layout.chunkOf[at(k)];
  if (targetChunk >= 0 && cueChunk === targetChunk) return WEIGHTS.self;
  const targetClauseIndex = layout.clauseOf[at(t0)];
  const cueClauseIndex = layout.clauseOf[at(k)];
  const chunks = layout.chunks;
  const target = targetChunk >= 0 ? chunks[targetChunk] : { first: t0, last: t1, actor: true, prep: null };
  // Apposition: "X, a disgraced former aide, …" – the chunk after a comma right after the mention.
  if (cueChunk >= 0 && cueChunk === targetChunk + 1 && targetChunk >= 0) {
    const c = chunks[cueChunk];
    if (tokens[target.last + 1]?.value === ',' && c.first === target.last + 2 && !c.actor && (tokens[c.first].pos === 'DET' || tokens[c.first].pos === 'ADJ' || tokens[c.first].pos === 'NOUN')) return WEIGHTS.self;
  }
  if (cueClauseIndex !== targetClauseIndex) {
    const clause = layout.clauses[cueClauseIndex];
    // Someone's quoted or reported words, read from outside them: toward their speaker or a bystander.
    if (clause.held && !layout.clauses[targetClauseIndex].held) return WEIGHTS.heldContent;
    // A relative clause describing the mention ("X, who lied", "the aide who lied").
    if (clause.antecedent >= target.first && clause.antecedent <= target.last) return WEIGHTS.self;
    let otherActor = false;
    for (let c = clause.first; c <= clause.last; c += 1) {
      const ch = layout.chunkOf[at(c)];
      if (ch >= 0 && chunks[ch].actor) { otherActor = true; break; }
    }
    const targetClause = layout.clauses[targetClauseIndex];
    // The same statement's other clause: its descriptions count, not its verb (about that clause's own
    // subject: "… and even more had been detained"), nor a relative clause describing something else
    // ("the latest month for which data is available").
    if (clause.held && targetClause.span === clause.span && clause.antecedent < 0 && cueChunk >= 0 && k !== clause.verb) return otherActor ? WEIGHTS.sameHeldActorClause : WEIGHTS.sameHeldClause;
    return otherActor ? WEIGHTS.otherActorClause : WEIGHTS.otherClause;
  }
  const clause = layout.clauses[targetClauseIndex];
  // A mention in a circumstance ("in Nevada", "to the FBI", "with Smith"): the clause is not about it.
  if (role === 'other' && target.prep && !PATIENT_PREPS.has(target.prep) && !(target.prep === 'by' && clause.passive)) return WEIGHTS.circumstance;
  const isVerbal = cueChunk < 0 || k === clause.verb;
  if (isVerbal) {
    if (role === 'agent') return cue.word.role === 'attack' ? WEIGHTS.attacker : read.shifted[targetClauseIndex] !== 'no' && k === clause.verb ? WEIGHTS.shifterVerb : WEIGHTS.verb;
    // "X defeated Y": the winner's gain is the loser's loss.
    if (cue.word.role === 'defeat' && role === 'patient') return -WEIGHTS.verb;
    // "Critics claimed Smith …": a report verb colours its speaker, not what it is about.
    if (cue.word.role === 'speaker') return role === 'patient' ? WEIGHTS.otherActor : WEIGHTS.clause;
    if (role === 'patient') return WEIGHTS.verb;
    return WEIGHTS.clause;
  }
  const c = chunks[cueChunk];
  const passiveAgent = clause.passive && target.prep === 'by';
  // The agent of an attack or praise ("X slammed the reckless plan", "the plan was slammed by X"):
  // the other phrases of the clause describe what X aims at, not X.
  const verbWord = clause.verb >= 0 ? read.cues.find((q) => q.k === clause.verb)?.word : undefined;
  if (role === 'agent' && (passiveAgent || (verbWord?.role && verbWord.role !== 'speaker') || namesItsObject(read, clause.verb, clause.passive))) return WEIGHTS.aimedAt;
  // "criticism of X", "allegations against X": the mention is the object of the cue's noun.
  if (c.last + 2 === target.first && target.prep && tokens[c.last + 1]?.normal === target.prep) {
    if (target.prep === 'by' && !passiveAgent) return cue.word.role === 'attack' ? WEIGHTS.attacker : WEIGHTS.headOf;
    if (PATIENT_PREPS.has(target.prep)) return WEIGHTS.headOf;
  }
  if (c.actor) return WEIGHTS.otherActor;
  if (clause.verb >= 0) {
    const targetBefore = t1 < clause.verb;
    const cueAfter = k > clause.verb;
    if (targetBefore && cueAfter) return WEIGHTS.predicate;
    if (!targetBefore && !cueAfter) return WEIGHTS.subjectModifier;
  }
  return WEIGHTS.clause;
}

/**
 * A cue in the object of a shifter verb whose subject is the mention ("X fought rampant corruption",
 * "X blocked the popular bill"): its value toward X, the object's polarity turned around; a negated
 * shifter ("X did not block the popular bill") lets it stand, and the negator counts once, on the
 * verb. null when the cue is not in such an object.
 */
function shiftedValue(read: SentenceRead, cue: Cue, t1: number, role: Role): number | null {
  const { layout } = read;
  if (role !== 'agent') return null;
  const clauseIndex = layout.clauseOf[cue.k - layout.from];
  const clause = layout.clauses[clauseIndex];
  const shift = read.shifted[clauseIndex];
  if (shift === 'no' || t1 >= clause.verb || layout.clauseOf[t1 - layout.from] !== clauseIndex) return null;
  const chunk = layout.chunkOf[cue.k - layout.from];
  if (chunk < 0 || layout.chunks[chunk].first !== clause.verb + 1 || layout.chunks[chunk].actor) return null;
  return cueValue({ ...cue, negated: false }, (shift === 'yes' ? -1 : 1) * WEIGHTS.shifted);
}

/**
 * The one who speaks through the verb at `k` ("Critics slammed X": "Critics"; "X was praised by the
 * mayor": "the mayor"), as a character span; null when the clause names none ("X was criticized").
 */
function speakerOf(read: SentenceRead, k: number): [number, number] | null {
  const { layout, tokens } = read;
  const clause = layout.clauses[layout.clauseOf[k - layout.from]];
  let found = -1;
  for (let c = 0; c < layout.chunks.length; c += 1) {
    const ch = layout.chunks[c];
    if (ch.first < clause.first || ch.last > clause.last) continue;
    if (clause.passive ? ch.first > k && ch.prep === 'by' && found < 0 : ch.last < k && !ch.prep) found = c;
  }
  if (found < 0) return null;
  const ch = layout.chunks[found];
  return [tokens[ch.first].start, tokens[ch.last].end];
}

/**
 * A judgement, and who holds it when its deciding word is someone's speech aimed at the mention; with
 * what the learned model reads of it (the mention's role, each cue's relation weight and value, the
 * deciding cue's index into `read.cues`).
 */
type Judged = Omit<ToneJudgement, 'voice' | 'holder'> & { heldBy: [number, number] | null; role: Role; weights: number[]; values: number[]; best: number };

/**
 * Verbs that name or describe their object with the phrase after it ("called X a liar", "described
 * X as brave", "branded X 'phony'"): that phrase, often a quotation, is said of X.
 */
const NAMING = new Set(['call', 'label', 'brand', 'dub', 'describe', 'consider', 'deem', 'term', 'portray', 'paint', 'depict', 'characterize', 'characterise']);
/** Participles that name a thing rather than judge it: "a town called X", "a group dubbed X". */
const NAMING_PARTICIPLE = new Set(['called', 'dubbed', 'termed']);

/** "Critics called Hale a liar": the clause's verb names its object (not "called for", "called on"). */
function namesItsObject(read: SentenceRead, verb: number, passive: boolean): boolean {
  if (verb < 0 || passive) return false;
  const t = read.tokens[verb];
  const next = read.tokens[verb + 1];
  return t.pos === 'VERB' && NAMING.has(t.lemma ?? t.normal) && next !== undefined && next.pos !== 'ADP' && next.pos !== 'PART';
}

/**
 * The phrase a naming verb says of the mention [t0, t1] when the mention is its object: token range
 * [first, last] and the verb's index; null otherwise. The phrase runs through quotations and relative
 * clauses ("a man who inherited a fortune") and ends at the next clause of the sentence's own.
 */
function complementOf(read: SentenceRead, t0: number, t1: number): { first: number; last: number; verb: number } | null {
  const { layout, tokens } = read;
  const v = t0 - 1;
  if (v < layout.from) return null;
  const verb = tokens[v];
  if (verb.pos !== 'VERB' || !NAMING.has(verb.lemma ?? verb.normal)) return null;
  if (NAMING_PARTICIPLE.has(verb.normal) && v - 1 >= layout.from && tokens[v - 1].pos === 'NOUN') return null;
  const targetClause = layout.clauseOf[t0 - layout.from];
  if (layout.clauses[targetClause].passive && layout.clauses[targetClause].verb === v) return null;
  let first = t1 + 1;
  // "called Obama's fundraising 'lackluster'": the complement follows the object the mention owns.
  if (first <= layout.to && tokens[first].pos === 'PART' && /^['’]s?$/.test(tokens[first].normal)) {
    const ch = layout.chunkOf[first - layout.from];
    first = ch >= 0 ? layout.chunks[ch].last + 1 : first + 1;
    while (first <= layout.to && layout.chunkOf[first - layout.from] >= 0 && layout.chunkOf[first - layout.from] === layout.chunkOf[first - 1 - layout.from]) first += 1;
  }
  if (first > layout.to) return null;
  const start = tokens[first];
  // "called X to congratulate him", "called X on Tuesday": a phone call, not a name.
  const opens = start.normal === 'as' || start.type === 'punctuation' ? /^(as|["“‘'])$/.test(start.normal) || /^["“‘']$/.test(start.value) : ['DET', 'ADJ', 'NOUN', 'ADV', 'PROPN', 'NUM'].includes(start.pos);
  if (!opens) return null;
  let last = first;
  for (let k = first; k <= layout.to; k += 1) {
    const ci = layout.clauseOf[k - layout.from];
    const c = layout.clauses[ci];
    const own = ci === targetClause;
    if (!own && !c.held && !(c.antecedent >= first)) break;
    // "… a 'fascist Frankenstein' and said …": a verb joined by "and" is a new statement.
    if (!c.held && tokens[k].pos === 'CCONJ' && (tokens[k + 1]?.pos === 'VERB' || tokens[k + 1]?.pos === 'AUX')) break;
    last = k;
  }
  return { first, last, verb: v };
}

function judge(read: SentenceRead, t0: number, t1: number): Judged {
  const role = roleOf(read, t0, t1);
  const complement = complementOf(read, t0, t1);
  const inComplement = (k: number) => complement !== null && k >= complement.first && k <= complement.last;
  const weights: number[] = [];
  const values = read.cues.map((cue) => {
    if (inComplement(cue.k)) {
      weights.push(WEIGHTS.named);
      return cueValue(cue, WEIGHTS.named);
    }
    const shifted = shiftedValue(read, cue, t1, role);
    if (shifted !== null) {
      weights.push(-WEIGHTS.shifted);
      return shifted;
    }
    const w = relation(read, cue, t0, t1, role);
    weights.push(w);
    return cueValue(cue, w);
  });
  const score = values.reduce((a, b) => a + b, 0);
  const polarity: -1 | 0 | 1 = score >= SCALE.threshold ? 1 : score <= -SCALE.threshold ? -1 : 0;
  // The cue shown is the strongest one pointing the verdict's way.
  let best = -1;
  if (polarity !== 0) values.forEach((v, i) => { if (Math.sign(v) === polarity && (best < 0 || Math.abs(v) > Math.abs(values[best]))) best = i; });
  const token = best >= 0 ? read.tokens[read.cues[best].k] : null;
  // "Critics slammed X", "X was praised by the mayor": the verdict rests on someone's words about X,
  // reported by the outlet; they hold it, not the outlet.
  let heldBy: [number, number] | null = null;
  // "Critics called X a liar": the name is the one who gives it.
  if (best >= 0 && complement && inComplement(read.cues[best].k)) heldBy = speakerOf(read, complement.verb);
  else if (best >= 0 && role === 'patient') {
    const cue = read.cues[best];
    const clause = read.layout.clauses[read.layout.clauseOf[t0 - read.layout.from]];
    if (cue.word.speech && cue.k === clause.verb) heldBy = speakerOf(read, cue.k);
  }
  return { polarity, score: Math.round(score * 1000) / 1000, cue: token ? token.value : null, cueStart: token ? token.start : null, cueEnd: token ? token.end : null, heldBy, role, weights, values, best };
}

/** Tokens of `parsed` overlapping [start, end): first and last index, by binary search. */
function tokenRange(parsed: ParsedText, start: number, end: number): [number, number] | null {
  const tokens = parsed.tokens;
  let lo = 0, hi = tokens.length - 1, first = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].end > start) { first = mid; hi = mid - 1; } else lo = mid + 1;
  }
  if (first < 0 || tokens[first].start >= end) return null;
  let last = first;
  while (last + 1 < tokens.length && tokens[last + 1].start < end) last += 1;
  return [first, last];
}

/** What the rules and the model read of one mention; `features` only when asked for. */
interface MentionRead { judgement: ToneJudgement; features: ToneFeature[] | null }

function readMentions(article: Article, mentions: readonly Span[], context: ToneContext, model: ToneModel | null, wantFeatures: boolean): MentionRead[] {
  const words = toneWords();
  const voices = new VoiceIndex(context);
  const out: MentionRead[] = new Array(mentions.length);
  const order = mentions.map((_, i) => i).sort((a, b) => mentions[a].start - mentions[b].start || a - b);
  const blocks = article.blocks;
  let b = 0;
  let cached: { block: number; sentence: number; read: SentenceRead } | null = null;
  // Records are written field by field, in the order the object spreads before them gave
  // (neutral verdict, voice, the model's fields: the JSON's order): object spreads in this loop cost more than the judging.
  const neutral = (voice: { voice: ToneVoice; holder: string | null }): MentionRead => ({
    judgement: model
      ? { polarity: 0, score: 0, cue: null, cueStart: null, cueEnd: null, voice: voice.voice, holder: voice.holder, by: 'rules', rulePolarity: 0, ruleScore: 0 }
      : { polarity: 0, score: 0, cue: null, cueStart: null, cueEnd: null, voice: voice.voice, holder: voice.holder },
    features: wantFeatures ? [] : null,
  });
  for (const i of order) {
    const m = mentions[i];
    const voice = voices.of(m.start, m.end);
    while (b < blocks.length && blocks[b].end <= m.start) b += 1;
    const block = blocks[b];
    const range = block && block.start <= m.start ? tokenRange(block.parsed, m.start, m.end) : null;
    if (!range) {
      out[i] = neutral(voice);
      continue;
    }
    const tokens = block.parsed.tokens;
    const s = tokens[range[0]].sentence;
    const sentence = block.parsed.sentences[s];
    if (!sentence) {
      out[i] = neutral(voice);
      continue;
    }
    if (!cached || cached.block !== b || cached.sentence !== s) {
      cached = { block: b, sentence: s, read: readSentence(tokens, sentence.firstToken, sentence.lastToken, voices.heldIn(sentence.start, sentence.end), words) };
    }
    // A mention running past its sentence is judged on the part inside it, and on its words: a
    // quotation mark or bracket at either end belongs to the text around it.
    let t0 = range[0];
    let t1 = Math.min(range[1], sentence.lastToken);
    while (t0 < t1 && tokens[t0].type === 'punctuation') t0 += 1;
    while (t1 > t0 && tokens[t1].type === 'punctuation') t1 -= 1;
    const judged = judge(cached.read, t0, t1);
    const { heldBy, role, weights, values, best } = judged;
    // Someone's attack or praise the outlet reports is reported speech, held by its speaker.
    const held = heldBy && voice.voice === 'own' ? { voice: 'reported' as const, holder: article.text.slice(heldBy[0], heldBy[1]) } : voice;
    const features = wantFeatures || model
      ? mentionFeatures({ tokens, layout: cached.read.layout, cues: cached.read.cues, t0, t1, role, rule: { polarity: judged.polarity, score: judged.score, weights, values, best }, voice: held.voice, sentiment: sentence.sentiment }, wantFeatures || !model ? undefined : featureVocab(model))
      : null;
    let judgement: ToneJudgement = { polarity: judged.polarity, score: judged.score, cue: judged.cue, cueStart: judged.cueStart, cueEnd: judged.cueEnd, voice: held.voice, holder: held.holder };
    if (model && features) judgement = withModel(model, judgement, features, tokens, cached.read.cues, [t0, t1]);
    out[i] = { judgement, features: wantFeatures ? features : null };
  }
  return out;
}

/**
 * The model's verdict on a mention the rules judged: polarity and score from the model, or from the
 * rules where the model's way of combining gives them the mention (`rulesDecide`); the cue is the word whose
 * features pushed most toward the verdict. Voice and holder stay the rules' own.
 */
function withModel(model: ToneModel, rule: ToneJudgement, features: readonly ToneFeature[], tokens: readonly Token[], cues: readonly Cue[], mention: [number, number]): ToneJudgement {
  // `rule` holds exactly the fields readMentions writes; the records keep their order (see `neutral`).
  if (rulesDecide(model, rule.polarity, rule.score)) return { polarity: rule.polarity, score: rule.score, cue: rule.cue, cueStart: rule.cueStart, cueEnd: rule.cueEnd, voice: rule.voice, holder: rule.holder, by: 'rules', rulePolarity: rule.polarity, ruleScore: rule.score };
  // A cue is a word a reader can check: with `needsCue`, a polarity word pointing the verdict's way
  // ("slammed", "fraud"); otherwise any content word that is not a name, "the" or "'s".
  const pointing = new Map(cues.map((c) => [c.k, c.negated ? -c.word.polarity : c.word.polarity]));
  const cueable = (k: number, polarity: -1 | 1) => {
    if (model.needsCue) return pointing.get(k) === polarity;
    const t = tokens[k];
    return t.type === 'word' && CUE_POS.has(t.pos) && /\p{L}{2}/u.test(t.value) && !(t.pos === 'PROPN' && startsUpper(t.value));
  };
  const verdict = predict(model, features, mention, cueable);
  let cue: Pick<ToneJudgement, 'cue' | 'cueStart' | 'cueEnd'> = { cue: null, cueStart: null, cueEnd: null };
  if (verdict.cueToken >= 0) {
    const t = tokens[verdict.cueToken];
    cue = { cue: t.value, cueStart: t.start, cueEnd: t.end };
  } else if (verdict.polarity !== 0 && verdict.polarity === rule.polarity) cue = { cue: rule.cue, cueStart: rule.cueStart, cueEnd: rule.cueEnd };
  return { polarity: verdict.polarity, score: verdict.score, cue: cue.cue, cueStart: cue.cueStart, cueEnd: cue.cueEnd, voice: rule.voice, holder: rule.holder, by: 'model', rulePolarity: rule.polarity, ruleScore: rule.score };
}

const CUE_POS = new Set(['ADJ', 'ADV', 'NOUN', 'VERB', 'PROPN']);

export interface ToneOptions {
  /** A learned polarity model (tone-model.ts) to decide with; none: the rules alone. */
  model?: ToneModel | null;
}

/**
 * Tone toward each mention, in the order given. Each sentence holding a mention is read once (layout
 * and polarity words); each mention is then weighed against that sentence's few polarity words only,
 * and, when a model is given, judged by it on its features.
 */
export function sentenceTones(article: Article, mentions: readonly Span[], context: ToneContext, options: ToneOptions = {}): ToneJudgement[] {
  return readMentions(article, mentions, context, options.model ?? null, false).map((r) => r.judgement);
}

/** The rules' judgement and the model's features of each mention, in the order given (for training the model). */
export function sentenceToneFeatures(article: Article, mentions: readonly Span[], context: ToneContext): { judgement: ToneJudgement; features: ToneFeature[] }[] {
  return readMentions(article, mentions, context, null, true).map((r) => ({ judgement: r.judgement, features: r.features ?? [] }));
}

/** Tone toward one mention; see sentenceTones for many. */
export function toneToward(article: Article, target: Span, context: ToneContext, options: ToneOptions = {}): ToneJudgement {
  return sentenceTones(article, [target], context, options)[0];
}
