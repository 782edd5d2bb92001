// Runs tasks on worker threads, one per job, each with its own wink-nlp instance. Results are handed
// to the caller as they come (it puts them back in file order). A worker that dies or hangs costs only
// the task it was running: that task is reported as crashed and a fresh worker takes over.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { runTask } from './tasks.js';
import type { Task, TaskResult } from './tasks.js';

export interface PoolOptions {
  /** Worker threads; 1 runs everything in this thread. */
  jobs: number;
  /** A task running longer than this is stopped and reported as crashed. */
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = Number(process.env.FRAMELENS_TASK_TIMEOUT_MS) || 120_000;
/** A worker's heap limit: an article that needs more is a bug, and must not take the machine with it. */
const WORKER_HEAP_MB = 2048;

const workerFile = fileURLToPath(new URL('./worker.js', import.meta.url));

/** Worker threads need the compiled worker; from TypeScript sources (tests, tsx) everything runs in-thread. */
export const workersAvailable = (): boolean => existsSync(workerFile);

export async function runTasks(tasks: readonly Task[], options: PoolOptions, onResult: (index: number, result: TaskResult) => void): Promise<void> {
  const jobs = Math.max(1, Math.min(options.jobs, tasks.length));
  if (jobs === 1 || !workersAvailable()) {
    tasks.forEach((task, i) => onResult(i, runTask(task)));
    return;
  }
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  let next = 0;
  let done = 0;
  await new Promise<void>((resolve) => {
    const start = () => {
      const worker = new Worker(workerFile, { resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
      let current: { index: number; timer: NodeJS.Timeout } | null = null;
      let retired = false;
      const finish = (index: number, result: TaskResult) => {
        onResult(index, result);
        done += 1;
        if (done === tasks.length) resolve();
      };
      const feed = () => {
        if (next >= tasks.length) {
          retired = true;
          void worker.terminate();
          return;
        }
        const index = next;
        next += 1;
        current = {
          index,
          timer: setTimeout(() => fail(`analysis took longer than ${Math.round(timeoutMs / 1000)} s and was stopped`), timeoutMs),
        };
        worker.postMessage({ id: index, task: tasks[index] });
      };
      // The running task is lost with its worker: report it, and let a new worker carry on.
      const fail = (why: string) => {
        if (retired || !current) return;
        retired = true;
        const { index, timer } = current;
        clearTimeout(timer);
        current = null;
        void worker.terminate();
        finish(index, { status: 'crashed', message: `${tasks[index].file}: internal error: ${why}` });
        if (next < tasks.length) start();
      };
      worker.on('message', (message: { id: number; result: TaskResult }) => {
        if (!current || message.id !== current.index) return;
        clearTimeout(current.timer);
        current = null;
        finish(message.id, message.result);
        feed();
      });
      worker.on('error', (error) => fail(`worker failed (${error.message.split('\n')[0]})`));
      worker.on('exit', (code) => fail(`worker stopped (exit code ${code})`));
      feed();
    };
    for (let w = 0; w < jobs; w += 1) start();
  });
}
