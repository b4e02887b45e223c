// The analysis's bootstraps on the reading pool (src/pipeline/bootstraps.ts), with a pool that runs
// the workers' task in this thread: what the main thread sends, and what it primes.
import { describe, expect, it } from 'vitest';
import {
  bootstrapsOn,
  bootstrapTasks,
  mayNeedBootstrapWorkers,
  MIN_REQUESTS_FOR_WORKERS,
} from '../../src/pipeline/bootstraps.js';
import type { EvalLogSummary } from '../../src/model/eval-log-summary.js';
import {
  bootstrapKey,
  knownBootstraps,
  singleBootstrapRequest,
  type BootstrapRequest,
} from '../../src/model/stats/index.js';
import type { WorkerPool } from '../../src/util/worker-pool.js';

// n samples, half of each target; every target-0 sample right, `correct` of the target-1 ones:
// balanced accuracy (1 + correct / (n/2)) / 2. A seed no other test uses.
const OPTIONS = { seed: 777 };
const inputs = (n: number, correct: number) => ({
  target: Uint8Array.from({ length: n }, (_, i) => i % 2),
  outcome: Uint8Array.from({ length: n }, (_, i) => (i % 2 === 0 || (i - 1) / 2 < correct ? 1 : 0)),
});
const request = (n: number, correct: number): BootstrapRequest => {
  const { target, outcome } = inputs(n, correct);
  return singleBootstrapRequest(target, outcome, OPTIONS);
};

function fakePool(fail = false): { pool: WorkerPool; batches: BootstrapRequest[][] } {
  const batches: BootstrapRequest[][] = [];
  const pool = {
    size: 2,
    run: async (task: string, payload: BootstrapRequest[]) => {
      batches.push(payload);
      if (fail) throw new Error('worker thread exited with code 1');
      return bootstrapTasks[task]!(payload);
    },
  } as unknown as WorkerPool;
  return { pool, batches };
}

describe('bootstrapsOn', () => {
  it('sends each distinct request once, in batches, and answers each with its own result', async () => {
    const requests = Array.from({ length: 40 }, (_, i) => request(100, i));
    const { pool, batches } = fakePool();
    // Every request twice, as the analysis asks for a control's interval twice.
    const known = await bootstrapsOn(pool, [...requests, ...requests]);
    expect(known.size).toBe(40);
    expect(batches.map((batch) => batch.length)).toEqual([16, 16, 8]);
    expect(new Set(batches.flat().map(bootstrapKey)).size).toBe(40);
    // Each result for its own request: the estimates of 40 different answer sheets, through what the
    // analysis is given.
    const bootstraps = knownBootstraps(known);
    for (let correct = 0; correct < 40; correct++) {
      const { target, outcome } = inputs(100, correct);
      expect(known.get(bootstrapKey(request(100, correct)))!.estimate).toBeCloseTo(
        (1 + correct / 50) / 2,
        12,
      );
      expect(bootstraps.single(target, outcome, OPTIONS)).toEqual(
        known.get(bootstrapKey(request(100, correct))),
      );
    }
  });

  it('leaves few requests, or no pool, to the analysis', async () => {
    const few = Array.from({ length: MIN_REQUESTS_FOR_WORKERS - 1 }, (_, i) => request(120, i));
    const { pool, batches } = fakePool();
    expect((await bootstrapsOn(pool, few)).size).toBe(0);
    expect((await bootstrapsOn(null, few)).size).toBe(0);
    expect(batches).toEqual([]);
  });

  it('leaves the requests of a failed worker to the analysis, without failing', async () => {
    const requests = Array.from({ length: 40 }, (_, i) => request(140, i));
    const { pool } = fakePool(true);
    expect((await bootstrapsOn(pool, requests)).size).toBe(0);
  });
});

describe('mayNeedBootstrapWorkers', () => {
  const withBalanced = (value: number | null) =>
    ({ binary: value === null ? null : { balanced_accuracy: value } }) as unknown as EvalLogSummary;

  it('is true from as many distinct balanced accuracies among the logs as the workers need', () => {
    const values = (n: number) => Array.from({ length: n }, (_, i) => withBalanced(i / 100));
    expect(mayNeedBootstrapWorkers(values(MIN_REQUESTS_FOR_WORKERS - 1))).toBe(false);
    expect(mayNeedBootstrapWorkers(values(MIN_REQUESTS_FOR_WORKERS))).toBe(true);
  });

  it('counts neither repeated values nor logs without 0/1 metrics', () => {
    const repeated = Array.from({ length: 500 }, (_, i) => withBalanced(i % 10));
    const without = Array.from({ length: 500 }, () => withBalanced(null));
    expect(mayNeedBootstrapWorkers([...repeated, ...without])).toBe(false);
  });
});
