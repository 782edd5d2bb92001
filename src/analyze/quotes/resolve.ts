// Resolves the words that name a speaker or source ("he", "the agency", "the White House
// official", "Fox News host Sean Hannity", "the senator") to an entity of the article. When the
// words cannot be tied to a person or organisation, the speaker is unknown (null), never the words.
import type { SpeakerType } from '../../types.js';
import type { Entity, EntityIndex } from '../entities.js';
import { CALENDAR_WORDS, entityByName } from '../entities.js';
import { wordLists } from '../word-lists.js';
import { headWord } from './clauses.js';
import { append } from '../../collections.js';
import { startsUpper } from '../../text.js';
import { notPersonNames } from '../../lexicon/not-person-names.js';

export interface ResolvedSpeaker {
  name: string | null;
  type: SpeakerType;
  role: string | null;
  anonymous: boolean;
}

/** Speakers already resolved in the article, in text order: pronouns look back at them. */
export type SpeakerHistory = { name: string; type: SpeakerType; offset: number }[];

export interface ResolveContext {
  history?: SpeakerHistory;
  /** Is this offset inside a quotation? A name someone else says is not an antecedent. */
  quoted?: (offset: number) => boolean;
  /** Where the sentence of the speaker's words starts: a subject there comes first for a pronoun. */
  sentenceStart?: number;
}

const PERSON_PRONOUNS = new Set(['he', 'she', 'him', 'her', 'his']);
const NEWS_ORG = /\b(news|times|post|journal|press|tribune|herald|gazette|axios|reuters|politico|bloomberg|cnn|msnbc|nbc|cbs|abc|bbc|npr|fox)\b/i;
const isNewsOrg = (e: Entity) => e.type === 'organisation' && NEWS_ORG.test(e.name);
// Abbreviated titles as role words: "Sen. Ted Cruz" is "the senator".
const TITLE_WORDS: Record<string, string[]> = {
  senator: ['sen.', 'senator', 'sen'], representative: ['rep.', 'representative', 'congressman', 'congresswoman'], congressman: ['rep.', 'congressman'],
  congresswoman: ['rep.', 'congresswoman'], governor: ['gov.', 'governor'], president: ['president', 'pres.'], secretary: ['secretary', 'sec.'],
  general: ['gen.', 'general'], judge: ['judge', 'justice'], mayor: ['mayor'], candidate: ['candidate', 'nominee', 'hopeful'], nominee: ['nominee'],
};

function fromEntity(e: Entity): ResolvedSpeaker {
  return { name: e.name, type: e.type === 'unknown' ? 'person' : e.type, role: e.role, anonymous: false };
}

/**
 * How many mentions back an antecedent is looked for. Every quotation and attribution resolves its
 * speaker, so looking through all earlier mentions made long articles quadratic; an antecedent is
 * never hundreds of names back, and articles with fewer mentions are not affected.
 */
const ANTECEDENT_WINDOW = 400;

/** Index of the first mention starting at or after `offset` (mentions are sorted by start). */
function firstMentionFrom(index: EntityIndex, offset: number): number {
  let lo = 0;
  let hi = index.mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (index.mentions[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Entities mentioned before `offset` (within the window), most recent first, each once. */
function recentEntities(index: EntityIndex, offset: number): Entity[] {
  const seen = new Set<string>();
  const out: Entity[] = [];
  const end = firstMentionFrom(index, offset);
  for (let k = end - 1; k >= 0 && end - k <= ANTECEDENT_WINDOW; k -= 1) {
    const m = index.mentions[k];
    if (m.start >= offset || seen.has(m.entityId)) continue;
    seen.add(m.entityId);
    out.push(index.entities.get(m.entityId)!);
  }
  return out;
}

/** The organisation the article is mostly about so far: "the agency" in a story about ICE. */
function salientOrganisation(index: EntityIndex, offset: number): Entity | undefined {
  const counts = new Map<string, number>();
  const end = firstMentionFrom(index, offset);
  for (let k = Math.max(0, end - ANTECEDENT_WINDOW); k < end; k += 1) counts.set(index.mentions[k].entityId, (counts.get(index.mentions[k].entityId) ?? 0) + 1);
  const orgs = recentEntities(index, offset).filter((e) => e.type === 'organisation' && !isNewsOrg(e));
  return orgs.sort((a, b) => (counts.get(b.id) ?? 0) - (counts.get(a.id) ?? 0))[0];
}

const capitalisedWords = (text: string) => text.split(/\s+/).filter((w) => startsUpper(w)).map((w) => w.toLowerCase());

/**
 * A US state written alone ("Wyoming", "New Hampshire"): in speaker words it is where the speaker is
 * from or speaks ("Sen. Angus King of Maine", "Alabama's governor"), not who speaks. A country is
 * left a speaker: news writes governments that way ("Russia said").
 */
function isPlaceName(e: Entity): boolean {
  if (e.type === 'person') return false;
  return notPersonNames().states.has(e.name.toLowerCase());
}

/** The first US state the words name, capitalised as a name ("the former New York senator" -> NY), with where it starts and its length in words. */
function stateIn(text: string): { code: string; at: number; words: number } | null {
  const words = text.split(/\s+/).filter(Boolean);
  const { states, stateCodes } = notPersonNames();
  for (let i = 0; i < words.length; i += 1) {
    if (!startsUpper(words[i])) continue;
    for (const n of [3, 2, 1]) {
      const name = words.slice(i, i + n).join(' ').toLowerCase().replace(/[,’']s?$/, '');
      if (i + n <= words.length && states.has(name)) return { code: stateCodes.get(name)!, at: i, words: n };
    }
  }
  return null;
}

// Offices of the actors data a description's head names: "senator" a senator, "congressman" a House member.
const SEAT_OFFICES: Record<string, RegExp> = {
  senator: /^sen$/, sen: /^sen$/, representative: /^rep$/, congressman: /^rep$/, congresswoman: /^rep$/, rep: /^rep$/, lawmaker: /^(sen|rep)$/,
  republican: /^(sen|rep)$/, democrat: /^(sen|rep)$/,
};

/**
 * "the Florida senator", "The California Democrat", "the former New York senator": the one person named
 * before it whose seat in the actors data (state, office; party for a party noun) fits; none when two do.
 */
function personBySeat(index: EntityIndex, text: string, head: string, offset: number): Entity | undefined {
  const office = SEAT_OFFICES[head];
  const state = office && index.seatOf ? stateIn(text) : null;
  if (!state) return undefined;
  const party = head === 'republican' ? 'Republican' : head === 'democrat' ? 'Democratic' : null;
  const fits = recentEntities(index, offset).filter((e) => {
    const seat = e.type === 'person' ? index.seatOf!(e) : null;
    return seat !== null && seat.state === state.code && seat.offices.some((o) => office.test(o)) && (party === null || seat.party === party);
  });
  return fits.length === 1 ? fits[0] : undefined;
}

/** Could this string be the name of a person or organisation? Days, dates, pronouns, fragments cannot. */
export function plausibleName(name: string): boolean {
  const words = name.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 8) return false;
  // "Let The Media And Marco Rubio Tell You He": a headline clause, not a name.
  if (words.some((w) => /^(he|she|it|they|we|i|you|me|him|her|us|them|his|its|their|let|tell|says|said)$/i.test(w))) return false;
  if (!/^[\p{Lu}\p{N}]/u.test(name) || !/\p{L}{2}/u.test(name)) return false;
  if (words.some((w) => CALENDAR_WORDS.has(w.toLowerCase().replace(/[,’']s?$/, '')))) return false;
  // "R-S", "D-S.C.": a fragment of a party tag, not a name.
  if (/^\p{Lu}\.?(-\p{Lu}\.?)+$/u.test(name)) return false;
  if (/^(he|she|it|they|we|i|you|this|that|there|the|a|an)$/i.test(name)) return false;
  return true;
}

// The roles each entity's mentions give it, per index: asked once per speaker, so computed once per article.
const rolesByIndex = new WeakMap<EntityIndex, Map<string, string[]>>();
function mentionRoles(index: EntityIndex): Map<string, string[]> {
  let roles = rolesByIndex.get(index);
  if (!roles) {
    roles = new Map();
    for (const m of index.mentions) if (m.role) append(roles, m.entityId, m.role.toLowerCase());
    rolesByIndex.set(index, roles);
  }
  return roles;
}

/** A person described by a role noun ("the senator", "the New Jersey governor") among the people named so far. */
function personByRole(index: EntityIndex, text: string, head: string, offset: number): Entity | undefined {
  const descriptor = capitalisedWords(text).filter((w) => w !== 'the');
  const people = recentEntities(index, offset).filter((e) => e.type === 'person');
  const rolesOf = mentionRoles(index);
  const roleWords = (e: Entity) => (rolesOf.get(e.id) ?? []).concat(e.role ? [e.role.toLowerCase()] : []).join(' ');
  const forms = TITLE_WORDS[head] ?? [head];
  const matches = people.filter((e) => {
    const roles = roleWords(e);
    if (!roles) return false;
    const words = roles.split(/[\s,]+/);
    return forms.some((f) => words.includes(f)) && descriptor.every((w) => roles.includes(w));
  });
  return matches[0];
}

/**
 * `start`/`end` are the offsets of the speaker words in the article text; `offset` is where the
 * speech is (antecedents must come before it); `history` the speakers resolved before it.
 */
export function resolveSpeaker(index: EntityIndex, written: string, start: number, end: number, offset: number, context: ResolveContext = {}): ResolvedSpeaker {
  const who = resolveWords(index, written, start, end, offset, context);
  // Whatever the route, a speaker is named only with a name: never a day, a pronoun, a fragment.
  return who.name !== null && !plausibleName(who.name) ? { ...who, name: null, type: 'unknown' } : who;
}

function resolveWords(index: EntityIndex, written: string, start: number, end: number, offset: number, context: ResolveContext): ResolvedSpeaker {
  const lists = wordLists();
  const text = written.replace(/\s*\([^)]*\)\s*/g, ' ').trim();
  const words = text.toLowerCase().replace(/[’']s\b/g, '').split(/\s+/).filter(Boolean);
  const head = headWord(text);
  const insideMentions: EntityIndex['mentions'] = [];
  for (let k = firstMentionFrom(index, start); k < index.mentions.length && index.mentions[k].start < end; k += 1) if (index.mentions[k].end <= end) insideMentions.push(index.mentions[k]);
  const inside = insideMentions.map((m) => index.entities.get(m.entityId)!);
  // "two U.S. officials", "a senior Pentagon official": the head is not a name, so the source is unnamed,
  // unless they speak for a named organisation ("a spokesperson for the Department of Homeland Security").
  const headIsName = insideMentions.some((m) => written.slice(m.start - start, m.end - start).toLowerCase().split(/\s+/).includes(head));
  const definite = ['the', 'this', 'that'].includes(words[0] ?? '');
  const anonymousHead = lists.anonymousHeads.has(head) || lists.anonymousHeads.has(head.replace(/s$/, ''));
  if (!definite && anonymousHead) {
    const forOrg = / for (the )?/i.test(text) ? inside.find((e) => e.type === 'organisation') : undefined;
    if (forOrg && !headIsName) return fromEntity(forOrg);
    if (!headIsName) return { name: null, type: 'person', role: null, anonymous: true };
  }
  // "Fox News host Sean Hannity": the person, not the network that employs them; "Sen. Chris Coons of
  // Delaware": the person, not the place after "of".
  const afterOf = (k: number) => /\bof\s*$/.test(written.slice(0, insideMentions[k].start - start));
  const person = inside.filter((e, k) => e.type === 'person' && !(k > 0 && afterOf(k))).at(-1);
  if (person) return fromEntity(person);
  // "The California Democrat": the article's Democrat from California, when the data seats one there;
  // else, as "a New Hampshire Republican" always is, the description itself (a sided group).
  const bySeat = definite && (head === 'republican' || head === 'democrat') ? personBySeat(index, text, head, offset) : undefined;
  if (bySeat) return fromEntity(bySeat);
  // "the White House official": the person earlier described with those words, before the body named
  // inside the description; when no one was, the body speaks ("a Pentagon spokesman").
  const roleHead = definite && !headIsName && (lists.personHeads.has(head) || TITLE_WORDS[head] !== undefined);
  const described = roleHead ? describedPerson(index, text, head, offset) : undefined;
  if (described) return fromEntity(described);
  // A place never speaks: "Alabama's Republican governor" or "Sen. Angus King of Maine, who …" when
  // the person is not held as one is read on by its role below, or left unnamed.
  const speakers = inside.filter((e) => !isPlaceName(e));
  if (speakers.length > 0) {
    const e = speakers.find((x) => x.type === 'organisation') ?? speakers[0];
    if (plausibleName(e.name)) return fromEntity(e);
  }

  if (words.length === 1 && PERSON_PRONOUNS.has(head)) {
    const antecedent = pronounAntecedent(index, offset, head === 'he' || head === 'him' || head === 'his' ? 'male' : 'female', context);
    return antecedent ? fromEntity(antecedent) : { name: null, type: 'person', role: null, anonymous: false };
  }
  if (words.length === 1 && head === 'it') {
    const antecedent = salientOrganisation(index, offset);
    return antecedent ? fromEntity(antecedent) : { name: null, type: 'organisation', role: null, anonymous: false };
  }
  if (words.length === 1 && ['they', 'i', 'we', 'you'].includes(head)) return { name: null, type: 'unknown', role: null, anonymous: false };
  if (definite && lists.outletHeads.has(head)) {
    const outlet = recentEntities(index, offset).find(isNewsOrg);
    if (outlet) return fromEntity(outlet);
  }
  if (definite && lists.orgHeads.has(head)) {
    const org = salientOrganisation(index, offset);
    if (org) return fromEntity(org);
  }
  if (!roleHead && definite && (lists.personHeads.has(head) || TITLE_WORDS[head])) {
    const roleMatch = describedPerson(index, text, head, offset);
    if (roleMatch) return fromEntity(roleMatch);
  }
  if (anonymousHead) {
    return { name: null, type: 'person', role: null, anonymous: true };
  }
  // A name the index did not hold where it is written (a headline, "Graham: …"): look it up.
  if (startsUpper(text) && !definite) {
    const known = entityByName(index, text, offset);
    if (known && plausibleName(known.name) && !isPlaceName(known)) return fromEntity(known);
    // An organisation or person the article names only here: keep it when it looks like a name.
    const nameWords = text.split(/\s+/);
    if (nameWords.length >= 2 && nameWords.every((w) => /^[\p{Lu}&]/u.test(w) || ['of', 'and', 'for', 'the'].includes(w)) && plausibleName(text)) {
      return { name: text, type: lists.orgWords.has(nameWords.at(-1)!.toLowerCase()) ? 'organisation' : 'unknown', role: null, anonymous: false };
    }
  }
  return { name: null, type: 'unknown', role: null, anonymous: false };
}

/** "the White House official": the person earlier described with those words, or by that role. */
function describedPerson(index: EntityIndex, text: string, head: string, offset: number): Entity | undefined {
  const descriptor = capitalisedWords(text);
  const people = recentEntities(index, offset).filter((e) => e.type === 'person');
  const match = people.find((e) => e.role && descriptor.length > 0 && descriptor.every((w) => e.role!.toLowerCase().includes(w)));
  // A state in the description ("the Florida senator") is read against the data's seats before the
  // nearest person with the title is taken, and when it names a seat, the title alone never decides.
  const seated = SEAT_OFFICES[head] !== undefined && index.seatOf !== undefined && stateIn(text) !== null;
  return match ?? personByRole(index, text, head, offset) ?? personBySeat(index, text, head, offset) ?? (seated ? undefined : people.find((e) => e.role && e.role.toLowerCase().split(/\s+/).includes(head)));
}

/**
 * He/she: the person most recently named before the speech, outside quotations, whose gender (from
 * honorifics and pronouns elsewhere in the article) does not contradict the pronoun, and who acts
 * in the story (a place written like a name never does).
 */
function pronounAntecedent(index: EntityIndex, offset: number, gender: 'male' | 'female', context: ResolveContext): Entity | undefined {
  const spoke = (context.history ?? []).filter((h) => h.offset < offset);
  // A subject earlier in the pronoun's own sentence ("what Trump promised, when he vowed …"); then
  // the subject of a main clause ("Trump said Tuesday that Rubio was …") or of a speech verb
  // ("Asked about it, Moreno said the bill …": a source as much as a quoted speaker) before one in
  // a subordinate clause; then any subject or speaker; then anyone named.
  const sentence = context.sentenceStart ?? offset;
  return nearestPerson(index, offset, gender, context, spoke, (m, spokeHere) => (m.subject || spokeHere) && m.start >= sentence)
    ?? nearestPerson(index, offset, gender, context, spoke, (m, spokeHere) => m.main || m.speaks || spokeHere)
    ?? nearestPerson(index, offset, gender, context, spoke, (m, spokeHere) => m.subject || spokeHere)
    ?? nearestPerson(index, offset, gender, context, spoke, () => true);
}

/** How far back (characters, about three paragraphs) a pronoun looks for the person it stands for. */
const ANTECEDENT_REACH = 1500;

/** The nearest person named before the speech that a pronoun can take up, among the mentions `wanted`. */
function nearestPerson(index: EntityIndex, offset: number, gender: 'male' | 'female', context: ResolveContext, spoke: SpeakerHistory, wanted: (m: EntityIndex['mentions'][number], spokeHere: boolean) => boolean): Entity | undefined {
  for (let k = index.mentions.length - 1; k >= 0; k -= 1) {
    const m = index.mentions[k];
    if (m.start >= offset || context.quoted?.(m.start)) continue;
    if (m.start < offset - ANTECEDENT_REACH) break;
    const e = index.entities.get(m.entityId)!;
    const speaker = spoke.some((h) => h.name === e.name);
    // A place or thing written like a name ("Florida", "New Hampshire") is never a he or a she,
    // unless it was quoted as a speaker or carries a role.
    if (e.type === 'organisation' || (e.type === 'unknown' && !speaker && !e.role) || (e.evidence < 2 && !speaker)) continue;
    if (e.gender && e.gender !== gender) continue;
    const spokeHere = spoke.some((h) => h.name === e.name && m.start >= h.offset && m.start < h.offset + 80);
    if (wanted(m, spokeHere)) return e;
  }
  return undefined;
}
