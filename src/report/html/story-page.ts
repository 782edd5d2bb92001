// report stage: Story -> one self-contained HTML page. At the top the story summary and each article's
// verdict, the framing contrast and the charts; then the articles in columns, each as its own text
// with every finding marked in place and the blocks set aside folded away with their reasons; then the
// comparison tables of the Markdown report. Built from the same records as the Markdown and the JSON.
import type { Story } from '../../compare/index.js';
import type { ArticleAnalysis } from '../../analyze/index.js';
import { articleId } from '../../compare/ids.js';
import { SLANT_THRESHOLD } from '../../analyze/slant.js';
import type { BlockRecord, RemovedFinding } from '../../types.js';
import { storyMarkdown, storyTitle } from '../markdown.js';
import { storyCharts } from '../charts/story-charts.js';
import type { StoryChart } from '../charts/story-charts.js';
import { esc } from './escape.js';
import { renderMarked } from './marks.js';
import type { Span } from './marks.js';
import { articleSpans, kindCounts, kindRank, MARK_KINDS } from './spans.js';
import { blocksToHtml, sections } from './from-markdown.js';
import { page, STORY_HTML_MARKER } from './page.js';
import { framingPosition, signed } from '../framing-section.js';

/** The roles of the article's own text; every other block was set aside (a RemovedFinding). */
const OWN_ROLES = new Set(['headline', 'dek', 'heading', 'body']);
/** Markdown sections the page shows in its own way, above. */
const SHOWN_ABOVE = new Set(['Framing contrast', 'Who is heard, and how each side is treated', 'What was removed, and why']);

const idOf = (a: ArticleAnalysis) => articleId(a.article.file);
const verdictText = (a: ArticleAnalysis) => `${a.slant.label}${a.slant.lean ? `, ${a.slant.lean}` : ''}`;

interface Column {
  a: ArticleAnalysis;
  /** Where the article sits among the story's others (relative framing); null for a story of one. */
  position: string | null;
  anchor: string;
  spans: Span[];
  /** Where links to quoted sentences land: article offset -> element id (filled while the sections are rendered). */
  cited: Map<number, string>;
}

/** The article text with its white space collapsed, and each character's offset in the text. */
function flatText(text: string): { flat: string; at: number[] } {
  let flat = '';
  const at: number[] = [];
  for (let i = 0; i < text.length; i += 1) {
    const space = /\s/.test(text[i]);
    if (space && (flat === '' || flat.endsWith(' '))) continue;
    flat += space ? ' ' : text[i];
    at.push(i);
  }
  return { flat, at };
}

/**
 * Links a quoted sentence of the Markdown to where it stands in an article's column: the article the
 * line is about first, then the others (wire copy is shared). The quote is the sentence's own words,
 * cut with "…" when long; its first occurrence in the article's text is the place.
 */
function sentenceLinker(columns: Column[], ids: ReadonlyMap<string, number>): (text: string, subject: string | null) => string | null {
  // Citations write a quotation inside the cited text with single marks (escape.ts `cite`): quote
  // marks are compared as one mark, a character for a character, so offsets stay those of the text.
  const flats = columns.map((c) => {
    const f = flatText(c.a.article.text);
    return { ...f, flat: sameQuoteMarks(f.flat) };
  });
  return (text, subject) => {
    const wanted = sameQuoteMarks(text.replace(/…$/, '').replace(/\s+/g, ' ').trim());
    const first = subject !== null ? ids.get(subject) : undefined;
    const order = first === undefined ? columns.map((_, k) => k) : [first, ...columns.map((_, k) => k).filter((k) => k !== first)];
    for (const k of order) {
      const found = flats[k].flat.indexOf(wanted);
      if (found < 0) continue;
      const offset = flats[k].at[found];
      const id = `${columns[k].anchor}-c${offset}`;
      columns[k].cited.set(offset, id);
      return `#${id}`;
    }
    return null;
  };
}

const sameQuoteMarks = (s: string) => s.replace(/[“”‘’]/g, "'");

function verdictCard(c: Column): string {
  const { a } = c;
  const lead = a.article.body.split('\n\n')[0] ?? '';
  const headline = a.article.headline ? `“${esc(a.article.headline)}”` : `<em class="lead">(no headline; lead: “${esc(lead.length > 100 ? `${lead.slice(0, lead.lastIndexOf(' ', 100) > 50 ? lead.lastIndexOf(' ', 100) : 100)}…` : lead)}”)</em>`;
  const score = Math.max(0, Math.min(1, a.slant.score));
  return `<div class="card v-${esc(a.slant.label)}">
<a class="id" href="#${c.anchor}">[${esc(idOf(a))}]</a> ${esc(a.article.outlet ?? 'unknown outlet')}${a.article.published ? ` · ${esc(a.article.published)}` : ''}
<span class="hl">${headline}</span>
${c.position ? `<span class="relative" title="relative framing: this article against the story's others, from the text (see the framing contrast)">Among these articles: <strong>${esc(c.position)}</strong></span>\n` : ''}<span class="verdict">Alone: <strong>${esc(verdictText(a))}</strong> (score ${a.slant.score.toFixed(2)}) · ${a.words} words</span>
<span class="meter" title="score ${a.slant.score.toFixed(2)}; partisan from ${SLANT_THRESHOLD.toFixed(2)}"><span style="width:${(score * 100).toFixed(1)}%"></span><i style="left:${(SLANT_THRESHOLD * 100).toFixed(1)}%"></i></span>
${a.slant.evidence.length ? `<details><summary>Evidence for the verdict</summary><ul>${a.slant.evidence.map((e) => `<li>${esc(e)}</li>`).join('')}</ul></details>` : ''}
</div>`;
}

function legend(columns: Column[]): string {
  const counts = columns.map((c) => kindCounts(c.spans));
  // data-label: the column's name, shown before each cell when the rows stack on a narrow screen (style.ts).
  const rows = MARK_KINDS.map((k) => `<tr><td data-label="mark"><span class="sample k-${k.kind}">sample${k.letter ? `<sup class="ml">${esc(k.letter)}</sup>` : ''}</span></td><th scope="row" data-label="kind">${esc(k.name)}</th><td data-label="meaning">${esc(k.description)}</td>${counts.map((m, i) => `<td data-label="[${esc(idOf(columns[i].a))}]">${m.get(k.kind) ?? 0}</td>`).join('')}</tr>`).join('\n');
  return `<div class="legend table"><table><thead><tr><th>mark</th><th>kind</th><th>meaning</th>${columns.map((c) => `<th>[${esc(idOf(c.a))}]</th>`).join('')}</tr></thead><tbody>
${rows}
</tbody></table></div>
<p>Hover over a mark (or long-press it) for its category, the neutral wording and the evidence; with the keyboard, Tab moves from mark to mark and shows the same details at the foot of the screen (<a href="#tables">skip past the articles</a>). Where marks overlap, the inner one is drawn inside the outer.</p>`;
}

function ownBlock(b: BlockRecord, html: string): string {
  if (b.role === 'headline') return `<h3 class="hl">${html}</h3>`;
  if (b.role === 'dek') return `<p class="dek">${html}</p>`;
  if (b.role === 'heading') return `<h4>${html}</h4>`;
  return `<p>${html}</p>`;
}

function removedGroup(group: { b: BlockRecord; r: RemovedFinding | undefined }[], text: string, spans: Span[], cited: ReadonlyMap<number, string>): string {
  const reasons = [...new Set(group.map(({ b, r }) => r?.reason ?? r?.role ?? b.reason ?? b.role))];
  const items = group.map(({ b, r }) => {
    const why = r?.why ?? b.why;
    return `<li><span class="why">${esc(r?.role ?? b.role)}${(r?.reason ?? b.reason) ? ` · ${esc((r?.reason ?? b.reason)!)}` : ''}: ${esc(why)}</span><p>${renderMarked(text.slice(b.start, b.end), b.start, spans, kindRank, cited)}</p></li>`;
  }).join('');
  return `<details class="removed"><summary>${group.length} block${group.length === 1 ? '' : 's'} set aside (${esc(reasons.join(', '))})</summary><ul>${items}</ul></details>`;
}

function column(c: Column): string {
  const { a, spans, cited } = c;
  const { article } = a;
  const removed = new Map(a.removed.map((r) => [r.start, r]));
  const meta = [article.published, article.byline ? `by ${article.byline}` : null, `${a.words} words`, `${verdictText(a)} (${a.slant.score.toFixed(2)})`].filter((x): x is string => x !== null);
  const out: string[] = [`<article class="col" id="${c.anchor}">`, `<div class="colhead"><span class="id">[${esc(idOf(a))}]</span> ${esc(article.outlet ?? 'unknown outlet')} · ${meta.map(esc).join(' · ')}</div>`];
  if (article.headline === null) out.push('<p class="nohl">(no headline: the article opens with its lead)</p>');
  let pending: { b: BlockRecord; r: RemovedFinding | undefined }[] = [];
  const flush = () => {
    if (pending.length) out.push(removedGroup(pending, article.text, spans, cited));
    pending = [];
  };
  for (const b of article.blocks) {
    if (OWN_ROLES.has(b.role) && !removed.has(b.start)) {
      flush();
      out.push(ownBlock(b, renderMarked(article.text.slice(b.start, b.end), b.start, spans, kindRank, cited)));
    } else pending.push({ b, r: removed.get(b.start) });
  }
  flush();
  out.push('</article>');
  return out.join('\n');
}

function chartFigure(chart: StoryChart): string {
  // The SVG is framelens' own markup, with every text from an article escaped (charts/bars.ts).
  return `<figure>${chart.svg}<figcaption>${esc(chart.alt)} (also <a href="${esc(chart.file)}">${esc(chart.file)}</a>)</figcaption></figure>`;
}

/** The HTML page of a story. `charts` and `markdown`: the story's, when the caller has them already. */
export function storyHtml(story: Story, charts: readonly StoryChart[] = storyCharts(story), markdown: string = storyMarkdown(story, charts)): string {
  const title = storyTitle(story);
  const columns: Column[] = story.articles.map((a, i) => ({ a, anchor: `a${i + 1}`, spans: articleSpans(a), cited: new Map(), position: story.articles.length > 1 && story.framing[i] ? `${framingPosition(story, i)} (relative lean ${signed(story.framing[i].relativeLean)})` : null }));
  const anchors = new Map(columns.map((c) => [idOf(c.a), c.anchor]));
  const citation = (id: string) => (anchors.has(id) ? `#${anchors.get(id)}` : null);
  const quote = sentenceLinker(columns, new Map(columns.map((c, k) => [idOf(c.a), k])));
  const parts = sections(markdown);
  const contrast = parts.find((s) => s.title === 'Framing contrast');
  const heard = parts.find((s) => s.title === 'Who is heard, and how each side is treated');
  const n = story.articles.length;
  const shown = charts.filter((c) => c.shown);
  // The sections first: the quoted sentences they link to get their anchors in the columns.
  const contrastHtml = contrast ? blocksToHtml(contrast.body, { citation, quote }) : '';
  const heardHtml = heard ? blocksToHtml(heard.body, { citation, quote }) : '';
  const tablesHtml = parts.filter((s) => !SHOWN_ABOVE.has(s.title)).map((s) => `<h3>${esc(s.title)}</h3>\n${blocksToHtml(s.body, { citation, quote, headingShift: 1 })}`).join('\n');
  const body = `<header class="page">
<p class="crumb"><a href="index.html">All stories</a> · <a href="${esc(`${story.slug}.md`)}">this report as Markdown</a></p>
<h1>Story: ${esc(title)}</h1>
<p class="summary">${n} article${n === 1 ? '' : 's'} on the same event. Every quotation on this page is the article's own text; [NNN] names the article. A verdict is <em>partisan</em> from a score of ${SLANT_THRESHOLD.toFixed(2)} when its evidence points to a side; it reads the outlet's own wording only, never words it quotes.</p>
<div class="verdicts">
${columns.map(verdictCard).join('\n')}
</div>
</header>
<main>
${contrast ? `<section id="contrast"><h2>Framing contrast</h2>\n${contrastHtml}\n</section>` : ''}
${heard ? `<section id="heard"><h2>Who is heard, and how each side is treated</h2>\n${heardHtml}\n</section>` : ''}
${shown.length ? `<section id="charts"><h2>At a glance</h2><div class="charts">\n${shown.map(chartFigure).join('\n')}\n</div></section>` : ''}
<section id="articles"><h2>The articles, marked</h2>
${legend(columns)}
<div class="cols">
${columns.map(column).join('\n')}
</div>
</section>
<section id="tables"><h2>Comparison tables</h2>
${tablesHtml}
</section>
</main>
<footer>Written by framelens from the records of <code>framelens report --json</code>. No script, no font or image from elsewhere: this file is all there is.</footer>`;
  return page(STORY_HTML_MARKER, `Story: ${title} · framelens`, body);
}
