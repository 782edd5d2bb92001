// Every mention of a person, organisation, party or group in an article, each tied to an actor and,
// when the data, the text or a principal says so, to party terms (the side is read from them at the
// article's date by ./sides.ts). One pass over the tokens of the article's own text, with the article's
// entity index (src/analyze/entities.ts) for names, their roles and article-local coreference
// ("Pelosi" after "Nancy Pelosi"); every lookup is a Map lookup, never a scan of the data.
import { byCode } from './compare.js';
import type { Article, Token } from '../types.js';
import type { Entity, EntityIndex, Mention } from '../analyze/entities.js';
import { surnameOf } from '../analyze/entities.js';
import { CONTENT_ROLES, whereOf } from '../analyze/content.js';
import type { ActorEntry, ActorRegistry, ActorType, PartyTerm } from './data.js';
import { nameKey } from './data.js';
import type { ActorMention, SideSource } from './types.js';
import { heldNationalOffice, partyAt, plausibleAt, resolveSides } from './sides.js';
import { startsLower, startsUpper } from '../text.js';
import { notPersonNames } from '../lexicon/not-person-names.js';

interface Resolution {
  actor: string;
  actorId: string | null;
  actorType: ActorType;
  terms: PartyTerm[];
  born: number | null;
  sideSource: SideSource | null;
}

/** "White House hopefuls", "a White House bid": the race for the office, not the administration. */
const NOT_ADMINISTRATION = new Set(['hopeful', 'hopefuls', 'bid', 'bids', 'race', 'run', 'contender', 'contenders', 'candidate', 'candidates', 'aspirant', 'aspirants', 'ambitions', 'aspirations', 'correspondents', 'correspondent', 'historical', 'historian', 'lawn']);
/** Heads after a party adjective that make a sided group: "Republican lawmakers", "a Democratic senator". */
const GROUP_HEADS = new Set(['lawmaker', 'lawmakers', 'senator', 'senators', 'member', 'members', 'leader', 'leaders', 'leadership', 'official', 'officials', 'legislator', 'legislators', 'representative', 'representatives', 'congressman', 'congressmen', 'congresswoman', 'congresswomen', 'governor', 'governors', 'candidate', 'candidates', 'nominee', 'nominees', 'colleague', 'colleagues', 'aide', 'aides', 'strategist', 'strategists', 'operative', 'operatives', 'donor', 'donors', 'activist', 'activists', 'consultant', 'consultants', 'pollster', 'pollsters', 'majority', 'minority', 'caucus', 'conference', 'establishment', 'incumbent', 'incumbents', 'delegation', 'lawmakers’', "lawmakers'"]);
const PARTY_ADJECTIVES = new Map<string, string>([['Republican', 'party:republican'], ['GOP', 'party:republican'], ['G.O.P.', 'party:republican'], ['Democratic', 'party:democratic'], ['Democrat', 'party:democratic']]);
/** A party word the entity index reads as a name of its own. */
const PARTY_NOUNS: Record<string, string> = Object.assign(Object.create(null) as Record<string, string>, { Republican: 'party:republican', Democrat: 'party:democratic', Democratic: 'party:democratic' });
/** People who speak or work for a principal: "a spokesman for Pelosi", "Trump's campaign manager". */
const STAFF = /\b(spokes(?:man|woman|person)|press secretary|aide|aides|adviser|advisers|advisor|advisors|staffer|staffers|campaign manager|campaign chairman|chief of staff|communications director|deputy|lawyer|lawyers|attorney|attorneys|counsel|surrogate|surrogates|ally|allies|campaign|spokespeople|representative|press office)$/i;
const TITLE = /^(sen|rep|gov|senator|representative|congressman|congresswoman|speaker|president|vice president|house speaker|leader|majority leader|minority leader|whip)\.?$/i;
/** Place names that are also surnames: never a person when written alone. */
const PLACES = new Set(['washington', 'virginia', 'georgia', 'carolina', 'dakota', 'jersey', 'york', 'texas', 'florida', 'ohio', 'california', 'montana', 'nevada', 'kentucky', 'tennessee', 'indiana', 'illinois', 'michigan', 'arizona', 'utah', 'idaho', 'oregon', 'maine', 'vermont', 'alabama', 'alaska', 'hawaii', 'iowa', 'kansas', 'missouri', 'nebraska', 'oklahoma', 'wyoming', 'colorado', 'louisiana', 'mississippi', 'arkansas', 'delaware', 'maryland', 'massachusetts', 'minnesota', 'wisconsin', 'pennsylvania', 'connecticut', 'columbia', 'houston', 'austin', 'jackson', 'lincoln', 'madison', 'phoenix', 'dallas', 'denver', 'charlotte', 'orlando', 'hampshire', 'mexico', 'israel', 'america', 'england', 'china', 'jordan', 'chad', 'paris', 'berlin', 'moscow', 'congress', 'senate', 'house']);
/** Surnames that are everyday words: taken alone only mid-sentence, never at a sentence start. */
const COMMON_WORDS = new Set(['green', 'young', 'rose', 'case', 'hope', 'bell', 'west', 'fox', 'king', 'brown', 'white', 'black', 'long', 'price', 'rice', 'wall', 'hill', 'love', 'cook', 'baker', 'walker', 'park', 'bishop', 'stone', 'may', 'rich', 'hunt', 'wise', 'justice', 'grant', 'story', 'hall', 'little', 'frank', 'gay', 'bass', 'rush', 'ward', 'field', 'banks', 'wood', 'woods', 'lane', 'strong', 'best', 'sharp', 'gross', 'church', 'cotton', 'graves', 'bush', 'waters', 'mills', 'steel', 'horn', 'gates', 'turner', 'hunter']);

const isCap = (t: Token) => t.type === 'word' && startsUpper(t.value);
const LETTER = /[\p{L}\p{N}]/u;

function fromEntry(e: ActorEntry): Resolution {
  const sideSource: SideSource = e.origin === 'user' ? 'user' : e.type === 'person' || e.id === 'office:white-house' ? 'data' : 'group';
  return { actor: e.name, actorId: e.id, actorType: e.type, terms: e.terms.map((t) => [...t] as PartyTerm), born: e.born ?? null, sideSource };
}

/** Does any dated term cover `day`? */
export const inOfficeAt = (e: ActorEntry, day: string, office?: RegExp) => e.terms.some((t) => (!office || office.test(t[3] ?? '')) && t[1] !== null && t[1] <= day && (t[2] === null || day < t[2]));

/**
 * One actor among the entries a name leads to. Namesakes are told apart by the article's date (birth
 * year, term in force); when they still disagree about the party, no one is picked: a guessed side is
 * worse than none.
 */
export function pickEntry(candidates: readonly ActorEntry[], day: string | null, office?: RegExp): ActorEntry | null {
  let pool = candidates.filter((e) => plausibleAt(e.born, day, heldNationalOffice(e.terms)));
  if (office) pool = pool.filter((e) => e.terms.some((t) => office.test(t[3] ?? '')));
  if (pool.length <= 1) return pool[0] ?? null;
  if (day) {
    const serving = pool.filter((e) => inOfficeAt(e, day, office));
    if (serving.length === 1) return serving[0];
    if (serving.length > 1) pool = serving;
  }
  const parties = new Set(pool.map((e) => partyAt(e.terms, day)));
  return parties.size === 1 ? [...pool].sort((a, b) => byCode(a.id, b.id))[0] : null;
}

/** The national office a person's role words name ("Sen.", "Congresswoman", "President"), as a pattern of the terms' office, or null. */
export function officeOfRoles(roles: string): RegExp | null {
  return /\b(Sen\.|Senator)/.test(roles) ? /^sen$/ : /\b(Rep\.|Representative|Congressman|Congresswoman)/.test(roles) ? /^rep$/ : /\bVice President\b/.test(roles) ? /^viceprez$/ : /\bPresident\b/.test(roles) ? /^prez$/ : null;
}

/** Does the text before `end` end in a comma and white space (or a comma)? The test POSSESSIVE_BEFORE needs first. */
function commaBefore(text: string, end: number): boolean {
  let k = end - 1;
  while (k >= 0 && k >= end - 80 && WHITE.test(text[k])) k -= 1;
  return k >= 0 && k >= end - 80 && text[k] === ',';
}
const WHITE = /\s/;

/** "(R-Texas)", ", D-Calif.", " (I-Vt.)", "(R)" right after a name. */
const PARTY_TAG = /^\s*(?:(?:\(|,\s*)([RDI])\s*[-–]\s*\p{Lu}|\(([RDI])\))/u;
/**
 * ", Republican of Nebraska", ", a Democrat from Ohio", ", a Democrat," ", a Republican who …" right
 * after a name: the party noun as an appositive. Not ", a Republican-appointed judge" (who appointed
 * the judge), nor ", a Republican strategist's client".
 */
const PARTY_OF = /^,\s*(?:an?\s+)?(Republican|Democrat|Independent)(?:\s+(?:of|from)\s+\p{Lu}|\s*[,.;:)]|\s+(?:who|whose|and|now|running|seeking|serving|elected|representing|in)\b)/u;
/** A party word in a role; "Republican-appointed", "Democratic-leaning" say something else. */
const PARTY_WORD = /\b(Republican|Democratic|Democrat|GOP|G\.O\.P\.|Independent)\b(?![-–])/;
const TAG_PARTY: Record<string, string> = { R: 'Republican', D: 'Democratic', I: 'Independent' };
const WORD_PARTY: Record<string, string> = { Republican: 'Republican', GOP: 'Republican', 'G.O.P.': 'Republican', Democratic: 'Democratic', Democrat: 'Democratic', Independent: 'Independent' };

/** The party a designator next to this mention gives: a tag after it, a party word in its role. */
function designatorParty(text: string, m: Mention): string | null {
  const tag = PARTY_TAG.exec(text.slice(m.end, m.end + 12));
  if (tag) return TAG_PARTY[tag[1] ?? tag[2]];
  const written = PARTY_OF.exec(text.slice(m.end, m.end + 30));
  if (written) return WORD_PARTY[written[1]];
  // "Republican Sen. Ted Cruz", "Democratic strategist Joe Trippi"; not "a Trump adviser".
  const word = m.role ? PARTY_WORD.exec(m.role) : null;
  return word ? WORD_PARTY[word[1]] : null;
}

/** "Pelosi spokesman", "Trump's campaign manager", "White House press secretary": the principal's name. */
function principalBefore(role: string | null): string | null {
  if (!role) return null;
  const words = role.replace(/[’']s\b/g, '').split(/\s+/);
  for (let k = words.length; k > 0; k -= 1) {
    if (!STAFF.test(words.slice(0, k).join(' '))) continue;
    const staffWords = words.slice(0, k).join(' ').match(STAFF)![0].split(/\s+/).length;
    const name = words.slice(0, k - staffWords).filter((w) => startsUpper(w) && !TITLE.test(w) && !PARTY_WORD.test(w));
    return name.length > 0 ? name.join(' ') : null;
  }
  return null;
}

/** Staff who speak for a principal, as written around a name (the three patterns below add their own). */
const STAFF_ROLES = 'spokes(?:man|woman|person)|press secretary|aide|adviser|advisor|staffer|campaign manager|chief of staff|communications director';
/** ", a spokesman for Pelosi" / ", an aide to Sen. Ted Cruz" after a name: the principal's name. */
const PRINCIPAL_AFTER = new RegExp(`^,\\s+(?:a|an|the)\\s+(?:[\\p{Ll}-]+\\s+){0,3}(?:${STAFF_ROLES}|lawyer|attorney|counsel|deputy|surrogate|ally)\\s+(?:for|to|of)\\s+(?:the\\s+)?((?:(?:Sen|Rep|Gov|Speaker|President|Vice President|Senator|House Speaker)\\.?\\s+)?(?:\\p{Lu}[\\p{L}’'.-]*\\s?){1,3})`, 'u');

/** "Obama's campaign press secretary, Ben LaBolt": a possessive principal and a staff word, then a comma, before a name. */
const POSSESSIVE_BEFORE = new RegExp(`(\\p{Lu}[\\p{L}.-]*(?:\\s\\p{Lu}[\\p{L}.-]*){0,2})[’']s\\s+(?:[\\p{Ll}-]+\\s+){0,3}(?:${STAFF_ROLES}|strategist|pollster),\\s*$`, 'u');

/** ", Obama's spokesman," after a name. */
const POSSESSIVE_AFTER = new RegExp(`^,\\s+((?:\\p{Lu}[\\p{L}.-]*\\s){0,2}\\p{Lu}[\\p{L}.-]*)[’']s\\s+(?:[\\p{Ll}-]+\\s+){0,3}(?:${STAFF_ROLES}|lawyer|attorney|counsel|deputy|surrogate)\\b`, 'u');

const DEPARTMENTS = 'State|Defense|Treasury|Justice|Homeland Security|Commerce|Energy|Labor|Education|Interior|Agriculture|Transportation|Veterans Affairs|Health and Human Services|Housing and Urban Development';
/**
 * Offices of the sitting administration written in a person's role: "Treasury Secretary", "Secretary
 * of State", "White House press secretary", "State Department spokeswoman", "attorney general",
 * "national security adviser", "the president's top adviser". Such a person speaks for the White House.
 */
const ADMINISTRATION_OFFICE = new RegExp(`\\b(?:White House|(?:${DEPARTMENTS}) (?:Secretary|Department)|Secretary of (?:the )?(?:${DEPARTMENTS})|Attorney General|National Security Adviser|National Economic Council)\\b|^president[’']s\\b`, 'i');
/** Journalists on the White House beat, people of another time, and hopefuls are not its officials. */
const NOT_THIS_ADMINISTRATION = /\b(?:former|ex|then|onetime|one-time|late|previous|past|correspondents?|reporters?|journalists?|bureau|photographers?|columnists?|editors?|writers?|hopefuls?|candidates?|historians?)\b/i;
/** "state attorney general": a state's office (lower case: "State Department" is federal). */
const STATE_OFFICE = /\b(?:state|county|city|district)\b/;
const DEPARTMENT_STAFF = /\b(?:spokes(?:man|woman|person)|press secretary|official|deputy|secretary)\b/i;

/** Does this role name an office of the sitting administration? */
export function administrationRole(role: string | null): boolean {
  if (!role) return false;
  const office = ADMINISTRATION_OFFICE.exec(role);
  if (!office || NOT_THIS_ADMINISTRATION.test(role) || STATE_OFFICE.test(role)) return false;
  // "Ohio Attorney General", "Georgia Secretary of State": a state's office.
  const before = role.slice(0, office.index).toLowerCase().split(/[^\p{L}]+/u);
  if (before.some((w) => PLACES.has(w) && !['house', 'senate', 'congress'].includes(w))) return false;
  if (/Department$/i.test(office[0]) && !DEPARTMENT_STAFF.test(role.slice(office.index + office[0].length))) return false;
  // "the president's daughter" is family, "the president's top adviser" staff.
  if (/^president/i.test(office[0]) && !STAFF.test(role.replace(/[,.]$/, ''))) return false;
  return true;
}

function cleanPrincipal(name: string): string {
  return name.trim().replace(/[’']s$/, '').split(/\s+/).filter((w) => !TITLE.test(w)).join(' ');
}

/**
 * The shape (length, first and last character) of every first-word key of the registry's forms that
 * is ASCII and shorter than 32 characters. A token key of such a shape that is not there cannot be a
 * key, so most words are not looked up at all; a key of another shape is always looked up.
 */
const formShapes = new WeakMap<ActorRegistry, Uint8Array>();
const SHAPE_LENGTH = 32;
const shapeAt = (n: number, first: number, last: number) => (n * 128 + first) * 128 + last;
function shapesOf(registry: ActorRegistry): Uint8Array {
  let shapes = formShapes.get(registry);
  if (!shapes) {
    shapes = new Uint8Array(SHAPE_LENGTH * 128 * 128);
    for (const key of registry.forms.keys()) {
      const n = key.length;
      if (n > 0 && n < SHAPE_LENGTH && key.charCodeAt(0) < 128 && key.charCodeAt(n - 1) < 128) shapes[shapeAt(n, key.charCodeAt(0), key.charCodeAt(n - 1))] = 1;
    }
    formShapes.set(registry, shapes);
  }
  return shapes;
}
function mayBeFormKey(shapes: Uint8Array, key: string): boolean {
  const n = key.length;
  if (n === 0 || n >= SHAPE_LENGTH) return true;
  const first = key.charCodeAt(0);
  const last = key.charCodeAt(n - 1);
  return first >= 128 || last >= 128 || shapes[shapeAt(n, first, last)] === 1;
}

// The same names come back in every article of a story (and twice per entity here): their keys are remembered.
const nameKeys = new Map<string, string>();
function keyOfName(name: string): string {
  let key = nameKeys.get(name);
  if (key === undefined) {
    if (nameKeys.size >= 50_000) nameKeys.clear();
    key = nameKey(name);
    nameKeys.set(name, key);
  }
  return key;
}

/** The article's actors: mention records with party terms, sides read at `day`. */
export function findActorMentions(article: Article, index: EntityIndex, registry: ActorRegistry, day: string | null): ActorMention[] {
  const text = article.text;
  // 1. Each entity of the index: the data entry its name leads to, or a designator, or (2.) a principal.
  const resolved = new Map<string, Resolution>();
  const mentionsOf = new Map<string, Mention[]>();
  for (const m of index.mentions) {
    const list = mentionsOf.get(m.entityId);
    if (list) list.push(m);
    else mentionsOf.set(m.entityId, [m]);
  }
  const lookup = (name: string, office?: RegExp): Resolution | null => {
    const key = keyOfName(name);
    if (!key) return null;
    let cands = registry.byName.get(key);
    // "Hillary Rodham Clinton", "Benjamin Todd Jealous": a middle name the data does not write.
    const words = key.split(' ');
    if (!cands && words.length >= 3) cands = registry.byName.get(`${words[0]} ${words.at(-1)}`);
    if (!cands && words.length === 1) cands = registry.alone.get(key);
    const picked = cands ? pickEntry(cands, day, office) : null;
    return picked ? fromEntry(picked) : null;
  };
  const resolveEntity = (e: Entity): Resolution | null => {
    const mentions = mentionsOf.get(e.id) ?? [];
    let designated: string | null = null;
    for (const m of mentions) designated ??= designatorParty(text, m);
    // "D-Calif": a party tag the index read as a name.
    if (/^[RDI][-–]/.test(e.name)) return null;
    // "a Republican", "the Democrat": a member of the party, written as a noun.
    const partyWord = PARTY_NOUNS[e.name];
    if (partyWord && registry.byId.has(partyWord)) return { ...fromEntry(registry.byId.get(partyWord)!), actorType: 'group' };
    let found = e.name.includes(' ') || e.type !== 'person' || !PLACES.has(e.name.toLowerCase()) ? lookup(e.name) : null;
    if (!found && e.type !== 'organisation') {
      // "Sen. Cruz": a surname with the title of an office, among the people who held it; "Sen. Kristen
      // Gillibrand": a first name the data spells otherwise, among holders of that surname and initial.
      const office = officeOfRoles(mentions.map((m) => m.role ?? '').concat(e.role ?? '').join(' '));
      const words = e.name.split(/\s+/);
      const initial = words.length > 1 ? words[0][0].toLowerCase() : null;
      const cands = office ? registry.bySurname.get(surnameOf(e.name))?.filter((x) => initial === null || x.name[0].toLowerCase() === initial) : undefined;
      const picked = cands && office ? pickEntry(cands, day, office) : null;
      if (picked) found = fromEntry(picked);
    }
    if (!found) {
      // "Senate Democrats", "House Republicans": the party by its last word.
      const last = e.name.split(/\s+/).at(-1)!;
      const group = keyOfName(last) === '' ? undefined : registry.byName.get(keyOfName(last))?.filter((x) => x.type === 'party' || x.type === 'group');
      if (group && group.length === 1) found = { ...fromEntry(group[0]), actor: group[0].name };
    }
    // The text's own designator ("Sen. Ted Cruz (R-Texas)") says the party at the article's date. When
    // the data's person agrees, the data entry is kept (its id merges the actor across articles); when
    // they disagree, the data's person is a namesake and the designator stands alone.
    // "Kevin McCarthy of California": a place next to a designator is not the one designated.
    if (designated && e.type !== 'organisation' && !PLACES.has(e.name.toLowerCase())) {
      const agrees = found && found.actorType === 'person' && plausibleAt(found.born, day) && partyAt(found.terms, day) === designated;
      if (!agrees) return { actor: e.name, actorId: null, actorType: 'person', terms: [[designated, null, null]], born: null, sideSource: 'designator' };
    }
    return found;
  };
  const entities = [...index.entities.values()];
  // A single capitalised word that acts like a person ("Pelosi said", then "she") in an article that
  // never gives a full name: a person, without a side. "Russia said", "Medicare covers" act too, so
  // one sign of acting is enough only for a surname of the data.
  const loneSurname = (e: Entity) => !PLACES.has(e.name.toLowerCase()) && !notPersonNames().places.has(e.name.toLowerCase()) && !PARTY_NOUNS[e.name] && /^\p{Lu}\p{Ll}+$/u.test(e.name) && (e.evidence >= 2 || (e.evidence >= 1 && registry.bySurname.has(e.name.toLowerCase())));
  for (const e of entities) {
    const r = resolveEntity(e);
    if (r) resolved.set(e.id, r);
  }
  // 2. People tied to a resolved principal take the principal's side: "Drew Hammill, a spokesman for
  // Pelosi", "Pelosi spokesman Drew Hammill", "White House press secretary Jen Psaki".
  const principalNamed = (clean: string): Resolution | null => {
    const local = entities.find((e) => e.name === clean || (e.type === 'person' && clean.split(/\s+/).length === 1 && surnameOf(e.name) === clean.toLowerCase()));
    const r = (local && resolved.get(local.id)) || lookup(clean);
    return r && r.terms.length > 0 ? r : null;
  };
  const principal = (name: string, offset: number): Resolution | null => {
    const words = cleanPrincipal(name).split(/\s+/).filter(Boolean);
    if (words.length === 0 || offset < 0) return null;
    // "Outgoing White House …": a capitalised word opening the sentence is not part of the principal;
    // leading words are dropped only while two remain (never "Jane Smith" → "Smith").
    for (let i = 0; i === 0 || words.length - i >= 2; i += 1) {
      const r = principalNamed(words.slice(i).join(' '));
      if (r) return r;
    }
    return null;
  };
  for (const e of entities) {
    if (resolved.has(e.id) || e.type === 'organisation') continue;
    for (const m of mentionsOf.get(e.id) ?? []) {
      const following = text.slice(m.end, m.end + 90);
      const after = PRINCIPAL_AFTER.exec(following) ?? POSSESSIVE_AFTER.exec(following);
      // The pattern ends in a comma and spaces: most mentions are not preceded by one, and are not tried.
      const before = commaBefore(text, m.start) ? POSSESSIVE_BEFORE.exec(text.slice(Math.max(0, m.start - 80), m.start)) : null;
      const names = [principalBefore(m.role), after ? after[1] : null, before ? before[1] : null, administrationRole(m.role) ? 'White House' : null];
      let p: Resolution | null = null;
      for (const name of names) p ??= name ? principal(name, m.start) : null;
      if (p) {
        resolved.set(e.id, { actor: e.name, actorId: null, actorType: 'person', terms: p.terms, born: null, sideSource: 'principal' });
        break;
      }
    }
  }
  // Surnames of the article's people, for mentions the index did not hold (headlines, sentence starts).
  const bySurname = new Map<string, Entity | null>();
  for (const e of entities) {
    const lone = !e.name.includes(' ') && e.type !== 'organisation' && (resolved.get(e.id)?.actorType === 'person' || loneSurname(e));
    if (!(e.type === 'person' && e.name.includes(' ')) && !lone) continue;
    const s = surnameOf(e.name);
    bySurname.set(s, bySurname.has(s) && bySurname.get(s) !== e ? null : e);
  }
  const blocks = article.blocks.filter((b) => CONTENT_ROLES.has(b.role)).sort((a, b) => a.start - b.start);
  // Every lower-case word of the article, gathered when a capitalised word at a sentence start first asks.
  let lowerWords: Set<string> | null = null;
  const writtenLower = (word: string): boolean => {
    if (!lowerWords) {
      lowerWords = new Set<string>();
      for (const b of blocks) for (const t of b.parsed.tokens) if (t.type === 'word' && startsLower(t.value)) lowerWords.add(t.value);
    }
    return lowerWords.has(word);
  };
  const shapes = shapesOf(registry);

  // 3. One pass over the tokens.
  const out: ActorMention[] = [];
  const emit = (start: number, end: number, where: ActorMention['where'], r: Resolution, entity: string | null) => {
    out.push({ kind: 'actor', text: text.slice(start, end), start, end, where, actor: r.actor, actorId: r.actorId, actorType: r.actorType, entity, side: null, party: null, sideSource: r.terms.length > 0 ? r.sideSource : null, terms: r.terms, born: r.born });
  };
  const entityResolution = (e: Entity): Resolution | null => {
    if (/^[RDI][-–]/.test(e.name)) return null;
    const r = resolved.get(e.id);
    if (r) return r.actorId === null ? { ...r, actor: e.name } : r;
    if (e.type === 'person' || e.type === 'organisation') return { actor: e.name, actorId: null, actorType: e.type, terms: [], born: null, sideSource: null };
    // A lone surname acting as a person (see loneSurname): the story merge may join it to a full name.
    if (loneSurname(e)) return { actor: e.name, actorId: null, actorType: 'person', terms: [], born: null, sideSource: null };
    return null;
  };
  const mentions = index.mentions;
  let next = 0;
  for (const block of blocks) {
    const where = whereOf(block);
    const tokens = block.parsed.tokens;
    let skipUntil = -1;
    // Ends of the last two person mentions: a staff phrase that opens with a possessive name ("Ben
    // Smith, Obama's spokesman") is checked against the person before that name.
    let lastPersonEnd = -1;
    let prevPersonEnd = -1;
    const personAt = (end: number) => {
      prevPersonEnd = lastPersonEnd;
      lastPersonEnd = end;
    };
    for (let k = 0; k < tokens.length; k += 1) {
      const t = tokens[k];
      if (t.start < skipUntil) continue;
      while (next < mentions.length && mentions[next].end <= t.start) next += 1;
      const m = mentions[next];
      if (m && m.start <= t.start && t.start < m.end) {
        if (m.start === t.start) {
          const e = index.entities.get(m.entityId)!;
          const r = entityResolution(e);
          if (r) {
            emit(m.start, m.end, where, r, e.name);
            if (r.actorType === 'person') personAt(m.end);
          }
        }
        skipUntil = m.end;
        continue;
      }
      if (t.type !== 'word') continue;
      // A written form of the data: a full name, a party, a body ("Nancy Pelosi", "GOP", "the White House").
      // wink's `normal` is the lower-case form: the key without a split per token.
      const formKey = t.normal.includes('.') ? t.normal.replace(/\./g, '') : t.normal;
      const forms = mayBeFormKey(shapes, formKey) ? registry.forms.get(formKey) : undefined;
      let matched = false;
      if (forms) {
        for (const { form, entry } of forms) {
          if (!text.startsWith(form, t.start) || LETTER.test(text[t.start + form.length] ?? '')) continue;
          if (startsUpper(form) && !isCap(t)) continue;
          const end = t.start + form.length;
          if (entry.id === 'office:white-house') {
            const after = /^[\s’']*s?\s*([\p{L}-]+)/u.exec(text.slice(end, end + 30));
            if (after && NOT_ADMINISTRATION.has(after[1].toLowerCase())) break;
          }
          const same = forms.filter((f) => f.form === form).map((f) => f.entry);
          const picked = pickEntry(same, day);
          if (!picked) break;
          emit(t.start, end, where, fromEntry(picked), null);
          if (picked.type === 'person') personAt(end);
          skipUntil = end;
          matched = true;
          break;
        }
      }
      if (matched) continue;
      // "Republican lawmakers", "a Democratic senator": a sided group.
      const adjective = PARTY_ADJECTIVES.get(t.value);
      const head = tokens[k + 1];
      // "Democratic strategist Joe Trippi" is a designator of the name that follows, not a group.
      const named = tokens[k + 2] !== undefined && isCap(tokens[k + 2]) && tokens[k + 2].sentence === t.sentence;
      if (adjective && head && GROUP_HEADS.has(head.normal) && startsLower(head.value) && !named) {
        const entry = registry.byId.get(adjective);
        if (entry) {
          emit(t.start, head.end, where, { ...fromEntry(entry), actorType: 'group' }, null);
          skipUntil = head.end;
          continue;
        }
      }
      // A surname alone: one of the article's people named in full elsewhere, or a president ("Trump").
      if (isCap(t)) {
        const word = t.value.replace(/[’']s?$/, '');
        const lower = word.toLowerCase();
        const sentenceStart = k === 0 || tokens[k - 1].sentence !== t.sentence || /^[“"‘(]$/.test(tokens[k - 1].value);
        const common = COMMON_WORDS.has(lower) || (sentenceStart && writtenLower(lower));
        // Part of a longer capitalised name ("Trump Tower") unless the headline capitalises every word.
        const inLongerName = where !== 'headline' && k + 1 < tokens.length && isCap(tokens[k + 1]) && tokens[k + 1].sentence === t.sentence;
        if (!PLACES.has(lower) && !(common && sentenceStart) && !inLongerName) {
          const local = bySurname.get(lower);
          const r = local ? entityResolution(local) : null;
          const alone = !local && !bySurname.has(lower) ? registry.alone.get(lower) : undefined;
          const picked = alone ? pickEntry(alone, day) : null;
          if (r && local) {
            emit(t.start, t.start + word.length, where, r, local.name);
            continue;
          }
          if (picked) {
            emit(t.start, t.start + word.length, where, fromEntry(picked), null);
            continue;
          }
        }
      }
      // "a spokesman for Pelosi", "Trump's campaign manager" with no name of their own: the staff take
      // the principal's side. A staff phrase right after a named person describes that person.
      const staff = staffPhrase(text, tokens, k);
      if (!staff) continue;
      // A staff phrase right before a name ("Obama's press secretary Ben LaBolt") is that person's role.
      const nextMention = mentions[next];
      const beforeName = nextMention !== undefined && nextMention.start >= staff.end && /^[\s,]*$/.test(text.slice(staff.end, nextMention.start)) && index.entities.get(nextMention.entityId)?.type !== 'organisation';
      const personEnd = lastPersonEnd > staff.start ? prevPersonEnd : lastPersonEnd;
      if (!beforeName && !(personEnd >= 0 && /^,\s+(?:(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,3})?$/u.test(text.slice(personEnd, staff.start)))) {
        const p = principal(staff.principal, staff.start);
        if (p) {
          emit(staff.start, staff.end, where, { actor: `${staff.staff} ${staff.preposition} ${p.actor}`, actorId: null, actorType: 'person', terms: p.terms, born: null, sideSource: 'principal' }, null);
          skipUntil = staff.end;
        }
      }
    }
  }
  return resolveSides(out, day);
}

const STAFF_HEAD = /^(spokes(?:man|woman|person)|aide|adviser|advisor|staffer|lawyer|attorney|manager|secretary)$/i;

/** "spokesman for Pelosi" (from the staff word) or "Trump's campaign manager" (from the name). */
function staffPhrase(text: string, tokens: Token[], k: number): { start: number; end: number; staff: string; preposition: string; principal: string } | null {
  const t = tokens[k];
  // Every staff word starts with a, l, m or s (the regex has no u flag: its /i folds ASCII letters only).
  const c = t.value.charCodeAt(0) | 32;
  if ((c !== 97 && c !== 108 && c !== 109 && c !== 115) || !STAFF_HEAD.test(t.value)) return null;
  const staff = /^(manager|secretary)$/i.test(t.value) ? `${tokens[k - 1]?.value ?? ''} ${t.value}`.trim() : t.value.toLowerCase();
  if (/^(manager|secretary)$/i.test(t.value) && !/^(campaign|press)$/i.test(tokens[k - 1]?.value ?? '')) return null;
  const after = /^\s+(for|to)\s+(?:the\s+)?((?:(?:Sen|Rep|Gov|Speaker|President|Vice President|Senator)\.?\s+)?(?:\p{Lu}[\p{L}’'.-]*\s?){1,3})/u.exec(text.slice(t.end, t.end + 60));
  if (after) {
    const principal = after[2].trim().replace(/[’']s$/, '');
    return { start: /^(manager|secretary)$/i.test(t.value) ? tokens[k - 1].start : t.start, end: t.end + after[0].trimEnd().replace(/[’']s$/, '').length, staff, preposition: after[1], principal };
  }
  // "Trump's campaign manager", "Pelosi’s spokeswoman": the possessive name a few tokens before.
  for (let j = k - 1; j >= 1 && k - j <= 4; j -= 1) {
    const v = tokens[j].value;
    if (v === '’s' || v === "'s") {
      const name = tokens[j - 1];
      if (!isCap(name)) return null;
      return { start: name.start, end: t.end, staff, preposition: 'for', principal: name.value };
    }
    if (!startsLower(v)) return null;
  }
  return null;
}
