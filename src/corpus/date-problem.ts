// The one-line complaint about a date the user gave (add --date, a list's "date", compare --date) that
// toIsoDate could not read. Pure.

/**
 * What is wrong with `text`. A numeric date that could be day-first or month-first (`04/05/2021`) says
 * so, with both readings: "expected a date such as 2021-04-05" alone leaves the user guessing why.
 */
export function dateProblem(text: string): string {
  const base = `expected a date such as 2021-04-05, found "${text}"`;
  const m = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/.exec(text);
  if (!m) return base;
  const [a, b, year] = [Number(m[1]), Number(m[2]), m[3]];
  if (a < 1 || a > 12 || b < 1 || b > 12) return base;
  const two = (n: number) => String(n).padStart(2, '0');
  return `${base}: it could be ${year}-${two(a)}-${two(b)} (month first) or ${year}-${two(b)}-${two(a)} (day first); write it as YYYY-MM-DD`;
}
