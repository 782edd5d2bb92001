// The side of an actor at the article's date, from the party terms its mention carries. Pure, so it
// runs again when the corpus manifest gives the article another date (src/corpus/overlay.ts).
import { byCode } from './compare.js';
import type { ActorMention, Side } from './types.js';
import type { PartyTerm } from './data.js';

/** Democratic -> left, Republican -> right; any other party (Independent, Libertarian …) has no side. */
export function sideOfParty(party: string | null): Side | null {
  if (party === 'Democratic') return 'left';
  if (party === 'Republican') return 'right';
  return null;
}

/** An ISO day from a published date as the article or the manifest writes it, or null. */
export function dayOf(published: string | null | undefined): string | null {
  if (!published) return null;
  const iso = /^(\d{4}-\d{2}-\d{2})/.exec(published);
  if (iso) return iso[1];
  const t = Date.parse(published);
  return Number.isNaN(t) ? null : new Date(t).toISOString().slice(0, 10);
}

/**
 * The party in force on `day`: the term covering it; else the last term that ended before it (a former
 * member keeps the party they left with); else the first term (the article is older than the data).
 * Without a day: the party all dated terms agree on, else none. Undated terms (a party, a designator, a former member's last party)
 * hold at any date.
 */
export function partyAt(terms: readonly PartyTerm[], day: string | null): string | null {
  if (terms.length === 0) return null;
  const undated = terms.find((t) => t[1] === null && t[2] === null);
  const dated = terms.filter((t) => t[1] !== null || t[2] !== null).sort((a, b) => byCode(a[1] ?? '', b[1] ?? ''));
  if (dated.length === 0) return undated ? undated[0] : null;
  // Without a day, a party that changed over the terms ("the White House") is unknown, not the latest.
  if (day === null) return dated.every((t) => t[0] === dated[0][0]) ? dated[0][0] : null;
  const inForce = dated.filter((t) => (t[1] === null || t[1] <= day) && (t[2] === null || day < t[2]));
  // Two terms meet on the day one ends and the next starts; the one that starts that day is in force.
  if (inForce.length > 0) return inForce.at(-1)![0];
  const before = dated.filter((t) => t[2] !== null && t[2] <= day);
  if (before.length > 0) return before.sort((a, b) => byCode(a[2]!, b[2]!)).at(-1)![0];
  return dated[0][0];
}

/** Presidents and vice presidents are written about long after their time ("Nixon's resignation"). */
export const heldNationalOffice = (terms: readonly PartyTerm[]): boolean => terms.some((t) => t[3] === 'prez' || t[3] === 'viceprez');

/**
 * Could a person born in `born` be the one an article of `day` names? Adults of working age only: a
 * namesake born a century earlier (or a child) is not the politician of the data. A president or
 * vice president (`historical`) is recalled by name long after office ("Nixon's resignation" in 2019):
 * for them the bound is living memory, 120 years: Nixon (born 1913) keeps his party in a 2019
 * article, a president born in 1880 (from a user's actors file) does not.
 */
export function plausibleAt(born: number | null | undefined, day: string | null, historical = false): boolean {
  if (!born || !day) return true;
  const year = Number(day.slice(0, 4));
  return born <= year - 21 && born >= year - (historical ? 120 : 100);
}

/** Every mention's party and side at `day` (null: the latest term). Pure: records in, records out. */
export function resolveSides(mentions: readonly ActorMention[], day: string | null): ActorMention[] {
  return mentions.map((m) => {
    if (m.terms.length === 0) return m.side === null && m.party === null ? m : { ...m, side: null, party: null };
    const party = plausibleAt(m.born, day, heldNationalOffice(m.terms)) ? partyAt(m.terms, day) : null;
    return { ...m, party, side: sideOfParty(party) };
  });
}
