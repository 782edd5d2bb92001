// People and organisations, from capitalisation, wink part-of-speech tags and word lists:
// wink's lite model has no person/organisation recogniser of its own.
import type { StructuredBlock, Token } from '../types.js';
import { wordLists } from './word-lists.js';
import { notPersonNames } from '../lexicon/not-person-names.js';
import { isQuoteMark } from './quotes/clauses.js';
import { startsLower, startsUpper } from '../text.js';
import { firstNameGenders } from '../lexicon/first-name-genders.js';
import type { Gender } from '../lexicon/first-name-genders.js';
import { isPersonFirstName } from '../actors/data.js';

export type EntityType = 'person' | 'organisation' | 'unknown';

export interface Entity {
  id: string;
  name: string;
  type: EntityType;
  role: string | null;
  mentions: number;
  /**
   * From the text (honorifics, role nouns, the pronouns that follow its mentions); when the text tells
   * nothing, from the actors data for a person it names, else from the first-name table; null when unknown.
   */
  gender: Gender | null;
  /** Where the gender came from (`genderFrom`, added in round 7): the text wins over the data, the data over the first name. */
  genderFrom: 'text' | 'data' | 'first-name' | null;
  /**
   * Evidence that this is a person who acts in the story: titles, mentions as the subject of a
   * verb, pronouns that follow. Places written like names ("South Carolina") have none.
   */
  evidence: number;
}

export interface Mention {
  entityId: string;
  text: string;
  start: number;
  end: number;
  /** Role words written next to this mention ("Homeland Security Secretary"). */
  role: string | null;
  /** The mention is the subject of the verb after it ("Trump said", "Cruz, who …, argued"). */
  subject: boolean;
  /** …of its sentence's main clause: no verb comes before it in the sentence. */
  main: boolean;
  /** The verb it is the subject of is a speech verb ("Smith, a nurse, said the plan …"): a source of reported speech. */
  speaks: boolean;
}

/**
 * The gender the actors data gives the person an entity names (src/actors/gender.ts), or null: asked
 * only for a person whose text tells no gender. `roles` are the role words of its mentions ("Sen.").
 */
export type KnownGender = (entity: Entity, roles: readonly string[]) => Gender | null;

/**
 * Gender from public data (round 7), for a person the text tells no gender of. Measured and not
 * adopted by the analysis (docs/framing-actors.md, "Round 7"): without options the index reads the
 * text alone, as before.
 */
export interface IndexOptions {
  /** The actors data's gender for the person an entity names (src/actors/gender.ts). */
  knownGender?: KnownGender;
  /** Read lexicon/first-name-genders.json for a person neither the text nor the data marks. */
  firstNames?: boolean;
  /** The actors data's seat of a person: "the Florida senator" is resolved with it (round 8, adopted). */
  knownSeat?: KnownSeat;
}

/** A member of Congress's seat as the actors data gives it: state code, offices held ("sen", "rep"), party at the date. */
export interface Seat {
  state: string;
  offices: string[];
  party: string | null;
}

/** The actors data's seat for the person an entity names (src/actors/seat.ts), or null. */
export type KnownSeat = (entity: Entity, roles: readonly string[]) => Seat | null;

export interface EntityIndex {
  entities: Map<string, Entity>;
  /** Sorted by start offset. */
  mentions: Mention[];
  /** The data's seat of a person entity (round 8), when the index was built with `knownSeat`. */
  seatOf?: (entity: Entity) => Seat | null;
}

const ACRONYM = /^[A-Z][A-Z&]{1,5}$/;
const NOT_ENTITIES = new Set(['I', 'A', 'OK', 'AM', 'PM', 'TV', 'CEO', 'US', 'UK', 'EU', 'UN', 'GOP', 'USA', 'LOL', 'OMG']);
/** Calendar words are dates, never names, whatever the tagger says. */
export const CALENDAR_WORDS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan.', 'feb.', 'mar.', 'apr.', 'jun.', 'jul.', 'aug.', 'sept.', 'sep.', 'oct.', 'nov.', 'dec.', 'today', 'tonight', 'yesterday', 'tomorrow']);
// Honorifics that are not part of a name: kept as the mention's role.
export const HONORIFICS = /^(mr|mrs|ms|miss|dr|sen|rep|gov|gen|lt|col|sgt|rev|prof|pres|sec|adm|capt|cmdr|maj|atty|supt|insp)\.?$/i;

const PARTY_MEMBER = /^(Republican|Democrat|Democratic|Independent)$/;
const isCapWord = (t: Token) => t.type === 'word' && startsUpper(t.value);

/**
 * A title word that is a surname: "Rep. Steve King", "Sen. Angus King of Maine", "Jesse White", "Brian
 * Head". It ends the name (last word, or before "of" and a place) and follows a first name some person
 * of the actors data goes by (an initial between them allowed: "Peter T. King"). Read as a title,
 * "King" made the name before it a role and the place after it the person, or left no name at all.
 */
function surnameLikeTitle(words: readonly Token[], k: number): boolean {
  const lists = wordLists();
  if (k === 0 || !lists.titles.has(words[k].normal) || !(k === words.length - 1 || words[k + 1].normal === 'of')) return false;
  let f = k - 1;
  if (/^\p{Lu}\.$/u.test(words[f].value) && f > 0) f -= 1;
  const first = words[f];
  // (wink's `normal` keeps the capital of some names: "Steve".)
  const name = first.value.toLowerCase();
  return isCapWord(first) && !lists.titles.has(name) && !HONORIFICS.test(first.value) && isPersonFirstName(name);
}
const isPossessive = (t: Token) => t.value === '’s' || t.value === "'s" || t.value === '’' || t.value === "'";
export const isInitial = (w: string) => /^\p{Lu}\.?$/u.test(w);

function isRunStart(tokens: Token[], k: number, dates: ReadonlySet<number>, midSentence: ReadonlySet<string>): boolean {
  const t = tokens[k];
  if (!isCapWord(t) || dates.has(k) || CALENDAR_WORDS.has(t.normal) || t.value === 'I' || t.value.startsWith('I’') || t.value.startsWith("I'")) return false;
  const first = k === 0 || tokens[k - 1].sentence !== t.sentence || /^[“"‘(]$/.test(tokens[k - 1].value) || /^[.!?:]$/.test(tokens[k - 1].value);
  // A speech verb capitalised ("Says Smith", "Added …") starts no name; but "State" before an
  // organisation word mid-sentence is the first word of a body's name ("The State Department"): cut
  // there, the body spoke as "Department".
  if (wordLists().speechVerbs.has(t.lemma) && (first || t.pos === 'VERB' || t.pos === 'AUX' || !(tokens[k + 1] && isCapWord(tokens[k + 1]) && tokens[k + 1].sentence === t.sentence && wordLists().orgWords.has(tokens[k + 1].normal)))) return false;
  // "If Anne Marie Murphy …", "When Trump …": a sentence-opening function word starts no name.
  if (first && /^(if|when|while|as|but|and|so|then|after|before|in|on|at|for|with|from|by|of|to|since|although|though|because|once|until|unless|whether|yet|also|still|now|here|there|this|that|these|those|it|its|his|her|their|our|my|we|they|he|she|you|i)$/i.test(t.value)) return false;
  const nextCap = tokens[k + 1] !== undefined && isCapWord(tokens[k + 1]) && tokens[k + 1].sentence === t.sentence;
  // "Following Romney's speech", "Citing Pelosi": a participle opening the sentence, not a first name.
  if (first && t.pos === 'VERB' && /\p{Ll}ing$/u.test(t.value)) return false;
  // wink tags some first names at a sentence start as verbs ("Ted Cruz"): a capitalised word followed
  // by another is a name unless it is a function word ("After Trump …", "The Post …").
  if (first && t.pos !== 'PROPN' && !ACRONYM.test(t.value) && !(nextCap && !['DET', 'PRON', 'ADP', 'CCONJ', 'SCONJ', 'AUX', 'ADV', 'PART'].includes(t.pos))) return false;
  // "Hours later, …": a capitalised word at a sentence start is a name only if the article also
  // writes it capitalised mid-sentence, or it starts a longer capitalised run.
  // "Blackwell pointed to …": a proper noun opening a sentence as the subject of a verb is a name too.
  // ("Delgado openly admitted …": adverbs may stand between.)
  let after = k + 1;
  while (tokens[after] && tokens[after].pos === 'ADV' && startsLower(tokens[after].value) && after - k <= 2) after += 1;
  const verbNext = t.pos === 'PROPN' && tokens[after] !== undefined && ['VERB', 'AUX'].includes(tokens[after].pos) && startsLower(tokens[after].value);
  if (first && !ACRONYM.test(t.value) && !midSentence.has(t.value) && !nextCap && !verbNext) return false;
  return true;
}

/** "(R-Texas)", "(D-S.C.)": a party and state after a lawmaker's name, not a name of its own. */
function partyTags(tokens: Token[]): Set<number> {
  const skip = new Set<number>();
  tokens.forEach((t, k) => {
    if (t.value !== '(' || !/^[RDI]$/.test(tokens[k + 1]?.value ?? '') || !/^[-–]$/.test(tokens[k + 2]?.value ?? '')) return;
    for (let j = k + 1; j < tokens.length && j - k <= 8 && tokens[j].value !== ')'; j += 1) skip.add(j);
  });
  return skip;
}

/** Runs of capitalised tokens, joined across "and"/"of"/"the"/hyphens; possessives end a run. */
function capitalisedRuns(tokens: Token[], dates: ReadonlySet<number>, midSentence: ReadonlySet<string>): [number, number][] {
  const runs: [number, number][] = [];
  const skip = partyTags(tokens);
  let k = 0;
  while (k < tokens.length) {
    if (skip.has(k) || !isRunStart(tokens, k, dates, midSentence)) {
      k += 1;
      continue;
    }
    const first = k;
    let last = k;
    while (last + 1 < tokens.length) {
      const next = tokens[last + 1];
      if (next.sentence !== tokens[first].sentence && !(isInitial(tokens[last].value) || HONORIFICS.test(tokens[last].value))) break;
      if (isCapWord(next) && !dates.has(last + 1) && !CALENDAR_WORDS.has(next.normal) && !skip.has(last + 1)) last += 1;
      // "Rev" "." "Kyev Tatum": wink splits some abbreviations from their dot.
      else if (next.value === '.' && next.start === tokens[last].end && HONORIFICS.test(tokens[last].value) && tokens[last + 2] && isCapWord(tokens[last + 2])) last += 2;
      else if (next.value === '-' && tokens[last + 2] && isCapWord(tokens[last + 2]) && next.start === tokens[last].end) last += 2;
      else if (next.value === 'of' && tokens[last + 2]?.value === 'the' && tokens[last + 3] && isCapWord(tokens[last + 3])) last += 3;
      else if (['and', 'of', 'for', 'the', '&'].includes(next.value) && tokens[last + 2] && isCapWord(tokens[last + 2]) && tokens[last + 2].sentence === next.sentence) last += 2;
      else break;
    }
    runs.push([first, last]);
    k = last + 1;
  }
  return runs;
}

function textOf(tokens: Token[], first: number, last: number, source: string): string {
  return source.slice(tokens[first].start, tokens[last].end);
}

/** Lower-case role words just before a name: "deputy chief of staff", "border czar", "top Trump adviser". */
function roleBefore(tokens: Token[], nameStart: number, source: string): string | null {
  let first = nameStart;
  for (let k = nameStart - 1; k >= 0 && nameStart - k <= 8; k -= 1) {
    const t = tokens[k];
    if (t.sentence !== tokens[nameStart].sentence) break;
    const ok = ['NOUN', 'PROPN', 'ADJ'].includes(t.pos) || t.value === 'of' || isCapWord(t) || (isPossessive(t) && k > 0 && isCapWord(tokens[k - 1]));
    if (!ok || ['percent'].includes(t.normal)) break;
    first = k;
  }
  if (first === nameStart || tokens[nameStart - 1].value === 'of') return null;
  while (first < nameStart && (tokens[first].value === 'of' || isPossessive(tokens[first]))) first += 1;
  return first < nameStart ? textOf(tokens, first, nameStart - 1, source) : null;
}

/** "Chris Christie, the New Jersey governor," / "Tom Homan, the border czar": a role after a name. */
function roleAfter(tokens: Token[], nameEnd: number, source: string): string | null {
  if (tokens[nameEnd + 1]?.value !== ',' || !['the', 'a', 'an'].includes(tokens[nameEnd + 2]?.normal ?? '')) return null;
  let last = -1;
  for (let k = nameEnd + 3; k < tokens.length && k - nameEnd <= 10; k += 1) {
    const t = tokens[k];
    if (!(['NOUN', 'PROPN', 'ADJ'].includes(t.pos) || t.value === 'of' || isPossessive(t) || t.value === '-')) break;
    last = k;
  }
  return last > 0 ? textOf(tokens, nameEnd + 3, last, source) : null;
}

interface RawMention {
  text: string;
  start: number;
  end: number;
  type: EntityType;
  name: string;
  role: string | null;
  acronym: string | null;
  subject?: boolean;
  main?: boolean;
  speaks?: boolean;
  male?: number;
  female?: number;
  /** Written as a place or thing is: after "in", "at", "near" …, or after "the" and not before a lower-case word ("in Benghazi", "the Constitution says"). */
  thingCue?: boolean;
  /** An honorific is part of the run ("Mr.", "Mrs."). */
  honorific?: boolean;
}

// Prepositions of place: "in Benghazi", "at Joint Base Andrews", "aboard Air Force One".
const LOCATIVE = new Set(['in', 'at', 'near', 'inside', 'outside', 'across', 'throughout', 'aboard', 'into', 'within']);

const NICKNAME_CUE = /^(nicknamed|dubbed|called|aka|as)$/;
/** A name run in quotation marks right after "nicknamed", "dubbed", "called", "known as". */
function isNickname(tokens: Token[], first: number, last: number): boolean {
  const cue = tokens[first - 2];
  if (!tokens[first - 1] || !isQuoteMark(tokens[first - 1]) || !tokens[last + 1] || !isQuoteMark(tokens[last + 1]) || !cue || !NICKNAME_CUE.test(cue.normal)) return false;
  return cue.normal !== 'as' || tokens[first - 3]?.normal === 'known';
}

const MALE = /^(mr\.?|he|him|his|himself)$/i;
const FEMALE = /^(mrs\.?|ms\.?|miss|she|her|hers|herself)$/i;

/**
 * The verb the run [first, last] is the subject of, or -1: "Trump said", "Cruz (R-Texas) has argued",
 * "Ryan, who …, said", "Carla Jimenez, a nurse from Dayton, Ohio, who …, said" (asides with commas of
 * their own), or the inverted speaker of "…, said Grant Green, a former official" (the verb before).
 */
function subjectVerb(tokens: Token[], first: number, last: number): number {
  const before = tokens[first - 1];
  if (before && /^(said|says|added|wrote)$/.test(before.normal)) return first - 1;
  let k = last + 1;
  if (tokens[k] && isPossessive(tokens[k])) return -1;
  if (tokens[k]?.value === '(') while (tokens[k] && tokens[k].value !== ')' && k - last < 10) k += 1;
  if (tokens[k]?.value === ')') k += 1;
  if (tokens[k]?.value === ',') {
    // "from Dayton, Ohio, who …": the second half of a place is no subject.
    if (tokens[first - 1]?.value === ',' && tokens[first - 2] && isCapWord(tokens[first - 2]) && tokens[first - 2].pos === 'PROPN') return -1;
    // The aside ends at the first comma followed by a finite verb: "Trump attacked Cruz, calling
    // him …" has none (a participle modifies the clause), so Cruz is not a subject.
    for (let m = k; m < tokens.length && m - k < 40; m += 1) {
      if (/^[.!?;:“”"]$/.test(tokens[m].value) || tokens[m].sentence !== tokens[last].sentence) return -1;
      if (tokens[m].value !== ',') continue;
      let v = m + 1;
      while (tokens[v] && tokens[v].pos === 'ADV') v += 1;
      const verb = tokens[v];
      if (verb && (verb.pos === 'VERB' || verb.pos === 'AUX') && startsLower(verb.value) && !/ing$/.test(verb.normal)) return v;
    }
    return -1;
  }
  while (tokens[k] && tokens[k].pos === 'ADV') k += 1;
  const v = tokens[k];
  return v !== undefined && (v.pos === 'VERB' || v.pos === 'AUX') && startsLower(v.value) ? k : -1;
}

/** The first verb after the auxiliaries from k: "has argued" -> argued. */
function mainVerb(tokens: Token[], k: number): Token {
  let j = k;
  while (tokens[j + 1] && (tokens[j].pos === 'AUX' || tokens[j].pos === 'ADV') && ['VERB', 'AUX', 'ADV'].includes(tokens[j + 1].pos) && startsLower(tokens[j + 1].value)) j += 1;
  return tokens[j];
}

/**
 * He/she pronouns after the run in its sentence, before any other capitalised name: "Clinton said
 * her …". When the run is the only name of its sentence, a He/She opening the next sentence counts
 * too ("Frank Dunn, the treasurer, spoke first. He said …"): nobody else is there to take it up.
 */
function pronounsAfter(tokens: Token[], first: number, last: number): { male: number; female: number } {
  let male = 0;
  let female = 0;
  let k = last + 1;
  for (; k < tokens.length && tokens[k].sentence === tokens[last].sentence && k - last < 25; k += 1) {
    const t = tokens[k];
    if (isCapWord(t) && t.pos === 'PROPN') return { male, female };
    if (/^[“"]$/.test(t.value)) return { male, female };
    if (MALE.test(t.value) && t.value !== 'Mr.') male += 1;
    else if (FEMALE.test(t.value) && !/^(mrs|ms|miss)/i.test(t.value)) female += 1;
  }
  // Both scans are bounded (a sentence of ordinary length), so a page-long "sentence" stays linear.
  while (k < tokens.length && tokens[k].sentence === tokens[last].sentence) {
    if ((isCapWord(tokens[k]) && tokens[k].pos === 'PROPN') || k - last > 60) return { male, female };
    k += 1;
  }
  let j = first - 1;
  while (j >= 0 && tokens[j].sentence === tokens[first].sentence) {
    const t = tokens[j];
    if ((isCapWord(t) && t.pos === 'PROPN' && !CALENDAR_WORDS.has(t.normal)) || first - j > 60) return { male, female };
    j -= 1;
  }
  const next = tokens[k];
  if (next?.value === 'He') male += 1;
  if (next?.value === 'She') female += 1;
  return { male, female };
}

/** Role nouns that tell gender ("Congresswoman", "her husband", "the spokesman"): votes, like an honorific. */
function roleGender(role: string | null): { male: number; female: number } {
  if (!role) return { male: 0, female: 0 };
  const lists = wordLists();
  const words = role.toLowerCase().split(/[\s,]+/);
  return { male: words.some((w) => lists.maleWords.has(w)) ? 3 : 0, female: words.some((w) => lists.femaleWords.has(w)) ? 3 : 0 };
}

/**
 * A run that opens with a US state ("Puerto Rico", "the Texas Republican who …", "New York Democrat"):
 * a place, or a description of someone from it, not a name. A one-word state that is also a first name
 * of the actors data opens a name ("Virginia Foxx") unless a party word or a title follows it.
 */
function opensWithState(words: readonly Token[]): boolean {
  const states = notPersonNames().states;
  const lower = words.map((t) => t.value.toLowerCase());
  for (const n of [3, 2]) if (words.length >= n && states.has(lower.slice(0, n).join(' '))) return true;
  if (!states.has(lower[0])) return false;
  const next = words[1];
  return !isPersonFirstName(lower[0]) || (next !== undefined && (PARTY_MEMBER.test(next.value) || wordLists().titles.has(next.normal)));
}

function classifyRun(tokens: Token[], first: number, last: number, source: string): RawMention[] {
  const lists = wordLists();
  const words = tokens.slice(first, last + 1);
  const text = textOf(tokens, first, last, source).replace(/[’']s$/, '');
  const lower = words.map((t) => t.normal);
  const hasOrgWord = lower.some((w) => lists.orgWords.has(w));
  const acronymAfter =
    tokens[last + 1]?.value === '(' && tokens[last + 2] && ACRONYM.test(tokens[last + 2].value) && tokens[last + 3]?.value === ')' ? tokens[last + 2].value : null;
  // "Marcos Charles and Derek Gordon": two people, not one name; but an acronym right after the
  // run ("U.S. Citizenship and Immigration Services (USCIS)") names the whole run.
  const andAt = words.findIndex((t) => t.value === 'and' || t.value === '&');
  if (andAt > 0 && !acronymAfter) {
    const parts = [...classifyRun(tokens, first, first + andAt - 1, source), ...classifyRun(tokens, first + andAt + 1, last, source)];
    if (!hasOrgWord || parts.some((m) => m.type === 'person')) return parts;
  }
  // "Career ICE officials": the acronym is the organisation, the capitalised word beside it is not a name.
  const acronymAt = words.findIndex((t) => ACRONYM.test(t.value) && !NOT_ENTITIES.has(t.value));
  const hasTitle = words.some((t, k) => k > acronymAt && lists.titles.has(t.normal));
  if (acronymAt >= 0 && words.length > 1 && !hasOrgWord && !hasTitle) return classifyRun(tokens, first + acronymAt, first + acronymAt, source);
  if (words.length === 1 && ACRONYM.test(words[0].value)) {
    if (NOT_ENTITIES.has(words[0].value)) return [];
    return [{ text, start: words[0].start, end: words[0].end, type: 'organisation', name: words[0].value, role: null, acronym: words[0].value }];
  }
  // "Republican of Nebraska", "Democrat from Ohio": a party designator of the name before it (read by
  // src/actors/find.ts), and a place after it; neither is a name.
  const partyOf = words.findIndex((t, k) => k < words.length - 1 && PARTY_MEMBER.test(t.value) && /^(of|from)$/.test(words[k + 1].value));
  if (partyOf >= 0) return partyOf > 0 ? classifyRun(tokens, first, first + partyOf - 1, source) : [];
  let lastTitle = -1;
  words.forEach((t, k) => {
    // "of" belongs to a title only right after one ("Secretary of State"), never after a name ("Sen.
    // Chris Coons of Delaware": the place is not the name).
    if (t.normal === 'of' && lastTitle !== k - 1) return;
    if (surnameLikeTitle(words, k)) return;
    if (lists.titles.has(t.normal) || HONORIFICS.test(t.value) || (t.value === '.' && lastTitle === k - 1) || (k < words.length - 1 && lists.orgWords.has(t.normal) && lastTitle === k - 1 && k > 0)) lastTitle = k;
  });
  const nameWords = words.slice(lastTitle + 1);
  // "Senior White House Official": a role written out, not a name. But a run of two or more such words
  // that ends in an organisation's word is the body itself ("the White House said"): both words are
  // titles only because they open roles ("White House press secretary").
  if (lastTitle === words.length - 1) {
    // ("White House hopefuls", "White House officials": a modifier of the noun after it, not the body.)
    const next = tokens[last + 1];
    const modifies = next !== undefined && next.type === 'word' && startsLower(next.value) && ['NOUN', 'ADJ', 'PROPN'].includes(next.pos);
    const body = words.length >= 2 && !modifies && lists.orgWords.has(lower[lower.length - 1]) && words.every((t) => isCapWord(t));
    return body ? [{ text, start: tokens[first].start, end: tokens[last].end, type: 'organisation', name: text.replace(/^the\s+/i, ''), role: null, acronym: acronymAfter }] : [];
  }
  // One word right after "of" in a title ("Secretary of Defense", "House of Representatives") names an
  // office or a body, never a person: a body when its first word is an organisation word, else a
  // role written out.
  if (nameWords.length === 1 && lastTitle > 0 && words[lastTitle].normal === 'of') {
    if (!lists.orgWords.has(words[0].normal)) return [];
    const name = text.replace(/^the\s+/i, '');
    return [{ text, start: tokens[first].start, end: tokens[last].end, type: 'organisation', name, role: null, acronym: acronymAfter }];
  }
  if (acronymAfter && words.length > 1) return [{ text, start: tokens[first].start, end: tokens[last].end, type: 'organisation', name: text.replace(/^the\s+/i, ''), role: null, acronym: acronymAfter }];
  // "Sen. Chris Coons of Delaware", "Sen. Kirsten Gillibrand of New York": the name ends before "of";
  // the place is not part of it.
  const ofAt = nameWords.findIndex((t, k) => k > 0 && t.normal === 'of');
  const ownName = ofAt > 0 ? nameWords.slice(0, ofAt) : nameWords;
  const titled = lastTitle >= 0 && ownName.length >= 1 && ownName.length <= 4 && !ownName.some((t) => lists.orgWords.has(t.normal) || ACRONYM.test(t.value));
  if (titled) {
    const nameStart = first + lastTitle + 1;
    const ownRole = textOf(tokens, first, nameStart - 1, source);
    const before = roleBefore(tokens, first, source);
    const nameEnd = ofAt > 0 ? nameStart + ofAt - 1 : last;
    return [{ text: textOf(tokens, first, nameEnd, source), start: tokens[nameStart].start, end: tokens[nameEnd].end, type: 'person', name: textOf(tokens, nameStart, nameEnd, source), role: before ? `${before} ${ownRole}` : ownRole, acronym: null }];
  }
  // "Stephen Vladeck of the University of Texas School of Law", "David Woodard of Clemson University":
  // a person's name (two or three plain capitalised words) and the organisation they speak from.
  const personOf = words.findIndex((t, k) => k >= 2 && k <= 3 && t.normal === 'of');
  if (personOf > 0 && lastTitle < 0 && !acronymAfter) {
    const head = words.slice(0, personOf);
    let tail = first + personOf + 1;
    if (tokens[tail]?.normal === 'the') tail += 1;
    const tailWords = tokens.slice(tail, last + 1);
    const plainName = head.every((t) => isCapWord(t) && !lists.orgWords.has(t.normal) && !lists.titles.has(t.normal) && !ACRONYM.test(t.value) && !PARTY_MEMBER.test(t.value)) && !lists.placeWords.has(head[0].normal);
    if (plainName && tail <= last && tailWords.some((t) => lists.orgWords.has(t.normal))) return [...classifyRun(tokens, first, first + personOf - 1, source), ...classifyRun(tokens, tail, last, source)];
  }
  if (hasOrgWord || acronymAfter) {
    const name = text.replace(/^the\s+/i, '');
    return [{ text, start: tokens[first].start, end: tokens[last].end, type: 'organisation', name, role: null, acronym: acronymAfter }];
  }
  // "New Hampshire", "South Carolina", "United States": places written like a first and last name;
  // "First Amendment", "Capitol Hill", "Saudi Arabia": a thing or a place.
  const not = notPersonNames();
  // (A place or demonym counts as the first word only: "David French" is a person.)
  const thing = not.firstWords.has(words[0].normal) || not.places.has(words[0].normal) || not.heads.has(words[words.length - 1].normal) || opensWithState(words);
  const type: EntityType = words.length >= 2 && words.length <= 4 && !lists.placeWords.has(words[0].normal) && !thing ? 'person' : 'unknown';
  const role = type === 'person' ? (roleBefore(tokens, first, source) ?? roleAfter(tokens, last, source)) : null;
  return [{ text, start: tokens[first].start, end: tokens[last].end, type, name: text, role, acronym: null }];
}

const initials = (name: string) => name.split(/\s+/).filter((w) => startsUpper(w)).map((w) => w[0]).join('');
/** Last word of a person's name, lower case, without a suffix ("Jr.", "III"). */
export const surnameOf = (name: string): string => {
  // Asked many times per article of the same few names (entities, actors, stories): remembered.
  const known = surnames.get(name);
  if (known !== undefined) return known;
  const words = name.split(/\s+/).filter((w) => !/^(jr\.?|sr\.?|ii|iii|iv)$/i.test(w.replace(/,$/, '')));
  const surname = (words.at(-1) ?? name).toLowerCase().replace(/[,’']s?$/, '');
  if (surnames.size >= 50_000) surnames.clear();
  surnames.set(name, surname);
  return surname;
};
const surnames = new Map<string, string>();
/** First name of a person's name, lower case, or null when only a surname (or an initial) is written. */
export const firstNameOf = (name: string): string | null => {
  const words = name.split(/\s+/);
  return words.length >= 2 && !isInitial(words[0]) ? words[0].toLowerCase() : null;
};
/** Name words worth comparing: no initials, no suffixes. "Donald J. Trump" -> "donald trump". */
const nameLength = (name: string) => name.split(/\s+/).filter((w) => !isInitial(w)).length;

/** Capitalised words the article writes mid-sentence: names, not sentence-initial common words. */
function midSentenceWords(blocks: StructuredBlock[]): Set<string> {
  const out = new Set<string>();
  for (const block of blocks) {
    const tokens = block.parsed.tokens;
    tokens.forEach((t, k) => {
      if (k > 0 && isCapWord(t) && tokens[k - 1].sentence === t.sentence && !/^[“"‘(:.!?—–-]$/.test(tokens[k - 1].value)) out.add(t.value);
    });
  }
  return out;
}

/** Finds the people and organisations of an article and links every mention to one entity. */
export function indexEntities(blocks: StructuredBlock[], source: string, options: IndexOptions = {}): EntityIndex {
  const raw: RawMention[] = [];
  const bodyBlocks = blocks.filter((b) => b.role === 'body' || b.role === 'dek');
  const midSentence = midSentenceWords(bodyBlocks);
  for (const block of bodyBlocks) {
    const tokens = block.parsed.tokens;
    // Month and weekday names are dates (wink's NER finds those), not names.
    const dates = new Set<number>();
    for (const e of block.parsed.entities) if (e.type === 'DATE' || e.type === 'DURATION' || e.type === 'TIME') for (let k = e.firstToken; k <= e.lastToken; k += 1) dates.add(k);
    for (const [first, last] of capitalisedRuns(tokens, dates, midSentence)) {
      const found = classifyRun(tokens, first, last, source);
      // 'nicknamed “Mad Dog Mattis”': a nickname in quotation marks names the person by surname only,
      // never as a fuller form of the name (it would take the place of "Jim Mattis").
      if (isNickname(tokens, first, last)) for (const m of found) if (m.type === 'person') m.name = m.name.split(/\s+/).at(-1)!;
      const honorific = tokens.slice(first, last + 1).find((t) => MALE.test(t.value) || FEMALE.test(t.value));
      const pronouns = pronounsAfter(tokens, first, last);
      // The verb after the run is the last name's, or the person's in "Name of the Organisation".
      const owner = found.find((m) => / of $/.test(source.slice(m.end, m.end + 4))) ?? found.find((m) => m.end === tokens[last].end);
      for (const m of found) {
        const verb = m === owner ? subjectVerb(tokens, first, last) : -1;
        m.subject = verb >= 0;
        const lemma = verb >= 0 ? mainVerb(tokens, verb).lemma : undefined;
        m.speaks = lemma !== undefined && wordLists().speechVerbs.has(lemma);
        let opening = first;
        while (opening > 0 && tokens[opening - 1].sentence === tokens[first].sentence) opening -= 1;
        m.main = m.subject && !tokens.slice(opening, first).some((t) => t.pos === 'VERB' || t.pos === 'AUX');
        const byRole = roleGender(m.role);
        const before = tokens[first - 1]?.sentence === tokens[first].sentence ? tokens[first - 1] : undefined;
        const after = tokens[last + 1];
        m.honorific = honorific !== undefined;
        m.thingCue = before !== undefined && (LOCATIVE.has(before.normal) || (before.normal === 'the' && !(after && after.type === 'word' && startsLower(after.value))));
        m.male = pronouns.male + byRole.male + (honorific && MALE.test(honorific.value) ? 3 : 0);
        m.female = pronouns.female + byRole.female + (honorific && FEMALE.test(honorific.value) ? 3 : 0);
      }
      raw.push(...found);
    }
  }
  const acronyms = new Set(raw.filter((m) => m.acronym).map((m) => m.acronym!));
  // A surname shared by people with different first names (Bill and Hillary Clinton) keys each
  // person by full name; a lone surname then goes to the one named most recently.
  const firstNames = new Map<string, Set<string>>();
  for (const m of raw) {
    if (m.type !== 'person') continue;
    const first = firstNameOf(m.name);
    if (first) firstNames.set(surnameOf(m.name), (firstNames.get(surnameOf(m.name)) ?? new Set()).add(first));
  }
  const ambiguous = (surname: string) => (firstNames.get(surname)?.size ?? 0) > 1;
  // The gender each full name of a shared surname tells: its own mentions' text, else the data, else the
  // first name. "Mrs. Clinton" after "Bill Clinton" was named is Hillary Clinton when she was named too.
  const fullGender = new Map<string, { male: number; female: number; name: string; role: string | null }>();
  const genderOfFull = (id: string): Gender | null => {
    const f = fullGender.get(id);
    if (!f) return null;
    if (f.male !== f.female) return f.male > f.female ? 'male' : 'female';
    const probe: Entity = { id, name: f.name, type: 'person', role: f.role, mentions: 1, gender: null, genderFrom: null, evidence: 0 };
    const first = options.firstNames ? firstNameOf(f.name) : null;
    return options.knownGender?.(probe, f.role ? [f.role] : []) ?? (first ? firstNameGenders().get(first) ?? null : null);
  };
  /** Full-name keys of each shared surname, most recent last. */
  const fullKeys = new Map<string, string[]>();
  const personKey = (m: RawMention, lastFull: Map<string, string>): string => {
    const surname = surnameOf(m.name);
    if (!ambiguous(surname)) return `person:${surname}`;
    const first = firstNameOf(m.name);
    if (first) return `person:${first} ${surname}`;
    const told = (m.male ?? 0) > (m.female ?? 0) ? 'male' : (m.female ?? 0) > (m.male ?? 0) ? 'female' : null;
    const keys = fullKeys.get(surname) ?? [];
    // Only with a gender source besides the text (the options): measured as one change with them.
    if (told && keys.length > 1 && (options.knownGender || options.firstNames)) {
      for (let i = keys.length - 1; i >= 0; i -= 1) if (genderOfFull(keys[i]) === told) return keys[i];
    }
    return lastFull.get(surname) ?? `person:${[...firstNames.get(surname)!][0]} ${surname}`;
  };
  const orgKey = (m: RawMention): string => {
    const acronym = m.acronym ?? (acronyms.has(initials(m.name)) ? initials(m.name) : null);
    return `org:${(acronym ?? m.name).toLowerCase()}`;
  };
  const persons = new Set(raw.filter((m) => m.type === 'person').map((m) => surnameOf(m.name)));
  const orgNames = new Map<string, string>();
  for (const m of raw) if (m.type === 'organisation' && (m.acronym || acronyms.has(initials(m.name)))) orgNames.set(m.name.toLowerCase(), orgKey(m));

  const entities = new Map<string, Entity>();
  const mentions: Mention[] = [];
  const lastFull = new Map<string, string>();
  const votesByEntity = new Map<string, { male: number; female: number }>();
  for (const m of raw) {
    let id: string;
    let type: EntityType = m.type;
    if (m.type === 'person') id = personKey(m, lastFull);
    else if (m.type === 'organisation') id = orgKey(m);
    else if (orgNames.has(m.name.toLowerCase())) {
      id = orgNames.get(m.name.toLowerCase())!;
      type = 'organisation';
    } else if (m.name.split(/\s+/).length === 1 && persons.has(surnameOf(m.name))) {
      // A lone surname: the person named in full elsewhere in the article.
      id = personKey({ ...m, type: 'person' }, lastFull);
      type = 'person';
    } else id = `unknown:${m.name.toLowerCase()}`;
    if (type === 'person' && firstNameOf(m.name)) {
      lastFull.set(surnameOf(m.name), id);
      const surname = surnameOf(m.name);
      if (ambiguous(surname)) {
        fullKeys.set(surname, [...(fullKeys.get(surname) ?? []).filter((k) => k !== id), id]);
        const f = fullGender.get(id) ?? { male: 0, female: 0, name: m.name, role: m.role };
        f.male += m.male ?? 0;
        f.female += m.female ?? 0;
        f.role ??= m.role;
        fullGender.set(id, f);
      }
    }
    const entity = entities.get(id);
    const displayName = id.startsWith('org:') && acronyms.has(id.slice(4).toUpperCase()) ? id.slice(4).toUpperCase() : m.name;
    if (!entity) {
      entities.set(id, { id, name: displayName, type: id.startsWith('person:') ? 'person' : id.startsWith('org:') ? 'organisation' : 'unknown', role: m.role, mentions: 1, gender: null, genderFrom: null, evidence: 0 });
    } else {
      entity.mentions += 1;
      // Keep the fullest form of a person's name (initials do not count); keep the first role written.
      if (entity.type === 'person' && nameLength(m.name) > nameLength(entity.name)) entity.name = m.name;
      entity.role ??= m.role;
    }
    mentions.push({ entityId: id, text: m.text, start: m.start, end: m.end, role: m.role, subject: m.subject ?? false, main: m.main ?? false, speaks: m.speaks ?? false });
    const e = entities.get(id)!;
    const votes = votesByEntity.get(id) ?? { male: 0, female: 0 };
    votes.male += m.male ?? 0;
    votes.female += m.female ?? 0;
    votesByEntity.set(id, votes);
    // A person acts (subject of a verb), carries a title or role, is followed by he/she, and is
    // called by surname alone once named in full; a place written like a name ("New Hampshire")
    // at most acts. Pronoun antecedents need more than acting alone.
    e.evidence += (m.subject ? 1 : 0) + (m.role ? 3 : 0) + ((m.male ?? 0) + (m.female ?? 0) > 0 ? 2 : 0) + (m.name.split(/\s+/).length === 1 && firstNames.has(surnameOf(m.name)) ? 2 : 0);
  }
  // A place, event, law or treaty named alone ("Benghazi", "the Middle East", "in Norfolk") is not a
  // person: no mention has a title, role or honorific, or is the subject of a speech verb;
  // the name opens with no first name of the actors data; and some mention is written as a place or
  // thing is (after "in", "at" …; after "the" when no noun follows). Such an entity keeps its mentions
  // but is typed `unknown` with no evidence: it is no speaker's antecedent and no actor.
  const thingLike = new Map<string, { cue: boolean; person: boolean }>();
  for (const [k, m] of raw.entries()) {
    const id = mentions[k]?.entityId;
    if (!id) continue;
    const t = thingLike.get(id) ?? { cue: false, person: false };
    t.cue ||= m.thingCue === true;
    // (A he/she after the name is not counted: "in Norfolk, in which he said …" is about someone else.)
    t.person ||= m.role !== null || m.speaks === true || m.honorific === true;
    thingLike.set(id, t);
  }
  for (const [id, t] of thingLike) {
    const e = entities.get(id)!;
    if (!t.cue || t.person || e.type === 'organisation') continue;
    const firstWord = e.name.split(/[\s-]+/)[0].toLowerCase();
    if (e.name.includes(' ') && isPersonFirstName(firstWord)) continue;
    e.type = 'unknown';
    e.evidence = 0;
  }
  const rolesOf = new Map<string, string[]>();
  if (options.knownGender) for (const m of mentions) if (m.role) rolesOf.set(m.entityId, [...(rolesOf.get(m.entityId) ?? []), m.role]);
  for (const [id, v] of votesByEntity) {
    const e = entities.get(id)!;
    if (v.male > v.female) e.gender = 'male';
    else if (v.female > v.male) e.gender = 'female';
    if (e.gender) e.genderFrom = 'text';
    // Text evidence, even evidence that disagrees with itself, always wins: the data and the first-name
    // table speak only for a person the text says nothing about.
    if (v.male > 0 || v.female > 0 || e.type !== 'person') continue;
    const known = options.knownGender?.(e, rolesOf.get(id) ?? []) ?? null;
    const first = known || !options.firstNames ? null : firstNameOf(e.name);
    const byName = first ? firstNameGenders().get(first) ?? null : null;
    e.gender = known ?? byName;
    e.genderFrom = known ? 'data' : byName ? 'first-name' : null;
  }
  mentions.sort((a, b) => a.start - b.start);
  const knownSeat = options.knownSeat;
  if (!knownSeat) return { entities, mentions };
  const seats = new Map<string, Seat | null>();
  const seatOf = (e: Entity): Seat | null => {
    if (e.type !== 'person') return null;
    if (!seats.has(e.id)) seats.set(e.id, knownSeat(e, mentions.filter((m) => m.entityId === e.id && m.role).map((m) => m.role!)));
    return seats.get(e.id)!;
  };
  return { entities, mentions, seatOf };
}

/**
 * The entity a written name refers to when the name was not indexed where it stands (a headline,
 * "Graham: …"): a person by surname (the one named most recently before `offset`, else the first),
 * an organisation or other entity by its name.
 */
export function entityByName(index: EntityIndex, name: string, offset: number): Entity | undefined {
  const words = name.split(/\s+/).filter((w) => !HONORIFICS.test(w) && !wordLists().titles.has(w.toLowerCase()));
  if (words.length === 0) return undefined;
  const wanted = words.join(' ').toLowerCase();
  const surname = surnameOf(words.join(' '));
  const first = firstNameOf(words.join(' '));
  let best: Entity | undefined;
  let bestOffset = -1;
  for (const m of index.mentions) {
    const e = index.entities.get(m.entityId)!;
    const same = e.name.toLowerCase() === wanted || (e.type === 'person' && surnameOf(e.name) === surname && (!first || firstNameOf(e.name) === null || firstNameOf(e.name) === first));
    if (!same) continue;
    // The most recent mention before the offset wins; otherwise the first after it.
    if (m.start < offset ? m.start > bestOffset || bestOffset >= offset : bestOffset < 0) {
      best = e;
      bestOffset = m.start;
    }
  }
  return best;
}
