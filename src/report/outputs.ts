// The files of one story report, rendered once from one compared story: the Markdown, the HTML page and
// the charts the two show. Which files a story has, and how a later run recognises files it wrote.
import { createHash } from 'node:crypto';
import type { Story } from '../compare/index.js';
import { STORY_HEADING, storyMarkdown } from './markdown.js';
import { storyHtml } from './html/story-page.js';
import { CHART_NAMES, chartFile, storyCharts } from './charts/story-charts.js';
import { SVG_MARKER } from './charts/bars.js';
import { STORY_HTML_MARKER } from './html/page.js';

export interface ReportFile {
  /** File name inside the output folder. */
  name: string;
  text: string;
}

/** The names of a story's report files, in the order storyFiles returns them. */
export function storyFileNames(slug: string): string[] {
  return [`${slug}.md`, `${slug}.html`, ...CHART_NAMES.map((n) => chartFile(slug, n))];
}

/** Milliseconds spent on each kind of output, for the benchmark (FRAMELENS_STATS_FILE). */
export interface RenderTiming {
  charts: number;
  markdown: number;
  html: number;
}

/**
 * Every file of a story's report: the Markdown, the HTML page and its charts (written even when empty,
 * so the set is fixed). `timing`, when given, is added to: where the rendering time went.
 */
export function storyFiles(story: Story, timing?: RenderTiming): ReportFile[] {
  let t = performance.now();
  const lap = (key: keyof RenderTiming) => {
    const now = performance.now();
    if (timing) timing[key] += now - t;
    t = now;
  };
  const charts = storyCharts(story);
  lap('charts');
  const markdown = storyMarkdown(story, charts);
  lap('markdown');
  const html = storyHtml(story, charts, markdown);
  lap('html');
  return [{ name: `${story.slug}.md`, text: markdown }, { name: `${story.slug}.html`, text: html }, ...charts.map((c) => ({ name: c.file, text: c.svg }))];
}

/** One hash over a story's files (names and bytes), to tell an unchanged report from a changed one. */
export function filesSha(files: readonly ReportFile[]): string {
  const hash = createHash('sha256');
  for (const f of files) hash.update(`${f.name}\u0000${f.text}\u0000`);
  return hash.digest('hex');
}

/** Whether a file of this name and start is a story report file framelens wrote (the only files a later run removes). */
export function isStoryReportFile(name: string, head: string): boolean {
  if (name.endsWith('.md')) return head.startsWith(STORY_HEADING);
  if (name.endsWith('.html')) return head.startsWith(STORY_HTML_MARKER);
  if (name.endsWith('.svg')) return head.startsWith(SVG_MARKER);
  return false;
}
