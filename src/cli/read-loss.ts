// `summarize-experiment read-loss PATH... [--json]`: the final loss and failure reason of training logs.
import { escapeRawControls } from '../render/json.js';
import { basename } from 'node:path';
import type { CliIo } from './io.js';
import { readTrainingLog } from '../sources/slurm/training-log.js';
import { jobIdFromSlurmFileName } from '../sources/slurm/slurm-files.js';
import type { StageStatus } from '../model/summary.js';
import { textTableLines } from './text-table.js';
import { COMMAND_NAME } from './invocation.js';
import { parseCommandLine, usageError } from './options.js';

export const readLossUsage = (command = COMMAND_NAME): string => `usage: ${command} read-loss PATH... [--json]

Reads torchtune training logs (SLURM .out files): the final loss, total optimizer steps and
epochs of the last loss line, and the failure the log's tail shows (OOM, time limit, cancel,
node failure, Python error).
  --json       one JSON object per log: {path, job_id, final_loss, total_steps, epochs, status, reason, error}
  -h, --help   show this help

Exit codes: 0 when at least one log was read; 1 when none could be; 2 for a usage error.
`;

export interface LossReport {
  path: string;
  job_id: string | null;
  /** null when unknown, and for nan/inf (JSON has no such numbers: see final_loss_text). */
  final_loss: number | null;
  /** `nan`, `inf` or `-inf` when the final loss is not a finite number. */
  final_loss_text?: string;
  total_steps: number | null;
  epochs: number | null;
  status: StageStatus | null;
  reason: string | null;
  /** Why the log could not be read; null when it was read. */
  error: string | null;
}

function lossText(loss: number): string {
  return Number.isNaN(loss) ? 'nan' : loss > 0 ? 'inf' : '-inf';
}

export async function lossReport(path: string): Promise<LossReport> {
  const reading = await readTrainingLog(path);
  const loss = reading.loss;
  const report: LossReport = {
    path,
    job_id: jobIdFromSlurmFileName(basename(path)),
    final_loss: loss && Number.isFinite(loss.finalLoss) ? loss.finalLoss : null,
    total_steps: loss?.totalSteps ?? null,
    epochs: loss?.epochs ?? null,
    status: reading.failure?.status ?? null,
    reason: reading.failure?.reason ?? null,
    error: reading.error,
  };
  if (loss && !Number.isFinite(loss.finalLoss)) report.final_loss_text = lossText(loss.finalLoss);
  return report;
}

function table(reports: LossReport[]): string {
  const header = ['Path', 'Job', 'Final Loss', 'Steps', 'Epochs', 'Status', 'Reason'];
  const rows = reports.map((r) => [
    r.path,
    r.job_id ?? '-',
    r.final_loss_text ?? (r.final_loss === null ? '-' : String(r.final_loss)),
    r.total_steps === null ? '-' : String(r.total_steps),
    r.epochs === null ? '-' : String(r.epochs),
    r.error ? 'ERROR' : (r.status ?? '-'),
    r.error ?? r.reason ?? (r.final_loss === null && !r.final_loss_text ? 'no loss line found' : ''),
  ]);
  return textTableLines(header, rows).join('\n') + '\n';
}

export async function readLossCommand(args: string[], io: CliIo): Promise<number> {
  const usage = readLossUsage(io.command);
  const parsed = parseCommandLine('read-loss', usage, args, { json: { type: 'boolean' } }, io);
  if (typeof parsed === 'number') return parsed;
  const paths = parsed.positionals;
  if (paths.length === 0)
    return usageError('read-loss', 'give at least one training log (a SLURM .out file)', usage, io);
  const reports: LossReport[] = [];
  for (const path of paths) reports.push(await lossReport(path));
  io.stdout(
    parsed.values['json'] ? `${escapeRawControls(JSON.stringify(reports, null, 2))}\n` : table(reports),
  );
  return reports.every((report) => report.error !== null) ? 1 : 0;
}
