// Whether this thread is a pool worker serving tasks (see worker-pool.ts). Nothing else runs on such a
// thread, so its file reads and inflating can be synchronous. Kept here, not asked of
// node:worker_threads, so that a run that starts no threads never loads that module (~5 ms of start).

let serving = false;

/** True on a worker thread once it serves tasks; false on the main thread. */
export function onServingThread(): boolean {
  return serving;
}

/** Called by serveTasks, once, on the worker thread. */
export function markServingThread(): void {
  serving = true;
}
