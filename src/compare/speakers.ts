// One name per speaker across the articles of a story. Each article already links its own mentions
// ("Mr. Trump", "President Trump", "he") to its fullest name; articles still differ ("Trump" in one,
// "Donald J. Trump" in another), so people are merged here by surname, unless two people of the
// story share it (Bill and Hillary Clinton), and organisations by name or acronym.
import { append } from '../collections.js';
import type { ArticleAnalysis } from '../analyze/index.js';

const SUFFIX = /^(jr\.?|sr\.?|ii|iii|iv)$/i;
const isInitial = (w: string) => /^\p{Lu}\.?$/u.test(w);

/** Name words without honorifics ("Mr.") and suffixes ("Jr."). */
function nameWords(name: string): string[] {
  return name.split(/\s+/).filter((w) => w && !/^(mr|mrs|ms|miss|dr|sen|rep|gov|gen|rev|prof|president|senator|governor)\.?$/i.test(w) && !SUFFIX.test(w.replace(/,$/, '')));
}
const surname = (words: string[]) => (words.at(-1) ?? '').toLowerCase();
const firstName = (words: string[]) => (words.length >= 2 && !isInitial(words[0]) ? words[0].toLowerCase() : null);
const initials = (name: string) => name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w) && !/^(of|and|the|for)$/i.test(w)).map((w) => w[0]).join('');
const isAcronym = (name: string) => /^[A-Z][A-Z&]{1,5}$/.test(name);

interface NameCount {
  name: string;
  person: boolean;
  quotes: number;
}

/** Every speaker name the articles use -> the name the story uses for that speaker. */
export function canonicalSpeakers(articles: readonly ArticleAnalysis[]): Map<string, string> {
  const counts = new Map<string, NameCount>();
  for (const a of articles) {
    for (const q of a.quotes) {
      if (q.quoteKind !== 'speech' || q.speaker === null) continue;
      const c = counts.get(q.speaker) ?? { name: q.speaker, person: q.speakerType !== 'organisation', quotes: 0 };
      c.quotes += 1;
      counts.set(q.speaker, c);
    }
  }
  const canonical = new Map<string, string>();
  // People: by surname; first names split a surname the story's people share.
  const bySurname = new Map<string, NameCount[]>();
  for (const c of counts.values()) {
    if (!c.person || isAcronym(c.name)) continue;
    const words = nameWords(c.name);
    if (words.length === 0 || words.length > 4) continue;
    const key = surname(words);
    append(bySurname, key, c);
  }
  for (const group of bySurname.values()) {
    const firsts = new Set(group.map((c) => firstName(nameWords(c.name))).filter((f): f is string => f !== null));
    const clusters = new Map<string, NameCount[]>();
    for (const c of group) {
      const first = firstName(nameWords(c.name));
      // A lone surname joins the full name only when the story has one person of that surname.
      const key = first ?? (firsts.size === 1 ? [...firsts][0] : '');
      append(clusters, key, c);
    }
    for (const cluster of clusters.values()) {
      const best = [...cluster].sort((x, y) => rank(y) - rank(x) || nameWords(x.name).filter((w) => !isInitial(w)).length - nameWords(y.name).filter((w) => !isInitial(w)).length || x.name.localeCompare(y.name))[0];
      for (const c of cluster) canonical.set(c.name, best.name);
    }
  }
  // Organisations: an acronym another article spells out ("ICE" / "Immigration and Customs Enforcement").
  const acronyms = new Set([...counts.values()].map((c) => c.name).filter(isAcronym));
  for (const c of counts.values()) {
    if (canonical.has(c.name)) continue;
    const short = initials(c.name.replace(/^the\s+/i, ''));
    canonical.set(c.name, !isAcronym(c.name) && short.length >= 2 && acronyms.has(short) ? short : c.name.replace(/^the\s+/i, ''));
  }
  return canonical;
}

/** Full names first (first name and surname), then the form used most. */
function rank(c: NameCount): number {
  const words = nameWords(c.name);
  return (firstName(words) ? 1000 : 0) + c.quotes;
}
