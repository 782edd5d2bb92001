// Is a story actor a news outlet, a news agency or a platform? Such a name is where something was said
// or reported: the report lists it as a source on a line of its own, never as a sided actor. Read from
// the name only (the entity index has no organisation NER: "The Hill" comes to it as a person).
import type { MediaKind, MediaList } from '../lexicon/media.js';
import type { ActorType } from './data.js';

/** US broadcast call signs with their band: "KDVR-TV", "WTOP-FM". A bare call sign ("WADA") is too often something else. */
const CALL_SIGN = /^[KW][A-Z]{2,3}-(?:TV|DT|FM|AM)$/;

/**
 * The kind of media a name is, or null: a name the list writes exactly so ("The Hill"; "Hill" alone is
 * a surname), the same with a leading "The" the list leaves out ("The New York Times"), a call sign, or
 * a capitalised name of two or more words ending in a publication's word ("Quad-City Times"). A person's
 * name is taken by that last rule only after "The" ("The Indianapolis Star"): "Emily Post" is a person.
 */
export function mediaKindOf(name: string, type: ActorType, list: MediaList): MediaKind | null {
  const written = name.trim();
  const bare = written.replace(/^The\s+/, '');
  const listed = list.names.get(written) ?? list.names.get(bare);
  if (listed) return listed;
  if (CALL_SIGN.test(bare)) return 'news outlet';
  const words = bare.split(/\s+/);
  const headed = words.length >= 2 && words.every((w) => /^\p{Lu}/u.test(w)) && list.heads.has(words.at(-1)!);
  return headed && (type !== 'person' || bare !== written) ? 'news outlet' : null;
}
