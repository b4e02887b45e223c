import { describe, expect, it } from 'vitest';
import { trainingProgress } from '../../src/model/progress.js';
import { describeProgress, formatTimeLeft } from '../../src/render/progress.js';
import type { TqdmProgress } from '../../src/sources/slurm/tqdm.js';

const render = (over: Partial<TqdmProgress> = {}): TqdmProgress => ({
  epoch: 1,
  globalStep: 120,
  step: 120,
  totalSteps: 250,
  loss: 0.31,
  elapsedS: 55,
  remainingS: 59,
  rate: 2.18,
  ...over,
});

describe('progress of a running training', () => {
  it('adds the epochs still to come at the current rate to tqdm’s time left in this epoch', () => {
    // Epoch 1 of 3: 59 s left in it, then 2 epochs × 250 steps / 2.5 steps/s = 200 s; 59 + 200 = 259.
    expect(trainingProgress(render({ rate: 2.5 }), 3)).toEqual({
      epoch: 1,
      step: 120,
      total_steps: 250,
      loss: 0.31,
      eta_s: 259,
      eta_scope: 'training',
      rate: 2.5,
    });
  });

  it('in the last epoch is tqdm’s time left', () => {
    expect(trainingProgress(render({ epoch: 3 }), 3).eta_s).toBe(59);
  });

  it('covers only this epoch when the experiment does not say how many epochs', () => {
    expect(trainingProgress(render(), null)).toMatchObject({ eta_s: 59, eta_scope: 'epoch' });
  });

  it('derives this epoch’s time left from the rate when tqdm shows none, and knows none without a rate', () => {
    // (250 − 120) / 2 = 65 s
    expect(trainingProgress(render({ remainingS: null, rate: 2 }), 1).eta_s).toBe(65);
    expect(trainingProgress(render({ remainingS: null, rate: null, step: 0 }), 2).eta_s).toBeNull();
    // Time left in this epoch is known but not the rate for the next ones.
    expect(trainingProgress(render({ rate: null }), 2).eta_s).toBeNull();
  });

  it('reads as one cell', () => {
    const p = trainingProgress(render({ rate: 2.5 }), 3);
    expect(describeProgress(p, (x) => x.toFixed(2))).toBe('epoch 1, step 120/250, loss 0.31, ~4 min left');
    expect(formatTimeLeft({ eta_s: 40, eta_scope: 'training' })).toBe('~40 s left');
    expect(formatTimeLeft({ eta_s: 7500, eta_scope: 'training' })).toBe('~2 h 05 min left');
    expect(formatTimeLeft({ eta_s: 600, eta_scope: 'epoch' })).toBe('~10 min left in this epoch');
    expect(formatTimeLeft({ eta_s: null, eta_scope: 'epoch' })).toBe('time left unknown');
    expect(
      describeProgress(
        trainingProgress(render({ epoch: null, loss: null, step: 0, remainingS: null, rate: null }), 2),
        String,
      ),
    ).toBe('step 0/250, time left unknown');
  });
});
