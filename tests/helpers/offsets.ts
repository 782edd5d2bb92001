// Checks that every offset an `extract --json` record (or an analysis) gives slices the text it claims,
// as the README promises: offsets index the article text as framelens reads it (the file's text without
// a leading byte-order mark; for HTML, the page's blocks joined by blank lines), in UTF-16 code units.
import type { ArticleRecord } from '../../src/report/json.js';
import type { ArticleAnalysis } from '../../src/analyze/index.js';
import { collapseWhitespace } from '../../src/text.js';
import { PIECE_JOINER } from '../../src/analyze/quotes/quotations.js';

interface Located {
  text: string;
  start: number;
  end: number;
}

const WHERE = new Set(['headline', 'dek', 'heading', 'body', 'caption', 'other']);

function checkSpans(kind: string, items: readonly Located[], text: string, problems: string[], collapsed = false): void {
  items.forEach((item, i) => {
    const { start, end } = item;
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > text.length) {
      problems.push(`${kind}[${i}]: offsets ${start}..${end} outside the text (length ${text.length})`);
      return;
    }
    const slice = text.slice(start, end);
    const claimed = collapsed ? collapseWhitespace(slice) : slice;
    if (claimed !== item.text) problems.push(`${kind}[${i}]: text ${JSON.stringify(item.text.slice(0, 80))} but offsets ${start}..${end} slice ${JSON.stringify(claimed.slice(0, 80))}`);
  });
}

/** The article text an `extract --json` record's offsets refer to, from the file's decoded text. */
export function recordText(record: ArticleRecord, fileText: string, format: 'text' | 'html'): string {
  const withoutBom = fileText.charCodeAt(0) === 0xfeff ? fileText.slice(1) : fileText;
  return format === 'html' ? record.blocks.map((b) => b.text).join('\n\n') : withoutBom;
}

/** Problems with a record's offsets (empty when every finding slices the text it claims). */
export function recordOffsetProblems(record: ArticleRecord, text: string): string[] {
  const problems: string[] = [];
  checkSpans('removed', record.removed, text, problems, true);
  // A quotation split by its attribution joins its pieces: each piece slices the text exactly, and the
  // quotation spans from its first piece to its last.
  checkSpans('quotes.pieces', record.quotes.flatMap((q) => q.pieces), text, problems);
  record.quotes.forEach((q, i) => {
    if (q.text !== q.pieces.map((p) => p.text).join(PIECE_JOINER)) problems.push(`quotes[${i}]: text is not its pieces joined`);
    if (q.start !== q.pieces[0]?.start || q.end !== q.pieces.at(-1)?.end) problems.push(`quotes[${i}]: offsets ${q.start}..${q.end} are not its pieces' span`);
  });
  checkSpans('attributions', record.attributions, text, problems);
  checkSpans('hedges', record.hedges, text, problems);
  checkSpans('terms', record.terms, text, problems);
  checkSpans('figures', record.figures, text, problems);
  checkSpans('signals', record.signals, text, problems);
  for (const q of record.quotes) if (!WHERE.has(q.where)) problems.push(`quote where ${q.where}`);
  return problems;
}

/** The same checks on an in-memory analysis, against its own article text, plus the numbers being finite. */
export function analysisProblems(a: ArticleAnalysis): string[] {
  const problems: string[] = [];
  const text = a.article.text;
  checkSpans('removed', a.removed, text, problems);
  checkSpans('quotes', a.quotes, text, problems);
  checkSpans('attributions', a.attributions, text, problems);
  checkSpans('hedges', a.hedges, text, problems);
  checkSpans('terms', a.terms, text, problems);
  checkSpans('figures', a.figures, text, problems);
  checkSpans('signals', a.signals, text, problems);
  for (const b of a.article.blocks) if (text.slice(b.start, b.end) !== b.text) problems.push(`block ${b.start}..${b.end} does not slice its text`);
  for (const f of [...a.quotes, ...a.attributions, ...a.hedges, ...a.terms, ...a.figures, ...a.signals, ...a.removed]) if (!WHERE.has(f.where)) problems.push(`${f.kind} where ${f.where}`);
  if (!(a.slant.score >= 0 && a.slant.score <= 1)) problems.push(`slant score ${a.slant.score}`);
  if (!Number.isInteger(a.words) || a.words < 0) problems.push(`words ${a.words}`);
  JSON.stringify(a, (key, value: unknown) => {
    if (typeof value === 'number' && !Number.isFinite(value)) problems.push(`${key} is ${value}`);
    return value;
  });
  return problems;
}
