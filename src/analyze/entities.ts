// People and organisations, from capitalisation, wink part-of-speech tags and word lists:
// wink's lite model has no person/organisation recogniser of its own.
import type { StructuredBlock, Token } from '../types.js';
import { wordLists } from './word-lists.js';

export type EntityType = 'person' | 'organisation' | 'unknown';

export interface Entity {
  id: string;
  name: string;
  type: EntityType;
  role: string | null;
  mentions: number;
}

export interface Mention {
  entityId: string;
  text: string;
  start: number;
  end: number;
  /** Role words written next to this mention ("Homeland Security Secretary"). */
  role: string | null;
}

export interface EntityIndex {
  entities: Map<string, Entity>;
  /** Sorted by start offset. */
  mentions: Mention[];
}

const ACRONYM = /^[A-Z][A-Z&]{1,5}$/;
const NOT_ENTITIES = new Set(['I', 'A', 'OK', 'AM', 'PM', 'TV', 'CEO', 'US', 'UK', 'EU', 'UN', 'GOP']);

const isCapWord = (t: Token) => t.type === 'word' && /^\p{Lu}/u.test(t.value);
const isPossessive = (t: Token) => t.value === '’s' || t.value === "'s" || t.value === '’' || t.value === "'";

function isRunStart(tokens: Token[], k: number, dates: ReadonlySet<number>): boolean {
  const t = tokens[k];
  if (!isCapWord(t) || dates.has(k) || wordLists().speechVerbs.has(t.lemma) || t.value === 'I' || t.value.startsWith('I’') || t.value.startsWith("I'")) return false;
  const first = k === 0 || tokens[k - 1].sentence !== t.sentence || /^[“"‘(]$/.test(tokens[k - 1].value);
  if (first && t.pos !== 'PROPN' && !ACRONYM.test(t.value)) return false;
  return true;
}

/** Runs of capitalised tokens, joined across "and"/"of"/"the"/hyphens; possessives end a run. */
function capitalisedRuns(tokens: Token[], dates: ReadonlySet<number>): [number, number][] {
  const runs: [number, number][] = [];
  let k = 0;
  while (k < tokens.length) {
    if (!isRunStart(tokens, k, dates)) {
      k += 1;
      continue;
    }
    const first = k;
    let last = k;
    while (last + 1 < tokens.length) {
      const next = tokens[last + 1];
      if (next.sentence !== tokens[first].sentence) break;
      if (isCapWord(next) && !dates.has(last + 1)) last += 1;
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

interface RawMention {
  text: string;
  start: number;
  end: number;
  type: EntityType;
  name: string;
  role: string | null;
  acronym: string | null;
}

function classifyRun(tokens: Token[], first: number, last: number, source: string): RawMention[] {
  const lists = wordLists();
  const words = tokens.slice(first, last + 1);
  const text = textOf(tokens, first, last, source);
  const lower = words.map((t) => t.normal);
  const hasOrgWord = lower.some((w) => lists.orgWords.has(w));
  // "Marcos Charles and Derek Gordon": two people, not one name.
  const andAt = words.findIndex((t) => t.value === 'and' || t.value === '&');
  if (andAt > 0) {
    const parts = [...classifyRun(tokens, first, first + andAt - 1, source), ...classifyRun(tokens, first + andAt + 1, last, source)];
    if (!hasOrgWord || parts.some((m) => m.type === 'person')) return parts;
  }
  // "Career ICE officials": the acronym is the organisation, the capitalised word beside it is not a name.
  const acronymAt = words.findIndex((t) => ACRONYM.test(t.value) && !NOT_ENTITIES.has(t.value));
  const hasTitle = words.some((t, k) => k > acronymAt && lists.titles.has(t.normal));
  if (acronymAt >= 0 && words.length > 1 && !hasOrgWord && !hasTitle) return classifyRun(tokens, first + acronymAt, first + acronymAt, source);
  const acronymAfter =
    tokens[last + 1]?.value === '(' && tokens[last + 2] && ACRONYM.test(tokens[last + 2].value) && tokens[last + 3]?.value === ')' ? tokens[last + 2].value : null;
  if (words.length === 1 && ACRONYM.test(words[0].value)) {
    if (NOT_ENTITIES.has(words[0].value)) return [];
    return [{ text, start: words[0].start, end: words[0].end, type: 'organisation', name: words[0].value, role: null, acronym: words[0].value }];
  }
  let lastTitle = -1;
  words.forEach((t, k) => {
    if (lists.titles.has(t.normal) || (k < words.length - 1 && lists.orgWords.has(t.normal) && lastTitle === k - 1 && k > 0)) lastTitle = k;
  });
  const nameWords = words.slice(lastTitle + 1);
  // "Senior White House Official": a role written out, not a name.
  if (lastTitle === words.length - 1) return [];
  const titled = lastTitle >= 0 && nameWords.length >= 1 && nameWords.length <= 3 && !nameWords.some((t) => lists.orgWords.has(t.normal) || ACRONYM.test(t.value));
  if (titled) {
    const nameStart = first + lastTitle + 1;
    const ownRole = textOf(tokens, first, nameStart - 1, source);
    const before = roleBefore(tokens, first, source);
    return [{ text, start: tokens[nameStart].start, end: tokens[last].end, type: 'person', name: textOf(tokens, nameStart, last, source), role: before ? `${before} ${ownRole}` : ownRole, acronym: null }];
  }
  if (hasOrgWord || acronymAfter) {
    const name = text.replace(/^the\s+/i, '');
    return [{ text, start: tokens[first].start, end: tokens[last].end, type: 'organisation', name, role: null, acronym: acronymAfter }];
  }
  const type: EntityType = words.length >= 2 && words.length <= 4 ? 'person' : 'unknown';
  return [{ text, start: tokens[first].start, end: tokens[last].end, type, name: text, role: type === 'person' ? roleBefore(tokens, first, source) : null, acronym: null }];
}

const initials = (name: string) => name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');

/** Finds the people and organisations of an article and links every mention to one entity. */
export function indexEntities(blocks: StructuredBlock[], source: string): EntityIndex {
  const raw: RawMention[] = [];
  for (const block of blocks) {
    if (block.role !== 'body' && block.role !== 'dek') continue;
    const tokens = block.parsed.tokens;
    // Month and weekday names are dates (wink's NER finds those), not names.
    const dates = new Set<number>();
    for (const e of block.parsed.entities) if (e.type === 'DATE' || e.type === 'DURATION' || e.type === 'TIME') for (let k = e.firstToken; k <= e.lastToken; k += 1) dates.add(k);
    for (const [first, last] of capitalisedRuns(tokens, dates)) raw.push(...classifyRun(tokens, first, last, source));
  }
  const acronyms = new Set(raw.filter((m) => m.acronym).map((m) => m.acronym!));
  const entities = new Map<string, Entity>();
  const surnameToId = new Map<string, string>();
  const keyOf = (m: RawMention): string => {
    if (m.type === 'organisation') {
      const acronym = m.acronym ?? (acronyms.has(initials(m.name)) ? initials(m.name) : null);
      return `org:${(acronym ?? m.name).toLowerCase()}`;
    }
    if (m.type === 'person') return `person:${m.name.split(/\s+/).at(-1)!.toLowerCase()}`;
    return surnameToId.get(m.name.toLowerCase()) ?? `unknown:${m.name.toLowerCase()}`;
  };
  // People first, so a lone surname later in the text can find them.
  for (const m of raw) if (m.type === 'person') surnameToId.set(m.name.split(/\s+/).at(-1)!.toLowerCase(), keyOf(m));
  for (const m of raw) if (m.type === 'organisation' && (m.acronym || acronyms.has(initials(m.name)))) surnameToId.set(m.name.toLowerCase(), keyOf(m));
  const mentions: Mention[] = [];
  for (const m of raw) {
    const id = m.type === 'unknown' ? (surnameToId.get(m.name.toLowerCase()) ?? keyOf(m)) : keyOf(m);
    const entity = entities.get(id);
    const displayName = m.type === 'organisation' && id.startsWith('org:') && acronyms.has(id.slice(4).toUpperCase()) ? id.slice(4).toUpperCase() : m.name;
    if (!entity) {
      entities.set(id, { id, name: displayName, type: id.startsWith('person:') ? 'person' : id.startsWith('org:') ? 'organisation' : 'unknown', role: m.role, mentions: 1 });
    } else {
      entity.mentions += 1;
      // Keep the fullest form of a person's name; keep the first role written.
      if (entity.type === 'person' && m.type === 'person' && m.name.split(/\s+/).length > entity.name.split(/\s+/).length) entity.name = m.name;
      entity.role ??= m.role;
    }
    mentions.push({ entityId: id, text: m.text, start: m.start, end: m.end, role: m.role });
  }
  mentions.sort((a, b) => a.start - b.start);
  return { entities, mentions };
}
