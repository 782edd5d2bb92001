// The mark layer: a text and a list of spans over it -> HTML with each span as a <mark>. Spans may
// overlap in any way: one inside another nests; two that cross are split, so the markup is always
// well nested and every piece keeps its kind, finding number and hover text. The layer knows nothing
// about findings: `spans.ts` turns records into spans, so a new record kind needs no change here.
import { esc } from './escape.js';

export interface Span {
  /** Offsets into the text the span was made for (the article text), end exclusive. */
  start: number;
  end: number;
  /** What the span marks: a key of MARK_KINDS ("term-own", "quote", …). */
  kind: string;
  /** Shown after the span's last piece in small type (a letter, a speaker); empty for none. */
  label: string;
  /** Hover text: category, neutral wording, evidence. */
  title: string;
  /** Number of the finding within its kind; every piece of one finding carries the same number. */
  n: number;
}

const order = (rank: (kind: string) => number) => (a: Span, b: Span) =>
  a.start - b.start || b.end - a.end || rank(a.kind) - rank(b.kind) || a.n - b.n;

/**
 * The HTML of `text` (which starts at offset `base` of the article text) with the spans marked.
 * `rank` orders spans of the same extent (lower is outer), so the output is the same bytes every run.
 * `anchors` puts an empty element with an id at an offset (where a link to a cited sentence lands),
 * after the marks that end there and before those that open: empty, it keeps the markup nested.
 */
export function renderMarked(text: string, base: number, spans: readonly Span[], rank: (kind: string) => number = () => 0, anchors: ReadonlyMap<number, string> = new Map()): string {
  const end = base + text.length;
  const inside = spans
    .filter((s) => s.start < end && s.end > base && s.start < s.end)
    .map((s) => ({ ...s, start: Math.max(s.start, base), end: Math.min(s.end, end), realEnd: s.end }))
    .sort(order(rank));
  const here = [...anchors.keys()].filter((at) => at >= base && at < end);
  if (inside.length === 0 && here.length === 0) return esc(text);
  const cuts = [...new Set([base, end, ...here, ...inside.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  const open = (i: number) => {
    const s = inside[i];
    return `<mark class="k-${esc(s.kind)}" data-k="${esc(s.kind)}" data-n="${s.n}" title="${esc(s.title)}">`;
  };
  const close = (i: number, at: number) => {
    const s = inside[i];
    // The label goes after the span's last piece only: not where a crossing span split it, nor where a block cut it.
    return `${at === s.realEnd && s.label ? `<sup class="ml">${esc(s.label)}</sup>` : ''}</mark>`;
  };
  const stack: number[] = [];
  let next = 0;
  let html = '';
  for (let c = 0; c < cuts.length - 1; c += 1) {
    const at = cuts[c];
    // Close what ends here; what was opened inside it and goes on is closed and opened again.
    const firstEnding = stack.findIndex((i) => inside[i].end <= at);
    if (firstEnding >= 0) {
      const popped = stack.splice(firstEnding);
      for (let k = popped.length - 1; k >= 0; k -= 1) html += close(popped[k], at);
      for (const i of popped) if (inside[i].end > at) {
        stack.push(i);
        html += open(i);
      }
    }
    if (anchors.has(at) && at < end) html += `<span class="at" id="${esc(anchors.get(at)!)}"></span>`;
    for (; next < inside.length && inside[next].start === at; next += 1) {
      stack.push(next);
      html += open(next);
    }
    html += esc(text.slice(at - base, cuts[c + 1] - base));
  }
  for (let k = stack.length - 1; k >= 0; k -= 1) html += close(stack[k], end);
  return html;
}
