// The analysis's bootstraps on the reading pool (src/pipeline/bootstraps.ts), with a pool that runs
// the workers' task in this thread: what the main thread sends, and what it primes.
import { describe, expect, it } from 'vitest';
import { bootstrapTasks, MIN_REQUESTS_FOR_WORKERS, primeBootstraps } from '../../src/pipeline/bootstraps.js';
import {
  bootstrapBalancedAccuracy,
  bootstrapKey,
  isBootstrapKnown,
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

describe('primeBootstraps', () => {
  it('sends each distinct unknown request once, in batches, and primes what comes back', async () => {
    const requests = Array.from({ length: 40 }, (_, i) => request(100, i));
    const { pool, batches } = fakePool();
    // Every request twice, as the analysis asks for a control's interval twice.
    expect(await primeBootstraps(pool, [...requests, ...requests])).toBe(40);
    expect(batches.map((batch) => batch.length)).toEqual([16, 16, 8]);
    expect(new Set(batches.flat().map(bootstrapKey)).size).toBe(40);
    expect(requests.every(isBootstrapKnown)).toBe(true);
    // Each result primed for its own request: the estimate of 40 different answer sheets.
    for (let correct = 0; correct < 40; correct++) {
      const { target, outcome } = inputs(100, correct);
      expect(bootstrapBalancedAccuracy(target, outcome, OPTIONS).estimate).toBeCloseTo(
        (1 + correct / 50) / 2,
        12,
      );
    }
    // Known requests are not sent again.
    const second = fakePool();
    expect(await primeBootstraps(second.pool, requests)).toBe(0);
    expect(second.batches).toEqual([]);
  });

  it('leaves few requests, or no pool, to the analysis', async () => {
    const few = Array.from({ length: MIN_REQUESTS_FOR_WORKERS - 1 }, (_, i) => request(120, i));
    const { pool, batches } = fakePool();
    expect(await primeBootstraps(pool, few)).toBe(0);
    expect(await primeBootstraps(null, few)).toBe(0);
    expect(batches).toEqual([]);
    expect(few.some(isBootstrapKnown)).toBe(false);
  });

  it('leaves the requests of a failed worker to the analysis, without failing', async () => {
    const requests = Array.from({ length: 40 }, (_, i) => request(140, i));
    const { pool } = fakePool(true);
    expect(await primeBootstraps(pool, requests)).toBe(0);
    expect(requests.some(isBootstrapKnown)).toBe(false);
  });
});
