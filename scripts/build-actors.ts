// Builds lexicon/actors.json: people, parties and party bodies with the party of each term, from the
// public-domain (CC0) data of the unitedstates/congress-legislators project, as copied in
// ../shared/data/us-politicians/ (its README), plus a short hand-written list of party names and bodies.
// Run: npm run build:actors [-- path/to/us-politicians]
//
// What is kept, and why (the shipped file must stay small; runtime reads only the JSON):
// - every president and vice president since 1969 (executive.yaml), with their terms and parties;
// - every member of the current Congress (legislators-current.yaml), every term with its dates,
//   consecutive terms of one party and office merged into one span;
// - former members (legislators-historical.csv) born in 1920 or later: the file has no term dates,
//   only the party of the last term, so these keep that party without dates, the office type and the
//   birth year (runtime uses it to refuse a namesake who could not be the one meant at the article's
//   date). Members born earlier had left Congress by about 1990; news articles of the period
//   framelens reads (1990 on) rarely name them, and when they do a namesake is the likelier reading.
//   Members with no birthday in the file are left out for the same reason.
// Output is sorted and has no build date: the same input gives the same bytes.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';

const ROOT = join(import.meta.dirname, '..');
const INPUT = process.argv[2] ?? join(ROOT, '..', 'shared', 'data', 'us-politicians');
const OUTPUT = join(ROOT, 'lexicon', 'actors.json');
const HISTORICAL_BORN_FROM = 1920;
const EXECUTIVE_FROM = '1969-01-01';
/** Presidents and vice presidents whose surname alone names them in news text ("Trump said"). */
const ALONE_FROM = '1981-01-01';
/** Surnames that are also common words or first names: never taken alone. */
const NOT_ALONE = new Set(['bush', 'carter', 'ford', 'harris', 'gore', 'clinton']);
// Bush, Carter, Ford, Clinton, Harris and Gore are left out of `alone` on purpose: each is a common
// word, a place or a surname another person of the same story may carry (Hillary and Bill Clinton,
// George H. W. and George W. Bush). They resolve through the full name earlier in the article.

type Party = string;
/** [party, start, end, office]: dates are ISO days or null when unknown; office rep|sen|prez|viceprez. */
type Term = [Party, string | null, string | null, string];

interface ActorEntry {
  id: string;
  name: string;
  type: 'person' | 'organisation' | 'party' | 'group';
  names: string[];
  alone?: string[];
  born?: number;
  /** From the data's `bio.gender` / `gender` (M, F); people only. */
  gender?: Gender;
  /** Two-letter code of the state of the person's last term in Congress (round 8); people only. */
  state?: string;
  terms: Term[];
  source: string;
}

type Gender = 'male' | 'female';
/** The data writes M or F; anything else (or nothing) is no gender. */
const genderOf = (g: string | undefined): Gender | undefined => (g === 'M' ? 'male' : g === 'F' ? 'female' : undefined);

interface YamlPerson {
  id: { bioguide?: string; wikipedia?: string; ballotpedia?: string };
  name: { first: string; last: string; middle?: string; nickname?: string; official_full?: string; suffix?: string };
  bio?: { birthday?: string; gender?: string };
  terms: { type: string; start: string; end: string; party?: string; state?: string }[];
}

const SRC_CURRENT = 'unitedstates/congress-legislators legislators-current.yaml (CC0), as of 2026-06-15';
const SRC_EXEC = 'unitedstates/congress-legislators executive.yaml (CC0), as of 2026-06-15';
const SRC_HIST = 'unitedstates/congress-legislators legislators-historical.csv (CC0), as of 2025-03-14';
const SRC_FRAMELENS = 'framelens: party names and bodies, written by hand';

/** The data writes "Democrat"; the party's name is "Democratic". */
function partyName(p: string | undefined): Party {
  if (!p) return 'unknown';
  if (p === 'Democrat') return 'Democratic';
  return p;
}

/**
 * The name a person goes by, from the data's Wikipedia and Ballotpedia ids ("Dick Durbin" for
 * Richard J. Durbin): the id without its "(Illinois politician)" disambiguation, kept only when it
 * ends in the person's last name (with or without a suffix) and has two to four words.
 */
function knownAs(id: string | undefined, last: string): string | null {
  if (!id) return null;
  const name = id.replace(/_/g, ' ').replace(/\s*\([^)]*\)\s*$/, '').trim();
  const words = name.replace(/,?\s+(Jr\.|Sr\.|II|III|IV)$/, '').split(/\s+/);
  if (words.length < 2 || words.length > 4 || words.at(-1)!.toLowerCase() !== last.toLowerCase()) return null;
  return /^[\p{L}.' -]+$/u.test(name) ? name : null;
}

function nameForms(n: { first: string; last: string; middle?: string; nickname?: string; official_full?: string; suffix?: string }, ids: (string | undefined)[] = []): string[] {
  const forms = new Set<string>();
  for (const id of ids) {
    const known = knownAs(id, n.last);
    if (known) forms.add(known);
  }
  if (n.official_full) forms.add(n.official_full);
  forms.add(`${n.first} ${n.last}`);
  if (n.nickname) forms.add(`${n.nickname} ${n.last}`);
  // "J. Danforth Quayle": the middle name is the one used.
  if (/^\p{Lu}\.$/u.test(n.first) && n.middle) forms.add(`${n.middle} ${n.last}`);
  // "Hillary Rodham Clinton": a middle name written out (not an initial) is one more form.
  else if (n.middle && !/^\p{Lu}\.?$/u.test(n.middle)) forms.add(`${n.first} ${n.middle} ${n.last}`);
  return [...forms].sort();
}

/**
 * The first names a person goes by: the data's first name (its middle name when the first is an
 * initial, "J. Danforth Quayle"), the nickname, and the first word of the name in the Wikipedia and
 * Ballotpedia ids ("Dick Durbin"). Lower case, one word, no initials.
 */
function givenNames(person: YamlPerson): string[] {
  const n = person.name;
  const out = new Set<string>();
  const take = (w: string | undefined) => {
    const word = w?.trim().split(/\s+/)[0]?.replace(/^["“(]+|["”),]+$/g, '');
    if (word && /^\p{Lu}[\p{L}'’-]+$/u.test(word)) out.add(word.toLowerCase());
  };
  take(/^\p{Lu}\.?$/u.test(n.first) ? n.middle : n.first);
  take(n.nickname);
  for (const id of [person.id.wikipedia, person.id.ballotpedia]) {
    const known = knownAs(id, n.last);
    if (known) take(known);
  }
  return [...out].sort();
}

/** Merges consecutive terms of one party and office (a senator's three terms are one span). */
function mergeTerms(terms: Term[]): Term[] {
  const sorted = [...terms].sort((a, b) => (a[1] ?? '').localeCompare(b[1] ?? ''));
  const out: Term[] = [];
  for (const t of sorted) {
    const last = out.at(-1);
    const gap = last && last[2] && t[1] ? (Date.parse(t[1]) - Date.parse(last[2])) / 86_400_000 : Infinity;
    if (last && last[0] === t[0] && last[3] === t[3] && gap <= 45) last[2] = t[2];
    else out.push([...t]);
  }
  return out;
}

function readYaml(file: string): YamlPerson[] {
  return parse(readFileSync(join(INPUT, file), 'utf8')) as YamlPerson[];
}

/** A tiny CSV reader for the historical file: quoted fields with commas and doubled quotes. */
function readCsv(file: string): Record<string, string>[] {
  const text = readFileSync(join(INPUT, file), 'utf8');
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i += 1; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\n') { row.push(field); rows.push(row); row = []; field = ''; }
    else if (c !== '\r') field += c;
  }
  if (field || row.length) { row.push(field); rows.push(row); }
  const [header, ...body] = rows;
  return body.map((r) => Object.fromEntries(header.map((h, k) => [h, r[k] ?? ''])));
}

const GROUPS: ActorEntry[] = [
  { id: 'party:democratic', name: 'Democratic Party', type: 'party', names: ['Democratic Party', 'Democrats', 'Dems', 'Democratic National Committee', 'DNC'], terms: [['Democratic', null, null, 'party']], source: SRC_FRAMELENS },
  { id: 'party:republican', name: 'Republican Party', type: 'party', names: ['Republican Party', 'Republicans', 'GOP', 'G.O.P.', 'Republican National Committee', 'RNC'], terms: [['Republican', null, null, 'party']], source: SRC_FRAMELENS },
  { id: 'group:dccc', name: 'Democratic Congressional Campaign Committee', type: 'organisation', names: ['Democratic Congressional Campaign Committee', 'DCCC', 'Democratic Senatorial Campaign Committee', 'DSCC', 'Democratic Governors Association'], terms: [['Democratic', null, null, 'party']], source: SRC_FRAMELENS },
  { id: 'group:nrcc', name: 'National Republican Congressional Committee', type: 'organisation', names: ['National Republican Congressional Committee', 'NRCC', 'National Republican Senatorial Committee', 'NRSC', 'Republican Governors Association'], terms: [['Republican', null, null, 'party']], source: SRC_FRAMELENS },
  { id: 'group:freedom-caucus', name: 'House Freedom Caucus', type: 'group', names: ['House Freedom Caucus', 'Freedom Caucus'], terms: [['Republican', null, null, 'party']], source: SRC_FRAMELENS },
  { id: 'group:tea-party', name: 'Tea Party', type: 'group', names: ['Tea Party', 'Tea Party Caucus'], terms: [['Republican', null, null, 'party']], source: SRC_FRAMELENS },
  { id: 'group:progressive-caucus', name: 'Congressional Progressive Caucus', type: 'group', names: ['Congressional Progressive Caucus', 'Progressive Caucus'], terms: [['Democratic', null, null, 'party']], source: SRC_FRAMELENS },
  { id: 'group:blue-dog', name: 'Blue Dog Coalition', type: 'group', names: ['Blue Dog Coalition', 'Blue Dogs', 'Blue Dog Democrats'], terms: [['Democratic', null, null, 'party']], source: SRC_FRAMELENS },
];

function main(): void {
  for (const f of ['executive.yaml', 'legislators-current.yaml', 'legislators-historical.csv']) {
    if (!existsSync(join(INPUT, f))) {
      console.error(`build-actors: ${join(INPUT, f)} not found`);
      process.exit(2);
    }
  }
  const byId = new Map<string, ActorEntry>();
  /** The first names each person of the file goes by, for the first-name gender table. */
  const firstNames = new Map<string, Set<string>>();
  const add = (id: string, person: YamlPerson, terms: Term[], source: string, state?: string) => {
    const born = person.bio?.birthday ? Number(person.bio.birthday.slice(0, 4)) : undefined;
    const gender = genderOf(person.bio?.gender);
    const existing = byId.get(id);
    const names = firstNames.get(id) ?? new Set<string>();
    for (const n of givenNames(person)) names.add(n);
    firstNames.set(id, names);
    if (existing) {
      existing.gender ??= gender;
      if (state) existing.state ??= state;
      existing.terms.push(...terms);
      existing.names = [...new Set([...existing.names, ...nameForms(person.name, [person.id.wikipedia, person.id.ballotpedia])])].sort();
      if (!existing.source.includes(source)) existing.source += `; ${source}`;
      return;
    }
    const name = person.name.official_full ?? `${person.name.nickname ?? person.name.first} ${person.name.last}`;
    byId.set(id, { id, name, type: 'person', names: nameForms(person.name, [person.id.wikipedia, person.id.ballotpedia]), ...(born ? { born } : {}), ...(gender ? { gender } : {}), ...(state ? { state } : {}), terms, source });
  };

  const presidency: Term[] = [];
  for (const p of readYaml('executive.yaml')) {
    const terms = p.terms.filter((t) => t.end >= EXECUTIVE_FROM).map((t): Term => [partyName(t.party), t.start, t.end, t.type]);
    if (terms.length === 0) continue;
    const id = `bioguide:${p.id.bioguide ?? `${p.name.first}-${p.name.last}`.toLowerCase()}`;
    add(id, p, terms, SRC_EXEC);
    for (const t of terms) if (t[3] === 'prez') presidency.push(t);
    const surname = p.name.last.toLowerCase();
    if (terms.some((t) => (t[2] ?? '') >= ALONE_FROM) && !NOT_ALONE.has(surname)) {
      const e = byId.get(id)!;
      e.alone = [...new Set([...(e.alone ?? []), p.name.last])];
    }
  }
  for (const p of readYaml('legislators-current.yaml')) {
    // The state a member stands for: that of the last term in Congress ("the Florida senator").
    const state = p.terms.filter((t) => (t.type === 'sen' || t.type === 'rep') && t.state).at(-1)?.state;
    add(`bioguide:${p.id.bioguide}`, p, p.terms.map((t): Term => [partyName(t.party), t.start, t.end, t.type]), SRC_CURRENT, state);
  }
  let dropped = 0;
  for (const r of readCsv('legislators-historical.csv')) {
    const born = r.birthday ? Number(r.birthday.slice(0, 4)) : 0;
    const id = `bioguide:${r.bioguide_id}`;
    if (byId.has(id)) {
      // A former member who became president or vice president: the state they stood for.
      const e = byId.get(id)!;
      if (r.state && (r.type === 'sen' || r.type === 'rep')) e.state ??= r.state;
      continue;
    }
    if (born < HISTORICAL_BORN_FROM) {
      dropped += 1;
      continue;
    }
    const person: YamlPerson = {
      id: { bioguide: r.bioguide_id, wikipedia: r.wikipedia_id || undefined, ballotpedia: r.ballotpedia_id || undefined },
      name: { first: r.first_name, last: r.last_name, middle: r.middle_name || undefined, nickname: r.nickname || undefined, official_full: r.full_name || undefined },
      bio: { birthday: r.birthday, gender: r.gender || undefined },
      terms: [],
    };
    add(id, person, [[partyName(r.party || undefined), null, null, r.type]], SRC_HIST, (r.type === 'sen' || r.type === 'rep') && r.state ? r.state : undefined);
  }
  for (const e of byId.values()) e.terms = mergeTerms(e.terms);

  // The White House and "the administration" stand for the sitting president's party: their terms
  // are the presidents' terms.
  const whiteHouse: ActorEntry = {
    id: 'office:white-house',
    name: 'the White House',
    type: 'organisation',
    names: ['White House', 'the administration'],
    terms: mergeTerms(presidency.map((t): Term => [t[0], t[1], t[2], 'prez'])),
    source: `${SRC_EXEC}; the sitting president's party`,
  };
  const actors = [...GROUPS, whiteHouse, ...[...byId.values()].sort((a, b) => a.id.localeCompare(b.id))];
  const out = {
    about: 'Actors with a party: US presidents and vice presidents since 1969, members of the current Congress with every term, former members born 1920 or later (party of the last term, no dates), party names and bodies. Built by scripts/build-actors.ts (npm run build:actors) from the public-domain unitedstates/congress-legislators data. Term: [party, start, end, office]. gender: male or female, from the data (bio.gender / gender), people only. state: two-letter code of the state of a member\'s last term in Congress (terms[].state / state).',
    actors,
  };
  writeFirstNames(actors);
  writeFirstNameGenders(actors, firstNames);
  // One entry per line: diffs stay readable, the file stays compact.
  const json = `{"about":${JSON.stringify(out.about)},"actors":[\n${actors.map((a) => JSON.stringify(a)).join(',\n')}\n]}\n`;
  writeFileSync(OUTPUT, json);
  console.error(`build-actors: ${actors.length} actors (${dropped} former members born before ${HISTORICAL_BORN_FROM} left out), ${(json.length / 1024).toFixed(0)} KB -> ${OUTPUT}`);
}

/**
 * First names one person goes by in the data ("Richard" and "Dick" for Richard J. Durbin, from the
 * nickname and the Wikipedia and Ballotpedia ids): pairs seen for at least MIN_PEOPLE people, joined
 * into classes, so a story can tell "Jim Mattis" and "James Mattis" are one name.
 */
const MIN_PEOPLE = 3;
function writeFirstNames(actors: readonly ActorEntry[]): void {
  const pairs = new Map<string, number>();
  for (const e of actors) {
    if (e.type !== 'person') continue;
    const byLast = new Map<string, Set<string>>();
    for (const n of e.names) {
      const words = n.split(/\s+/).filter((w) => !/^(\p{Lu}\.|Jr\.|Sr\.|II|III|IV)$/u.test(w));
      if (words.length >= 2) byLast.set(words.at(-1)!, (byLast.get(words.at(-1)!) ?? new Set()).add(words[0]));
    }
    const seen = new Set<string>();
    for (const firsts of byLast.values()) {
      const list = [...firsts].sort();
      for (let i = 0; i < list.length; i += 1) for (let j = i + 1; j < list.length; j += 1) seen.add(`${list[i]}|${list[j]}`);
    }
    for (const p of seen) pairs.set(p, (pairs.get(p) ?? 0) + 1);
  }
  // Classes by union of the frequent pairs ("Steve" with "Steven" and "Stephen").
  const parent = new Map<string, string>();
  const find = (x: string): string => (parent.get(x) ?? x) === x ? x : find(parent.get(x)!);
  for (const [p, n] of [...pairs].sort()) {
    if (n < MIN_PEOPLE) continue;
    const [a, b] = p.split('|').map(find);
    if (a !== b) parent.set(a < b ? b : a, a < b ? a : b);
    for (const x of p.split('|')) if (!parent.has(x)) parent.set(x, x);
  }
  const classes = new Map<string, string[]>();
  for (const x of parent.keys()) classes.set(find(x), [...(classes.get(find(x)) ?? []), x]);
  const variants = [...classes.values()].map((c) => c.sort()).sort((a, b) => a[0].localeCompare(b[0]));
  const out = {
    about: `First names that one person goes by, each class seen for at least ${MIN_PEOPLE} members of Congress in the data (official name, nickname, Wikipedia and Ballotpedia ids). Built by scripts/build-actors.ts (npm run build:actors).`,
    source: `${SRC_CURRENT}; ${SRC_HIST}`,
    variants,
  };
  writeFileSync(join(dirname(OUTPUT), 'first-names.json'), `{"about":${JSON.stringify(out.about)},\n"source":${JSON.stringify(out.source)},\n"variants":[\n${variants.map((v) => JSON.stringify(v)).join(',\n')}\n]}\n`);
  console.error(`build-actors: ${variants.length} classes of first names -> lexicon/first-names.json`);
}

/**
 * The gender a first name tells, from the people of the file (the population lexicon/actors.json
 * holds: presidents and vice presidents since 1969, the current Congress, former members born 1920 or
 * later; the same cut, and it keeps out generations whose names told another gender, "Marion",
 * "Leslie"). The rule, fixed before the table was looked at: a first name gets a gender when at least
 * MIN_BEARERS people of the file go by it and at least MIN_SHARE of them are of one gender. Each
 * person counts once per name (givenNames). A name common in the world but rare in Congress gets no
 * gender: the table says what the Congress data shows, nothing more.
 */
const MIN_BEARERS = 5;
const MIN_SHARE = 0.95;
function writeFirstNameGenders(actors: readonly ActorEntry[], firstNames: ReadonlyMap<string, ReadonlySet<string>>): void {
  const counts = new Map<string, { male: number; female: number }>();
  for (const e of actors) {
    if (e.type !== 'person' || !e.gender) continue;
    for (const n of firstNames.get(e.id) ?? []) {
      const c = counts.get(n) ?? { male: 0, female: 0 };
      c[e.gender] += 1;
      counts.set(n, c);
    }
  }
  const rows: [string, Gender, number, number][] = [];
  const mixed: string[] = [];
  for (const [n, c] of [...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const bearers = c.male + c.female;
    if (bearers < MIN_BEARERS) continue;
    const gender: Gender = c.male >= c.female ? 'male' : 'female';
    if (c[gender] / bearers < MIN_SHARE) {
      mixed.push(`${n} ${c.male}/${c.female}`);
      continue;
    }
    rows.push([n, gender, c[gender], bearers]);
  }
  const about = `The gender a first name tells, when the article's text tells none: a name borne by at least ${MIN_BEARERS} people of lexicon/actors.json (presidents and vice presidents since 1969, members of the current Congress, former members born 1920 or later), at least ${Math.round(MIN_SHARE * 100)}% of them of one gender. Each row: [first name in lower case, gender, people of that gender, people who go by the name]. US-Congress-derived: a name common in the world but rare in Congress has no row, and gets no gender. Built by scripts/build-actors.ts (npm run build:actors).`;
  const source = `${SRC_EXEC}; ${SRC_CURRENT}; ${SRC_HIST}; each person's bio.gender / gender`;
  writeFileSync(join(dirname(OUTPUT), 'first-name-genders.json'), `{"about":${JSON.stringify(about)},\n"source":${JSON.stringify(source)},\n"minBearers":${MIN_BEARERS},"minShare":${MIN_SHARE},\n"names":[\n${rows.map((r) => JSON.stringify(r)).join(',\n')}\n]}\n`);
  const female = rows.filter((r) => r[1] === 'female').length;
  console.error(`build-actors: ${rows.length} first names with a gender (${female} female, ${rows.length - female} male; ${mixed.length} borne by ${MIN_BEARERS} or more of mixed gender, men/women: ${mixed.join(', ')}) -> lexicon/first-name-genders.json`);
}

main();
