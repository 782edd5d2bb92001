// The features the learned polarity model reads for one mention in its sentence, from wink's tokens
// (lemma, negation flag, part of speech), the clause layout and the rule judgement of tone.ts. Each
// feature names the token it comes from, so the record's cue can be the word that drove the model.
// Names of features are words and tags only: a capitalised name is "<name>", a number "<num>".
import { hasLetterOrDigit, startsDigit, startsUpper } from '../text.js';
import type { Token } from '../types.js';
import type { SentenceLayout } from './layout.js';
import type { ToneWord } from './tone-words.js';
import type { ToneVoice } from './voice.js';

export interface ToneFeature {
  name: string;
  value: number;
  /** The token (index into the sentence's tokens) the feature comes from; -1 for the sentence or the mention as a whole. */
  token: number;
}

export interface FeatureInput {
  tokens: readonly Token[];
  layout: SentenceLayout;
  cues: readonly { k: number; word: ToneWord; negated: boolean }[];
  /** The mention's first and last token. */
  t0: number;
  t1: number;
  role: 'agent' | 'patient' | 'other';
  /** The rule judgement: polarity, score, each cue's relation weight and value, the deciding cue (index into cues, -1 when none). */
  rule: { polarity: -1 | 0 | 1; score: number; weights: readonly number[]; values: readonly number[]; best: number };
  voice: ToneVoice;
  /** wink's sentiment of the whole sentence. */
  sentiment: number;
}

/** How far the window reaches on each side of the mention, in word tokens. */
export const WINDOW = 10;
/** Distance buckets: right next to the mention, a word or two away, the same phrase's reach, further. */
const bucket = (d: number): string => (d <= 1 ? '1' : d <= 3 ? '3' : d <= 6 ? '6' : 'f');
const clip = (x: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, x));

const isWord = (t: Token) => t.type !== 'punctuation' && t.type !== 'symbol' && t.type !== 'tabCRLF' && t.type !== 'emoji' && hasLetterOrDigit(t.value);

/** A token as a feature word: its lemma, a name or a number as a tag (no dev-set names in the model). */
export function featureWord(t: Token, sentenceFirst: boolean): string {
  if (t.type === 'number' || startsDigit(t.value)) return '<num>';
  if (t.pos === 'PROPN' && startsUpper(t.value) && !sentenceFirst) return '<name>';
  const word = (t.lemma || t.normal).toLowerCase();
  return word.includes('’') ? word.replace(/’/g, "'") : word;
}

/** The polarity a cue has where it stands: its list's, turned by negation. */
const signOf = (c: { word: ToneWord; negated: boolean }) => (c.negated ? -c.word.polarity : c.word.polarity);

/** Relation weights of tone.ts as a short tag ("1", "0.6", "0.15", "-1" for a shifted object). */
const weightTag = (w: number) => (Math.round(w * 100) / 100).toString();

/**
 * Which feature names a model has a weight for. A feature without one adds 0 to every sum of the
 * model, so a caller that only predicts can leave it out: `mentionFeatures` then does not build its
 * name at all where it can ask by prefix and word ("w:L1:" + "say").
 */
export interface FeatureVocab {
  /** Is there a weight for exactly `prefix + word`? */
  has(prefix: string, word: string): boolean;
  hasName(name: string): boolean;
}

/** The window-word prefixes `w:<side><bucket>:<negation>`, built once instead of once per word. */
const W_PREFIX: Record<string, Record<string, [string, string]>> = {};
for (const side of ['L', 'R']) {
  W_PREFIX[side] = {};
  for (const b of ['1', '3', '6', 'f']) W_PREFIX[side][b] = [`w:${side}${b}:`, `w:${side}${b}:~`];
}

/**
 * The features of one mention. With `vocab` (prediction), only features the model weighs are built,
 * and the `p:` feature of every polarity word always: `predict` counts a polarity word as a possible cue
 * even when none of its features weigh (the cue may then push 0), so each must keep one feature.
 * Without `vocab` (training), every feature.
 */
export function mentionFeatures(input: FeatureInput, vocab?: FeatureVocab): ToneFeature[] {
  const { tokens, layout, cues, t0, t1, role, rule } = input;
  const out: ToneFeature[] = [];
  const add = (name: string, token: number, value = 1) => {
    if (vocab === undefined || vocab.hasName(name)) out.push({ name, value, token });
  };
  const addWord = (prefix: string, word: string, token: number) => {
    if (vocab === undefined || vocab.has(prefix, word)) out.push({ name: prefix + word, value: 1, token });
  };
  const at = (k: number) => k - layout.from;
  const targetClause = layout.clauseOf[at(t0)];
  let firstWord = -1;
  for (let k = layout.from; k <= layout.to; k += 1) if (isWord(tokens[k])) { firstWord = k; break; }
  const cueAt = new Map(cues.map((c, i) => [c.k, i]));

  // Window words with side and distance, in-clause words, negation.
  for (const [dir, side] of [[-1, 'L'], [1, 'R']] as const) {
    let d = 0;
    for (let k = dir < 0 ? t0 - 1 : t1 + 1; k >= layout.from && k <= layout.to; k += dir) {
      const t = tokens[k];
      if (!isWord(t)) continue;
      d += 1;
      if (d > WINDOW) break;
      const word = featureWord(t, k === firstWord);
      addWord(W_PREFIX[side][bucket(d)][t.negated ? 1 : 0], word, k);
      if (layout.clauseOf[at(k)] === targetClause) addWord(t.negated ? 'c:~' : 'c:', word, k);
    }
  }
  // The mention's own phrase ("disgraced former aide X").
  const chunk = layout.chunkOf[at(t0)];
  if (chunk >= 0) {
    const ch = layout.chunks[chunk];
    for (let k = ch.first; k <= ch.last; k += 1) if ((k < t0 || k > t1) && isWord(tokens[k])) addWord('self:', featureWord(tokens[k], k === firstWord), k);
  }
  // Polarity words of the sentence, by where they stand and how the rules weigh them.
  cues.forEach((c, i) => {
    if (c.k >= t0 && c.k <= t1) return;
    const sign = signOf(c) > 0 ? '+' : '-';
    const side = c.k < t0 ? 'L' : 'R';
    const d = c.k < t0 ? t0 - c.k : c.k - t1;
    const same = layout.clauseOf[at(c.k)] === targetClause ? 's' : 'o';
    out.push({ name: `p:${side}${bucket(d)}${same}:${sign}`, value: c.word.weight, token: c.k });
    add(`rel:${weightTag(rule.weights[i])}:${sign}`, c.k, c.word.weight);
    if (c.word.role) add(`prole:${c.word.role}:${side}${same}`, c.k);
  });
  // The rule judgement.
  const ruleCue = rule.best >= 0 ? cues[rule.best].k : -1;
  add(`rule:${rule.polarity}`, ruleCue);
  add('rule:score', ruleCue, clip(rule.score, -3, 3));
  if (rule.best >= 0) {
    const w = cues[rule.best].word;
    add(`rule:list:${w.list}:${rule.polarity}`, ruleCue);
    if (w.role) add(`rule:role:${w.role}:${rule.polarity}`, ruleCue);
    // How direct the deciding cue is (1: the mention's own phrase or verb) and how strong the sum.
    add(`rule:${rule.polarity}:rel${weightTag(rule.weights[rule.best])}`, ruleCue);
    const strength = Math.abs(rule.score);
    add(`rule:${rule.polarity}:s${strength < 0.6 ? '0' : strength < 1 ? '1' : strength < 1.5 ? '2' : '3'}`, ruleCue);
  }
  // The mention's role toward its clause's verb, and that verb when it attacks, praises or defeats.
  add(`role:${role}`, -1);
  const clause = layout.clauses[targetClause];
  if (clause.verb >= 0 && (clause.verb < t0 || clause.verb > t1)) {
    const v = tokens[clause.verb];
    addWord(`verb:${role}:`, featureWord(v, clause.verb === firstWord), clause.verb);
    const i = cueAt.get(clause.verb);
    if (i !== undefined) {
      const c = cues[i];
      add(`vpol:${role}:${signOf(c) > 0 ? '+' : '-'}`, clause.verb);
      if (c.word.role) add(`vrole:${role}:${c.word.role}${c.negated ? '~' : ''}`, clause.verb);
    }
    if (clause.passive) add(`passive:${role}`, clause.verb);
  }
  // Whose words: a quotation, reported speech, the outlet.
  add(`voice:${input.voice}`, -1);
  if (clause.held) add('held', -1);
  // The mention itself: a pronoun, the sentence's first words, how many actors share the sentence.
  if (tokens[t0].pos === 'PRON') add('m:pronoun', -1);
  if (t0 === firstWord) add('m:first', -1);
  let actors = 0;
  for (const c of layout.chunks) if (c.actor) actors += 1;
  add(`m:actors:${Math.min(actors, 3)}`, -1);
  add('sentiment', -1, clip(input.sentiment, -1, 1));
  return out;
}

/** Is there a polarity word in the sentence (outside the mention) pointing the given way? From feature names, for training. */
export const hasPointingCue = (features: readonly { name: string }[], polarity: -1 | 1): boolean => {
  const end = polarity > 0 ? ':+' : ':-';
  return features.some((f) => f.name.startsWith('p:') && f.name.endsWith(end));
};
