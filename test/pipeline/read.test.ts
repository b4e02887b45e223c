// Discovery and reading overlap (src/pipeline/read.ts): the logs are read while the training side is
// searched. Whatever fails, the reading is waited for before anything is passed on, so that a pool is
// never closed under it and no read is left running.
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { discoverTrainingSide } from '../../src/pipeline/discover.js';
import { evalLogTasks } from '../../src/pipeline/eval-logs.js';
import { discoverAndRead } from '../../src/pipeline/read.js';
import { readExperiment } from '../../src/sources/experiment/index.js';
import type { WorkerPool } from '../../src/util/worker-pool.js';
import { copyDemo } from '../helpers/experiment-tree.js';
import { useTempDir } from '../helpers/temp-dir.js';

vi.mock('../../src/pipeline/discover.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/pipeline/discover.js')>();
  return { ...original, discoverTrainingSide: vi.fn(original.discoverTrainingSide) };
});

const scratch = useTempDir('read-overlap-');

/** A one-thread pool that serves the real task on this thread, slowly, and counts what is running. */
function slowPool(): { pool: WorkerPool; running: () => number; batches: () => number } {
  let running = 0;
  let batches = 0;
  const pool = {
    size: 1,
    run: async (task: string, payload: unknown) => {
      running++;
      await new Promise((resolve) => setTimeout(resolve, 50));
      const result = await evalLogTasks[task]!(payload);
      running--;
      batches++;
      return result;
    },
    close: async () => undefined,
    readInside: () => undefined,
  } as unknown as WorkerPool;
  return { pool, running: () => running, batches: () => batches };
}

const settings = { sacct: { mode: 'off' }, squeue: { mode: 'off' } } as const;

describe('discoverAndRead', () => {
  it('reads the logs it found while the training side is searched, in the runs order', async () => {
    const { experiment } = await readExperiment(copyDemo(join(scratch(), 'demo')));
    const { pool, running, batches } = slowPool();
    // How many batches were being read when the training search began.
    const duringSearch: number[] = [];
    const search = await vi.importActual<typeof import('../../src/pipeline/discover.js')>(
      '../../src/pipeline/discover.js',
    );
    vi.mocked(discoverTrainingSide).mockImplementationOnce(async (...args) => {
      duringSearch.push(running());
      return search.discoverTrainingSide(...args);
    });
    const phases: string[] = [];
    const { discovered, readings } = await discoverAndRead(
      experiment,
      settings,
      (phase) => phases.push(phase),
      { charts: false, pool },
    );
    expect(duringSearch).toEqual([1]); // already being read when the search began
    expect(batches()).toBe(1); // the demo's 5 logs, one batch
    expect(readings.evaluated.map((log) => log.file)).toEqual(discovered.logFiles.map((log) => log.file));
    expect(readings.evaluated.every((log) => log.summary.status === 'success')).toBe(true);
    expect(readings.training).toHaveLength(discovered.training.length);
    expect(phases.indexOf('finding training outputs')).toBeLessThan(
      phases.indexOf('reading evaluation logs'),
    );
  });

  it('when the training search fails, waits for the logs being read, then passes the error on', async () => {
    const { experiment } = await readExperiment(copyDemo(join(scratch(), 'demo')));
    const { pool, running, batches } = slowPool();
    vi.mocked(discoverTrainingSide).mockRejectedValueOnce(new Error('the training search failed'));
    const error = await discoverAndRead(experiment, settings, () => undefined, { charts: false, pool }).catch(
      (caught: unknown) => caught,
    );
    expect((error as Error).message).toBe('the training search failed');
    // Nothing still reading when the error came out: the batch had finished.
    expect(running()).toBe(0);
    expect(batches()).toBe(1);
  });
});
