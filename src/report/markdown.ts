// report stage: Story -> Markdown. Deterministic: no dates, no random order, only record data.
import type { Story } from '../compare/index.js';
import { articleId } from '../compare/ids.js';
import type { ArticleAnalysis } from '../analyze/index.js';
import { SLANT_THRESHOLD } from '../analyze/slant.js';
import { cite, codeCell, md, ref } from './escape.js';
import { framingContrast } from './contrast.js';
import { framingLead, positionCell, whoIsHeardSection } from './framing-section.js';
import type { StoryPosition } from './framing-section.js';
import { basename } from 'node:path';
import type { ArticleSummary } from '../compare/summary.js';
import { quotations } from '../analyze/quotes/quotations.js';
import { storyCharts } from './charts/story-charts.js';
import type { StoryChart } from './charts/story-charts.js';

/** Every story report starts with this, which is how a later run knows the file is its own. */
export const STORY_HEADING = '# Story: ';

const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
const table = (head: string[], rows: string[][]) => [row(head), row(head.map(() => '---')), ...rows.map(row)].join('\n');
const id = (a: ArticleAnalysis) => articleId(a.article.file);
const pct = (x: number) => `${Math.round(x * 100)}%`;
const per1000 = (n: number, words: number) => (words === 0 ? '0' : ((n * 1000) / words).toFixed(1));

export function storyTitle(story: Story): string {
  return story.keywords.length ? story.keywords.join(', ') : story.slug;
}

function sideBySide(story: Story): string {
  const as = story.articles;
  const field = (label: string, f: (a: ArticleAnalysis) => string) => [`**${label}**`, ...as.map(f)];
  const headline = (a: ArticleAnalysis) => (a.article.headline ? cite(a.article.headline, 200) : `*(no headline; lead: ${cite(a.article.body.split('\n\n')[0] ?? '', 120)})*`);
  return table(['', ...as.map((a) => ref(id(a)))], [
    field('file', (a) => codeCell(basename(a.article.file))),
    field('outlet', (a) => (a.article.outlet ? md(a.article.outlet) : '—')),
    field('headline', headline),
    field('dek', (a) => (a.article.dek ? cite(a.article.dek, 200) : '—')),
    field('byline', (a) => (a.article.byline ? md(a.article.byline) : '—')),
    field('words (own text)', (a) => String(a.words)),
    field('verdict', (a) => `${a.slant.label}${a.slant.lean ? `, ${a.slant.lean}` : ''} (${a.slant.score.toFixed(2)})`),
  ]);
}

/** A chart beside the report, as an image paragraph (its file name is the story's slug, safe as it is). */
const chartImage = (charts: readonly StoryChart[], name: StoryChart['name']) => charts.filter((c) => c.name === name && c.shown).map((c) => `![${c.alt}](${c.file})`);

function termsSection(story: Story, charts: readonly StoryChart[]): string {
  const parts: string[] = [];
  parts.push(table(['article', 'own-voice terms per 1,000 words', 'quoted terms per 1,000 words'],
    story.articles.map((a) => [ref(id(a)), per1000(a.terms.filter((t) => t.voice === 'own').length, a.words), per1000(a.terms.filter((t) => t.voice === 'quoted').length, a.words)])));
  parts.push(...chartImage(charts, 'loaded'));
  for (const a of story.articles) {
    parts.push(`**${ref(id(a))}**`);
    if (a.terms.length === 0) {
      parts.push('No lexicon terms.');
      continue;
    }
    parts.push(table(['text', 'entry', 'category', 'signals', 'voice', 'where', 'neutral wording'],
      a.terms.map((t) => [cite(t.text), md(t.term), t.category, t.lean ?? '—', t.voice, t.where, t.neutral.length ? md(t.neutral.join('; ')) : '—'])));
  }
  return parts.join('\n\n');
}

function namingSection(story: Story): string {
  if (story.naming.length === 0) return 'No key-actor nouns found.';
  return table(['actor', ...story.articles.map((a) => ref(id(a)))], story.naming.map((r) => [
    md(r.actor.label),
    ...story.articles.map((a) => (r.byArticle[id(a)].length ? r.byArticle[id(a)].slice(0, 6).map(([p, n]) => `${cite(p)}${n > 1 ? ` ×${n}` : ''}`).join(', ') : '—')),
  ]));
}

function framesSection(story: Story, charts: readonly StoryChart[]): string {
  const used = story.articles[0]?.frames.filter((_, i) => story.articles.some((a) => a.frames[i].sentences > 0)) ?? [];
  if (used.length === 0) return 'No frame keywords found.';
  return [table(['frame', ...story.articles.map((a) => ref(id(a)))], used.map((f) => [
    md(f.label),
    ...story.articles.map((a) => {
      const share = a.frames.find((x) => x.id === f.id)!;
      return share.sentences ? `${pct(share.share)} (${md(share.keywords.slice(0, 3).join(', '))})` : '—';
    }),
  ])), ...chartImage(charts, 'frames')].join('\n\n');
}

function quotesSection(story: Story, charts: readonly StoryChart[]): string {
  const parts: string[] = [];
  if (story.speakers.length) {
    parts.push('Words of direct speech each article gives each speaker:');
    parts.push(table(['speaker', ...story.articles.map((a) => ref(id(a))), 'quoted by'], story.speakers.map((r) => [
      md(r.speaker), ...story.articles.map((a) => String(r.words[id(a)])), r.quotedBy.length === 1 && story.articles.length > 1 ? `only ${ref(r.quotedBy[0])}` : r.quotedBy.map(ref).join(' '),
    ])));
    parts.push(...chartImage(charts, 'speakers'));
  } else parts.push('No direct speech.');
  if (story.sharedQuotes.length) {
    parts.push('Quotations carried by more than one article (matched on shared words):');
    parts.push(story.sharedQuotes.map((s) => `- ${Object.entries(s.byArticle).map(([k, q]) => `${ref(k)} ${cite(q.text, 120)}`).join(' / ')} (overlap ${pct(s.overlap)})`).join('\n'));
  }
  for (const a of story.articles) {
    const quotes = quotations(a.quotes);
    parts.push(`**${ref(id(a))}** ${quotes.length} quotation${quotes.length === 1 ? '' : 's'}`);
    if (quotes.length) {
      parts.push(table(['kind', 'speaker', 'as written', 'quotation'], quotes.map((q) => [q.quoteKind, q.speaker ? md(q.speaker) : '—', q.speakerMention ? md(q.speakerMention) : '—', cite(q.text, 200)])));
    }
  }
  return parts.join('\n\n');
}

function sourcingSection(story: Story): string {
  return table(['article', 'attributions without quotation marks', 'hedges', 'distinct sources'], story.articles.map((a) => {
    const sources = new Set([...a.attributions.map((x) => x.source), ...a.quotes.filter((q) => q.quoteKind === 'speech' && q.speaker).map((q) => q.speaker!)]);
    return [
      ref(id(a)),
      a.attributions.length ? a.attributions.map((x) => `${md(x.source)}${x.anonymous ? ' (anonymous)' : ''}: ${cite(x.text, 70)}`).join('<br>') : '—',
      a.hedges.length ? `${a.hedges.length}: ${[...new Set(a.hedges.map((h) => md(h.cue)))].join(', ')}` : '0',
      String(sources.size),
    ];
  }));
}

/**
 * The row's unit as the articles write it ("arrests", not the lemma "arrest"): the longest word of its
 * figures that starts with the lemma; the lemma itself when none does ("people" for "person").
 */
function unitAsWritten(r: Story['figures']['rows'][number]): string {
  const unit = r.unit ?? '';
  let best = unit;
  for (const f of Object.values(r.byArticle).flat()) {
    for (const w of f.text.split(/\s+/)) {
      const word = w.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '').toLowerCase();
      if (word.startsWith(unit) && word.length > best.length && word.length <= unit.length + 3) best = word;
    }
  }
  return best;
}

function figuresSection(story: Story): string {
  const { rows, differing } = story.figures;
  if (rows.length === 0) return 'No figures.';
  const label = (r: (typeof rows)[number]) => `${r.value.toLocaleString('en-US')}${r.isPercent ? '%' : ''}${r.unit ? ` ${md(unitAsWritten(r))}` : ''}${r.per ? ` per ${r.per}` : ''}`;
  const parts = [table(['figure', ...story.articles.map((a) => ref(id(a)))], rows.map((r) => [
    label(r), ...story.articles.map((a) => (r.byArticle[id(a)].length ? r.byArticle[id(a)].map((f) => cite(f.text, 60)).join('<br>') : '—')),
  ]))];
  if (differing.length) {
    parts.push('Same measure, different numbers (check whether they describe different periods or really conflict):');
    parts.push(differing.map((g) => `- ${g.map((r) => `${label(r)} in ${Object.entries(r.byArticle).filter(([, fs]) => fs.length).map(([k]) => ref(k)).join(' ')}`).join('; ')}`).join('\n'));
  }
  return parts.join('\n\n');
}

function signalsSection(story: Story): string {
  const count = (a: ArticleAnalysis, s: string) => a.signals.filter((x) => x.signal === s);
  const show = (xs: { text: string }[]) => (xs.length ? `${xs.length}: ${[...new Set(xs.map((x) => md(x.text)))].slice(0, 5).join(', ')}` : '0');
  return table(['article', 'capitals in display text', 'exclamations', 'intensifiers (own voice)', 'evaluative adjectives (own voice)', 'sentiment headline / body'], story.articles.map((a) => [
    ref(id(a)), show(count(a, 'all-caps')), show(count(a, 'exclamation')), show(count(a, 'intensifier')), show(count(a, 'evaluative')),
    `${a.sentiment.headline === null ? '—' : a.sentiment.headline.toFixed(2)} / ${a.sentiment.body.toFixed(2)}`,
  ]));
}

function removedSection(story: Story): string {
  return story.articles.map((a) => {
    const head = `**${ref(id(a))}** ${a.removed.length} block${a.removed.length === 1 ? '' : 's'} set aside`;
    if (a.removed.length === 0) return `${head}: none; every block is the article's own text.`;
    return `${head}:\n\n${table(['role', 'reason', 'text', 'why'], a.removed.map((r) => [r.role, r.reason ?? '—', cite(r.text, 100), md(r.why)]))}`;
  }).join('\n\n');
}

/** The story report. `charts`: the story's charts (storyCharts), when the caller has them already. */
export function storyMarkdown(story: Story, charts: readonly StoryChart[] = storyCharts(story)): string {
  const n = story.articles.length;
  const sections: [string, string][] = [
    ['Articles side by side', sideBySide(story)],
    ['Framing contrast', [...framingLead(story), ...framingContrast(story)].map((s) => `- ${s}`).join('\n')],
    ['Who is heard, and how each side is treated', whoIsHeardSection(story, chartImage(charts, 'sides'))],
    ['How each article names the key actors', namingSection(story)],
    ['Loaded terms', termsSection(story, charts)],
    ['Frame mix', `Share of each article's sentences that invoke a Media Frames Corpus frame (keywords that matched in brackets).\n\n${framesSection(story, charts)}`],
    ['Quotes by speaker', quotesSection(story, charts)],
    ['Attributions, hedges and sources', sourcingSection(story)],
    ['Figures across articles', figuresSection(story)],
    ['Other slant signals', signalsSection(story)],
    ['What was removed, and why', removedSection(story)],
  ];
  return [
    `${STORY_HEADING}${md(storyTitle(story))}`,
    `${n} article${n === 1 ? '' : 's'}: ${story.articles.map((a) => `${ref(id(a))} ${md(a.article.outlet ?? 'unknown outlet')}`).join(', ')}. Every quotation below is the article's own text; [NNN] names the article. A verdict is *partisan* from a score of ${SLANT_THRESHOLD.toFixed(2)} when its evidence points to a side; see the README for the method.`,
    ...sections.map(([title, body]) => `## ${title}\n\n${body}`),
  ].join('\n\n') + '\n';
}

/** A story in the index: its report file (null for a single article, which gets no report). */
export interface IndexStory {
  title: string;
  file: string | null;
  articles: ArticleSummary[];
  /** Where each article sits among the story's others (storyPositions), when the story was compared. */
  positions?: StoryPosition[];
}

/** An input file that was not analysed, and why. */
export interface IndexFailure {
  file: string;
  status: 'refused' | 'crashed';
  message: string;
}

const verdictCell = (s: ArticleSummary['slant']) => `${s.label}${s.lean ? `, ${s.lean}` : ''} (${s.score.toFixed(2)})`;
const headlineCell = (a: ArticleSummary) => (a.headline ? cite(a.headline, 100) : `*(no headline; lead: ${cite(a.lead, 80)})*`);

/**
 * reports/index.md: the stories with two or more articles (each with its report), rows grouped by story
 * with the outlets side by side; then the single articles; then every file that was not analysed.
 */
export function indexMarkdown(stories: readonly IndexStory[], failures: readonly IndexFailure[] = []): string {
  const grouped = stories.filter((s) => s.articles.length > 1);
  const singles = stories.filter((s) => s.articles.length === 1);
  const articles = stories.reduce((n, s) => n + s.articles.length, 0);
  const head = [
    '# framelens reports',
    `${articles} article${articles === 1 ? '' : 's'}: ${grouped.length} stor${grouped.length === 1 ? 'y' : 'ies'} covered by two or more articles (one report each), ${singles.length} single article${singles.length === 1 ? '' : 's'}${failures.length ? `, ${failures.length} file${failures.length === 1 ? '' : 's'} not analysed` : ''}.`,
  ];
  const parts = [...head];
  if (grouped.length) {
    const rows = grouped.flatMap((s) => s.articles.map((a, i) => [
      i === 0 ? `[${md(s.title)}](${s.file})` : '',
      ref(articleId(a.file)), md(a.outlet ?? '—'), a.published ? md(a.published) : '—', headlineCell(a),
      s.positions?.[i] ? positionCell(s.positions[i]) : '—', verdictCell(a.slant),
    ]));
    parts.push('## Stories', 'Each article\'s place in its story comes from comparing it with the story\'s other articles (relative lean: above 0 to the right of them, below 0 to the left; the story report cites the sentences behind it). The verdict reads the article alone, against word lists: weaker evidence.');
    parts.push(table(['story', 'article', 'outlet', 'date', 'headline', 'in its story', 'verdict alone'], rows));
  }
  if (singles.length) {
    parts.push('## Single articles', 'No other article of the corpus covers the same event, so these have no story report.');
    parts.push(table(['article', 'outlet', 'date', 'headline', 'verdict'], singles.map((s) => s.articles[0]).map((a) => [ref(articleId(a.file)), md(a.outlet ?? '—'), a.published ? md(a.published) : '—', headlineCell(a), verdictCell(a.slant)])));
  }
  if (failures.length) {
    parts.push('## Not analysed', 'These files are left out of every story. Refused: the file is not a readable article. Internal error: a bug in framelens; please report it with the file.');
    parts.push(table(['file', 'why'], failures.map((f) => [codeCell(basename(f.file)), `${f.status === 'crashed' ? 'internal error' : 'refused'}: ${md(f.message.startsWith(`${f.file}: `) ? f.message.slice(f.file.length + 2) : f.message)}`])));
  }
  return `${parts.join('\n\n')}\n`;
}
