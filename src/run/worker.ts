// A worker thread of a run: one wink-nlp instance (its own module registry), tasks in, results out.
import { parentPort } from 'node:worker_threads';
import { preparationSteps, runTask, warmUp } from './tasks.js';
import type { Task } from './tasks.js';
import type { Preparation } from './pool.js';

let prepared = false;
/** Whether a real analysis ran: the warm-up is then no longer worth its time. */
let analysed = false;

/**
 * Loads what an analysis needs, a step per turn of the event loop (tasks that arrive meanwhile run
 * between steps), then warms up on a made-up article unless a real one came first.
 */
function prepare(lexicons: string[], actors: string[]): void {
  if (prepared) return;
  prepared = true;
  const steps = [
    ...preparationSteps(lexicons, actors),
    () => {
      if (!analysed) warmUp(lexicons, actors);
    },
  ];
  const next = () => {
    const step = steps.shift();
    if (!step) return;
    try {
      step();
    } catch {
      /* the analysis itself meets the problem again and reports it */
    }
    setImmediate(next);
  };
  setImmediate(next);
}

parentPort?.on('message', (message: { id: number; task: Task } | { prepare: Preparation }) => {
  // Sent by `prestartWorker` before the run knows whether anything needs analysing.
  if ('prepare' in message) {
    prepare(message.prepare.lexicons, message.prepare.actors);
    return;
  }
  parentPort?.postMessage({ id: message.id, result: runTask(message.task) });
  if (message.task.kind === 'analyze') analysed = true;
  // A scanned file is usually analysed next: the model and lexicons load now, while the main thread
  // reads its cache tables, rather than when the analysis arrives (issue 21: a second `report`).
  const task = message.task;
  if (task.kind === 'scan' && task.prepare) prepare(task.prepare.lexicons, task.prepare.actors);
});
