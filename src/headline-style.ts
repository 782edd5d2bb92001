// Headline style on one plain line: the tests ingest (its title guess for plain text) and the
// structure stage (its headline rule) both use. Plain string work, no parse.

// Words a title leaves in lower case ("How to Mend the Tax Code to Close ...").
const MINOR_WORDS = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'and', 'or', 'but', 'as', 'by', 'with', 'from', 'into', 'vs', 'via', 'nor', 'per', 'up', 'off', 'out', 'over']);

/** Share of a line's words, minor words aside, that start with a capital letter. */
export function titleCaseShare(line: string): number {
  const words = (line.match(/[\p{L}][\p{L}'’-]*/gu) ?? []).filter((w) => !MINOR_WORDS.has(w.toLowerCase()));
  if (words.length === 0) return 0;
  return words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length;
}

const ARTICLES = /(^|[^\p{L}'’])(the|a|an)(?![\p{L}'’])/giu;
const OPENING_ARTICLE = /^["“‘']?(the|a|an)\s/i;
const FINITE_BE = /\b(is|are|was|were)(n['’]t)?\b/i;
const TIME_WORD = '(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|week|weekend|month|year|morning|afternoon|evening|night|spring|summer|autumn|fall|winter)';
/** A scene set in time before the subject: "On Monday, ...", "In early June, ...", "Last week, ...", "Earlier this year, ...". */
const SCENE_IN_TIME = new RegExp(`^(((on|in|by|since|until|during|late|early|earlier|later|last|this|next)\\s+)([\\w'’-]+\\s+){0,2}${TIME_WORD}s?|${TIME_WORD}s?)\\b[^,]{0,20},\\s`, 'i');

/**
 * A sentence-case line written as running prose, not in headline style. Headline style drops the
 * articles and the forms of "to be", and puts what happened first, in the present: "Council backs
 * bridge loan." A lead sentence keeps them ("The vote came after a long night of debate.", "The mood
 * in town is grim.") and sets its scene in time before the subject ("On Monday, commuters ...").
 * Two articles, an opening article with a finite "to be", or an opening time phrase make prose. Not
 * a line in title case (its own style), nor one with a label before a colon ("The Latest: ...", the
 * headline device of a kicker).
 */
export function readsAsProse(line: string): boolean {
  const t = line.trim();
  if (titleCaseShare(t) >= 0.8 || /:\s/.test(t)) return false;
  const articles = (t.match(ARTICLES) ?? []).length;
  return articles >= 2 || (OPENING_ARTICLE.test(t) && FINITE_BE.test(t)) || SCENE_IN_TIME.test(t);
}

/**
 * A line that opens with a whole sentence of running prose and runs on after it: a summary sentence
 * with a short title glued on ("Engineers expect the work to take the summer. Bridge repairs drag
 * on"), as some outlets' copy arrives. The line as a whole is not a title. A two-sentence title in
 * headline style ("Beyond Meat uses climate change to market fake meat. Scientists are cautious")
 * has no prose marks in its first sentence.
 */
export function opensWithProseSentence(line: string): boolean {
  const first = /^(.+?[.!?]["”’)]*)\s+(?=["“‘]?\p{Lu})/u.exec(line.trim());
  return first !== null && (first[1].match(/\S+/g) ?? []).length >= 6 && readsAsProse(first[1]);
}
