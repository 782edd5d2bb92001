// The corpus survives crashes and company, with real child processes of the built CLI:
// - `add` killed with SIGKILL at 100 points spread over the whole run (start-up, reading and parsing,
//   lock, pending files, manifest, renames). After the kill, the next command's recovery runs (the
//   `openCorpus` that list, report and stories call first; the `list` CLI itself every tenth time), and
//   the corpus must then be exactly as before the add or exactly as after a complete one: the same
//   article files with the same bytes, and the same manifest (its `added` timestamps aside), with no
//   pending or temporary file left (a lock whose owner was killed is taken over by the next writer);
//   every twentieth time a further add of the same files then adds them all or finds them all.
// - two `add` processes at once, 20 times: both land (one waits for the other's lock), nothing is lost
//   or added twice.
// - `report` killed mid-way: every report file left is whole (the old one or the new one), and the
//   next report finishes the job.
// FRAMELENS_ADD_STEP_DELAY_MS (a testing hook, inert when unset) slows add between its steps and names
// each step on stderr, so the kills land in every gap; without it the writing takes a few milliseconds
// of a second-long run. Half the kill times are spread evenly over start-up (loading, reading and
// parsing the files), half over the writing, which is timed from the child's own "lock" step so a busy
// machine cannot skew it.
import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CLI, ROOT, cli, scratch, snapshot } from './helpers/cli.js';

// The recovery the next command runs, from the built code (the same module the CLI uses).
const { openCorpus } = (await import(join(ROOT, 'dist', 'corpus', 'store.js'))) as typeof import('../src/corpus/store.js');

const KILL_TRIES = 100;
const CONCURRENT_TRIES = 20;
const REPORT_KILLS = 8;
const STEP_DELAY_MS = 30;
/** Kill tries running at once: the children mostly sleep in the step delay. */
const PARALLEL = 4;

const ARTICLES: Record<string, string> = {
  'harbour.txt': 'Harbour Bridge Reopens After Repairs\n\nBy Lena Ortiz\n\nThe harbour bridge reopened on Monday after eight months of repairs, the city said.\n\nAbout 30,000 drivers cross it every day, officials said.\n',
  'council.md': '# Council Votes on Transit Plan\n\nThe city council voted 7 to 2 on Thursday to expand bus service, the mayor said.\n\n- Routes will run later at night\n- Fares stay the same\n',
  // Plain text and Markdown only: an HTML page would load cheerio in every one of the hundreds of child
  // processes, and HTML makes no difference to how add writes the corpus.
  'library.txt': 'Library Extends Hours\n\nValley Courier\n\nThe central library will stay open until 9 p.m. on weekdays starting next month, its director said on Friday.\n\nThe change costs about $120,000 a year, she said.\n',
  'farm.txt': 'Drought Cuts Wheat Harvest\n\nFarmers in the valley expect a wheat harvest 20 percent smaller than last year after a dry spring, the growers association said on Tuesday.\n',
};
const BASE: Record<string, string> = {
  'storm.txt': 'Storm Batters Gulf Coast Towns\n\nA powerful storm made landfall near the coast on Tuesday, cutting power to 40,000 homes, officials said.\n',
  'school.txt': 'School Board Delays Vote\n\nThe school board delayed its vote on the new calendar until next month, the chair said on Wednesday.\n',
};

const env = (extra: Record<string, string> = {}) => ({ ...process.env, ...extra });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs `task(0..count-1)` with at most `width` running at any time. */
async function pool(count: number, width: number, task: (n: number) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: Math.min(width, count) }, async () => {
    while (next < count) await task(next++);
  }));
}

function writeFiles(dir: string, files: Record<string, string>): string[] {
  mkdirSync(dir, { recursive: true });
  return Object.entries(files).map(([name, text]) => {
    writeFileSync(join(dir, name), text);
    return join(dir, name);
  });
}

function startAdd(files: string[], corpus: string, extraEnv: Record<string, string> = {}): ChildProcess {
  return spawn(process.execPath, [CLI, 'add', ...files, '--corpus', corpus, '--json'], { cwd: ROOT, env: env(extraEnv), stdio: ['ignore', 'pipe', 'pipe'] });
}

function finished(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })));
}

/** When the child reports (through the step-delay hook) that it holds the lock and starts writing. */
function lockTaken(child: ChildProcess): Promise<number> {
  let seen = '';
  return new Promise((resolve) => {
    child.stderr?.on('data', (d: Buffer) => {
      seen += d.toString();
      if (seen.includes('add step: lock')) resolve(performance.now()); // later calls change nothing
    });
  });
}

/** The corpus as the tests compare it: article files and their bytes, and the manifest without its timestamps. */
function corpusState(dir: string): { files: Map<string, string>; manifest: unknown[]; hidden: string[] } {
  const all = snapshot(dir, (relative) => relative.startsWith('.framelens-cache'));
  const files = new Map([...all].filter(([name]) => !name.startsWith('.') && name !== 'manifest.jsonl'));
  const text = existsSync(join(dir, 'manifest.jsonl')) ? readFileSync(join(dir, 'manifest.jsonl'), 'utf8') : '';
  const manifest = text.split('\n').filter(Boolean).map((line) => ({ ...(JSON.parse(line) as object), added: null }));
  return { files, manifest, hidden: [...all.keys()].filter((name) => name.startsWith('.')) };
}

/** Where in the add the kill landed, read from what it left on disk (before recovery). */
function phaseOf(dir: string, before: ReturnType<typeof corpusState>, newFiles: number): string {
  const names = readdirSync(dir);
  const pending = names.filter((n) => n.startsWith('.pending-')).length;
  const temporaryManifest = names.some((n) => /^\.manifest\.jsonl\.tmp-/.test(n));
  const locked = names.includes('.framelens.lock');
  const state = corpusState(dir);
  const committed = state.manifest.length > before.manifest.length;
  const placed = state.files.size - before.files.size;
  if (!locked && !pending && !committed) return '1 before the lock (reading, parsing)';
  if (!committed && !pending && !temporaryManifest) return '2 lock taken, nothing written';
  if (!committed && !temporaryManifest) return `3 pending files written (${pending} of ${newFiles})`;
  if (!committed) return '4 new manifest written, not yet renamed';
  if (placed < newFiles) return `5 manifest committed, ${placed} of ${newFiles} renamed`;
  if (locked) return '6 all in place, lock not yet released';
  return '7 finished';
}

describe('crash-safe corpus', () => {
  const work = scratch('framelens-safety-');
  const sources = writeFiles(join(work, 'new'), ARTICLES);
  const pristine = join(work, 'pristine');
  mkdirSync(pristine);
  expect(cli(['add', ...writeFiles(join(work, 'base'), BASE), '--corpus', pristine, '--outlet', 'Coast Herald', '--quiet']).code).toBe(0);
  const before = corpusState(pristine);

  // The state after a complete add of the new files, and how long such an add takes with the step delay.
  const reference = join(work, 'reference');
  cpSync(pristine, reference, { recursive: true });

  it(`add killed with SIGKILL at ${KILL_TRIES} points spread over its whole run leaves the corpus as before or fully added`, async () => {
    // How long start-up (to the lock) and writing (lock to exit) take when PARALLEL adds run at once.
    const timings = await Promise.all(Array.from({ length: PARALLEL }, async (_, k) => {
      const dir = k === 0 ? reference : join(work, `timing-${k}`);
      if (k > 0) cpSync(pristine, dir, { recursive: true });
      const started = performance.now();
      const child = startAdd(sources, dir, { FRAMELENS_ADD_STEP_DELAY_MS: String(STEP_DELAY_MS) });
      const locked = lockTaken(child);
      const full = await finished(child);
      expect(full.code).toBe(0);
      const lockedAt = await locked;
      return { startup: lockedAt - started, writing: performance.now() - lockedAt };
    }));
    const writingMs = timings.reduce((n, t) => n + t.writing, 0) / timings.length;
    // Start-up time depends on how busy the machine is: the estimate follows the tries that reach the lock.
    const startups = timings.map((t) => t.startup);
    const startupMs = () => [...startups].sort((a, b) => a - b)[Math.floor(startups.length / 2)];
    const after = corpusState(reference);
    expect(after.files.size).toBe(before.files.size + Object.keys(ARTICLES).length);
    expect(after.hidden).toEqual([]);

    const phases = new Map<string, number>();
    const outcomes = { before: 0, after: 0 };
    const problems: string[] = [];
    const tryOnce = async (n: number) => {
      const dir = join(work, `kill-${n}`);
      cpSync(pristine, dir, { recursive: true });
      // Stratified: the even tries are spread over start-up, the odd ones over the writing, each try at a
      // random point of its own slice.
      const startup = startupMs();
      const slice = (Math.floor(n / 2) + Math.random()) / (KILL_TRIES / 2);
      const at = n % 2 === 0 ? startup * slice : startup + writingMs * slice;
      const spawnedAt = performance.now();
      const child = startAdd(sources, dir, { FRAMELENS_ADD_STEP_DELAY_MS: String(STEP_DELAY_MS) });
      const locked = lockTaken(child);
      void locked.then((t) => startups.push(t - spawnedAt));
      const done = finished(child);
      if (at < startup) await Promise.race([sleep(at), done]);
      else {
        await Promise.race([locked, done]);
        await Promise.race([sleep(at - startup), done]);
      }
      child.kill('SIGKILL');
      await done;
      const phase = phaseOf(dir, before, Object.keys(ARTICLES).length);
      phases.set(phase, (phases.get(phase) ?? 0) + 1);
      // The next command's recovery.
      if (n % 10 === 0) {
        const listed = cli(['list', '--corpus', dir, '--json']);
        if (listed.code !== 0) problems.push(`try ${n} (${phase}): list exited ${listed.code}: ${listed.stderr}`);
      } else openCorpus(dir);
      const state = corpusState(dir);
      const same = (x: ReturnType<typeof corpusState>) => JSON.stringify([...x.files]) === JSON.stringify([...state.files]) && JSON.stringify(x.manifest) === JSON.stringify(state.manifest);
      if (same(before)) outcomes.before += 1;
      else if (same(after)) outcomes.after += 1;
      else problems.push(`try ${n} (${phase}): corpus is neither as before nor fully added: ${[...state.files.keys()].join(', ')}`);
      if (state.hidden.some((h) => h.startsWith('.pending-') || h.includes('.tmp-'))) problems.push(`try ${n} (${phase}): left ${state.hidden.join(', ')}`);
      // The corpus is usable: adding the same files again adds them all, or finds them all already there.
      if (n % 20 !== 0) {
        rmSync(dir, { recursive: true, force: true });
        return;
      }
      const again = cli(['add', ...sources, '--corpus', dir, '--json', '--quiet']);
      const statuses = again.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { status: string }).status);
      if (again.code !== 0 || !(statuses.every((s) => s === 'added') || statuses.every((s) => s === 'duplicate'))) problems.push(`try ${n} (${phase}): the next add gave ${again.code} ${statuses.join(',')} ${again.stderr}`);
      rmSync(dir, { recursive: true, force: true });
    };
    await pool(KILL_TRIES, PARALLEL, tryOnce);
    const summary = [...phases].sort().map(([p, c]) => `${p}: ${c}`).join('; ');
    console.log(`kill points: ${KILL_TRIES} over start-up (median ${Math.round(startupMs())} ms) and writing (${Math.round(writingMs)} ms); by phase: ${summary}; afterwards as before ${outcomes.before}, fully added ${outcomes.after}`);
    expect(problems).toEqual([]);
    expect(outcomes.before + outcomes.after).toBe(KILL_TRIES);
    // The kills really did land inside the writing, not only before or after it.
    expect([...phases.keys()].filter((p) => /^[2-6]/.test(p)).length).toBeGreaterThanOrEqual(3);
  }, 600_000);

  it(`two adds at once, ${CONCURRENT_TRIES} times: both land (one waits for the lock), nothing lost or doubled`, async () => {
    const a = writeFiles(join(work, 'a'), { 'a1.txt': ARTICLES['harbour.txt'], 'a2.md': ARTICLES['council.md'], 'shared.txt': ARTICLES['farm.txt'] });
    const b = writeFiles(join(work, 'b'), { 'b1.txt': ARTICLES['library.txt'], 'b2.txt': BASE['storm.txt'].replace('Storm', 'Flood').replace('storm', 'flood'), 'shared.txt': ARTICLES['farm.txt'] });
    let waited = 0;
    const problems: string[] = [];
    const tryOnce = async (n: number) => {
      const dir = join(work, `both-${n}`);
      cpSync(pristine, dir, { recursive: true });
      // The step delay keeps the lock held (about a third of a second) long enough for the two runs to meet,
      // whatever the difference in their start-up times.
      const [ra, rb] = await Promise.all([finished(startAdd(a, dir, { FRAMELENS_ADD_STEP_DELAY_MS: '30' })), finished(startAdd(b, dir, { FRAMELENS_ADD_STEP_DELAY_MS: '30' }))]);
      if (ra.code !== 0 || rb.code !== 0) problems.push(`try ${n}: exit ${ra.code} / ${rb.code}: ${ra.stderr} ${rb.stderr}`);
      if (/waiting for another framelens process/.test(ra.stderr + rb.stderr)) waited += 1;
      const outcomes = [...ra.stdout.trim().split('\n'), ...rb.stdout.trim().split('\n')].map((l) => JSON.parse(l) as { source: string; status: string; target: string });
      const added = outcomes.filter((o) => o.status === 'added');
      const state = corpusState(dir);
      // 5 distinct new articles: the shared one is added once and found as a duplicate by the other run.
      if (added.length !== 5 || outcomes.filter((o) => o.status === 'duplicate').length !== 1) problems.push(`try ${n}: ${added.length} added`);
      if (state.files.size !== before.files.size + 5 || state.manifest.length !== before.manifest.length + 5) problems.push(`try ${n}: ${state.files.size} files, ${state.manifest.length} manifest lines`);
      for (const o of added) if (readFileSync(o.target, 'utf8') !== readFileSync(o.source, 'utf8')) problems.push(`try ${n}: ${o.target} does not hold ${o.source}`);
      const numbers = [...state.files.keys()].map((f) => f.slice(0, 3)).sort();
      if (new Set(numbers).size !== numbers.length) problems.push(`try ${n}: a number used twice: ${numbers.join(' ')}`);
      if (JSON.stringify((state.manifest as { file: string }[]).map((e) => e.file).sort()) !== JSON.stringify([...state.files.keys()].sort())) problems.push(`try ${n}: manifest and files differ`);
      if (state.hidden.length) problems.push(`try ${n}: left ${state.hidden.join(', ')}`);
      rmSync(dir, { recursive: true, force: true });
    };
    await pool(CONCURRENT_TRIES, 4, tryOnce);
    console.log(`concurrent adds: ${CONCURRENT_TRIES} pairs, both landed every time; one waited for the other's lock in ${waited}`);
    expect(problems).toEqual([]);
    expect(waited).toBeGreaterThan(0);
  }, 600_000);

  it(`report killed mid-way (${REPORT_KILLS} times) leaves every report whole, and the next report completes`, async () => {
    const corpus = join(work, 'report-corpus');
    cpSync(pristine, corpus, { recursive: true });
    // Two stories of two articles each, so there are several files to write.
    expect(cli(['add', ...writeFiles(join(work, 'report-new'), {
      'storm2.txt': 'Gulf Coast Storm Leaves 40,000 Homes Dark\n\nThe storm came ashore on Tuesday and knocked out power to 40,000 homes, the utility said.\n',
      'school2.txt': 'Calendar Vote Put Off by School Board\n\nThe chair said on Wednesday that the board would vote on the new school calendar next month instead.\n',
    }), '--corpus', corpus, '--quiet']).code).toBe(0);
    const out = join(work, 'reports');
    expect(cli(['report', corpus, '--out', out, '--quiet']).code).toBe(0);
    const old = snapshot(out);
    // A changed article changes its story's report, so the next run rewrites files.
    const stormFile = readdirSync(corpus).find((f) => /^\d{3}_/.test(f) && readFileSync(join(corpus, f), 'utf8').startsWith('Storm Batters'))!;
    writeFileSync(join(corpus, stormFile), `${readFileSync(join(corpus, stormFile), 'utf8')}\nCrews expect to restore power by Friday, the utility said.\n`);
    const newOut = join(work, 'reports-new');
    expect(cli(['report', corpus, '--out', newOut, '--quiet']).code).toBe(0);
    const fresh = snapshot(newOut);
    expect(fresh).not.toEqual(old);
    // How long a run takes once the changed article is in the cache, as it is for the runs killed below.
    const timed = join(work, 'reports-timed');
    cpSync(out, timed, { recursive: true });
    const startedAt = performance.now();
    expect(cli(['report', corpus, '--out', timed, '--quiet']).code).toBe(0);
    const durationMs = performance.now() - startedAt;
    const problems: string[] = [];
    for (let n = 0; n < REPORT_KILLS; n += 1) {
      const dir = join(work, `reports-kill-${n}`);
      cpSync(out, dir, { recursive: true });
      const child = spawn(process.execPath, [CLI, 'report', corpus, '--out', dir, '--quiet'], { cwd: ROOT, stdio: 'ignore' });
      const done = new Promise((resolve) => child.on('close', resolve));
      await sleep((durationMs * (n + Math.random())) / REPORT_KILLS);
      child.kill('SIGKILL');
      await done;
      for (const [name, bytes] of snapshot(dir)) {
        if (/\.tmp-/.test(name)) continue; // a temporary file the next run removes
        if (old.get(name) !== bytes && fresh.get(name) !== bytes) problems.push(`kill ${n}: ${name} is neither the old nor the new report`);
      }
      for (const name of old.keys()) if (!existsSync(join(dir, name)) && fresh.has(name)) problems.push(`kill ${n}: ${name} disappeared`);
      if (n % 4 !== 0) continue;
      expect(cli(['report', corpus, '--out', dir, '--quiet']).code).toBe(0);
      if (JSON.stringify([...snapshot(dir)]) !== JSON.stringify([...fresh])) problems.push(`kill ${n}: the next report did not give the new reports`);
    }
    expect(problems).toEqual([]);
  }, 600_000);
});
