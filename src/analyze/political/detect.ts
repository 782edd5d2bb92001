// Politics first: does the article have a political subject? A lean or a partisan call needs one
// (src/analyze/slant.ts). Cues come from lexicon/political-subjects.json and are matched by sense in
// context, not by bare word: "the House voted" but not "a house on fire", "ICE agents" but not "ice on
// the roads", "the ruling party" but not "a birthday party". The rule that turns cues into a decision
// is `decidePolitical`; the method and its measured cost are in docs/politics-first.md.
import type { Article, PoliticalCue, PoliticalSubject, StructuredBlock, Token } from '../../types.js';
import { parseText } from '../../nlp/wink.js';
import { politicalSubjects } from '../../lexicon/political.js';
import type { PoliticalEntry, PoliticalSubjectsFile } from '../../lexicon/political.js';
import { CONTENT_ROLES, whereOf } from '../content.js';
import { startsUpper } from '../../text.js';

/** Sentences of the body, after the headline and dek, that count as the lead. */
export const LEAD_SENTENCES = 2;
/** Distinct strong cues (entries, not occurrences) that make a political subject anywhere in the article. */
export const MIN_STRONG_CUES = 2;
/**
 * ... and they must recur: at least this many strong-cue occurrences per 1,000 words of own text, so
 * that a long page (an encyclopedia list of films, a novel) that names a minister and a police
 * scandal once each in 5,000 words is not about politics. Short articles pass with any two cues.
 */
export const MIN_STRONG_PER_1000_WORDS = 1;

interface Form {
  /** Per token: the written form (case-sensitive entries) or the lower-cased form. */
  words: string[];
  lemmas: string[];
  /** The form is written in capitals ("ICE", "GOP"): no information in a block written in capitals. */
  acronym: boolean;
  entry: PoliticalEntry;
}

export interface PoliticalMatcher {
  byFirst: Map<string, Form[]>;
}

const lower = (s: string) => s.toLowerCase();
const isWord = (t: Token) => t.type !== 'punctuation' && t.type !== 'tabCRLF' && t.type !== 'symbol';
const letters = (s: string) => s.replace(/[^\p{L}]/gu, '');

export function compilePolitical(file: PoliticalSubjectsFile = politicalSubjects()): PoliticalMatcher {
  const byFirst = new Map<string, Form[]>();
  // Every form is read by wink in one document (one per line, a blank line between them): the same
  // tokens as one read per form, at a fraction of the start-up cost each worker pays.
  const pairs = file.entries.flatMap((entry) => entry.forms.map((text) => ({ entry, text })));
  const starts: number[] = [];
  let joined = '';
  for (const { text } of pairs) {
    starts.push(joined.length);
    joined += `${text}\n\n`;
  }
  const tokensOf: Token[][] = pairs.map(() => []);
  let k = 0;
  for (const t of parseText(joined).tokens) {
    if (t.type === 'tabCRLF') continue;
    while (k + 1 < starts.length && t.start >= starts[k + 1]) k += 1;
    tokensOf[k].push(t);
  }
  // Entry order is kept within a length: the file lists the narrower senses first.
  pairs.forEach(({ entry, text }, i) => {
    const tokens = tokensOf[i];
    if (tokens.length === 0) return;
    const form: Form = {
      words: tokens.map((t) => (entry.case ? t.value : lower(t.value))),
      lemmas: tokens.map((t) => lower(t.lemma)),
      acronym: letters(text).length >= 2 && letters(text) === letters(text).toUpperCase(),
      entry,
    };
    // Filed under the first word's lower-cased form and wink's normal ("defence" reads "defense").
    for (const key of new Set([lower(tokens[0].value), tokens[0].normal])) {
      const list = byFirst.get(key) ?? [];
      list.push(form);
      byFirst.set(key, list);
    }
  });
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  return { byFirst };
}

let bundledMatcher: PoliticalMatcher | undefined;
const defaultMatcher = () => (bundledMatcher ??= compilePolitical());

/** Same as `s === s.toUpperCase() && s !== s.toLowerCase()`, without the two copies for ASCII words. */
function allCaps(s: string): boolean {
  let upper = false;
  for (let i = 0; i < s.length; i += 1) {
    const c = s.charCodeAt(i);
    if (c >= 128) return s === s.toUpperCase() && s !== s.toLowerCase();
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) upper = true;
  }
  return upper;
}

/** How a block is written: in a title-case or all-caps block a capital letter tells nothing. */
function blockCase(tokens: Token[]): 'plain' | 'title' | 'caps' {
  // Cheap string tests: this runs on every block of every article.
  let words = 0, caps = 0, long = 0, title = 0;
  for (const t of tokens) {
    if (t.type !== 'word' || t.value.length < 2) continue;
    words += 1;
    if (allCaps(t.value)) caps += 1;
    if (t.value.length >= 4) {
      long += 1;
      if (startsUpper(t.value)) title += 1;
    }
  }
  if (words < 3) return 'plain';
  if (caps / words >= 0.7) return 'caps';
  return long >= 2 && title / long >= 0.7 ? 'title' : 'plain';
}

function tokenMatches(t: Token, form: Form, j: number): boolean {
  if (form.entry.case) return t.value === form.words[j];
  // The written form, or the same lemma ("voters" for "voter", "impeached" for "impeach").
  return lower(t.value) === form.words[j] || lower(t.lemma) === form.lemmas[j];
}

/** Words of the same sentence around [first, last]: `n` before (nearest first) and `n` after. */
function around(tokens: Token[], first: number, last: number, n: number): { before: Token[]; after: Token[] } {
  const before: Token[] = [];
  for (let k = first - 1; k >= 0 && before.length < n && tokens[k].sentence === tokens[first].sentence; k -= 1) if (isWord(tokens[k])) before.push(tokens[k]);
  const after: Token[] = [];
  for (let k = last + 1; k < tokens.length && after.length < n && tokens[k].sentence === tokens[last].sentence; k += 1) if (isWord(tokens[k])) after.push(tokens[k]);
  return { before, after };
}

const hits = (words: readonly Token[], list: readonly string[] | undefined) =>
  list !== undefined && words.some((t) => list.includes(lower(t.value)) || list.includes(lower(t.lemma)));

/** True when the word opens its sentence (its capital is then no sign of a name). */
function opensSentence(tokens: Token[], k: number): boolean {
  for (let i = k - 1; i >= 0 && tokens[i].sentence === tokens[k].sentence; i -= 1) if (isWord(tokens[i])) return false;
  return true;
}

/** Whether the match at [first, last] has the sense the entry means. */
function inSense(tokens: Token[], first: number, last: number, form: Form, style: 'plain' | 'title' | 'caps'): boolean {
  const e = form.entry;
  if (e.case && form.acronym && style === 'caps') return false;
  const wide = around(tokens, first, last, 3);
  const next = wide.after.map((t) => lower(t.value));
  if (e.unlessBefore && wide.before.length > 0 && hits(wide.before.slice(0, 1), e.unlessBefore)) return false;
  // unlessAfter entries may be phrases ("of the bank"): compare with the next words.
  if (e.unlessAfter?.some((u) => { const w = u.toLowerCase().split(/\s+/); return w.every((x, i) => next[i] === x); })) return false;
  const hasContext = e.before !== undefined || e.after !== undefined || e.properBefore === true || e.properAfter === true;
  if (!hasContext && !(e.commonWord && style !== 'plain')) return true;
  const near = around(tokens, first, last, e.within ?? 1);
  if (e.commonWord && style !== 'plain') return hits(near.after, e.after);
  if (hits(near.before, e.before) || hits(near.after, e.after)) return true;
  const prev = wide.before[0];
  if (e.properBefore && prev && startsUpper(prev.value) && lower(prev.value) !== 'the') {
    const k = tokens.indexOf(prev);
    if (!opensSentence(tokens, k)) return true;
  }
  const following = wide.after[0];
  return e.properAfter === true && following !== undefined && startsUpper(following.value) && letters(following.value).length >= 2;
}

/** Every cue in the article's own text (headline, dek, headings, body), in reading order. */
export function findPoliticalCues(article: Article, matcher: PoliticalMatcher = defaultMatcher()): PoliticalCue[] {
  const content = article.blocks.filter((b) => CONTENT_ROLES.has(b.role)).sort((a, b) => a.start - b.start);
  const leadEnd = leadEndOffset(content);
  const cues: PoliticalCue[] = [];
  for (const block of content) {
    const tokens = block.parsed.tokens;
    const style = blockCase(tokens);
    for (let i = 0; i < tokens.length; i += 1) {
      const t = tokens[i];
      if (!isWord(t)) continue;
      const byNormal = matcher.byFirst.get(t.normal);
      const byLemma = t.lemma !== t.normal ? matcher.byFirst.get(t.lemma) : undefined;
      if (byNormal === undefined && byLemma === undefined) continue;
      const candidates = byLemma === undefined ? byNormal! : byNormal === undefined ? byLemma : [...byNormal, ...byLemma];
      let taken = 0;
      for (const form of candidates) {
        const n = form.words.length;
        if (i + n > tokens.length) continue;
        let ok = true;
        for (let j = 0; ok && j < n; j += 1) ok = tokens[i + j].sentence === t.sentence && tokenMatches(tokens[i + j], form, j);
        if (!ok || !inSense(tokens, i, i + n - 1, form, style)) continue;
        const start = t.start;
        const end = tokens[i + n - 1].end;
        cues.push({ kind: 'political-subject', text: article.text.slice(start, end), start, end, where: whereOf(block), cue: form.entry.id, category: form.entry.kind, strength: form.entry.strength, lead: start < leadEnd });
        taken = n;
        break;
      }
      if (taken > 1) i += taken - 1;
    }
  }
  return cues;
}

/** End offset of the lead: the headline, the dek and the first LEAD_SENTENCES sentences of the body. */
function leadEndOffset(content: StructuredBlock[]): number {
  let end = 0;
  let sentences = 0;
  for (const b of content) {
    if (b.role === 'headline' || b.role === 'dek') {
      end = Math.max(end, b.end);
      continue;
    }
    if (b.role !== 'body') continue;
    for (const s of b.parsed.sentences) {
      if (sentences >= LEAD_SENTENCES) return end;
      end = Math.max(end, s.end);
      sentences += 1;
    }
  }
  return end;
}

/**
 * The rule. An article has a political subject when
 *   (a) its own text holds at least MIN_STRONG_CUES distinct strong cues (two different entries:
 *       "Senate" and "immigration", not "Senate" twice) at MIN_STRONG_PER_1000_WORDS or more, or
 *   (b) a strong cue sits in the lead (headline, dek, first two body sentences) and is backed by one
 *       more cue anywhere: another entry of any strength, or the same strong entry again.
 * Weak cues ("government", "police", "vote", "tax") never decide alone: each is common outside
 * politics. Distinct entries rather than occurrences, so that one word repeated by a recipe or a
 * release note ("the Python Software Foundation's governance...") does not add up. Extra cues from
 * other modules (sided actors) take part in the same rule with their own strength.
 */
export function decidePolitical(cues: readonly PoliticalCue[], words: number): { found: boolean; reason: string } {
  const strongCues = cues.filter((c) => c.strength === 'strong');
  const strong = new Set(strongCues.map((c) => c.cue));
  const per1000 = (strongCues.length * 1000) / Math.max(words, 1);
  const all = new Set(cues.map((c) => c.cue));
  const leadStrong = [...new Set(cues.filter((c) => c.strength === 'strong' && c.lead).map((c) => c.cue))];
  const shown = (ids: Iterable<string>) => [...ids].map((id) => {
    const c = cues.find((x) => x.cue === id)!;
    return `“${c.text.replace(/\s+/g, ' ')}” (${id})`;
  }).slice(0, 6).join(', ');
  if (strong.size >= MIN_STRONG_CUES && per1000 >= MIN_STRONG_PER_1000_WORDS) return { found: true, reason: `political subject: ${strong.size} distinct strong cues: ${shown(strong)}` };
  if (leadStrong.length > 0 && (all.size >= 2 || leadStrong.some((id) => strongCues.filter((c) => c.cue === id).length >= 2))) return { found: true, reason: `political subject: a strong cue in the lead, backed by ${cues.length - 1} more: ${shown(all)}` };
  if (strong.size >= MIN_STRONG_CUES) return { found: false, reason: `no political framing found: ${strongCues.length} strong political cues in ${words} words (${shown(strong)}), too rare for politics to be the subject` };
  if (cues.length === 0) return { found: false, reason: 'no political framing found: no institution, office, party, election or policy topic in the text' };
  return { found: false, reason: `no political framing found: the only political cues (${shown(all)}) are too few or too weak to make the article about politics` };
}

/**
 * The decision for one article. `extraCues` are cues found by other modules (e.g. actors with a known
 * party side, as `category: 'actor'`): they are listed with the others and weigh by their strength.
 */
export function politicalSubject(article: Article, extraCues: readonly PoliticalCue[] = [], matcher?: PoliticalMatcher): PoliticalSubject {
  const cues = [...findPoliticalCues(article, matcher), ...extraCues].sort((a, b) => a.start - b.start || a.end - b.end || a.cue.localeCompare(b.cue));
  const words = article.blocks.filter((b) => CONTENT_ROLES.has(b.role)).reduce((n, b) => n + b.parsed.tokens.filter((t) => t.type === 'word').length, 0);
  return { ...decidePolitical(cues, words), cues };
}
