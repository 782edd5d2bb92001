// The gender the actors data gives a person an article names (round 7: `gender` in lexicon/actors.json,
// from the public-domain Congress data's bio.gender). The entity index asks it only for a person whose
// text tells no gender, so "Senator Susan Collins … she said" reaches Collins even when a man was named
// in between. Pure: the registry and the article's day in, a lookup out.
import type { Entity, KnownGender } from '../analyze/entities.js';
import { surnameOf } from '../analyze/entities.js';
import type { ActorEntry, ActorRegistry } from './data.js';
import { nameKey } from './data.js';
import { inOfficeAt, officeOfRoles } from './find.js';
import { heldNationalOffice, plausibleAt } from './sides.js';

/**
 * The people of the data an entity's name leads to, as actor finding reads them (src/actors/find.ts):
 * the full name (a middle name the data does not write dropped), a surname that names a president
 * alone ("Trump"), or a surname with an office title ("Sen. Cruz") among that office's holders with
 * the same first initial.
 */
export function dataPeople(e: Entity, roles: readonly string[], registry: ActorRegistry): { people: readonly ActorEntry[]; office: RegExp | undefined } {
  const key = nameKey(e.name);
  if (!key) return { people: [], office: undefined };
  const words = key.split(' ');
  let cands = words.length >= 2 ? registry.byName.get(key) : registry.alone.get(key);
  if (!cands && words.length >= 3) cands = registry.byName.get(`${words[0]} ${words.at(-1)}`);
  let office: RegExp | undefined;
  if (!cands) {
    office = officeOfRoles(roles.concat(e.role ?? '').join(' ')) ?? undefined;
    const initial = words.length > 1 ? words[0][0] : null;
    if (office) cands = registry.bySurname.get(surnameOf(e.name))?.filter((x) => x.terms.some((t) => office!.test(t[3] ?? '')) && (initial === null || x.name[0].toLowerCase() === initial));
  }
  return { people: (cands ?? []).filter((x) => x.type === 'person'), office };
}

/**
 * The lookup the entity index calls: the gender of the data's people the name leads to who could be
 * meant at `day` (the birth-year rule of sides; among namesakes, those in office that day when any
 * are), when they all agree; null when there are none, when one of them has no gender, or when
 * namesakes disagree ("Sen. Murkowski" in an undated article: Lisa or Frank).
 */
export function knownGender(registry: ActorRegistry, day: string | null): KnownGender {
  return (e, roles) => {
    const found = dataPeople(e, roles, registry);
    let people = found.people.filter((x) => plausibleAt(x.born, day, heldNationalOffice(x.terms)));
    // Namesakes: the ones in office at the article's date, when there are any (as pickEntry reads them).
    const serving = day ? people.filter((x) => inOfficeAt(x, day, found.office)) : [];
    if (serving.length > 0) people = serving;
    if (people.length === 0) return null;
    const gender = people[0].gender ?? null;
    return gender && people.every((x) => x.gender === gender) ? gender : null;
  };
}
