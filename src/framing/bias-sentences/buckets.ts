// Which records touch which sentence, in time linear in records plus sentences (plus their overlaps):
// a scan of every record for every sentence grows with the square of the article's length.
interface Span {
  start: number;
  end: number;
}

/**
 * For each range (sorted by start, not overlapping), the items that overlap it, in the items' order.
 * An item of zero length counts for the range it starts in.
 */
export function bucketsOf<T extends Span>(items: readonly T[], ranges: readonly Span[]): T[][] {
  const out: T[][] = ranges.map(() => []);
  for (let k = 0; k < items.length; k += 1) {
    const item = items[k];
    // First range that ends after the item starts.
    let lo = 0;
    let hi = ranges.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ranges[mid].end <= item.start) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < ranges.length && (ranges[i].start < item.end || (item.end === item.start && ranges[i].start <= item.start)); i += 1) out[i].push(item);
  }
  return out;
}
