import { describe, expect, it } from 'vitest';
import type { Experiment } from '../../src/sources/experiment/index.js';
import { expectedFiles, startReadingPool } from '../../src/pipeline/workers.js';

const run = (name: string, type: 'fine-tuned' | 'control') => ({ name, type }) as Experiment['runs'][number];
const cell = (name: string, tasks: string[], epochs: number[] | null) =>
  ({ run: name, tasks, epochs, visLabel: null, knownRun: true, line: null }) as Experiment['matrix'][number];

describe('expectedFiles', () => {
  it('counts a training output per fine-tuned run and a log per matrix cell', () => {
    const experiment = {
      runs: [run('a', 'fine-tuned'), run('b', 'fine-tuned'), run('base', 'control')],
      // a: 2 tasks × 3 epochs; b: 1 task × 2 epochs; the control: 2 tasks, no epochs.
      matrix: [
        cell('a', ['t1', 't2'], [0, 1, 2]),
        cell('b', ['t1'], [0, 1]),
        cell('base', ['t1', 't2'], null),
      ],
    } as Experiment;
    expect(expectedFiles(experiment)).toBe(2 + 6 + 2 + 2);
  });

  it('is 0 for an experiment with no runs and no matrix', () => {
    expect(expectedFiles({ runs: [], matrix: [] } as unknown as Experiment)).toBe(0);
  });
});

describe('startReadingPool', () => {
  it('starts nothing without a worker script (tests, library use) or for few files', async () => {
    expect(await startReadingPool(10_000)).toBeNull();
    expect(await startReadingPool(3)).toBeNull();
  });
});
