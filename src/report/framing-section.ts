// The story report's relative framing: the lead of the framing contrast (each article against the
// others, every claim with the passages it rests on) and the section "Who is heard, and how each side
// is treated". Built from Story.framing only, the same records `compare --json` prints.
import type { Story } from '../compare/index.js';
import { articleId } from '../compare/ids.js';
import { cite, md, ref } from './escape.js';
import { ownVoiceTones, sideLabels } from '../framing/index.js';
import { sidesHeard, WEIGHTS } from '../framing/relative.js';
import type { StoryActor } from '../actors/story.js';

const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
const table = (head: string[], rows: string[][]) => [row(head), row(head.map(() => '---')), ...rows.map(row)].join('\n');
/** A relative lean as the reports write it: "+1.49", "-0.61", "0.00". */
export const signed = (x: number) => (x > 0 ? `+${x.toFixed(2)}` : x.toFixed(2));

/** How well the text-based ordering is measured to work (docs/measured.md; BASIL dev, 46 events). */
export const FRAMING_MEASURED = 'How far to trust this order: on 46 annotated three-outlet events (BASIL dev), it put about 70% of article pairs the annotators\' way (chance 50%; 69-74% over five ways of holding out events from the bias-sentence model, which is always scored on events it was not trained on), from sourcing by side, learned phrases and the sentences the bias-sentence model flags; own-voice tone by side is shown with its sentences but not counted, since alone it ordered those events no better than chance. Read it as pointers to the cited text, not as a rating of the outlets.';

/** Where article `i` sits among the story's others, in words ("furthest right", "between the others"). */
export function framingPosition(story: Story, i: number): string {
  const f = story.framing[i];
  if (story.framing.every((g) => g.relativeLean === f.relativeLean)) return 'level with the others';
  if (f.rank === 1) return 'furthest right';
  return story.framing.every((g) => g.relativeLean >= f.relativeLean) ? 'furthest left' : 'between the others';
}

/** Where an article sits among its story's others, as the index shows it beside the verdict alone. */
export interface StoryPosition {
  /** framingPosition's words: "furthest right", "between the others", "level with the others" … */
  position: string;
  relativeLean: number;
  rank: number;
}

/** Each article's place in its story (in the story's article order); empty for a story of one. */
export function storyPositions(story: Story): StoryPosition[] {
  if (story.articles.length < 2) return [];
  return story.framing.map((f, i) => ({ position: framingPosition(story, i), relativeLean: f.relativeLean, rank: f.rank }));
}

/** The index's cell: "furthest right (+1.13)". */
export const positionCell = (p: StoryPosition) => `${p.position} (${signed(p.relativeLean)})`;

/** One line per article, furthest right first: where it sits among the others and why, with citations. */
export function framingLead(story: Story): string[] {
  if (story.articles.length < 2) return [];
  const order = story.framing.map((f, i) => ({ f, a: story.articles[i], i })).sort((x, y) => x.f.rank - y.f.rank || x.f.id.localeCompare(y.f.id));
  const anySided = story.framing.some((f) => f.sides.quotedWords.left + f.sides.quotedWords.right + f.sides.attributions.left + f.sides.attributions.right + f.sides.negative.left + f.sides.negative.right + f.sides.positive.left + f.sides.positive.right > 0);
  const lines: string[] = [];
  if (!anySided) lines.push('No article of this story quotes or describes an actor whose political side is known, so sources and tone by side cannot be compared.');
  // storySourceBalances: sourcing compares the sides only when the story hears both.
  const heard = sidesHeard(story.framing.map((f) => f.sides));
  if (heard.left !== heard.right) {
    const side = heard.left ? 'left' : 'right';
    lines.push(`Every source with a known side that this story's articles quote or cite is on one side (${sideLabels(story.articles)[side]}), so sourcing by side does not set the articles apart: an article that quotes that side more only quotes more.`);
  }
  for (const { f, a, i } of order) {
    const n = story.articles.length;
    const where = framingPosition(story, i);
    const rating = a.provenance.outletLean ? ` Outlet rating you gave: ${a.provenance.outletLean} (not used above).` : '';
    const claims = f.evidence.map((e) => `${/^its /.test(e.claim) ? 'I' + md(e.claim.slice(1)) : `It ${md(e.claim)}`}${e.cites.length ? `: ${e.cites.map((c) => cite(c.text, 110)).join('; ')}` : ''}`);
    lines.push(`${ref(articleId(a.article.file))} sits ${where} (relative lean ${signed(f.relativeLean)}, rank ${f.rank} of ${n}).${claims.length ? ` ${claims.join('. ')}.` : ' No signal sets it apart.'}${rating}`);
  }
  const leans = story.framing.map((f) => f.relativeLean);
  const spread = Math.max(...leans) - Math.min(...leans);
  // Ranks are printed whatever the distances; when the whole story sits within half a spread of one
  // signal, its signals cancel or barely differ, and the ranks say little.
  if (spread > 0 && spread < CLOSE_SPREAD) lines.push(`The articles sit within ${spread.toFixed(2)} of each other, less than half a spread on one signal: their signals cancel or barely differ, so the order above is weak; read the cited sentences rather than the ranks.`);
  lines.push(leanScale(story.articles.length), FRAMING_MEASURED);
  return lines;
}

/** Below this distance between the story's furthest articles, the report calls the order weak. */
const CLOSE_SPREAD = 0.5;

/**
 * What a relative-lean number means: each counted signal is a z-score within the story (its spread has
 * a floor), so a story of n articles bounds each at sqrt(n - 1) and the sum at that times the counted
 * weights. Readers otherwise have no scale for "+1.49".
 */
export function leanScale(n: number): string {
  const counted = Object.values(WEIGHTS).reduce((a, w) => a + w, 0);
  const bound = counted * Math.sqrt(Math.max(1, n - 1));
  return `How to read the relative lean: it adds the counted signals, each measured from the story's middle in units of how far this story's articles spread on it (a floor keeps small differences small), so ±1 is one spread on one signal, 0 is the middle, and with ${n} articles it cannot pass ±${bound.toFixed(1)}.`;
}

const MAX_ACTORS = 15;
/** Media and only-named bodies listed on their lines (the rest are in the JSON). */
const MAX_LISTED = 10;
const MAX_TONE_SENTENCES = 8;
const partyTag = (party: string | null, side: string | null) => (party ? ` (${party})` : side ? ` (${side})` : '');
/** Where an actor's side comes from, in the reader's words (ActorMention.sideSource). */
const SIDE_FROM: Record<string, string> = { data: 'actors data', group: 'party name', designator: 'party written beside the name', principal: 'speaks or works for a sided principal', user: 'your actors file', story: 'from another article of the story' };
const sideCell = (x: { side: string | null; party: string | null; sideSources: readonly string[] }) =>
  x.side ? `${x.side}${partyTag(x.party, null)}${x.sideSources.length ? `: ${x.sideSources.map((s) => SIDE_FROM[s] ?? s).join('; ')}` : ''}` : 'not known';

/** Counts an actor's cell shows for one article: "3 mentions, 56 quoted words, 2 attributions". */
function countsOf(p: StoryActor['perArticle'][number]): string {
  const parts = [`${p.mentions} mention${p.mentions === 1 ? '' : 's'}`];
  if (p.quotedWords) parts.push(`${p.quotedWords} quoted words`);
  if (p.attributions) parts.push(`${p.attributions} attribution${p.attributions === 1 ? '' : 's'}`);
  if (p.ownNegative || p.ownPositive) parts.push(`own voice ${p.ownNegative} negative, ${p.ownPositive} positive`);
  return parts.join(', ');
}

/** Not heard: no quoted words and no attributions in any article. */
const notHeard = (x: StoryActor) => x.perArticle.every((p) => p.quotedWords === 0 && p.attributions === 0);

/**
 * How the story's actors are shown: the table holds people, parties, groups and sided bodies, and any
 * body the articles quote, cite or treat with a tone; news outlets and platforms are sources, listed on
 * a line of their own ("Fox News reported" gives no side a voice); a body with no side that no article
 * quotes or cites ("Congress", "the Senate") is listed on another line with its counts: a tone toward
 * it counts toward no side.
 */
export function actorRows(story: Story): { table: StoryActor[]; media: StoryActor[]; named: StoryActor[]; rest: number } {
  const present = story.actors.filter((x) => x.perArticle.some((p) => p.mentions > 0));
  const media = present.filter((x) => x.media !== null);
  const named = present.filter((x) => x.media === null && x.actorType !== 'person' && x.side === null && notHeard(x));
  const table = present.filter((x) => !media.includes(x) && !named.includes(x));
  return { table: table.slice(0, MAX_ACTORS), media: media.slice(0, MAX_LISTED), named: named.slice(0, MAX_LISTED), rest: story.actors.length - Math.min(table.length, MAX_ACTORS) - Math.min(media.length, MAX_LISTED) - Math.min(named.length, MAX_LISTED) };
}

/** "Fox News ([000] 2 mentions, 1 attribution; [002] 1 mention)". */
function listed(story: Story, xs: readonly StoryActor[]): string {
  return xs.map((x) => `${md(x.actor)} (${x.perArticle.map((p) => `${ref(articleId(story.articles[p.article].article.file))} ${countsOf(p)}`).join('; ')})`).join(', ');
}

/** Actors × articles: mentions, quoted words, attributions and own-voice tone, the most present first; then the media cited and the bodies only named. */
function actorTable(story: Story): string {
  const { table: shown, media, named, rest } = actorRows(story);
  const parts: string[] = [];
  if (shown.length === 0) parts.push('No people, parties or organisations found.');
  else {
    parts.push(table(['actor', 'side', ...story.articles.map((a) => ref(articleId(a.article.file)))], shown.map((x) => [
      md(x.actor), sideCell(x), ...story.articles.map((_, i) => {
        const p = x.perArticle.find((c) => c.article === i);
        return p ? countsOf(p) : '—';
      }),
    ])));
  }
  if (media.length) parts.push(`News outlets and platforms the articles name or cite (sources, never given a side): ${listed(story, media)}.`);
  if (named.length) parts.push(`Also named, with no known side and not quoted or cited (a tone toward them counts toward no side): ${listed(story, named)}.`);
  if (rest > 0) parts.push(`${rest} more actor${rest === 1 ? ' is' : 's are'} in the JSON (\`compare --json\`, \`report --json\`).`);
  return parts.join('\n\n');
}

/**
 * The own-voice sentences behind each tone call toward a sided actor, per article: one line per
 * sentence, as the side totals count them (a sentence naming two actors is one line, not two), with
 * each call in it: "negative toward Liz Cheney (right) and Dick Cheney (right), on “criticized”".
 */
function toneSentences(story: Story): string {
  const parts: string[] = [];
  for (const a of story.articles) {
    const calls = ownVoiceTones(a).filter((t) => t.polarity !== 0);
    if (calls.length === 0) continue;
    const sentences = new Map<number, typeof calls>();
    for (const t of calls) sentences.set(t.sentenceStart, [...(sentences.get(t.sentenceStart) ?? []), t]);
    const ordered = [...sentences.values()].sort((x, y) => x[0].sentenceStart - y[0].sentenceStart);
    const line = (ts: typeof calls) => {
      // Calls of one polarity on one cue read as one: "negative toward A (right) and B (right), on “x”".
      const groups = new Map<string, typeof calls>();
      for (const t of ts) groups.set(`${t.polarity < 0 ? 'n' : 'p'}|${t.cue ?? ''}`, [...(groups.get(`${t.polarity < 0 ? 'n' : 'p'}|${t.cue ?? ''}`) ?? []), t]);
      const said = [...groups.values()].map((g) => {
        const actors = [...new Set(g.map((t) => `${md(t.actor)} (${t.side})`))];
        const list = actors.length === 1 ? actors[0] : `${actors.slice(0, -1).join(', ')} and ${actors.at(-1)}`;
        return `${g[0].polarity < 0 ? 'negative' : 'positive'} toward ${list}, on ${g[0].cue ? cite(g[0].cue) : 'its wording'}`;
      });
      return `- ${said.join('; ')}: ${cite(a.article.text.slice(ts[0].sentenceStart, ts[0].sentenceEnd), 200)}`;
    };
    const lines = ordered.slice(0, MAX_TONE_SENTENCES).map(line);
    if (ordered.length > lines.length) lines.push(`- and ${ordered.length - lines.length} more sentence${ordered.length - lines.length === 1 ? '' : 's'} (\`tones\` in the JSON)`);
    parts.push(`**${ref(articleId(a.article.file))}**: ${ordered.length} own-voice sentence${ordered.length === 1 ? '' : 's'} with a tone toward an actor whose side is known, one line each:\n\n${lines.join('\n')}`);
  }
  return parts.length ? parts.join('\n\n') : 'No sentence of the articles\' own voice is negative or positive toward an actor whose side is known.';
}

/** Which day each article's sides were read at, when one has no date of its own (grouped, in article order). */
function sidesDates(story: Story): string {
  const groups = new Map<string, string[]>();
  for (const a of story.articles) {
    if (a.sidesDate.from === 'published') continue;
    const key = a.sidesDate.from === 'president' ? `president:${a.sidesDate.president ?? ''}` : a.sidesDate.from === 'story' ? `story:${a.sidesDate.day ?? ''}` : '';
    groups.set(key, [...(groups.get(key) ?? []), ref(articleId(a.article.file))]);
  }
  if (groups.size === 0) return '';
  const list = (refs: string[]) => (refs.length === 1 ? refs[0] : `${refs.slice(0, -1).join(', ')} and ${refs.at(-1)}`);
  const say = ([key, refs]: [string, string[]]) => {
    const one = refs.length === 1;
    const [from, what] = key.split(/:(.*)/);
    if (from === 'president') return `${list(refs)} ${one ? 'has' : 'have'} no date: ${one ? 'its' : 'their'} sides are read in the term of ${md(what)}, the sitting president ${one ? 'it names' : 'they name'}`;
    if (from === 'story') return `${list(refs)} ${one ? 'has' : 'have'} no date and ${one ? 'names' : 'name'} no sitting president: ${one ? 'its' : 'their'} sides are read at ${what}, the day of the story's other articles`;
    return `${list(refs)} ${one ? 'has' : 'have'} no date and ${one ? 'names' : 'name'} no sitting president: an actor whose party changed (the White House) has no side there`;
  };
  return ` ${[...groups].map(say).join('; ')}. Give dates with \`add --date\` to read every side at its day.`;
}

/** Side totals per article: sided sourcing and own-voice tone sentences. */
export function whoIsHeardSection(story: Story, chartImages: readonly string[] = []): string {
  const rows = story.framing.map((f, i) => [
    ref(articleId(story.articles[i].article.file)),
    `${f.sides.quotedWords.left} / ${f.sides.quotedWords.right}`,
    `${f.sides.attributions.left} / ${f.sides.attributions.right}`,
    `${f.sides.negative.left} / ${f.sides.positive.left}`,
    `${f.sides.negative.right} / ${f.sides.positive.right}`,
    signed(f.relativeLean),
  ]);
  return [
    // The tone columns sit beside the relative lean but are not part of it (WEIGHTS.tone): say so here.
    `Quoted words and attributions whose speaker has a known side, and the sentences of the outlet's own voice that are negative or positive toward each side (left / right; negative / positive). The relative lean (> 0: to the right of the story's other articles) is made from ${WEIGHTS.tone === 0 ? 'the sourcing columns, learned phrases and flagged sentences; the tone columns are shown for checking and not counted' : 'the sourcing and tone columns, learned phrases and flagged sentences'}.`,
    table(['article', 'quoted words, left / right', 'attributions, left / right', 'own voice about the left: negative / positive', 'own voice about the right: negative / positive', 'relative lean'], rows),
    ...chartImages,
    `Each actor, merged across the articles ("Nancy Pelosi" and "Pelosi" are one), with its side at the article's date when the actors data or the text gives one. An actor missing from the data has no side: framelens never guesses one. In a cell, "own voice N negative, M positive" counts the tone records toward the actor's mentions (a sentence naming it twice counts twice); the side totals above count sentences.${sidesDates(story)}`,
    actorTable(story),
    toneSentences(story),
  ].join('\n\n');
}
