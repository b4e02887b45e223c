import { describe, expect, it } from 'vitest';
import { activityLines, hasActiveWork } from '../../src/model/activity.js';
import type { RunSummary, StageStatus } from '../../src/model/summary.js';

const run = (name: string, finetune: StageStatus, evaluation: StageStatus): RunSummary => ({
  name,
  type: 'fine-tuned',
  model: null,
  parameters: {},
  finetune: { status: finetune },
  evaluation: { status: evaluation },
});

describe('activity of a summary', () => {
  it('is active while any stage is RUNNING or PENDING', () => {
    expect(hasActiveWork({ runs: [run('a', 'COMPLETED', 'PENDING')] })).toBe(true);
    expect(hasActiveWork({ runs: [run('a', 'RUNNING', 'NOT_STARTED')] })).toBe(true);
    expect(
      hasActiveWork({ runs: [run('a', 'COMPLETED', 'COMPLETED'), run('b', 'OUT_OF_MEMORY', 'NOT_STARTED')] }),
    ).toBe(false);
    // A run that never started and is not queued does not keep the watch going.
    expect(hasActiveWork({ runs: [run('a', 'NOT_STARTED', 'NOT_STARTED')] })).toBe(false);
  });

  it('has one line per run and the completion count', () => {
    expect(activityLines({ runs: [run('rank4', 'RUNNING', 'NOT_STARTED')], complete: 0, total: 1 })).toEqual([
      '0/1 runs complete',
      'rank4: fine-tuning RUNNING, evaluation NOT_STARTED',
    ]);
  });
});
