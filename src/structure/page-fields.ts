// Headline, outlet and byline strings from page metadata and labels: pure string work.
import type { PageMeta } from '../types.js';
import type { BoilerplateCues } from './cues.js';

const TITLE_SEPARATOR = /\s+[|–—-]\s+|\s+::\s+/;

/** Splits "Headline | Outlet" into its parts; the outlet is the short last part. */
export function splitTitle(title: string, siteName: string | null): { headline: string; outlet: string | null } {
  let text = title.replace(/^(opinion|analysis|editorial|live|watch)\s*[|:]\s*/i, '');
  const parts = text.split(TITLE_SEPARATOR);
  if (parts.length < 2) return { headline: text.trim(), outlet: null };
  const last = parts.at(-1)!.trim();
  const isOutlet = (siteName !== null && last.toLowerCase() === siteName.toLowerCase()) || last.split(/\s+/).length <= 5;
  if (!isOutlet) return { headline: text.trim(), outlet: null };
  text = parts.slice(0, -1).join(' - ');
  return { headline: text.trim(), outlet: last };
}

/** The holder named in a copyright line: "© 2025 Latin Times. All rights reserved." -> "Latin Times". */
export function copyrightHolder(line: string): string | null {
  const match = /(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*,?\s*([^.|,]+?)(?:\.|,|\||\s+all rights|$)/i.exec(line);
  if (!match) return null;
  const holder = match[1].replace(/^\s*(the\s+)?/i, (m) => m.trim() === '' ? '' : m).trim();
  return holder.length > 1 && holder.split(/\s+/).length <= 6 ? holder : null;
}

/** "By Jane Doe, Associated Press" -> "Jane Doe". */
export function cleanByline(text: string): string {
  return text
    .replace(/^by\s+/i, '')
    .replace(/\s*[|,]\s*(published|updated|posted).*$/i, '')
    .replace(/\s*,\s*(the\s+)?[\p{Lu}][\p{L}\s]*(press|news|times|post|reuters|staff|writer|correspondent|reporter)$/iu, '')
    .trim();
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
