// Runs tasks on worker threads, one per job, each with its own wink-nlp instance. Results are handed
// to the caller as they come (it puts them back in file order). A worker that dies or hangs costs only
// the task it was running: that task is reported as crashed and a fresh worker takes over. One pool
// serves every phase of a run, so each worker loads the language model and lexicons once.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Task, TaskResult } from './tasks.js';

export interface PoolOptions {
  /** Worker threads; 1 runs everything in this thread. */
  jobs: number;
  /** A task running longer than this is stopped and reported as crashed. */
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = Number(process.env.FRAMELENS_TASK_TIMEOUT_MS) || 120_000;
/**
 * A worker's heap limit: an article that needs more is a bug, and must not take the machine with it.
 * V8 lets a heap grow toward its limit before collecting hard, so the limit also sets how much memory
 * a run keeps: measured on 1,000 real articles with two workers, peak memory 544 MB at 2048 and 404 MB
 * at 1024, at the same speed. Measured by hand: a 15 MB text article is analysed within this limit,
 * and fails at 512 MB.
 */
const WORKER_HEAP_MB = 1024;

const workerFile = fileURLToPath(new URL('./worker.js', import.meta.url));

/** Worker threads need the compiled worker; from TypeScript sources (tests, tsx) everything runs in-thread. */
export const workersAvailable = (): boolean => existsSync(workerFile);

export interface TaskPool {
  /** Runs `tasks`, calling `onResult` once per task in finishing order; resolves when all are done. */
  run(tasks: readonly Task[], onResult: (index: number, result: TaskResult) => void): Promise<void>;
  close(): Promise<void>;
}

/**
 * Runs every task in this thread, one after the other. Each result is copied as a worker's message
 * would be: strings cut from an article's text (a headline, a term) otherwise keep the whole text
 * alive for as long as the run keeps the article's summary (measured: 16 MB more heap after 1,000 articles than after 300, none with the copy).
 */
const inThread: TaskPool = {
  async run(tasks, onResult) {
    if (tasks.length === 0) return;
    // Loaded here, not on import: a run whose workers do the work never loads the analysis code into
    // this thread (about 100 modules, part of a second `report`'s start).
    const { runTask } = await import('./tasks.js');
    tasks.forEach((task, i) => onResult(i, structuredClone(runTask(task))));
  },
  async close() {},
};

interface Slot {
  worker: Worker;
  /** The task it is running: batch, index and timer. */
  current: { batch: Batch; index: number; timer: NodeJS.Timeout } | null;
}

interface Batch {
  tasks: readonly Task[];
  next: number;
  done: number;
  onResult: (index: number, result: TaskResult) => void;
  resolve: () => void;
}

/** What an analysis needs loaded: the model, the compiled lexicons and actors of these files (see `prestartWorker`). */
export interface Preparation {
  lexicons: string[];
  actors: string[];
}

const newWorker = () => new Worker(workerFile, { resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });

/** A worker started before any pool (see `prestartWorker`), until a pool takes it or it is dropped. */
let early: { worker: Worker; gone: boolean } | null = null;

/**
 * Starts one worker now and has it load what an analysis needs (the model, the lexicons, the actors,
 * the data a first analysis reads), while this thread loads its own code, lists the corpus and reads
 * the cache. The first pool with workers takes it over; a run that needs no worker drops it. A second
 * `report` after one `add` was mostly waiting for this start, which began only once this thread had
 * loaded and read everything (issue 21). The worker does not keep the process alive on its own.
 */
export function prestartWorker(preparation: Preparation): void {
  if (early || !workersAvailable()) return;
  const entry = { worker: newWorker(), gone: false };
  entry.worker.unref();
  entry.worker.on('error', () => (entry.gone = true));
  entry.worker.on('exit', () => (entry.gone = true));
  entry.worker.postMessage({ prepare: preparation });
  early = entry;
}

/** The started worker for a pool, unless it stopped meanwhile (then the pool starts its own). */
function takeEarly(): Worker | null {
  const entry = early;
  early = null;
  if (!entry) return null;
  entry.worker.removeAllListeners();
  if (entry.gone) return null;
  entry.worker.ref();
  return entry.worker;
}

/** Stops a started worker no pool took (a run small enough for this thread). */
export function dropPrestartedWorker(): void {
  const worker = takeEarly();
  if (worker) void worker.terminate();
}

export function createPool(options: PoolOptions): TaskPool {
  if (options.jobs <= 1 || !workersAvailable()) {
    dropPrestartedWorker();
    return inThread;
  }
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const slots = new Set<Slot>();
  let batch: Batch | null = null;

  const finish = (b: Batch, index: number, result: TaskResult) => {
    b.onResult(index, result);
    b.done += 1;
    if (b.done === b.tasks.length) {
      batch = null;
      b.resolve();
    }
  };
  const feed = (slot: Slot) => {
    const b = batch;
    if (!b || b.next >= b.tasks.length || slot.current) return;
    const index = b.next;
    b.next += 1;
    slot.current = { batch: b, index, timer: setTimeout(() => lose(slot, `analysis took longer than ${Math.round(timeoutMs / 1000)} s and was stopped`), timeoutMs) };
    slot.worker.postMessage({ id: index, task: b.tasks[index] });
  };
  // The running task is lost with its worker: report it, and let a new worker carry on.
  const lose = (slot: Slot, why: string) => {
    if (!slots.has(slot)) return;
    slots.delete(slot);
    void slot.worker.terminate();
    const current = slot.current;
    slot.current = null;
    if (current) {
      clearTimeout(current.timer);
      finish(current.batch, current.index, { status: 'crashed', message: `${current.batch.tasks[current.index].file}: internal error: ${why}` });
    }
    start();
  };
  const start = (worker: Worker = newWorker()) => {
    const slot: Slot = { worker, current: null };
    slots.add(slot);
    slot.worker.on('message', (message: { id: number; result: TaskResult }) => {
      const current = slot.current;
      if (!current || message.id !== current.index) return;
      clearTimeout(current.timer);
      slot.current = null;
      finish(current.batch, current.index, message.result);
      feed(slot);
    });
    slot.worker.on('error', (error) => lose(slot, `worker failed (${error.message.split('\n')[0]})`));
    slot.worker.on('exit', (code) => lose(slot, `worker stopped (exit code ${code})`));
    feed(slot);
  };
  // Workers start with the first batch that needs them, and no more than it has tasks: each start
  // loads the model and compiles the lexicons, which is most of a second report's time after one `add`.
  // A worker started before the pool (`prestartWorker`) is the pool's first.
  const first = takeEarly();
  if (first) start(first);
  return {
    run(tasks, onResult) {
      if (tasks.length === 0) return Promise.resolve();
      return new Promise<void>((resolve) => {
        batch = { tasks, next: 0, done: 0, onResult, resolve };
        for (const slot of slots) feed(slot);
        while (slots.size < Math.min(options.jobs, tasks.length)) start();
      });
    },
    async close() {
      const all = [...slots];
      slots.clear();
      await Promise.all(all.map((s) => s.worker.terminate()));
    },
  };
}

/** One batch on a pool of its own. */
export async function runTasks(tasks: readonly Task[], options: PoolOptions, onResult: (index: number, result: TaskResult) => void): Promise<void> {
  const pool = createPool({ ...options, jobs: Math.min(options.jobs, tasks.length) });
  try {
    await pool.run(tasks, onResult);
  } finally {
    await pool.close();
  }
}
