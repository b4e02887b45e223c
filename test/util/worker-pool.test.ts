// The worker pool as the CLI uses it, with a plain-JavaScript worker script that speaks the same
// protocol as serveTasks ('ready' first, then {id, task, payload} in, {id, result} or {id, error}
// out); and shareWork, which shares items between the calling thread and a pool.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import {
  isPoolWorker,
  SERVE_ARGUMENT,
  shareWork,
  useWorkerScript,
  workerCount,
  WorkerPool,
} from '../../src/util/worker-pool.js';
import { fakePool } from '../helpers/fake-pool.js';
import { useTempDir } from '../helpers/temp-dir.js';

const scratch = useTempDir('worker-pool-');
const script = join(scratch(), 'worker.mjs');
writeFileSync(
  script,
  `import { parentPort, threadId } from 'node:worker_threads';
// The second worker a test starts is slow to load: it serves after 300 ms.
setTimeout(() => parentPort.postMessage('ready'), threadId % 2 === 0 ? 300 : 0);
let inFlight = 0;
parentPort.on('message', ({ id, task, payload }) => {
  inFlight++;
  const most = inFlight;
  if (task === 'crash') process.exit(3);
  setTimeout(() => {
    inFlight--;
    if (task === 'double') parentPort.postMessage({ id, result: { value: payload * 2, threadId, most } });
    else if (task === 'argv') parentPort.postMessage({ id, result: process.argv.slice(2) });
    else if (task === 'thread') parentPort.postMessage({ id, result: threadId });
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
      expect(await pool.ready(2)).toBe(true);
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

  it('gives tasks only to a worker that serves, and says when enough of them do', async () => {
    useWorkerScript(pathToFileURL(script));
    const pool = await WorkerPool.start(2, 2);
    try {
      expect(await pool.ready(1)).toBe(true);
      // The other worker is still loading: the first tasks all go to the one that serves.
      const first = await Promise.all(Array.from({ length: 6 }, (_, i) => pool.run<number>('thread', i)));
      expect(new Set(first).size).toBe(1);
      expect(await pool.ready(2)).toBe(true);
      const later = await Promise.all(Array.from({ length: 8 }, (_, i) => pool.run<number>('thread', i)));
      expect(new Set(later).size).toBe(2);
    } finally {
      await pool.close();
    }
    expect(await pool.ready(1)).toBe(false); // closed
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
      expect(await pool.ready(1)).toBe(false);
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

describe('shareWork', () => {
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  const items = Array.from({ length: 20 }, (_, i) => i);
  /** Where each item was done. */
  const record = () => {
    const here: number[] = [];
    const there: number[] = [];
    return { here, there };
  };

  it('starts on the calling thread, lets the workers join when they serve, and keeps the order', async () => {
    let serve!: (serving: boolean) => void;
    const pool = fakePool(async () => undefined, {
      size: 1,
      perWorker: 2,
      serving: new Promise((r) => (serve = r)),
    });
    const seen = record();
    const results = await shareWork(
      items,
      pool,
      async (item) => {
        await sleep(2);
        seen.here.push(item);
        if (item === 3) serve(true);
        return item * 10;
      },
      async (item) => {
        await sleep(2);
        seen.there.push(item);
        return item * 10;
      },
    );
    expect(results).toEqual(items.map((item) => item * 10));
    expect(seen.here.slice(0, 4)).toEqual([0, 1, 2, 3]);
    expect(seen.there.length).toBeGreaterThan(0);
    expect(Math.min(...seen.there)).toBeGreaterThan(3);
    expect([...seen.here, ...seen.there].sort((a, b) => a - b)).toEqual(items);
  });

  it('does not wait for a worker that never serves', async () => {
    const pool = fakePool(async () => undefined, { size: 2, serving: new Promise(() => undefined) });
    const seen = record();
    const results = await shareWork(
      items,
      pool,
      async (item) => (seen.here.push(item), item),
      async (item) => (seen.there.push(item), item),
    );
    expect(results).toEqual(items);
    expect(seen.there).toEqual([]);
  });

  it("hears the workers' answers between items that never wait on I/O", async () => {
    const pool = fakePool(async () => undefined, { size: 1, perWorker: 2 });
    const seen = record();
    const results = await shareWork(
      items,
      pool,
      async (item) => {
        const until = performance.now() + 3;
        while (performance.now() < until); // CPU-bound, as a bootstrap is
        seen.here.push(item);
        return item;
      },
      async (item) => {
        await sleep(1); // an answer comes back as an event
        seen.there.push(item);
        return item;
      },
    );
    expect(results).toEqual(items);
    // Without a turn of the event loop after each item here, the workers would do only their first two.
    expect(seen.there.length).toBeGreaterThan(2);
  });

  it('passes a failure on only after the items being done elsewhere are done', async () => {
    const pool = fakePool(async () => undefined, { size: 1, perWorker: 2 });
    let elsewhere = 0;
    const failed = await shareWork(
      items,
      pool,
      async (item) => {
        await sleep(1);
        if (item >= 2) throw new Error(`item ${item} failed`);
        return item;
      },
      async (item) => {
        elsewhere++;
        await sleep(30);
        elsewhere--;
        return item;
      },
    ).catch((error: unknown) => error);
    expect((failed as Error).message).toMatch(/^item \d+ failed$/);
    expect(elsewhere).toBe(0);
  });

  it('does everything on the calling thread without a pool, so many at a time', async () => {
    let atOnce = 0;
    let most = 0;
    const results = await shareWork(
      items,
      null,
      async (item) => {
        most = Math.max(most, ++atOnce);
        await sleep(1);
        atOnce--;
        return item;
      },
      async () => {
        throw new Error('no pool: nothing is done there');
      },
      3,
    );
    expect(results).toEqual(items);
    expect(most).toBe(3);
  });
});
