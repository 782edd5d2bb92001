// reports/index.html: the index of reports/index.md as a page, its links pointing at the HTML pages.
import type { IndexFailure, IndexStory } from '../markdown.js';
import { indexMarkdown } from '../markdown.js';
import { blocksToHtml } from './from-markdown.js';
import { INDEX_HTML_MARKER, page } from './page.js';

export function indexHtml(stories: readonly IndexStory[], failures: readonly IndexFailure[] = [], markdown: string = indexMarkdown(stories, failures)): string {
  const body = `<header class="page"><p class="crumb"><a href="index.md">this index as Markdown</a></p></header>
<main>
${blocksToHtml(markdown)}
</main>
<footer>Written by framelens. Each story links to its page; the pages need no script and fetch nothing.</footer>`;
  return page(INDEX_HTML_MARKER, 'framelens reports', body);
}
