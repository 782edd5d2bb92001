// A worker thread of a run: one wink-nlp instance (its own module registry), tasks in, results out.
import { parentPort } from 'node:worker_threads';
import { prepareAnalysis, runTask } from './tasks.js';
import type { Task } from './tasks.js';

let prepared = false;
parentPort?.on('message', (message: { id: number; task: Task }) => {
  parentPort?.postMessage({ id: message.id, result: runTask(message.task) });
  // A scanned file is usually analysed next: the model and lexicons load now, while the main thread
  // reads its cache tables, rather than when the analysis arrives (issue 21: a second `report`).
  const task = message.task;
  if (!prepared && task.kind === 'scan' && task.prepare) {
    prepared = true;
    const { lexicons, actors } = task.prepare;
    setImmediate(() => {
      try {
        prepareAnalysis(lexicons, actors);
      } catch {
        /* the analysis itself meets the problem again and reports it */
      }
    });
  }
});
