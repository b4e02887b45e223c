// A stand-in for a WorkerPool that runs its tasks on this thread: `size` workers of `perWorker`
// tasks, serving once `serving` resolves (at once by default), for the code that shares work with
// a pool (src/util/worker-pool.ts shareWork) without starting threads.
import type { WorkerPool } from '../../src/util/worker-pool.js';

export function fakePool(
  run: (task: string, payload: never) => Promise<unknown>,
  options: { size?: number; perWorker?: number; serving?: Promise<boolean> } = {},
): WorkerPool {
  const serving = options.serving ?? Promise.resolve(true);
  return {
    size: options.size ?? 1,
    perWorker: options.perWorker ?? 2,
    ready: () => serving,
    run,
    close: async () => undefined,
  } as unknown as WorkerPool;
}
