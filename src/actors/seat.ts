// The seat the actors data gives a person an article names: the state a member of Congress stands for,
// the offices held and the party at the article's date. Quote speakers read it to resolve "the Florida
// senator" or "the California Democrat" to the article's person from that state (round 8). Pure: the
// registry and the article's day in, a lookup out.
import type { Entity, KnownSeat } from '../analyze/entities.js';
import type { ActorRegistry } from './data.js';
import { dataPeople } from './gender.js';
import { inOfficeAt } from './find.js';
import { heldNationalOffice, partyAt, plausibleAt } from './sides.js';

/**
 * The lookup: the data's people the name leads to who could be meant at `day` (as for gender: the
 * birth-year rule, then those in office that day when any are); their state, offices and party when
 * they all agree on the state; null otherwise (no one, no state, namesakes from different states).
 */
export function knownSeat(registry: ActorRegistry, day: string | null): KnownSeat {
  return (e: Entity, roles: readonly string[]) => {
    const found = dataPeople(e, roles, registry);
    let people = found.people.filter((x) => plausibleAt(x.born, day, heldNationalOffice(x.terms)));
    const serving = day ? people.filter((x) => inOfficeAt(x, day, found.office)) : [];
    if (serving.length > 0) people = serving;
    const state = people[0]?.state;
    if (!state || !people.every((x) => x.state === state)) return null;
    const parties = new Set(people.map((x) => partyAt(x.terms, day)));
    return { state, offices: [...new Set(people.flatMap((x) => x.terms.map((t) => t[3] ?? '')))].filter(Boolean).sort(), party: parties.size === 1 ? [...parties][0] : null };
  };
}
