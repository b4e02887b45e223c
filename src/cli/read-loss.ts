// `summarize-experiment read-loss PATH... [--json]`: the final loss and failure reason of training logs.
import { basename } from 'node:path';
import type { CliIo } from './io.js';
import { readTrainingLog } from '../sources/slurm/training-log.js';
import { jobIdFromSlurmFileName } from '../sources/slurm/slurm-files.js';
import type { StageStatus } from '../model/summary.js';
import { textTableLines } from './text-table.js';

const USAGE = `usage: summarize-experiment read-loss PATH... [--json]

Reads torchtune training logs (SLURM .out files): the final loss, total optimizer steps and
epochs of the last loss line, and the failure the log's tail shows (OOM, time limit, cancel,
node failure, Python error).
  --json   one JSON object per log: {path, job_id, final_loss, total_steps, epochs, status, reason, error}
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
  let json = false;
  const paths: string[] = [];
  let onlyPaths = false;
  for (const arg of args) {
    if (!onlyPaths && arg === '--') onlyPaths = true;
    else if (!onlyPaths && arg === '--json') json = true;
    else if (!onlyPaths && (arg === '--help' || arg === '-h')) {
      io.stdout(USAGE);
      return 0;
    } else if (!onlyPaths && arg.startsWith('-') && arg !== '-') {
      io.stderr(`read-loss: unknown option ${arg}\n${USAGE}`);
      return 2;
    } else paths.push(arg);
  }
  if (paths.length === 0) {
    io.stderr(`read-loss: give at least one training log (a SLURM .out file)\n${USAGE}`);
    return 2;
  }
  const reports: LossReport[] = [];
  for (const path of paths) reports.push(await lossReport(path));
  io.stdout(json ? `${JSON.stringify(reports, null, 2)}\n` : table(reports));
  return 0;
}
