// The worker pool as the CLI uses it, with a plain-JavaScript worker script that speaks the same
// protocol as serveTasks ({id, task, payload} in, {id, result} or {id, error} out).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import {
  isPoolWorker,
  SERVE_ARGUMENT,
  useWorkerScript,
  workerCount,
  WorkerPool,
} from '../../src/util/worker-pool.js';
import { useTempDir } from '../helpers/temp-dir.js';

const scratch = useTempDir('worker-pool-');
const script = join(scratch(), 'worker.mjs');
writeFileSync(
  script,
  `import { parentPort, threadId } from 'node:worker_threads';
let inFlight = 0;
parentPort.on('message', ({ id, task, payload }) => {
  inFlight++;
  const most = inFlight;
  if (task === 'crash') process.exit(3);
  setTimeout(() => {
    inFlight--;
    if (task === 'double') parentPort.postMessage({ id, result: { value: payload * 2, threadId, most } });
    else if (task === 'argv') parentPort.postMessage({ id, result: process.argv.slice(2) });
    else parentPort.postMessage({ id, error: 'no task ' + task });
  }, 5 + (payload % 3) * 5);
});
`,
);

afterEach(() => useWorkerScript(null));

describe('WorkerPool', () => {
  it('answers every task with its own result, on several workers, never more than perWorker at once', async () => {
    useWorkerScript(pathToFileURL(script));
    const pool = await WorkerPool.start(2, 3);
    try {
      const replies = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          pool.run<{ value: number; threadId: number; most: number }>('double', i),
        ),
      );
      expect(replies.map((r) => r.value)).toEqual(Array.from({ length: 20 }, (_, i) => i * 2));
      expect(new Set(replies.map((r) => r.threadId)).size).toBe(2);
      expect(Math.max(...replies.map((r) => r.most))).toBe(3);
    } finally {
      await pool.close();
    }
  });

  it("rejects a task with the worker's error message", async () => {
    useWorkerScript(pathToFileURL(script));
    const pool = await WorkerPool.start(1, 2);
    try {
      await expect(pool.run('unknown', 1)).rejects.toThrow('no task unknown');
    } finally {
      await pool.close();
    }
  });

  it('fails the pending tasks when a worker dies, instead of waiting forever', async () => {
    useWorkerScript(pathToFileURL(script));
    const pool = await WorkerPool.start(1, 4);
    try {
      const pending = pool.run('double', 4);
      await expect(pool.run('crash', 0)).rejects.toThrow('worker thread exited with code 3');
      await expect(pending).rejects.toThrow('exited with code 3');
      await expect(pool.run('double', 1)).rejects.toThrow('exited with code 3');
    } finally {
      await pool.close();
    }
  });
});

describe('telling a pool worker from the main thread', () => {
  it("gives the pool's workers the argument that makes the entry point serve tasks", async () => {
    useWorkerScript(pathToFileURL(script));
    const pool = await WorkerPool.start(1, 1);
    try {
      expect(await pool.run('argv', 0)).toEqual([SERVE_ARGUMENT]);
    } finally {
      await pool.close();
    }
  });

  it('is not fooled by the argument on the main thread', async () => {
    expect(await isPoolWorker()).toBe(false);
    process.argv.push(SERVE_ARGUMENT);
    try {
      expect(await isPoolWorker()).toBe(false);
    } finally {
      process.argv.pop();
    }
  });

  it('refuses to start a pool with no worker script registered', async () => {
    await expect(WorkerPool.start(1, 1)).rejects.toThrow('no worker script registered');
  });
});

describe('workerCount', () => {
  it('is 0 without a worker script (tests and library use run inline)', () => {
    expect(workerCount(100)).toBe(0);
  });

  it('is at most one per core, the cap, and the number of tasks', () => {
    useWorkerScript(pathToFileURL(script));
    expect(workerCount(0)).toBe(0);
    expect(workerCount(1)).toBe(1);
    expect(workerCount(100, 2)).toBeLessThanOrEqual(2);
    expect(workerCount(100, 64)).toBeGreaterThanOrEqual(1);
  });
});
