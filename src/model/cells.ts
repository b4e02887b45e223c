// The evaluation matrix's cells: which log fills each (the newest success of several), the row it
// becomes, and a run's evaluation status and notes from its cells. Pure.
import path from 'node:path';
import type { Diagnostic } from '../diagnostic.js';
import type { MatrixEntry } from '../sources/experiment/index.js';
import { compareText, newestFirst } from '../util/order.js';
import { displayPath } from '../util/paths.js';
import type { ActiveEvalJob, EvalLogFacts } from './eval-placement.js';
import type { BestRow, EvalLogStatus, EvaluationRow, StageStatus } from './summary.js';

function cellLabel(task: string, epoch: number | null): string {
  return epoch === null ? task : `${task} epoch ${epoch}`;
}

/** Newest first: by inspect's created time, then by file name (inspect names start with the time). */
export const newestLogFirst = newestFirst<EvalLogFacts>(
  // Times are compared as instants: logs written on machines with different UTC offsets still order right.
  (log) => (log.created === null ? NaN : Date.parse(log.created)),
  // By code unit, not localeCompare: the same order on every machine whatever its locale (and no
  // ICU collator to start, ~8 ms of every run).
  (a, b) => compareText(path.basename(a.file), path.basename(b.file)),
);

/** Of several logs for one cell (retries, reruns): the newest success, else the newest running, else the newest. */
function chooseLog(logs: EvalLogFacts[]): EvalLogFacts | undefined {
  const sorted = [...logs].sort(newestLogFirst);
  return (
    sorted.find((log) => log.status === 'success') ??
    sorted.find((log) => log.status === 'started') ??
    sorted[0]
  );
}

export interface Cell {
  run: string;
  task: string;
  epoch: number | null;
  log: EvalLogFacts | undefined;
}

export function cellsOf(
  entry: MatrixEntry,
  runLogs: readonly EvalLogFacts[],
  used: Set<EvalLogFacts>,
  experimentDir: string,
  warnings: Diagnostic[],
): Cell[] {
  const cells: Cell[] = [];
  for (const task of entry.tasks) {
    for (const epoch of entry.epochs ?? [null]) {
      const candidates = runLogs.filter(
        (log) =>
          log.task === task &&
          // A control run's logs have no checkpoint epoch; a fine-tuned run's must match the cell.
          (entry.epochs === null || log.epoch === epoch) &&
          !used.has(log),
      );
      const log = chooseLog(candidates);
      for (const candidate of candidates) used.add(candidate);
      if (log && candidates.length > 1) {
        const others = candidates
          .filter((c) => c !== log)
          .map((c) => `${path.basename(c.file)} (${c.status})`);
        warnings.push({
          level: 'warning',
          file: displayPath(experimentDir, log.file),
          message:
            `${entry.run} / ${cellLabel(task, epoch)}: ${candidates.length} logs; this one is used ` +
            `(the newest ${log.status === 'success' ? 'successful ' : ''}one), not ${others.join(', ')}`,
        });
      }
      cells.push({ run: entry.run, task, epoch, log });
    }
  }
  return cells;
}

export function evaluationRow(experimentDir: string, cell: Cell): EvaluationRow {
  const log = cell.log;
  if (!log) {
    return {
      run: cell.run,
      task: cell.task,
      epoch: cell.epoch,
      accuracy: null,
      balanced_accuracy: null,
      f1: null,
      samples: null,
      stderr: null,
      status: 'missing',
      log: null,
    };
  }
  return {
    run: cell.run,
    task: cell.task,
    epoch: log.epoch ?? cell.epoch,
    accuracy: log.accuracy,
    balanced_accuracy: log.balancedAccuracy,
    f1: log.f1,
    samples: log.samples,
    ...(log.status === 'started' && typeof log.plannedSamples === 'number'
      ? { samples_total: log.plannedSamples }
      : {}),
    stderr: log.stderr,
    status: log.status,
    log: displayPath(experimentDir, log.file),
    scorer: log.scorer,
    epoch_source: log.epochSource,
    ...(log.error ? { error: log.error } : {}),
    ...(log.sampleScores ? { sample_scores: log.sampleScores } : {}),
  };
}

const FAILED_LOG: ReadonlySet<EvalLogStatus> = new Set(['error', 'cancelled', 'unreadable']);

/**
 * `strays` are the run's logs that fit no cell (unknown epoch or task): they do not complete a cell,
 * but they show the evaluation ran.
 */
export function evaluationStatus(
  cells: Cell[],
  strays: readonly EvalLogFacts[],
  active: readonly ActiveEvalJob[],
): StageStatus {
  if (cells.length === 0 && strays.length === 0) return 'N/A';
  const statuses = cells.map((cell) => cell.log?.status ?? 'missing');
  if (cells.length > 0 && statuses.every((status) => status === 'success')) return 'COMPLETED';
  const all = [...statuses, ...strays.map((log) => log.status)];
  if (all.includes('started') || active.some((job) => job.state === 'RUNNING')) return 'RUNNING';
  if (active.length > 0) return 'PENDING';
  if (all.every((status) => status === 'missing')) return 'NOT_STARTED';
  if (!all.includes('success')) return 'FAILED';
  return 'PARTIAL';
}

export function evaluationNotes(
  experimentDir: string,
  cells: Cell[],
  strays: readonly EvalLogFacts[],
  status: StageStatus,
): string {
  const missing = cells.filter((cell) => !cell.log).map((cell) => cellLabel(cell.task, cell.epoch));
  const running = cells
    .filter((cell) => cell.log?.status === 'started')
    .map((cell) => cellLabel(cell.task, cell.epoch));
  const failed = cells.filter((cell) => cell.log && FAILED_LOG.has(cell.log.status));
  const parts: string[] = [];
  for (const cell of failed) {
    const log = cell.log!;
    const what = log.status === 'unreadable' ? 'unreadable log' : `${log.status}`;
    const why = log.error ? ` (${log.error})` : '';
    parts.push(
      `${cellLabel(cell.task, cell.epoch)}: ${what}${why}; see ${displayPath(experimentDir, log.file)}`,
    );
  }
  if (running.length > 0) parts.push(`still running: ${running.join(', ')}`);
  if (missing.length > 0) {
    parts.push(`${status === 'PENDING' ? 'queued, no log yet' : 'no log'}: ${missing.join(', ')}`);
  }
  const unplaced = strays.filter((log) => log.task === null || log.epoch === null);
  if (unplaced.length > 0) {
    const failed = unplaced.filter((log) => FAILED_LOG.has(log.status)).length;
    parts.push(
      `${unplaced.length} log(s) whose task or checkpoint epoch is unknown` +
        (failed > 0 ? `, ${failed} of them failed or unreadable` : '') +
        ' (see Warnings)',
    );
  }
  return parts.join('; ');
}

export function bestPerTask(rows: EvaluationRow[]): BestRow[] {
  const tasks = [...new Set(rows.map((row) => row.task))];
  const best: BestRow[] = [];
  for (const task of tasks) {
    const done = rows.filter((row) => row.task === task && row.status === 'success');
    // A 0/1 task is judged by balanced accuracy, which a majority-class guesser cannot inflate.
    const metric = done.some((row) => row.balanced_accuracy !== null) ? 'balanced_accuracy' : 'accuracy';
    let winner: BestRow | undefined;
    for (const row of done) {
      const value = row[metric];
      if (value === null || !Number.isFinite(value)) continue;
      if (!winner || value > winner.value) winner = { task, run: row.run, epoch: row.epoch, metric, value };
    }
    if (winner) best.push(winner);
  }
  return best;
}
