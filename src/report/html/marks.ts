// The mark layer: a text and a list of spans over it -> HTML with each span as a <mark>. Spans may
// overlap in any way: one inside another nests; two that cross are split, so the markup is always
// well nested and every piece keeps its kind, finding number and hover text; the first piece of each finding is a tab stop. The layer knows nothing
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

/** Where each finding (kind and number) begins: the start of its first piece. Kept per span list, which each block of an article shares. */
const firstStarts = new WeakMap<readonly Span[], Map<string, number>>();
function firstStartOf(spans: readonly Span[]): Map<string, number> {
  let m = firstStarts.get(spans);
  if (!m) {
    m = new Map();
    for (const s of spans) {
      const key = `${s.kind}|${s.n}`;
      if (!(m.get(key)! <= s.start)) m.set(key, s.start);
    }
    firstStarts.set(spans, m);
  }
  return m;
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
    .map((s) => ({ ...s, start: Math.max(s.start, base), end: Math.min(s.end, end), realStart: s.start, realEnd: s.end }))
    .sort(order(rank));
  const here = [...anchors.keys()].filter((at) => at >= base && at < end);
  if (inside.length === 0 && here.length === 0) return esc(text);
  const cuts = [...new Set([base, end, ...here, ...inside.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  // The piece where a finding begins is a tab stop: the keyboard reaches every finding once, and the
  // style sheet shows its hover text when it has the focus (a hover title alone is mouse-only).
  // A quotation in pieces ("…," he said, "…") is one finding: only its first piece is a stop.
  const first = firstStartOf(spans);
  const open = (i: number, at: number) => {
    const s = inside[i];
    const stop = at === s.realStart && first.get(`${s.kind}|${s.n}`) === s.realStart;
    return `<mark class="k-${esc(s.kind)}" data-k="${esc(s.kind)}" data-n="${s.n}"${stop ? ' tabindex="0"' : ''} title="${esc(s.title)}">`;
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
        html += open(i, at);
      }
    }
    if (anchors.has(at) && at < end) html += `<span class="at" id="${esc(anchors.get(at)!)}"></span>`;
    for (; next < inside.length && inside[next].start === at; next += 1) {
      stack.push(next);
      html += open(next, at);
    }
    html += esc(text.slice(at - base, cuts[c + 1] - base));
  }
  for (let k = stack.length - 1; k >= 0; k -= 1) html += close(stack[k], end);
  return html;
}
