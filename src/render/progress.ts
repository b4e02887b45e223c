// A running training's progress as one short text: `epoch 1, step 120/250, loss 0.31, ~14 min left`.
import type { TrainingProgress } from '../model/progress.js';

/** `~14 min left`, `~2 h 05 min left`, `~40 s left`; `time left unknown` without an estimate. */
export function formatTimeLeft(progress: Pick<TrainingProgress, 'eta_s' | 'eta_scope'>): string {
  const eta = progress.eta_s;
  if (eta === null) return 'time left unknown';
  const scope = progress.eta_scope === 'epoch' ? ' in this epoch' : '';
  if (eta < 60) return `~${eta} s left${scope}`;
  const minutes = Math.round(eta / 60);
  if (minutes < 60) return `~${minutes} min left${scope}`;
  const hours = Math.floor(minutes / 60);
  return `~${hours} h ${String(minutes % 60).padStart(2, '0')} min left${scope}`;
}

/** `epoch 1, step 120/250, loss 0.31, ~14 min left`: one cell of Run Status. */
export function describeProgress(progress: TrainingProgress, formatLoss: (loss: number) => string): string {
  const parts = [
    ...(progress.epoch !== null ? [`epoch ${progress.epoch}`] : []),
    `step ${progress.step}/${progress.total_steps}`,
    ...(progress.loss !== null ? [`loss ${formatLoss(progress.loss)}`] : []),
    formatTimeLeft(progress),
  ];
  return parts.join(', ');
}
