// Where a RUNNING fine-tuning stands, in summary.json's words (`progress: {epoch, step, total_steps,
// loss, eta_s}`), from the last tqdm render of its output. Pure.
import type { TqdmProgress } from '../sources/slurm/tqdm.js';

export interface TrainingProgress {
  /** 1-based training epoch. */
  epoch: number | null;
  /** Steps done in the current epoch (tqdm's `n`). */
  step: number;
  /** Steps in an epoch (tqdm's `total`). */
  total_steps: number;
  /** Latest loss; null when no loss was drawn yet, NaN/±Infinity as drawn (JSON shows them as strings). */
  loss: number | null;
  /** Estimated seconds until training ends; null while tqdm does not know the rate. */
  eta_s: number | null;
  /**
   * What `eta_s` covers: `training` (the remaining epochs are known from the experiment) or `epoch`
   * (the epoch count is unknown, so only the current epoch's time left).
   */
  eta_scope: 'training' | 'epoch';
  /** Steps per second. */
  rate: number | null;
}

/**
 * The progress of a running training: tqdm's time left in this epoch, plus the epochs still to come
 * at the current rate (each `total` steps long; an epoch's remaining is `(total - n) / rate`).
 */
export function trainingProgress(render: TqdmProgress, configuredEpochs: number | null): TrainingProgress {
  const laterEpochs =
    configuredEpochs !== null && render.epoch !== null ? Math.max(0, configuredEpochs - render.epoch) : null;
  const thisEpoch =
    render.remainingS ?? (render.rate !== null ? (render.totalSteps - render.step) / render.rate : null);
  let eta: number | null = null;
  if (thisEpoch !== null) {
    if (laterEpochs === null) eta = thisEpoch;
    else if (laterEpochs === 0) eta = thisEpoch;
    else if (render.rate !== null) eta = thisEpoch + (laterEpochs * render.totalSteps) / render.rate;
  }
  return {
    epoch: render.epoch,
    step: render.step,
    total_steps: render.totalSteps,
    loss: render.loss,
    eta_s: eta === null ? null : Math.round(eta),
    eta_scope: laterEpochs === null ? 'epoch' : 'training',
    rate: render.rate,
  };
}
