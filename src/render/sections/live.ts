// Live mode in summary.md: where the watch stands (under the title) and whether queued jobs were
// known (under Run Status).
import type { ExperimentSummary } from '../../model/summary.js';
import { formatDuration as formatInterval } from '../../util/duration.js';
import { formatTimestamp } from '../format.js';
import type { Part } from '../fit.js';

/** One line under the title while watching, and at the end of a watch. */
export function watchLine(summary: ExperimentSummary): Part[] {
  const watch = summary.watch;
  if (!watch) return [];
  const since = `${watch.checks} check${watch.checks === 1 ? '' : 's'} every ${watch.interval_s < 1 ? `${watch.interval_s}s` : formatInterval(watch.interval_s)} since ${formatTimestamp(watch.started)}`;
  const text = {
    watching: `**Live:** watching the SLURM jobs (${since}); next check at ${formatTimestamp(watch.next ?? summary.generated)}.`,
    finished: `**Live:** final summary: nothing is running or queued any more (${since}).`,
    'timed-out': `**Live:** the watch stopped at its time limit with work still running or queued (${since}); this is the state at ${formatTimestamp(summary.generated)}.`,
    stopped: `**Live:** the watch was stopped (cancelled) with work still running or queued (${since}); this is the state at ${formatTimestamp(summary.generated)}.`,
  }[watch.state];
  // Only numbers and times go in: nothing to escape.
  return [`${text}\n`];
}

/** Under Run Status: when squeue could not say what is queued and some run shows nothing yet. */
export function queueNote(summary: ExperimentSummary): Part[] {
  if (summary.queue !== 'unavailable') return [];
  const waiting = summary.runs.some(
    (run) => run.finetune.status === 'NOT_STARTED' || run.evaluation.status === 'NOT_STARTED',
  );
  if (!waiting) return [];
  return [
    '*squeue was not available: a run shown NOT_STARTED may be queued or never submitted (the files and sacct decide here).*\n',
  ];
}
