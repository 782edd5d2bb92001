// Resolves the words that name a speaker or source ("he", "the agency", "the White House
// official", "Fox News host Sean Hannity") to an entity of the article.
import type { SpeakerType } from '../types.js';
import type { Entity, EntityIndex } from './entities.js';
import { wordLists } from './word-lists.js';
import { headWord } from './clauses.js';

export interface ResolvedSpeaker {
  name: string | null;
  type: SpeakerType;
  role: string | null;
  anonymous: boolean;
}

const PERSON_PRONOUNS = new Set(['he', 'she', 'him', 'her']);
const NEWS_ORG = /\b(news|times|post|journal|press|tribune|herald|gazette|axios|reuters|politico|bloomberg|cnn|msnbc|nbc|cbs|abc|bbc|npr|fox)\b/i;
const isNewsOrg = (e: Entity) => e.type === 'organisation' && NEWS_ORG.test(e.name);

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

const capitalisedWords = (text: string) => text.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w.toLowerCase());

/**
 * `start`/`end` are the offsets of the speaker words in the article text; `offset` is where the
 * speech is (antecedents must come before it).
 */
export function resolveSpeaker(index: EntityIndex, text: string, start: number, end: number, offset: number): ResolvedSpeaker {
  const lists = wordLists();
  const words = text.toLowerCase().replace(/[’']s\b/g, '').split(/\s+/).filter(Boolean);
  const head = headWord(text);
  const insideMentions: EntityIndex['mentions'] = [];
  for (let k = firstMentionFrom(index, start); k < index.mentions.length && index.mentions[k].start < end; k += 1) if (index.mentions[k].end <= end) insideMentions.push(index.mentions[k]);
  const inside = insideMentions.map((m) => index.entities.get(m.entityId)!);
  // "two U.S. officials", "a senior Pentagon official": the head is not a name, so the source is unnamed,
  // unless they speak for a named organisation ("a spokesperson for the Department of Homeland Security").
  const headIsName = insideMentions.some((m) => text.slice(m.start - start, m.end - start).toLowerCase().split(/\s+/).includes(head));
  const definite = ['the', 'this', 'that'].includes(words[0] ?? '');
  const anonymousHead = lists.anonymousHeads.has(head) || lists.anonymousHeads.has(head.replace(/s$/, ''));
  if (!definite && anonymousHead) {
    const forOrg = / for (the )?/i.test(text) ? inside.find((e) => e.type === 'organisation') : undefined;
    if (forOrg && !headIsName) return fromEntity(forOrg);
    if (!headIsName) return { name: null, type: 'person', role: null, anonymous: true };
  }
  // "Fox News host Sean Hannity": the person, not the network that employs them.
  const person = inside.filter((e) => e.type === 'person').at(-1);
  if (person) return fromEntity(person);
  if (inside.length > 0) return fromEntity(inside[0]);

  if (words.length === 1 && PERSON_PRONOUNS.has(head)) {
    const antecedent = recentEntities(index, offset).find((e) => e.type === 'person');
    return antecedent ? fromEntity(antecedent) : { name: null, type: 'person', role: null, anonymous: false };
  }
  if (words.length === 1 && head === 'it') {
    const antecedent = salientOrganisation(index, offset);
    return antecedent ? fromEntity(antecedent) : { name: null, type: 'organisation', role: null, anonymous: false };
  }
  if (definite && lists.outletHeads.has(head)) {
    const outlet = recentEntities(index, offset).find(isNewsOrg);
    if (outlet) return fromEntity(outlet);
  }
  if (definite && lists.orgHeads.has(head)) {
    const org = salientOrganisation(index, offset);
    if (org) return fromEntity(org);
  }
  if (definite && lists.personHeads.has(head)) {
    // "the White House official": the person earlier described with those words.
    const descriptor = capitalisedWords(text);
    const people = recentEntities(index, offset).filter((e) => e.type === 'person');
    const match = people.find((e) => e.role && descriptor.length > 0 && descriptor.every((w) => e.role!.toLowerCase().includes(w)));
    const roleMatch = match ?? people.find((e) => e.role && e.role.toLowerCase().split(/\s+/).includes(head));
    if (roleMatch) return fromEntity(roleMatch);
  }
  if (anonymousHead) {
    return { name: null, type: 'person', role: null, anonymous: true };
  }
  if (/^\p{Lu}/u.test(text)) return { name: text.replace(/^the\s+/i, ''), type: 'unknown', role: null, anonymous: false };
  return { name: null, type: 'unknown', role: null, anonymous: false };
}
