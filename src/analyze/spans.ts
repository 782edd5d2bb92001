// "Is this stretch of text inside a quotation?" asked once per token: a sorted, merged interval list
// and a binary search, so the cost does not grow with tokens × quotations.
export interface Span {
  start: number;
  end: number;
}

export type SpanTest = (start: number, end: number) => boolean;

/** Index of the last of `starts` (ascending) at or before `at` (strictly before when `strict`); -1 when none. */
function lastStartAt(starts: readonly number[], at: number, strict = false): number {
  let lo = 0;
  let hi = starts.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (strict ? starts[mid] < at : starts[mid] <= at) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** Spans sorted by start, with the running maximum of their ends (so a long span that starts early is not missed). */
function byStart(spans: readonly Span[]): { starts: number[]; maxEnd: number[] } {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const maxEnd: number[] = [];
  for (let i = 0; i < sorted.length; i += 1) maxEnd.push(Math.max(sorted[i].end, i > 0 ? maxEnd[i - 1] : -Infinity));
  return { starts: sorted.map((s) => s.start), maxEnd };
}

/** A test for "[start, end) lies wholly inside one of `spans`" (merged where they touch or overlap). */
export function insideAny(spans: readonly Span[]): SpanTest {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const s of sorted) {
    const last = merged.at(-1);
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ start: s.start, end: s.end });
  }
  const starts = merged.map((s) => s.start);
  return (start, end) => {
    const found = lastStartAt(starts, start);
    return found >= 0 && end <= merged[found].end;
  };
}

/** A test for "[start, end) overlaps one of `spans`". */
export function overlapsAny(spans: readonly Span[]): SpanTest {
  const { starts, maxEnd } = byStart(spans);
  return (start, end) => {
    const found = lastStartAt(starts, end, true);
    return found >= 0 && maxEnd[found] > start;
  };
}

/** A test for "[start, end) lies wholly inside at least one of `spans`" (never merged: each span alone). */
export function withinOne(spans: readonly Span[]): SpanTest {
  // Some span starting at or before `start` reaches `end` exactly when the largest of their ends does.
  const { starts, maxEnd } = byStart(spans);
  return (start, end) => {
    const found = lastStartAt(starts, start);
    return found >= 0 && maxEnd[found] >= end;
  };
}

/** The span holding `offset` among non-overlapping spans (sentences), or null. */
export function spanAt<T extends Span>(spans: readonly T[]): (offset: number) => T | null {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const starts = sorted.map((s) => s.start);
  return (offset) => {
    const found = lastStartAt(starts, offset);
    return found >= 0 && offset < sorted[found].end ? sorted[found] : null;
  };
}
