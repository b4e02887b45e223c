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
import { fakePool } from '../helpers/fake-pool.js';

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

/** A pool of two workers that computes on this thread, each batch after a timer (as a message would come back). */
function pool(fail = false): { pool: WorkerPool; batches: BootstrapRequest[][] } {
  const batches: BootstrapRequest[][] = [];
  const run = async (task: string, payload: BootstrapRequest[]) => {
    batches.push(payload);
    await new Promise((resolve) => setTimeout(resolve, 1));
    if (fail) throw new Error('worker thread exited with code 1');
    return bootstrapTasks[task]!(payload);
  };
  return { pool: fakePool(run as never, { size: 2 }), batches };
}

describe('bootstrapsOn', () => {
  it('shares each distinct request out once, in batches, and answers each with its own result', async () => {
    const requests = Array.from({ length: 40 }, (_, i) => request(100, i));
    const { pool: workers, batches } = pool();
    // Every request twice, as the analysis asks for a control's interval twice.
    const known = await bootstrapsOn(workers, [...requests, ...requests]);
    expect(known.size).toBe(40);
    // Batches of 16, 16 and 8: this thread takes the first, the workers at least one of the others.
    expect(batches.length).toBeGreaterThan(0);
    expect(batches.length).toBeLessThan(3);
    expect(batches.every((batch) => batch.length === 16 || batch.length === 8)).toBe(true);
    expect(new Set(batches.flat().map(bootstrapKey)).size).toBe(batches.flat().length);
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
    const { pool: workers, batches } = pool();
    expect((await bootstrapsOn(workers, few)).size).toBe(0);
    expect((await bootstrapsOn(null, few)).size).toBe(0);
    expect(batches).toEqual([]);
  });

  it('computes the requests of a failed worker on this thread, without failing', async () => {
    const requests = Array.from({ length: 40 }, (_, i) => request(140, i));
    const { pool: workers, batches } = pool(true);
    const known = await bootstrapsOn(workers, requests);
    expect(batches.length).toBeGreaterThan(0);
    expect(known.size).toBe(40);
    for (let correct = 0; correct < 40; correct++)
      expect(known.get(bootstrapKey(request(140, correct)))!.estimate).toBeCloseTo(
        (1 + correct / 70) / 2,
        12,
      );
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
