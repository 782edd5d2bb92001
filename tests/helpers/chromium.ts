// Where the installed Chromium is, for the browser tests and the screenshot script. playwright-core
// downloads no browser: it drives Debian's `chromium` package (`.ci/run` installs it when missing).
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/** FRAMELENS_CHROMIUM, else the first installed candidate, else null. */
export function findChromium(): string | null {
  const given = process.env.FRAMELENS_CHROMIUM;
  if (given) return existsSync(given) ? given : null;
  return CANDIDATES.find((c) => existsSync(c)) ?? null;
}

/** In CI (CI or FRAMELENS_REQUIRE_BROWSER set) a missing browser is a failure, never a skip. */
export const browserRequired = (): boolean => Boolean(process.env.CI || process.env.FRAMELENS_REQUIRE_BROWSER);
