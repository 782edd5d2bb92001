// Gives every block a role from the evidence a person would use: page hints, wording, shape and position.
import type { BlockHint, BlockRole, BoilerplateReason, ParsedDocument, Token } from '../types.js';
import type { BlockFeatures } from './features.js';
import { blockFeatures, isCredit } from './features.js';
import type { BoilerplateCues } from './cues.js';
import { isEndNote, isOpeningNote, loadBoilerplateCues, matchCue, opensHighlights } from './cues.js';
import { copyrightHolder, looksLikeOutlet } from './page-fields.js';
import { scriptWords, startsUpper } from '../text.js';
import { opensWithProseSentence } from '../headline-style.js';

export interface RoleDecision {
  role: BlockRole;
  reason?: BoilerplateReason;
  why: string;
}

export interface StructureContext {
  /** Normalized block texts that occur in many articles of the corpus (boilerplate templates). */
  repeatedAcrossCorpus: ReadonlySet<string>;
}

const HINT_REASONS: Partial<Record<BlockHint, BoilerplateReason>> = {
  navigation: 'navigation',
  social: 'social',
  related: 'related',
  newsletter: 'newsletter',
  comments: 'comments',
  advert: 'advert',
  cookie: 'cookie',
  paywall: 'paywall',
  footer: 'navigation',
  aside: 'related',
  form: 'newsletter',
  'outside-article': 'navigation',
};

/** A plain-text line longer than this is not a headline, whatever its punctuation. */
const MAX_HEADLINE_WORDS = 30;

const boilerplate = (reason: BoilerplateReason, why: string): RoleDecision => ({ role: 'boilerplate', reason, why });

/**
 * Where the article starts when a list runs straight into its first paragraph: a header holds a
 * title, a byline, a summary, not a run of three or more list items of several words each (a
 * changelog, a list of points set with bullet marks). Such a list is the article's text.
 */
function listLeadingInto(doc: ParsedDocument, features: BlockFeatures[], open: (i: number) => boolean, firstProse: number): number {
  let start = firstProse;
  while (start > 0 && open(start - 1) && doc.blocks[start - 1].hint === 'list-item' && features[start - 1].words >= 3) start -= 1;
  return firstProse - start >= 3 ? start : firstProse;
}

/**
 * The outlet a line names: the line itself when short with an outlet word ("Daily Herald"), or its
 * first part when the rest are place names, as syndicated copy credits its source ("Pacific Daily
 * News, Hagatna, Guam" -> "Pacific Daily News").
 */
function outletLine(text: string, cues: BoilerplateCues): string | null {
  if (looksLikeOutlet(text, cues)) return text;
  const [first, ...places] = text.split(/,\s+/);
  if (places.length === 0 || places.length > 3 || !looksLikeOutlet(first, cues)) return null;
  return places.every((p) => /^(\p{Lu}[\p{L}.'’-]*\s?){1,3}$/u.test(p.trim())) ? first.trim() : null;
}

/** A paragraph that ends in a colon leads into what follows; an article does not end on one ("Listed below are links to ...:"). */
const leadsIn = (text: string) => /:["”’)]*$/.test(text.trim());

/** A line that sends the reader elsewhere: an address, a handle, "h/t", or "here" / "below" / "above" closing it. */
const POINTS_AWAY = /(https?:\/\/|www\.|\b[\w-]+\.(com|org|net|ly|gov|edu)\b|(^|\s)@\w|\bh\/t\b|\bpic\.twitter\b|\b(here|below|above)\W*$)/i;
/** A note about the copy rather than the story: "Translated by ...", "Podcast produced by ...", "Updated at 4 p.m.", "This article is tagged under ...". */
const COPY_NOTE = /^([\p{L}-]+ ){0,2}(translated|produced|edited|compiled|illustrated|narrated|transcribed) by\s+\p{Lu}|^(updated|posted|published|corrected|modified)\b|^this (article|story|post|page|piece|report|video|podcast)\b/iu;
/** A sentence opens with a capital or a digit, after at most an opening quotation mark (not a dash, bracket, handle or tag). */
const OPENS_SENTENCE = /^["“‘']?[\p{Lu}\p{N}]/u;
/** Words prose writes in lower case inside a sentence; a headline capitalises them ("Mayor Signs Budget Into Law"). */
const PROSE_LOWER = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'and', 'or', 'but', 'as', 'by', 'with', 'from', 'into', 'is', 'are', 'was', 'were']);
const NOT_A_NOUN_AFTER = new Set(['ADV', 'ADP', 'DET', 'PRON', 'PART']);

/** A verb or a small word capitalised inside the line, not after a sentence mark, colon or quotation mark: headline style. */
function inHeadlineStyle(tokens: readonly Token[]): boolean {
  for (let k = 1; k < tokens.length; k += 1) {
    const t = tokens[k];
    if (/^[.!?:;"“‘'(—–-]$/.test(tokens[k - 1].value) || !startsUpper(t.value) || t.value === 'I') continue;
    if (t.pos === 'VERB' || t.pos === 'AUX' || PROSE_LOWER.has(t.normal)) return true;
  }
  return false;
}

/**
 * A call to action in the imperative: a line that opens ("Please" aside) with one of the cue verbs in
 * its base form ("Read the rest here", "Follow her on Twitter"). wink can take a capitalised
 * imperative for a name ("Click here", "Sign up"): then what follows must not be a noun ("Share
 * prices fell" is a sentence). A line that opens with a quotation mark is someone's speech.
 */
function callsToAction(tokens: readonly Token[], cues: BoilerplateCues): boolean {
  const words = tokens.filter((t) => t.type !== 'punctuation');
  if (tokens[0]?.type === 'punctuation') return false;
  const at = words[0]?.normal === 'please' ? 1 : 0;
  const [first, next] = [words[at], words[at + 1]];
  if (!first || !cues.callToActionVerbs.has(first.lemma)) return false;
  if (first.pos === 'VERB') return first.normal === first.lemma;
  return (first.pos === 'PROPN' || first.pos === 'NOUN') && next !== undefined && NOT_A_NOUN_AFTER.has(next.pos);
}

/**
 * A short closing sentence of the story in plain text ("The vote was 7 to 2."), told from the page
 * furniture that follows articles by what furniture carries, not by its length: a sentence with a
 * verb that opens like one, and no call to action, no pointer elsewhere (an address, a handle, "read
 * it here"), no note about the copy, no headline style. Copyright lines, cue wording and lines the
 * corpus repeats were set aside before; credits and agency notes go with the end notes after.
 */
function closingSentence(text: string, f: BlockFeatures, tokens: readonly Token[], cues: BoilerplateCues): boolean {
  const t = text.trim();
  if (!f.endsSentence || !f.hasVerb || f.words < 2 || f.allCaps || f.dateOnly || leadsIn(t)) return false;
  if (!OPENS_SENTENCE.test(t) || POINTS_AWAY.test(t) || COPY_NOTE.test(t) || isOpeningNote(t, cues)) return false;
  return !callsToAction(tokens, cues) && !inHeadlineStyle(tokens);
}

function headingShaped(f: BlockFeatures): boolean {
  return f.words >= 1 && f.words <= 15 && !f.endsSentence;
}

/** Rules that need only the block itself: wording, captions, dates, repeats, page hints. */
function decideByContent(
  f: BlockFeatures,
  hint: BlockHint | undefined,
  evidence: string | undefined,
  text: string,
  seen: Set<string>,
  cues: BoilerplateCues,
  context: StructureContext,
): RoleDecision | undefined {
  const cue = matchCue(text, f.words, cues);
  if (cue === 'copyright') return boilerplate('copyright', 'copyright line');
  if (hint === 'caption' || f.stockCaption || isCredit(text)) return { role: 'caption', why: f.stockCaption ? 'photo caption shape "CITY, ST - DATE:"' : 'photo caption or credit' };
  if (hint === 'time' || f.dateOnly) return { role: 'dateline', why: 'a date and nothing else' };
  if (cue) return boilerplate(cue, `call-to-action or page wording (${cue})`);
  const hintReason = hint ? HINT_REASONS[hint] : undefined;
  if (hintReason && hint !== 'outside-article') return boilerplate(hintReason, evidence ?? `inside a page element marked as ${hint}`);
  if (!f.isProse && seen.has(f.normalized)) return boilerplate('repeated', 'repeats an earlier line of the article');
  // Only short non-sentences count as site templates: outlets that run the same wire copy share prose.
  if (!f.isProse && context.repeatedAcrossCorpus.has(f.normalized)) return boilerplate('repeated', 'the same line appears in many articles of the corpus');
  return undefined;
}

/** Only the first block inside a "summary"/"standfirst" container can be the dek; the rest is prose. */
function withOneDekHint(doc: ParsedDocument): ParsedDocument {
  let seen = false;
  return {
    ...doc,
    blocks: doc.blocks.map((b) => {
      if (b.hint !== 'dek') return b;
      if (!seen) {
        seen = true;
        return b;
      }
      return { ...b, hint: 'paragraph' as const };
    }),
  };
}

export function assignRoles(source: ParsedDocument, context: StructureContext): { decisions: RoleDecision[]; outlet: string | null } {
  const doc = withOneDekHint(source);
  const cues = loadBoilerplateCues();
  const features = doc.blocks.map((block) => blockFeatures(block, doc.format));
  const decisions: (RoleDecision | undefined)[] = [];
  const seen = new Set<string>();
  doc.blocks.forEach((block, i) => {
    decisions.push(decideByContent(features[i], block.hint, block.evidence, block.text, seen, cues, context));
    seen.add(features[i].normalized);
  });

  const copyright = doc.blocks.find((_, i) => decisions[i]?.reason === 'copyright');
  let outlet = doc.meta.siteName ?? (copyright ? copyrightHolder(copyright.text) : null);

  const open = (i: number) => decisions[i] === undefined;
  const isHtml = doc.format === 'html';
  const firstProse = doc.blocks.findIndex((b, i) => open(i) && features[i].isProse && b.hint !== 'outside-article' && b.hint !== 'h1' && b.hint !== 'byline' && b.hint !== 'dek');
  const headerEnd = firstProse === -1 ? doc.blocks.length : listLeadingInto(doc, features, open, firstProse);

  // In a page, ingest marks one block as the headline; page furniture before it is not the article's header.
  const pageHeadline = isHtml ? doc.blocks.findIndex((b) => b.hint === 'h1') : -1;
  const outsideWhy = (i: number) => doc.blocks[i].evidence ?? 'outside the article element';
  let headline = -1;
  // Inside a list of story highlights: the short lines after the label are its points, not a title.
  let inHighlights = false;
  for (let i = 0; i < headerEnd; i += 1) {
    if (!open(i)) continue;
    const f = features[i];
    const text = doc.blocks[i].text.trim();
    const hint = doc.blocks[i].hint;
    const next = decisions[i + 1];
    if (isHtml && hint === 'outside-article') {
      // Between the headline and the article: an outlet name, a section label, a byline; anything else is furniture.
      const inHeader = pageHeadline !== -1 && i > pageHeadline;
      if (inHeader && outlet && f.normalized === outlet.toLowerCase()) decisions[i] = { role: 'outlet', why: 'names the outlet' };
      else if (inHeader && cues.sections.has(f.normalized)) decisions[i] = { role: 'section', why: 'a section label' };
      else if (inHeader && f.startsWithBy && f.words <= 12) decisions[i] = { role: 'byline', why: '"By" and a name after the headline' };
      else decisions[i] = boilerplate('navigation', outsideWhy(i));
      continue;
    }
    if (isHtml && hint === 'h1' && headline === -1) {
      headline = i;
      decisions[i] = { role: 'headline', why: doc.blocks[i].evidence ?? 'the page headline (h1)' };
    } else if (outlet && f.normalized === outlet.toLowerCase()) decisions[i] = { role: 'outlet', why: 'names the outlet' };
    else if (!outlet && !f.hasVerb && outletLine(text, cues) && !f.nameOnly) {
      outlet = outletLine(text, cues);
      decisions[i] = { role: 'outlet', why: 'short line with an outlet word' };
    } else if (cues.sections.has(f.normalized)) decisions[i] = { role: 'section', why: 'a section label' };
    else if (isHtml && pageHeadline !== -1 && i < pageHeadline && hint !== 'time') decisions[i] = boilerplate('navigation', 'page furniture above the headline');
    else if (hint === 'byline' || f.startsWithBy || (f.nameOnly && !f.hasVerb && hint !== 'h1')) decisions[i] = { role: 'byline', why: hint === 'byline' ? 'in a byline or author element next to the headline' : 'a name and nothing else, next to the headline' };
    // In plain text the h1 hint is ingest's guess from the line's shape; the wording of a note outweighs it.
    else if ((hint !== 'h1' || !isHtml) && (isOpeningNote(text, cues) || isEndNote(text, cues))) decisions[i] = boilerplate('end-note', "an editor's note or the writer's bio above the story, not its title");
    else if (hint !== 'h1' && (inHighlights || opensHighlights(text, cues))) {
      inHighlights = true;
      decisions[i] = { role: 'dek', why: 'one of the story highlights set above the article' };
    } else if (headline === -1 && (hint === 'h1' || (!isHtml && f.words >= 3 && f.words <= MAX_HEADLINE_WORDS && !f.endsWithPeriod && !/[:,]$/.test(text) && !opensWithProseSentence(text)))) {
      headline = i;
      decisions[i] = { role: 'headline', why: hint === 'h1' ? 'the page headline (h1)' : 'first title-like line before the first paragraph' };
    } else if (next?.role === 'caption' && !f.endsSentence) decisions[i] = { role: 'caption', why: 'photo description next to a photo credit' };
    // A dek summarises an article that follows it: under a headline with no paragraph after, the sentence is the article.
    else if (hint === 'dek' || (!isHtml && headline !== -1 && f.words >= 6 && f.endsSentence && firstProse !== -1)) decisions[i] = { role: 'dek', why: 'summary sentence under the headline' };
    else if (headline !== -1 && hint === 'heading' && !isHtml) decisions[i] = { role: 'heading', why: 'a marked sub-heading after the headline' };
    else if (hint === 'outside-article') decisions[i] = boilerplate('navigation', 'outside the article element');
    // In plain text a short sentence in the header that is not the title is the story's own text: a
    // lead set on its own line ("The bridge is shut."), or the one sentence of a short item. Not a
    // label in capitals ("CORRECTION APPENDED.").
    else if (!isHtml && f.endsSentence && f.hasVerb && f.words >= 2 && !f.allCaps) decisions[i] = { role: 'body', why: headline === -1 ? 'a short sentence that opens the article' : 'a short sentence of the article under the headline' };
    else decisions[i] = boilerplate('navigation', 'unlabelled short line before the article starts');
  }

  // A dek in plain text is the first paragraph when a heading or byline, not more prose, follows it.
  // It sits under the headline: a paragraph under a sub-heading of its own opens a section.
  const hasDek = decisions.some((d) => d?.role === 'dek');
  const underHeading = firstProse !== -1 && doc.blocks.slice(Math.max(headline, pageHeadline) + 1, firstProse).some((b) => b.hint === 'heading');
  // Words counted by script: a Japanese story is one "word" per sentence to wink's tokenizer.
  const dekSized = firstProse !== -1 && Math.max(features[firstProse].words, scriptWords(doc.blocks[firstProse].text).words) <= 60;
  // And it summarises an article that follows: with no prose after it, the paragraph is the article.
  const proseAfter = firstProse !== -1 && doc.blocks.some((b, i) => i > firstProse && open(i) && features[i].isProse && b.hint !== 'outside-article');
  if (!hasDek && !underHeading && proseAfter && (headline !== -1 || isHtml) && dekSized) {
    const after = doc.blocks.findIndex((_, i) => i > firstProse && open(i));
    if (after !== -1 && (headingShaped(features[after]) && doc.blocks[after].hint !== 'list-item')) {
      decisions[firstProse] = { role: 'dek', why: 'summary paragraph set apart from the body by a heading' };
    }
  }

  let lastProse = -1;
  doc.blocks.forEach((b, i) => {
    if (open(i) && ((features[i].isProse && !leadsIn(b.text)) || (b.hint === 'list-item' && features[i].words >= 3))) lastProse = i;
  });
  let trailingReason: BoilerplateReason = 'promo';
  // In plain text the story can close on a short sentence of its own, right after its last paragraph;
  // once anything else follows (furniture, a caption, a date), what comes after is not the story.
  let closing = !isHtml && lastProse !== -1;
  for (let i = headerEnd; i < doc.blocks.length; i += 1) {
    const decided = decisions[i];
    if (decided) {
      if (i > lastProse && decided.reason === 'related') trailingReason = 'related';
      if (i > lastProse) closing = false;
      continue;
    }
    const f = features[i];
    const hint = doc.blocks[i].hint;
    if (hint === 'outside-article') decisions[i] = boilerplate('navigation', outsideWhy(i));
    else if (i > lastProse && closing && closingSentence(doc.blocks[i].text, f, doc.blocks[i].parsed.tokens, cues)) decisions[i] = { role: 'body', why: 'a short closing sentence of the article (no call to action, link, note or headline style)' };
    else if (i > lastProse && (!f.isProse || leadsIn(doc.blocks[i].text))) {
      closing = false;
      decisions[i] = boilerplate(trailingReason, 'short line after the end of the article');
    }
    else if (f.isProse || hint === 'list-item') decisions[i] = { role: 'body', why: hint === 'list-item' ? 'list item of the article' : 'a paragraph of prose' };
    else if (hint === 'heading' || hint === 'h1' || (headingShaped(f) && f.titleCase >= 0.5)) decisions[i] = { role: 'heading', why: 'short title-like line inside the article' };
    else decisions[i] = { role: 'body', why: 'short text inside the article' };
  }
  markEndNotes(doc, features, decisions, cues, firstProse);
  keepArticleText(doc, features, decisions);
  widenThinBody(doc, features, decisions);
  return { decisions: decisions.map((d) => d ?? boilerplate('navigation', 'unclassified')), outlet };
}

/** How many paragraphs of story may follow an end note: credits sit at the very end, or just above a last line or two. */
const END_NOTE_TAIL = 2;

/**
 * Notes about the reporting that close an article are not its story: "... contributed to this
 * report", "X can be reached at", a writer's one-line bio, an agency or syndication note, trademark
 * notices. They are matched by wording (lexicon/boilerplate.json, endNotes) and only in the article's
 * tail, so a story that talks about reporting keeps its text. In a page, a paragraph inside an author
 * or byline element after the story has begun is the writer's bio.
 */
function markEndNotes(doc: ParsedDocument, features: BlockFeatures[], decisions: (RoleDecision | undefined)[], cues: BoilerplateCues, firstProse: number): void {
  let storyAfter = 0;
  for (let i = doc.blocks.length - 1; i >= 0; i -= 1) {
    const d = decisions[i];
    if (d?.role !== 'body') continue;
    const text = doc.blocks[i].text;
    const bio = doc.format === 'html' && doc.blocks[i].hint === 'byline' && firstProse !== -1 && i > firstProse && features[i].words >= 8;
    if (storyAfter <= END_NOTE_TAIL && (bio || isEndNote(text, cues))) {
      decisions[i] = boilerplate('end-note', bio ? "the writer's note inside an author element after the story" : 'a note about the reporting at the end of the article (credit, contact, bio or agency note)');
      continue;
    }
    if (features[i].isProse) storyAfter += 1;
  }
}

/** A page with at least this many words of running prose in one run never comes out with an empty body. */
const ARTICLE_RUN_WORDS = 100;
/** Removal reasons that stand even then: the wording itself says what the block is. */
const FINAL_REASONS: ReadonlySet<BoilerplateReason> = new Set(['comments', 'copyright', 'cookie', 'end-note', 'paywall', 'subscribe', 'newsletter', 'app']);

/**
 * The last guard: when every block was removed (page evidence, position or wording) while the page
 * holds a run of paragraphs of article length, the densest such run is the body. Page names and
 * layout can mislead (a story inside a box named "nav", a language whose sentences wink cannot tag);
 * a page with an article's worth of prose still has an article. Each block kept this way says so
 * in its `why`, with the reason it had first been removed.
 */
function keepArticleText(doc: ParsedDocument, features: BlockFeatures[], decisions: (RoleDecision | undefined)[]): void {
  if (decisions.some((d) => d?.role === 'body')) return;
  const removable = (i: number) => {
    const d = decisions[i];
    return features[i].isProse && d?.role === 'boilerplate' && !(d.reason && FINAL_REASONS.has(d.reason));
  };
  let best: [number, number] | null = null;
  let bestWords = 0;
  let start = -1;
  let words = 0;
  let gap = 0;
  for (let i = 0; i < doc.blocks.length; i += 1) {
    if (removable(i)) {
      if (start === -1) {
        start = i;
        words = 0;
      }
      words += scriptWords(doc.blocks[i].text).words;
      gap = 0;
      if (words > bestWords) {
        bestWords = words;
        best = [start, i + 1];
      }
    } else if (start !== -1 && ++gap > 2) start = -1;
  }
  if (!best || bestWords < ARTICLE_RUN_WORDS) return;
  for (let i = best[0]; i < best[1]; i += 1) {
    if (!removable(i)) continue;
    decisions[i] = { role: 'body', why: `kept as the densest run of paragraphs (${bestWords} words): every block had been removed, this one as "${decisions[i]!.why}"` };
  }
}

/**
 * A thin body next to more of the page's prose: the content finder can pick a one-paragraph box (a
 * notice, a summary) while the page's text sits around it in list items and cards it did not score
 * (a product or help page: a heading, one paragraph and a "Learn more" link per item). When the body
 * holds under ARTICLE_RUN_WORDS words and the run of prose it belongs to (body blocks and prose left
 * outside the content region, gaps of up to two other blocks) holds at least that many and more than
 * twice the body, the run is the body. Only text removed for lying outside the region joins: a block
 * named by the page (related, comments, navigation) or by its wording keeps its removal. Each block
 * kept this way says so in its `why`.
 */
function widenThinBody(doc: ParsedDocument, features: BlockFeatures[], decisions: (RoleDecision | undefined)[]): void {
  const words = (i: number) => scriptWords(doc.blocks[i].text).words;
  const isBody = (i: number) => decisions[i]?.role === 'body';
  let bodyWords = 0;
  doc.blocks.forEach((_, i) => {
    if (isBody(i)) bodyWords += words(i);
  });
  if (bodyWords === 0 || bodyWords >= ARTICLE_RUN_WORDS) return;
  const outside = (i: number) => doc.blocks[i].hint === 'outside-article' && features[i].isProse && decisions[i]?.role === 'boilerplate' && decisions[i]?.reason === 'navigation';
  let best: [number, number] | null = null;
  let bestWords = 0;
  let start = -1;
  let runWords = 0;
  let holdsBody = false;
  let gap = 0;
  for (let i = 0; i < doc.blocks.length; i += 1) {
    if (isBody(i) || outside(i)) {
      if (start === -1) {
        start = i;
        runWords = 0;
        holdsBody = false;
      }
      runWords += words(i);
      holdsBody ||= isBody(i);
      gap = 0;
      if (holdsBody && runWords > bestWords) {
        bestWords = runWords;
        best = [start, i + 1];
      }
    } else if (start !== -1 && ++gap > 2) start = -1;
  }
  if (!best || bestWords < ARTICLE_RUN_WORDS || bestWords <= 2 * bodyWords) return;
  for (let i = best[0]; i < best[1]; i += 1) {
    if (!outside(i)) continue;
    decisions[i] = { role: 'body', why: `kept with the body: the body found was thin (${bodyWords} words) and this paragraph belongs to the run of prose around it (${bestWords} words); it had been removed as "${decisions[i]!.why}"` };
  }
}
