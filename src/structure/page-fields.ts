// Headline, outlet and byline strings from page metadata and labels: pure string work.
import type { PageMeta } from '../types.js';
import type { BoilerplateCues } from './cues.js';

const TITLE_SEPARATOR = /\s+[|–—-]\s+|\s+::\s+/;

/** Splits "Headline | Outlet" into its parts; the outlet is the short last part. */
export function splitTitle(title: string, siteName: string | null): { headline: string; outlet: string | null } {
  let text = title.replace(/^(opinion|analysis|editorial|live|watch)\s*[|:]\s*/i, '');
  const parts = text.split(TITLE_SEPARATOR);
  if (parts.length < 2) return { headline: text.trim(), outlet: null };
  const wordCount = (s: string) => s.trim().split(/\s+/).length;
  // "Site - Section - Headline" or "Site | Headline": the headline is the one long part among short ones.
  const longest = parts.reduce((a, b) => (wordCount(b) > wordCount(a) ? b : a));
  const others = parts.filter((p) => p !== longest);
  if (wordCount(longest) >= 4 && others.every((p) => wordCount(p) <= 3) && longest !== parts[0]) {
    return { headline: longest.trim(), outlet: parts.length === 2 || others.length === 0 ? parts[0].trim() : null };
  }
  const last = parts.at(-1)!.trim();
  const isOutlet = (siteName !== null && last.toLowerCase() === siteName.toLowerCase()) || last.split(/\s+/).length <= 5;
  if (!isOutlet) return { headline: text.trim(), outlet: null };
  text = parts.slice(0, -1).join(' - ');
  return { headline: text.trim(), outlet: last };
}

/** The holder named in a copyright line: "© 2025 Latin Times. All rights reserved." -> "Latin Times". */
export function copyrightHolder(line: string): string | null {
  const match = /(?:(?:©|\(c\)|copyright)\s*)+(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*,?\s*([^.|,]+?)(?:\.|,|\||\s+all rights|$)/i.exec(line);
  if (!match) return null;
  const holder = match[1].replace(/^\s*(the\s+)?/i, (m) => m.trim() === '' ? '' : m).replace(/\s+\d{4}$/, '').trim();
  return holder.length > 1 && holder.split(/\s+/).length <= 6 ? holder : null;
}

const NAME_WORD = /^(\p{Lu}[\p{L}'’.-]*|de|da|van|von|der|del|la|le|bin|al)$/u;
const NOT_NAME = /^(published|updated|posted|chief|senior|staff|political|weather|business|sports|football|correspondent|reporter|editor|writer|columnist|contributor|mon|tue|wed|thu|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december|and)$/i;

/** True when the word after the first `taken` words is the last word of the part, or the next is not a name. */
function endsPart(words: string[], taken: number): boolean {
  const third = words[taken]?.replace(/[,;:·|]+$/, '');
  if (!third || !NAME_WORD.test(third) || NOT_NAME.test(third) || ORGANISATION_WORD.test(third)) return false;
  const fourth = words[taken + 1];
  return fourth === undefined || /[,;:·|]$/.test(words[taken]) || !NAME_WORD.test(fourth) || NOT_NAME.test(fourth.replace(/[,;:·|]+$/, ''));
}

const ORGANISATION_WORD = /^(press|news|wire|times|post|staff|agency|media|reuters|ap|afp|bbc|cnn|insider|online|daily|herald|tribune|journal|magazine|health)$/i;

/** A byline from page metadata, kept only when it reads as one to four personal names. */
export function nameFromMeta(author: string | null, outlet: string | null): string | null {
  if (!author || /\d|@|https?:/.test(author)) return null;
  if (outlet && author.toLowerCase() === outlet.toLowerCase()) return null;
  const cleaned = cleanByline(author);
  const words = cleaned.split(/\s+/).filter((w) => w !== 'and' && w !== ',');
  if (words.length < 2 || words.length > 12) return null;
  if (!words.every((w) => NAME_WORD.test(w.replace(/,$/, '')) && !ORGANISATION_WORD.test(w.replace(/,$/, '')))) return null;
  return cleaned;
}

/** The leading personal name of a byline part: at most three name words, before any role or date. */
function leadingName(part: string): string {
  const words = part.trim().split(/\s+/);
  const name: string[] = [];
  for (const w of words) {
    const bare = w.replace(/[,;:·|]+$/, '');
    if (!NAME_WORD.test(bare) || NOT_NAME.test(bare) || /\d/.test(bare)) break;
    name.push(bare);
    // A third name word after an initial or a particle ("John F. Kennedy", "Ana de Souza"), or when
    // it ends the part ("Eleanor Ainge Roy"); otherwise two words, so "Jane Doe Chief Writer" stays a name.
    const widens = name.length === 2 && (/^\p{Lu}\.?$/u.test(name[1]) || /^\p{Ll}/u.test(name[1]) || endsPart(words, name.length));
    if (bare !== w || name.length === 3 || (name.length === 2 && !widens)) break;
  }
  return name.length >= 2 ? name.join(' ') : '';
}

/** "By Jane Doe, Associated Press" -> "Jane Doe"; "Anna Kowalczyk and Tomás Reyes Meridian Wire" -> both names. */
export function cleanByline(text: string): string {
  const bare = text
    .replace(/^by\s+/i, '')
    .replace(/\s*[|,·]\s*(published|updated|posted).*$/i, '')
    .replace(/\s*,\s*(the\s+)?[\p{Lu}][\p{L}\s]*(press|news|times|post|reuters|staff|writer|correspondent|reporter)$/iu, '')
    .trim();
  const parts = bare.split(/\s+and\s+|\s*&\s*|\s*,\s*/);
  // "Jane Doe, Associated Press": later parts count only when they are names themselves.
  const names = parts.map(leadingName).filter((n, i) => (i === 0 ? true : n !== '' && !/\b(press|news|wire|times|post|staff|agency|media)\b/i.test(n)));
  if (names[0] === '') names[0] = parts[0].trim();
  // Two names share one trailing label ("Meridian Wire"): keep only the names.
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names[0];
}

export function looksLikeOutlet(text: string, cues: BoilerplateCues): boolean {
  const words = text.toLowerCase().split(/\s+/);
  return words.length <= 4 && words.some((w) => cues.outletWords.has(w.replace(/[^\p{L}]/gu, '')));
}

export function headlineFromMeta(meta: PageMeta): { headline: string | null; outlet: string | null } {
  if (meta.ogTitle) {
    const split = splitTitle(meta.ogTitle, meta.siteName);
    return { headline: split.outlet && meta.siteName && split.outlet.toLowerCase() === meta.siteName.toLowerCase() ? split.headline : meta.ogTitle, outlet: meta.siteName };
  }
  if (meta.title) {
    const split = splitTitle(meta.title, meta.siteName);
    return { headline: split.headline, outlet: meta.siteName ?? split.outlet };
  }
  return { headline: null, outlet: meta.siteName };
}
