// Findings -> spans for the mark layer. Each kind of mark is one entry of MARK_KINDS (its letter, its
// look, its legend line) and each record kind one entry of SPAN_SOURCES (which spans it gives): a new
// record kind (tone toward an actor, say) is one more entry in each, and the page, the legend and the
// counts pick it up.
import type { ArticleAnalysis } from '../../analyze/index.js';
import { quotations } from '../../analyze/quotes/quotations.js';
import type { Span } from './marks.js';

export interface MarkKind {
  kind: string;
  /** Shown after the mark in small type (with the speaker, for a quotation): so marks differ by more than colour. Empty: the line style alone. */
  letter: string;
  /** Legend name and description. */
  name: string;
  description: string;
  /** CSS declarations for `mark.k-<kind>`: a different line style per kind, not only a colour. */
  css: string;
}

/** In nesting order: of two marks over the same words, the earlier kind is the outer one. */
export const MARK_KINDS: readonly MarkKind[] = [
  { kind: 'quote', letter: 'Q', name: 'quotation', description: 'direct speech (said or written); the speaker follows in small type', css: 'background:#e6f0fa;box-shadow:inset 0 0 0 1px #9cbfe0;font-style:italic' },
  { kind: 'quote-term', letter: 'q', name: 'quoted label', description: 'scare quotes, a quoted label or title: words the outlet puts in quotation marks without a speaker', css: 'background:#f1ecf7;box-shadow:inset 0 0 0 1px #c3b1dc' },
  { kind: 'term-own', letter: 'T', name: 'loaded term, own voice', description: 'a curated-lexicon term the outlet writes in its own voice: counts toward the verdict', css: 'background:#fde2a7;text-decoration:underline solid #b45309 3px;text-underline-offset:3px' },
  { kind: 'term-quoted', letter: 't', name: 'loaded term, quoted', description: 'a curated-lexicon term inside a quotation: someone else’s words, not counted', css: 'text-decoration:underline dotted #b45309 3px;text-underline-offset:3px' },
  { kind: 'loaded-own', letter: 'W', name: 'loaded word, own voice', description: 'a word of a published list (negative opinion words; words plain news rarely writes) that passed the context checks, in the outlet’s own voice', css: 'border-bottom:2px solid #be123c' },
  { kind: 'loaded-quoted', letter: 'w', name: 'loaded word, quoted', description: 'the same kind of word inside a quotation', css: 'border-bottom:2px dashed #be123c' },
  { kind: 'verb-own', letter: 'V', name: 'report verb, own voice', description: 'a verb that colours someone’s speech (“slammed”, “admitted”, “claimed”)', css: 'text-decoration:underline wavy #6d28d9 1.5px;text-underline-offset:5px' },
  { kind: 'verb-quoted', letter: 'v', name: 'report verb, quoted', description: 'the same kind of verb inside a quotation', css: 'text-decoration:underline wavy #a78bfa 1px;text-underline-offset:5px;font-style:italic' },
  { kind: 'phrase', letter: '', name: 'learned phrase', description: 'an own-voice word or phrase whose use, learned from real articles, differs between left, center and right outlets (hover for which way: some are more typical of center outlets): frequent and weak, so marked lightly (a dotted line above, no letter)', css: 'border-top:2px dotted #0f766e' },
  { kind: 'tone-neg', letter: '−', name: 'negative toward an actor', description: 'a mention of a person, party or group that the words governing it treat negatively; hover for the cue word, the side and who holds the tone (the outlet, or the speaker it quotes)', css: 'box-shadow:inset 0 -3px 0 #b91c1c;font-weight:600' },
  { kind: 'tone-pos', letter: '+', name: 'positive toward an actor', description: 'a mention the words governing it treat positively; hover for the cue word, the side and the holder', css: 'box-shadow:inset 0 -3px 0 #15803d;font-weight:600' },
  { kind: 'bias', letter: 'B', name: 'flagged sentence', description: 'a sentence the bias-sentence model flags as likely informational bias (a selection of facts or context that favours a side); hover for its probability and the side it is read as aimed at. A pointer to read, not a verdict: on annotated news it finds about half of the sentences annotators marked, and a little under a quarter of its flags are among them', css: 'outline:1px dashed #a16207;outline-offset:1px' },
  { kind: 'figure', letter: '#', name: 'figure', description: 'a number the article reports, lined up across articles in “Figures across articles”', css: 'outline:1px solid #4b5563;outline-offset:1px;background:#f3f4f6' },
];

const RANK = new Map(MARK_KINDS.map((k, i) => [k.kind, i]));
export const kindRank = (kind: string): number => RANK.get(kind) ?? MARK_KINDS.length;
const LETTER = new Map(MARK_KINDS.map((k) => [k.kind, k.letter]));
export const kindLetter = (kind: string): string => LETTER.get(kind) ?? '?';

const LIST_NAMES: Record<string, string> = {
  'liu-negative': 'negative opinion word (Hu & Liu 2004)',
  'rare-in-news': 'a word plain news almost never writes',
};

const join = (parts: (string | null | false | undefined)[]) => parts.filter(Boolean).join(' · ');
const signed = (x: number) => `${x >= 0 ? '+' : ''}${x.toFixed(2)}`;

/** A finding's spans: one per piece, numbered `n` within the kind, labelled after the last piece. */
type SpanSource = (a: ArticleAnalysis) => Omit<Span, 'n'>[][];

/** Each record kind and the spans it gives (a list of pieces per finding). */
export const SPAN_SOURCES: readonly SpanSource[] = [
  (a) => quotations(a.quotes).map((q) => {
    const speech = q.quoteKind === 'speech';
    const kind = speech ? 'quote' : 'quote-term';
    const who = q.speaker ?? 'speaker unknown';
    const title = speech
      ? join([`quotation of ${who}`, q.speakerMention && q.speakerMention !== q.speaker && `as written: “${q.speakerMention}”`, q.speakerRole && `role: ${q.speakerRole}`, `${q.words} word${q.words === 1 ? '' : 's'}`, q.pieces.length > 1 && `${q.pieces.length} pieces`])
      : join(['quoted label or title (no speaker)', `${q.words} word${q.words === 1 ? '' : 's'}`]);
    const label = speech ? `Q ${who}` : kindLetter(kind);
    return q.pieces.map((p, i) => ({ start: p.start, end: p.end, kind, title, label: i === q.pieces.length - 1 ? label : '' }));
  }),
  (a) => a.terms.map((t) => {
    const kind = t.voice === 'own' ? 'term-own' : 'term-quoted';
    const title = join([`loaded term, ${t.voice === 'own' ? 'own voice' : 'quoted'}`, `category: ${t.category}`, t.lean ? `signals ${t.lean}` : 'no lean', `lexicon entry: “${t.term}”`, t.neutral.length ? `neutral wording: ${t.neutral.join('; ')}` : 'no neutral wording listed', `in the ${t.where}`]);
    return [{ start: t.start, end: t.end, kind, title, label: kindLetter(kind) }];
  }),
  (a) => a.loadedWords.map((w) => {
    const kind = w.voice === 'own' ? 'loaded-own' : 'loaded-quoted';
    const title = join([`loaded word, ${w.voice === 'own' ? 'own voice' : 'quoted'}`, LIST_NAMES[w.list] ?? `list: ${w.list}`, `lemma “${w.word}” (${w.pos})`, `in the ${w.where}`]);
    return [{ start: w.start, end: w.end, kind, title, label: kindLetter(kind) }];
  }),
  (a) => a.reportVerbs.map((v) => {
    const kind = v.voice === 'own' ? 'verb-own' : 'verb-quoted';
    const title = join([`report verb, ${v.voice === 'own' ? 'own voice' : 'quoted'}`, `“${v.verb}”`, `stance: ${v.stance}`, v.speaker ? `reports the speech of ${v.speaker}` : 'speaker unknown']);
    return [{ start: v.start, end: v.end, kind, title, label: kindLetter(kind) }];
  }),
  (a) => a.phrases.map((p) => {
    const side = p.lean > 0 ? 'right' : p.lean < 0 ? 'left' : 'neither side';
    // Both readings in words: a phrase can lean to no side and be more typical of center outlets.
    const partisan = p.partisan > 0 ? 'more typical of partisan outlets than of center ones' : p.partisan < 0 ? 'more typical of center outlets than of partisan ones' : 'as typical of center outlets as of partisan ones';
    const title = join(['learned phrase', `“${p.phrase}”`, `leans ${side} (log-odds ${signed(p.lean)} per use)`, `${partisan} (log-odds ${signed(p.partisan)})`]);
    return [{ start: p.start, end: p.end, kind: 'phrase', title, label: kindLetter('phrase') }];
  }),
  (a) => a.tones.filter((t) => t.polarity !== 0).map((t) => {
    const kind = t.polarity < 0 ? 'tone-neg' : 'tone-pos';
    const holder = t.voice === 'own' ? 'the outlet’s own voice' : `${t.voice === 'quoted' ? 'quoted' : 'reported'}: held by ${t.holder ?? 'an unknown speaker'}`;
    const title = join([`${t.polarity < 0 ? 'negative' : 'positive'} toward ${t.actor}`, t.side ? `side: ${t.side}` : 'side not known', holder, t.cue && `cue: “${t.cue}”`, `score ${signed(t.score)}`, t.by === 'model' ? 'by the learned polarity model' : 'by the rules']);
    return [{ start: t.start, end: t.end, kind, title, label: kindLetter(kind) }];
  }),
  (a) => a.biasSentences.map((b) => {
    const aimed = b.side ? `read as ${b.polarity < 0 ? 'aimed at' : 'favouring'} the ${b.side}` : 'aimed at no side with a known party';
    const title = join(['flagged as likely informational bias', `probability ${b.probability.toFixed(2)}`, aimed, b.actors.length ? `names ${b.actors.join(', ')}` : 'names no actor']);
    return [{ start: b.start, end: b.end, kind: 'bias', title, label: kindLetter('bias') }];
  }),
  (a) => a.figures.map((f) => {
    const what = `${f.qualifier ? `${f.qualifier} ` : ''}${f.isMoney ? '$' : ''}${f.value.toLocaleString('en-US')}${f.isPercent ? '%' : ''}${f.unit ? ` ${f.unit}` : ''}${f.per ? ` per ${f.per}` : ''}`;
    return [{ start: f.start, end: f.end, kind: 'figure', title: join([`figure: ${what}`, `in the ${f.where}`]), label: kindLetter('figure') }];
  }),
];

/** Every span of the article, each finding numbered within its kind in record order. */
export function articleSpans(a: ArticleAnalysis): Span[] {
  const count = new Map<string, number>();
  const spans: Span[] = [];
  for (const source of SPAN_SOURCES) {
    for (const pieces of source(a)) {
      if (pieces.length === 0) continue;
      const kind = pieces[0].kind;
      const n = count.get(kind) ?? 0;
      count.set(kind, n + 1);
      for (const p of pieces) spans.push({ ...p, n });
    }
  }
  return spans;
}

/** How many findings of each kind the article has (what the page marks). */
export function kindCounts(spans: readonly Span[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const s of spans) counts.set(s.kind, Math.max(counts.get(s.kind) ?? 0, s.n + 1));
  return counts;
}
