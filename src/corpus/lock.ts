// One writer at a time in a corpus: a lock file created exclusively, holding the owner's pid. A lock
// whose owner is gone (killed, crashed) is taken over; a live owner is waited for.
import { readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { InputError } from '../errors.js';

export const LOCK_NAME = '.framelens.lock';

interface LockOwner {
  pid: number;
  host: string;
}

export interface LockOptions {
  /** Give up after this long (default 60 s). */
  timeoutMs?: number;
  /** Called once when another live process holds the lock. */
  onWait?: (pid: number) => void;
}

const sleeper = new Int32Array(new SharedArrayBuffer(4));
const sleep = (ms: number) => Atomics.wait(sleeper, 0, 0, ms);

function readOwner(path: string): LockOwner | null {
  try {
    const owner = JSON.parse(readFileSync(path, 'utf8')) as LockOwner;
    return typeof owner.pid === 'number' && typeof owner.host === 'string' ? owner : null;
  } catch {
    return null;
  }
}

function alive(owner: LockOwner): boolean {
  if (owner.host !== hostname()) return true; // cannot tell on another machine: wait, never steal
  try {
    process.kill(owner.pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes a lock whose owner is gone. Renaming first means two waiters cannot both remove a fresh lock. */
function breakStale(path: string, stale: LockOwner | null): void {
  const aside = `${path}.stale-${process.pid}`;
  try {
    renameSync(path, aside);
  } catch {
    return; // someone else broke it first
  }
  const moved = readOwner(aside);
  if (moved && stale && moved.pid !== stale.pid) {
    // A new owner took the lock between our read and our rename: give it back.
    try {
      renameSync(aside, path);
    } catch {
      /* the new owner will be seen as gone and its work is already safe */
    }
    return;
  }
  rmSync(aside, { force: true });
}

export function acquireCorpusLock(dir: string, options: LockOptions = {}): () => void {
  const path = join(dir, LOCK_NAME);
  const me = JSON.stringify({ pid: process.pid, host: hostname() });
  const deadline = Date.now() + (options.timeoutMs ?? 60_000);
  let told = false;
  for (;;) {
    try {
      writeFileSync(path, me, { flag: 'wx' });
      return () => {
        // Only our own lock is removed; one that is gone already (removed by hand) is no error.
        try {
          if (readFileSync(path, 'utf8') === me) rmSync(path, { force: true });
        } catch {
          /* nothing to release */
        }
      };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'EEXIST') throw new InputError(dir, `cannot lock the corpus (${code ?? 'unknown error'})`);
    }
    const owner = readOwner(path);
    let ageMs = 0;
    try {
      ageMs = Date.now() - statSync(path).mtimeMs;
    } catch {
      continue; // released meanwhile
    }
    // An unreadable lock is one being written right now, or one a killed process left half written.
    if (owner ? !alive(owner) : ageMs > 2_000) {
      breakStale(path, owner);
      continue;
    }
    if (Date.now() > deadline) throw new InputError(dir, `the corpus is locked by another framelens process${owner ? ` (pid ${owner.pid})` : ''}; try again when it has finished`);
    if (!told && owner) {
      options.onWait?.(owner.pid);
      told = true;
    }
    sleep(25);
  }
}

export function withCorpusLock<T>(dir: string, fn: () => T, options: LockOptions = {}): T {
  const release = acquireCorpusLock(dir, options);
  try {
    return fn();
  } finally {
    release();
  }
}
