// Code-unit order for strings: the same bytes on every machine, whatever the locale (localeCompare is not).
export const byCode = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
