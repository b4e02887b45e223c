// Discovery and reading overlap (src/pipeline/read.ts): the logs are read while the training side is
// searched. Whatever fails, the reading is waited for before anything is passed on, so that a pool is
// never closed under it and no read is left running.
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { discoverTrainingSide } from '../../src/pipeline/discover.js';
import { summarizeEvalLogs } from '../../src/pipeline/eval-logs.js';
import { discoverAndRead } from '../../src/pipeline/read.js';
import { readExperiment } from '../../src/sources/experiment/index.js';
import { copyDemo } from '../helpers/experiment-tree.js';
import { useTempDir } from '../helpers/temp-dir.js';

vi.mock('../../src/pipeline/discover.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/pipeline/discover.js')>();
  return { ...original, discoverTrainingSide: vi.fn(original.discoverTrainingSide) };
});
vi.mock('../../src/pipeline/eval-logs.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/pipeline/eval-logs.js')>();
  return { ...original, summarizeEvalLogs: vi.fn(original.summarizeEvalLogs) };
});

const scratch = useTempDir('read-overlap-');

/** The logs' reading, slowed down (50 ms before it starts), and whether it is running. */
async function slowReading(): Promise<{ running: () => boolean; finished: () => boolean }> {
  const actual = await vi.importActual<typeof import('../../src/pipeline/eval-logs.js')>(
    '../../src/pipeline/eval-logs.js',
  );
  let running = false;
  let finished = false;
  vi.mocked(summarizeEvalLogs).mockImplementationOnce(async (...args) => {
    running = true;
    await new Promise((resolve) => setTimeout(resolve, 50));
    try {
      return await actual.summarizeEvalLogs(...args);
    } finally {
      running = false;
      finished = true;
    }
  });
  return { running: () => running, finished: () => finished };
}

const settings = { sacct: { mode: 'off' }, squeue: { mode: 'off' } } as const;

describe('discoverAndRead', () => {
  it('reads the logs it found while the training side is searched, in the runs order', async () => {
    const { experiment } = await readExperiment(copyDemo(join(scratch(), 'demo')));
    const reading = await slowReading();
    // Whether the logs were being read when the training search began.
    const duringSearch: boolean[] = [];
    const search = await vi.importActual<typeof import('../../src/pipeline/discover.js')>(
      '../../src/pipeline/discover.js',
    );
    vi.mocked(discoverTrainingSide).mockImplementationOnce(async (...args) => {
      duringSearch.push(reading.running());
      return search.discoverTrainingSide(...args);
    });
    const phases: string[] = [];
    const { discovered, readings } = await discoverAndRead(
      experiment,
      settings,
      (phase) => phases.push(phase),
      { charts: false, pool: null },
    );
    expect(duringSearch).toEqual([true]); // already being read when the search began
    expect(readings.evaluated.map((log) => log.file)).toEqual(discovered.logFiles.map((log) => log.file));
    expect(readings.evaluated.every((log) => log.summary.status === 'success')).toBe(true);
    expect(readings.training).toHaveLength(discovered.training.length);
    expect(phases.indexOf('finding training outputs')).toBeLessThan(
      phases.indexOf('reading evaluation logs'),
    );
  });

  it('when the training search fails, waits for the logs being read, then passes the error on', async () => {
    const { experiment } = await readExperiment(copyDemo(join(scratch(), 'demo')));
    const reading = await slowReading();
    vi.mocked(discoverTrainingSide).mockRejectedValueOnce(new Error('the training search failed'));
    const error = await discoverAndRead(experiment, settings, () => undefined, {
      charts: false,
      pool: null,
    }).catch((caught: unknown) => caught);
    expect((error as Error).message).toBe('the training search failed');
    // Nothing still reading when the error came out: the reading had finished.
    expect(reading.running()).toBe(false);
    expect(reading.finished()).toBe(true);
  });
});
