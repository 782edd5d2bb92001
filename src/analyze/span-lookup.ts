// "Is this token inside a quotation?", "does this match overlap a name?": asked once per token or per
// match, against every quotation or name of the article, these scans made the work of an article grow
// with the square of its length (a 1 MB transcript with thousands of quotations took minutes). A
// lookup built once per article answers each question in O(log n), with exactly the same answers.

export interface Span {
  start: number;
  end: number;
}

export interface SpanLookup {
  /** Some span holds [start, end] whole: `s.start <= start && end <= s.end`. */
  contains(start: number, end: number): boolean;
  /** Some span shares a character with [start, end): `s.start < end && start < s.end`. */
  overlaps(start: number, end: number): boolean;
}

/** Index of the last span whose start satisfies `before(start)`, or -1 (starts are sorted). */
function lastWhere(starts: readonly number[], before: (start: number) => boolean): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (before(starts[mid])) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

export function spanLookup(spans: Iterable<Span>): SpanLookup {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const starts = sorted.map((s) => s.start);
  // The furthest end among the spans up to each index: spans may nest or overlap.
  const reach: number[] = [];
  let furthest = -Infinity;
  for (const s of sorted) {
    furthest = Math.max(furthest, s.end);
    reach.push(furthest);
  }
  return {
    contains(start, end) {
      const k = lastWhere(starts, (s) => s <= start);
      return k >= 0 && reach[k] >= end;
    },
    overlaps(start, end) {
      const k = lastWhere(starts, (s) => s < end);
      return k >= 0 && reach[k] > start;
    },
  };
}
