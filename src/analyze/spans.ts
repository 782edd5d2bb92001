// "Is this stretch of text inside a quotation?" asked once per token: a sorted, merged interval list
// and a binary search, so the cost does not grow with tokens × quotations.
export interface Span {
  start: number;
  end: number;
}

export type SpanTest = (start: number, end: number) => boolean;

/** A test for "[start, end) lies wholly inside one of `spans`" (merged where they touch or overlap). */
export function insideAny(spans: readonly Span[]): SpanTest {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const s of sorted) {
    const last = merged.at(-1);
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ start: s.start, end: s.end });
  }
  return (start, end) => {
    let lo = 0;
    let hi = merged.length - 1;
    // The last span that starts at or before `start`.
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (merged[mid].start <= start) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found >= 0 && end <= merged[found].end;
  };
}

/** A test for "[start, end) overlaps one of `spans`". */
export function overlapsAny(spans: readonly Span[]): SpanTest {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  // Running maximum of ends, so a long span that starts early is not missed.
  const maxEnd: number[] = [];
  sorted.forEach((s, i) => maxEnd.push(Math.max(s.end, i > 0 ? maxEnd[i - 1] : -Infinity)));
  return (start, end) => {
    let lo = 0;
    let hi = sorted.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid].start < end) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found >= 0 && maxEnd[found] > start;
  };
}

/** A test for "[start, end) lies wholly inside at least one of `spans`" (never merged: each span alone). */
export function withinOne(spans: readonly Span[]): SpanTest {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  // Running maximum of ends: some span starting at or before `start` reaches `end` iff the largest end does.
  const maxEnd: number[] = [];
  for (let i = 0; i < sorted.length; i += 1) maxEnd.push(Math.max(sorted[i].end, i > 0 ? maxEnd[i - 1] : -Infinity));
  return (start, end) => {
    let lo = 0;
    let hi = sorted.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid].start <= start) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found >= 0 && maxEnd[found] >= end;
  };
}
