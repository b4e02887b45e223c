// Training outputs read through the reading pool (src/pipeline/training.ts), with a pool that runs
// the workers' tasks in this thread, one that fails, and none: the same loss curve each way.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLossCurveOn, trainingTasks } from '../../src/pipeline/training.js';
import { readLossCurve } from '../../src/sources/slurm/loss-curve.js';
import type { WorkerPool } from '../../src/util/worker-pool.js';
import { buildTrainingLog } from '../../scripts/lib/training-log.js';
import { useTempDir } from '../helpers/temp-dir.js';

const scratch = useTempDir('pipeline-training-');

function pool(fail: boolean): { pool: WorkerPool; tasks: string[] } {
  const tasks: string[] = [];
  return {
    tasks,
    pool: {
      size: 1,
      run: async (task: string, payload: unknown) => {
        tasks.push(task);
        if (fail) throw new Error('worker thread exited with code 1');
        // As between threads: the result is copied.
        return structuredClone(await trainingTasks[task]!(payload));
      },
    } as unknown as WorkerPool,
  };
}

describe('readLossCurveOn', () => {
  it('reads the curve on the pool, on this thread when the worker fails, and without a pool, alike', async () => {
    const path = join(scratch(), 'slurm-1.out');
    writeFileSync(
      path,
      buildTrainingLog({
        jobId: '1',
        epochs: 2,
        stepsPerEpoch: 300,
        loss: (step) => 0.2 + 1 / step,
        ending: 'completed',
      }),
    );
    const here = await readLossCurve(path);
    expect(here.points.length).toBeGreaterThan(10);
    const working = pool(false);
    expect(await readLossCurveOn(working.pool, path)).toEqual(here);
    expect(working.tasks).toEqual(['readLossCurve']);
    const failing = pool(true);
    expect(await readLossCurveOn(failing.pool, path)).toEqual(here);
    expect(failing.tasks).toEqual(['readLossCurve']);
    expect(await readLossCurveOn(null, path)).toEqual(here);
  });

  it('names the file when it cannot be read, on the pool as here', async () => {
    const missing = join(scratch(), 'slurm-404.out');
    const curve = await readLossCurveOn(pool(false).pool, missing);
    expect(curve.points).toEqual([]);
    expect(curve.error).toContain(missing);
  });
});
