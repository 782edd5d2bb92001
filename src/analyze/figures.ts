// Facts and figures: numbers written with digits, what they count, and the rate they are given at.
import type { Article, FigureFinding, Token } from '../types.js';
import { CONTENT_ROLES, whereOf } from './content.js';
import { startsLower, startsUpper } from '../text.js';

const MULTIPLIERS: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
// Two-word qualifiers first so "more than" wins over "than".
const QUALIFIERS = ['more than', 'less than', 'fewer than', 'at least', 'up to', 'as many as', 'nearly', 'almost', 'approximately', 'about', 'around', 'roughly', 'over', 'under', 'some', 'just'];
const RATE_WORDS: Record<string, string> = { daily: 'day', weekly: 'week', monthly: 'month', annually: 'year', yearly: 'year', annual: 'year' };
const PERIODS = new Set(['day', 'week', 'month', 'year', 'hour', 'minute']);

const hasDigit = (t: Token) => /\d/.test(t.value);
const countedNoun = (t: Token) => t.pos === 'NOUN' || (t.pos === 'PROPN' && startsLower(t.value));
const singular = (t: Token) => t.normal === t.lemma;

/** "per day", "a year", "every day", "each day" starting at token k. */
function rateAt(tokens: Token[], k: number): [string, number] | null {
  const t = tokens[k];
  if (!t) return null;
  if (RATE_WORDS[t.normal]) return [RATE_WORDS[t.normal], k];
  // "a year earlier" is a point in time, not a rate.
  if (['earlier', 'ago', 'later', 'before', 'after'].includes(tokens[k + 2]?.normal ?? '')) return null;
  if (['per', 'a', 'an', 'every', 'each'].includes(t.normal) && tokens[k + 1] && PERIODS.has(tokens[k + 1].lemma)) return [tokens[k + 1].lemma, k + 1];
  return null;
}

function qualifierBefore(tokens: Token[], k: number): [string, number] | null {
  for (const q of QUALIFIERS) {
    const words = q.split(' ');
    const first = k - words.length;
    if (first < 0) continue;
    if (words.every((w, j) => tokens[first + j].normal === w)) return [q, first];
  }
  return null;
}

export function extractFigures(article: Article): FigureFinding[] {
  const found: FigureFinding[] = [];
  for (const block of article.blocks) {
    if (!CONTENT_ROLES.has(block.role)) continue;
    const tokens = block.parsed.tokens;
    const dates = new Set<number>();
    for (const e of block.parsed.entities) if (['DATE', 'TIME', 'DURATION', 'ORDINAL'].includes(e.type)) for (let k = e.firstToken; k <= e.lastToken; k += 1) dates.add(k);
    for (let k = 0; k < tokens.length; k += 1) {
      const t = tokens[k];
      if (!hasDigit(t) || dates.has(k) || !/^\$?[\d,.]+%?$/.test(t.value) || tokens[k + 1]?.value === '-') continue;
      // "Category 3", "Route 66": a number that is part of a name.
      const previous = tokens[k - 1];
      if (previous && previous.sentence === t.sentence && /^\p{Lu}\p{Ll}/u.test(previous.value) && k - 1 > 0 && tokens[k - 2].sentence === t.sentence && !QUALIFIERS.includes(previous.normal)) continue;
      // "Jane Doe, 54, said": an age.
      if (previous?.value === ',' && tokens[k + 1]?.value === ',' && startsUpper(tokens[k - 2]?.value ?? '') && Number(t.value) < 120) continue;
      let value = Number(t.value.replace(/[$,%]/g, ''));
      if (!Number.isFinite(value)) continue;
      // "his 2016 campaign", "a number of 2018 races": a year wink did not mark as a date. A count that
      // large is written with a comma ("2,000 troops"), unless a qualifier or money says it is one.
      if (/^(1[89]\d\d|20\d\d)$/.test(t.value) && tokens[k - 1]?.value !== '$' && !qualifierBefore(tokens, k) && !MULTIPLIERS[tokens[k + 1]?.normal ?? ''] && !['percent', '%'].includes(tokens[k + 1]?.normal ?? '')) continue;
      let last = k;
      const multiplier = MULTIPLIERS[tokens[k + 1]?.normal ?? ''];
      if (multiplier) {
        value *= multiplier;
        last = k + 1;
      }
      const isMoney = t.value.startsWith('$') || tokens[k - 1]?.value === '$' || ['dollar', 'usd'].includes(tokens[last + 1]?.lemma ?? '');
      const isPercent = t.value.endsWith('%') || ['percent', '%'].includes(tokens[last + 1]?.normal ?? '');
      if (isPercent && !t.value.endsWith('%')) last += 1;
      let unit: string | null = null;
      let per: string | null = null;
      // "10 to 15 inches": the range is one figure, counted from its first number.
      if (['to', '-', '–', 'and', 'or'].includes(tokens[last + 1]?.normal ?? '') && tokens[last + 2] && hasDigit(tokens[last + 2]) && /^[\d,.]+$/.test(tokens[last + 2].value)) last += 2;
      if (!isPercent) {
        // Skip adjectives ("illegal", "daily") to the counted noun; a rate word on the way is kept.
        let j = last + 1;
        while (tokens[j] && tokens[j].pos === 'ADJ' && j - last <= 3) {
          const rate = rateAt(tokens, j);
          if (rate) per = rate[0];
          j += 1;
        }
        if (tokens[j] && countedNoun(tokens[j]) && !PERIODS.has(tokens[j].lemma)) {
          // "544 store managers", "170 job classifications": a singular noun before a plural one is a
          // modifier, and the plural is what is counted; "3,000 daily arrest goal" still counts arrests.
          if (singular(tokens[j]) && value > 1) {
            for (let m = j + 1; tokens[m] && countedNoun(tokens[m]) && !PERIODS.has(tokens[m].lemma) && m - j <= 2; m += 1) {
              if (!singular(tokens[m])) {
                j = m;
                break;
              }
            }
          }
          unit = tokens[j].lemma;
          last = j;
        }
      }
      // "3,000 arrests per day", "3,000 per day", "arrests for ICE every day".
      for (let j = last + 1; j <= last + 4 && tokens[j] && !/^[.,;:!?)]$/.test(tokens[j].value); j += 1) {
        const rate = rateAt(tokens, j);
        if (rate) {
          per = rate[0];
          last = rate[1];
          break;
        }
      }
      const qualifier = qualifierBefore(tokens, k);
      const first = qualifier ? qualifier[1] : isMoney && tokens[k - 1]?.value === '$' ? k - 1 : k;
      const start = tokens[first].start;
      const end = tokens[last].end;
      found.push({ kind: 'figure', text: article.text.slice(start, end), start, end, where: whereOf(block), value, unit, per, qualifier: qualifier?.[0] ?? null, isPercent, isMoney });
      k = last;
    }
  }
  return found;
}
