// A worker thread of a run: one wink-nlp instance (its own module registry), tasks in, results out.
import { parentPort } from 'node:worker_threads';
import { runTask } from './tasks.js';
import type { Task } from './tasks.js';

parentPort?.on('message', (message: { id: number; task: Task }) => {
  parentPort?.postMessage({ id: message.id, result: runTask(message.task) });
});
