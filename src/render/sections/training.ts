// The Training Results section's notes: where the numbers come from, and each run's detail.
import type { ExperimentSummary, RunSummary, TrainingRow } from '../../model/summary.js';
import { codeSpan, escapeInline } from '../format.js';

export function trainingNotes(summary: ExperimentSummary, details: boolean): string {
  const lines: string[] = [];
  const controls = summary.runs.filter((run) => run.type === 'control');
  if (controls.length > 0) {
    lines.push(
      `- Control runs have no training loss: ${joinNames(
        controls.map((run) => run.name),
        details,
      )}`,
    );
  }
  lines.push(
    '- Final Loss, Total Steps and Epochs from the last loss line of the training SLURM output; N/A when none was found',
  );
  lines.push(
    summary.training.some((row) => row.duration_source === 'progress-bar')
      ? "- Duration from SLURM elapsed time (sacct); (bars): sacct had none, so from the training output's progress bars (each epoch's elapsed time, summed); - when unknown"
      : '- Duration from SLURM elapsed time (sacct); - when unknown',
  );
  if (details) {
    const byRun = new Map(summary.runs.map((run) => [run.name, run]));
    for (const row of summary.training) {
      const detail = trainingDetail(row, byRun.get(row.run));
      if (detail) lines.push(`- ${escapeInline(row.run)}: ${detail}`);
    }
  }
  return `**Notes:**\n${lines.join('\n')}\n`;
}

function trainingDetail(row: TrainingRow, run: RunSummary | undefined): string {
  const pieces: string[] = [];
  if (run && run.finetune.status !== 'COMPLETED') pieces.push(run.finetune.status);
  if (run?.finetune.reason) pieces.push(escapeInline(run.finetune.reason));
  const source = row.slurm_out ?? run?.finetune.slurm_out;
  if (source) pieces.push(`from ${codeSpan(source)}`);
  if (row.checkpoints && row.checkpoints.length > 0) {
    pieces.push(`checkpoints epoch ${row.checkpoints.join(', ')}`);
  }
  return pieces.join('; ');
}

function joinNames(names: string[], details: boolean): string {
  const shown = details ? names : names.slice(0, 5);
  const rest = names.length - shown.length;
  return shown.map(escapeInline).join(', ') + (rest > 0 ? ` and ${rest} more` : '');
}
