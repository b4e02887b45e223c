// The Troubleshooting and Next Steps sections: numbered steps chosen from the statuses.
import { FAILED_STAGE_STATUSES, type ExperimentSummary, type StageStatus } from '../../model/summary.js';
import { codeSpan, shellQuote } from '../format.js';

const WAITING: ReadonlySet<StageStatus> = new Set(['RUNNING', 'PENDING']);

export function troubleshootingSteps(summary: ExperimentSummary, details: boolean): string | null {
  const finetune = new Set(summary.runs.map((run) => run.finetune.status));
  const evalStatuses = new Set(summary.evaluations.map((row) => row.status));
  const steps: string[] = [];
  const anyFailed = summary.incomplete.some((row) => FAILED_STAGE_STATUSES.has(row.status));
  if (anyFailed) {
    steps.push(
      'Read the end of the SLURM output named in Incomplete Runs: the error is usually in its last lines.',
    );
    const jobIds = summary.runs
      .filter((run) => FAILED_STAGE_STATUSES.has(run.finetune.status) && run.finetune.job_id)
      .map((run) => run.finetune.job_id as string);
    if (jobIds.length > 0) {
      const shown = details ? jobIds : jobIds.slice(0, 10);
      steps.push(
        `Check what SLURM recorded: ${codeSpan(`sacct -j ${shown.map(shellQuote).join(',')} --format=JobID,JobName%60,State,Elapsed,ExitCode`)}`,
      );
    }
  }
  if (finetune.has('OUT_OF_MEMORY')) {
    steps.push(
      "Out of memory: lower `batch_size` (or enable activation checkpointing) in the run's finetune.yaml, then resubmit its finetune.slurm.",
    );
  }
  if (finetune.has('TIMEOUT')) {
    steps.push(
      "Time limit: raise `#SBATCH --time` in the run's finetune.slurm (or train fewer epochs), then resubmit.",
    );
  }
  if (finetune.has('CANCELLED') || finetune.has('PREEMPTED') || finetune.has('NODE_FAIL')) {
    steps.push(
      'Cancelled, preempted or node failure: resubmit the job (`sbatch finetune.slurm` in the run directory).',
    );
  }
  if (finetune.has('FAILED')) {
    steps.push(
      'Failed: the Notes show the last error line of the training output; fix the cause and resubmit.',
    );
  }
  if (evalStatuses.has('error') || evalStatuses.has('unreadable') || evalStatuses.has('cancelled')) {
    steps.push(
      "Failed or unreadable evaluations: `inspect log dump LOG --header-only` shows the error of a log; rerun the job script in the run's eval/ folder.",
    );
  }
  if (finetune.has('NOT_STARTED')) {
    steps.push('Fine-tuning not started: submit it with `sbatch finetune.slurm` in the run directory.');
  }
  if (
    summary.runs.some((run) => WAITING.has(run.finetune.status) || WAITING.has(run.evaluation.status)) ||
    evalStatuses.has('started')
  ) {
    steps.push(
      'Jobs still pending or running: check them with `squeue -u $USER` and summarize again when they finish.',
    );
  }
  if (steps.length === 0) return null;
  return `${steps.map((step, index) => `${index + 1}. ${step}`).join('\n')}\n`;
}

export function nextSteps(summary: ExperimentSummary, rerunCommand = 'summarize-experiment'): string {
  const dir = summary.experiment.dir;
  const steps: string[] = [];
  const firstLog = summary.evaluations.find((row) => row.status === 'success' && row.log)?.log;
  if (summary.evaluations.some((row) => row.log)) {
    steps.push(
      `View detailed evaluation results (all runs): ${codeSpan(`inspect view --log-dir ${shellQuote(dir)}`)}`,
    );
  }
  if (firstLog) {
    const logPath = firstLog.startsWith('/') ? firstLog : `${dir.replace(/\/+$/, '')}/${firstLog}`;
    steps.push(
      `Dump a log as plain JSON (add --header-only to skip the samples): ${codeSpan(`inspect log dump ${shellQuote(logPath)}`)}`,
    );
  }
  steps.push(
    'Machine-readable results: `summary.json` in the experiment directory, beside `summary.md`; the process log is `logs/summarize-experiment.log` there',
  );
  if (summary.incomplete.length > 0) {
    steps.push(
      `After rerunning the incomplete runs, summarize again: ${codeSpan(`${rerunCommand} ${shellQuote(dir)}`)}`,
    );
  }
  return `${steps.map((step, index) => `${index + 1}. ${step}`).join('\n')}\n`;
}
