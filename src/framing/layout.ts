// A light clause and phrase layout of one sentence from wink's part-of-speech tags (wink has no
// dependency parser): clauses bounded by punctuation, conjunctions, relative pronouns and reported
// speech; noun chunks; each clause's main verb and whether it is passive. One pass over the tokens.
import type { Token } from '../types.js';

export interface Chunk {
  first: number;
  last: number;
  /** Names a person or group other words can be about: a proper noun or a personal pronoun. */
  actor: boolean;
  /** The preposition right before the chunk ("of", "against", "by"), lower case; null when none. */
  prep: string | null;
}

export interface Clause {
  first: number;
  last: number;
  /** Token index of the main verb (a VERB, or the copula when there is none); -1 when none. */
  verb: number;
  /** "was accused", "got fired": the grammatical subject is the one the verb is done to. */
  passive: boolean;
  /** For a relative clause ("X, who lied"): the last token of what it describes; -1 otherwise. */
  antecedent: number;
  /** Inside a quotation or reported speech: someone else's words. */
  held: boolean;
  /** Index of the quotation or reported-speech span holding the clause (into the spans given), -1 when none. */
  span: number;
}

export interface SentenceLayout {
  from: number;
  to: number;
  /** Clause index per token (index k - from). */
  clauseOf: Int32Array;
  /** Chunk index per token (k - from), -1 outside chunks. */
  chunkOf: Int32Array;
  clauses: Clause[];
  chunks: Chunk[];
}

const HARD_BOUNDARY = new Set([';', ':', '—', '–', '--', '(', ')', '[', ']']);
const CLAUSE_STARTERS = new Set(['but', 'yet', 'while', 'whereas', 'although', 'though', 'because', 'since', 'unless', 'if', 'when', 'after', 'before', 'as', 'so', 'and', 'or', 'where']);
/** Starters that open a new clause even without a comma before them. */
const BARE_STARTERS = new Set(['but', 'yet', 'whereas', 'although', 'though', 'because', 'unless']);
const RELATIVE = new Set(['who', 'whom', 'whose', 'which']);
const PERSONAL = new Set(['he', 'she', 'they', 'him', 'her', 'them', 'i', 'we', 'you', 'me', 'us', 'hers', 'theirs']);
/** Capitalised names that are dates, not actors ("on Tuesday", "in March"). */
const CALENDAR = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan.', 'feb.', 'aug.', 'sept.', 'sep.', 'oct.', 'nov.', 'dec.']);
const CHUNK_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON']);
const PREPOSITIONS = new Set(['of', 'against', 'on', 'about', 'for', 'toward', 'towards', 'at', 'over', 'by', 'with', 'from', 'to', 'in', 'as', 'like', 'under', 'among', 'between']);

const isWordy = (t: Token) => t.type === 'word' || t.type === 'number' || t.type === 'shortForm' || t.type === 'alpha' || t.type === 'wordRP';
const isVerb = (t: Token) => t.pos === 'VERB';
const isPossessive = (t: Token) => t.pos === 'PART' && /^['’]s?$/.test(t.normal);

/** Is there a verb between `k` and the next comma or hard boundary? Then ", and …" opens a clause. */
function verbAhead(tokens: Token[], k: number, to: number): boolean {
  for (let j = k; j <= to && j < k + 12; j += 1) {
    const t = tokens[j];
    if (t.value === ',' || HARD_BOUNDARY.has(t.value)) return false;
    if (t.pos === 'VERB' || t.pos === 'AUX') return true;
  }
  return false;
}

/**
 * `spans`: character spans that stand apart as their own clauses (quotations, the content of
 * reported speech), so "Jones said Smith lied" keeps "lied" with Smith, not with Jones.
 */
export function layoutSentence(tokens: Token[], from: number, to: number, spans: readonly [number, number][] = []): SentenceLayout {
  const n = to - from + 1;
  const clauseOf = new Int32Array(n);
  const chunkOf = new Int32Array(n).fill(-1);
  const clauses: Clause[] = [];
  const chunks: Chunk[] = [];
  let clause: Clause = { first: from, last: from, verb: -1, passive: false, antecedent: -1, held: false, span: -1 };
  let chunk: Chunk | null = null;
  let chunkHasHead = false;
  let inSpan = -1;
  const open = (k: number, antecedent = -1) => {
    if (k > clause.first) {
      clause.last = k - 1;
      clauses.push(clause);
      clause = { first: k, last: k, verb: -1, passive: false, antecedent, held: inSpan >= 0, span: inSpan };
    } else if (antecedent >= 0) clause.antecedent = antecedent;
  };
  // The innermost span holding the token (a quotation inside reported speech is the quotation).
  const spanAt = (t: Token) => {
    let best = -1;
    spans.forEach(([s, e], i) => { if (t.start >= s && t.end <= e && (best < 0 || e - s < spans[best][1] - spans[best][0])) best = i; });
    return best;
  };
  let sawAux = -1;
  for (let k = from; k <= to; k += 1) {
    const t = tokens[k];
    const prev = k > from ? tokens[k - 1] : undefined;
    const span = spans.length ? spanAt(t) : -1;
    if (span !== inSpan) {
      inSpan = span;
      open(k);
      clause.held = span >= 0;
      clause.span = span;
      chunk = null;
    } else if (HARD_BOUNDARY.has(t.value)) {
      open(k);
      chunk = null;
    } else if (RELATIVE.has(t.normal) && prev) {
      // "Smith, who lied", "the aide who lied": the clause describes what came right before.
      const before = prev.value === ',' && k - 2 >= from ? k - 2 : k - 1;
      open(k, before);
      chunk = null;
    } else if (t.normal === 'that' && prev && (isVerb(prev) || prev.pos === 'NOUN') && tokens[k + 1] && tokens[k + 1].pos !== 'NOUN') {
      open(k, prev.pos === 'NOUN' ? k - 1 : -1);
      chunk = null;
    } else if (CLAUSE_STARTERS.has(t.normal) && (t.pos === 'SCONJ' || t.pos === 'CCONJ' || t.pos === 'ADP' || t.pos === 'ADV')) {
      const afterComma = prev?.value === ',';
      const bare = t.pos === 'SCONJ' || BARE_STARTERS.has(t.normal);
      if ((afterComma || bare) && (t.pos !== 'CCONJ' || verbAhead(tokens, k + 1, to))) {
        open(k);
        chunk = null;
      }
    }
    clauseOf[k - from] = clauses.length;
    clause.last = k;
    // The main verb: the first full verb; a copula counts only when no full verb follows.
    if (t.pos === 'AUX') {
      if (clause.verb < 0) sawAux = k;
    } else if (isVerb(t) && (clause.verb < 0 || tokens[clause.verb].pos === 'AUX')) {
      clause.verb = k;
      const lower = t.value.toLowerCase();
      clause.passive = sawAux >= clause.first && /^(be|get)$/.test(tokens[sawAux].lemma) && lower !== t.lemma && !lower.endsWith('ing') && !lower.endsWith('s');
    }
    if (clause.verb < 0 && sawAux >= clause.first && t.pos !== 'AUX' && !isVerb(t)) clause.verb = sawAux;

    // Noun chunks: determiners, adjectives, nouns, names, numbers, pronouns and possessives in a
    // row, with adverbs before an adjective ("deeply flawed"); a determiner after a head noun, or
    // a personal pronoun, starts a new one ("gave Smith a medal").
    const joins = CHUNK_POS.has(t.pos) || isPossessive(t) || (t.pos === 'ADV' && tokens[k + 1]?.pos === 'ADJ') || (t.value === '-' && chunk !== null && tokens[k + 1] && CHUNK_POS.has(tokens[k + 1].pos));
    if (joins && isWordy(t) || (joins && t.value === '-')) {
      const startsNew = chunk === null || (chunkHasHead && (t.pos === 'DET' || (t.pos === 'PRON' && !isPossessive(t)))) || chunk.last !== k - 1;
      if (startsNew) {
        let prep: string | null = null;
        if (prev && PREPOSITIONS.has(prev.normal) && prev.pos === 'ADP') prep = prev.normal;
        chunk = { first: k, last: k, actor: false, prep };
        chunks.push(chunk);
        chunkHasHead = false;
      }
      chunk!.last = k;
      chunkOf[k - from] = chunks.length - 1;
      if (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'PRON') chunkHasHead = true;
      if (t.pos === 'PROPN' && /^\p{Lu}/u.test(t.value) && !CALENDAR.has(t.normal)) chunk!.actor = true;
    } else if (!(isPossessive(t) && chunk)) {
      chunk = null;
    }
  }
  clauses.push(clause);
  // A pronoun names an actor when it heads its chunk ("he", "them"); a possessive one ("his promise")
  // most often points back at the clause's own subject, so it makes no other actor.
  for (const c of chunks) if (!c.actor && tokens[c.last].pos === 'PRON' && PERSONAL.has(tokens[c.last].normal)) c.actor = true;
  return { from, to, clauseOf, chunkOf, clauses, chunks };
}
