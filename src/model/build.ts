// Builds the summary model from what the readers found. Pure: every fact arrives already read;
// this decides rows, statuses, the best run per task and what is still incomplete.
import path from 'node:path';
import type { Diagnostic } from '../diagnostic.js';
import type { Experiment, MatrixEntry } from '../sources/experiment/index.js';
import { groupBy } from '../util/group-by.js';
import { newestFirst } from '../util/order.js';
import { displayPath } from '../util/paths.js';
import type { ActiveEvalJob, EvalLogFacts } from './eval-placement.js';
import type { TrainingFacts } from './training.js';
import type {
  BestRow,
  EvalLogStatus,
  EvaluationRow,
  ExperimentSummary,
  IncompleteRow,
  RunSummary,
  StageStatus,
  TrainingRow,
} from './summary.js';

export interface BuildInput {
  experiment: Experiment;
  /** Keyed by run name; fine-tuned runs only. */
  training: ReadonlyMap<string, TrainingFacts>;
  evalLogs: readonly EvalLogFacts[];
  activeEvalJobs?: readonly ActiveEvalJob[];
  warnings: readonly Diagnostic[];
  /** ISO time of generation. */
  generated: string;
}

const FINISHED_TRAINING: ReadonlySet<StageStatus> = new Set(['COMPLETED', 'N/A']);

function cellLabel(task: string, epoch: number | null): string {
  return epoch === null ? task : `${task} epoch ${epoch}`;
}

/** Newest first: by inspect's created time, then by file name (inspect names start with the time). */
const newestLogFirst = newestFirst<EvalLogFacts>(
  // Times are compared as instants: logs written on machines with different UTC offsets still order right.
  (log) => (log.created === null ? NaN : Date.parse(log.created)),
  (a, b) => path.basename(a.file).localeCompare(path.basename(b.file)),
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

interface Cell {
  run: string;
  task: string;
  epoch: number | null;
  log: EvalLogFacts | undefined;
}

function cellsOf(
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

function evaluationRow(experimentDir: string, cell: Cell): EvaluationRow {
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
    stderr: log.stderr,
    status: log.status,
    log: displayPath(experimentDir, log.file),
    scorer: log.scorer,
    epoch_source: log.epochSource,
    ...(log.error ? { error: log.error } : {}),
  };
}

const FAILED_LOG: ReadonlySet<EvalLogStatus> = new Set(['error', 'cancelled', 'unreadable']);

/**
 * `strays` are the run's logs that fit no cell (unknown epoch or task): they do not complete a cell,
 * but they show the evaluation ran.
 */
function evaluationStatus(
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

function evaluationNotes(
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

function bestPerTask(rows: EvaluationRow[]): BestRow[] {
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

export function buildSummary(input: BuildInput): ExperimentSummary {
  const { experiment } = input;
  const dir = experiment.dir;
  const warnings: Diagnostic[] = [...input.warnings];
  const used = new Set<EvalLogFacts>();
  const logsByRun = groupBy(input.evalLogs, (log) => log.run);
  const runNames = new Set(experiment.runs.map((run) => run.name));
  const matrix = experiment.matrix.filter((entry) => runNames.has(entry.run));
  const entriesByRun = groupBy(matrix, (entry) => entry.run);
  const cellsOfRun = (run: string) =>
    (entriesByRun.get(run) ?? []).flatMap((entry) => cellsByEntry.get(entry)!);
  const activeByRun = groupBy(input.activeEvalJobs ?? [], (job) => job.run);

  // Cells of every matrix row, then each run's logs that fit none of its cells.
  const cellsByEntry = new Map<MatrixEntry, Cell[]>();
  for (const entry of matrix) {
    cellsByEntry.set(entry, cellsOf(entry, logsByRun.get(entry.run) ?? [], used, dir, warnings));
  }
  const straysByRun = new Map<string, EvalLogFacts[]>();
  for (const run of experiment.runs) {
    let strays = (logsByRun.get(run.name) ?? []).filter((log) => !used.has(log));
    for (const log of strays) used.add(log);
    const cells = cellsOfRun(run.name);
    // One unreadable log (no header to tell its epoch, perhaps not its task) and one cell it fits
    // without a log: that log is the cell's, and the row shows its error where it belongs.
    const unplaced = strays.filter((log) => log.epoch === null);
    const [lone] = unplaced;
    const fitting = cells.filter((cell) => !cell.log && (lone?.task === null || cell.task === lone?.task));
    if (
      lone?.status === 'unreadable' &&
      unplaced.length === 1 &&
      fitting.length === 1 &&
      cells.length > 0 &&
      cells[0]!.epoch !== null
    ) {
      fitting[0]!.log = { ...lone, task: fitting[0]!.task, epochSource: 'only-empty-cell' };
      strays = strays.filter((log) => log !== lone);
    }
    straysByRun.set(run.name, strays.sort(newestLogFirst).reverse());
  }

  const runs: RunSummary[] = [];
  const training: TrainingRow[] = [];
  const incomplete: IncompleteRow[] = [];
  let complete = 0;
  for (const run of experiment.runs) {
    const facts = run.type === 'fine-tuned' ? input.training.get(run.name) : undefined;
    const finetune: RunSummary['finetune'] =
      run.type === 'control'
        ? { status: 'N/A' }
        : {
            status: facts?.status ?? 'NOT_STARTED',
            ...(facts?.reason ? { reason: facts.reason } : {}),
            ...(facts?.slurmOut ? { slurm_out: displayPath(dir, facts.slurmOut) } : {}),
            ...(facts?.jobId ? { job_id: facts.jobId } : {}),
          };
    if (run.type === 'fine-tuned') {
      training.push({
        run: run.name,
        final_loss: facts?.finalLoss ?? null,
        total_steps: facts?.totalSteps ?? null,
        epochs: facts?.epochs ?? null,
        duration_s: facts?.durationS ?? null,
        ...(facts?.jobId ? { job_id: facts.jobId } : {}),
        ...(facts?.slurmOut ? { slurm_out: displayPath(dir, facts.slurmOut) } : {}),
        ...(facts ? { checkpoints: facts.checkpoints } : {}),
      });
    }

    const cells = cellsOfRun(run.name);
    const strays = straysByRun.get(run.name) ?? [];
    const active = activeByRun.get(run.name) ?? [];
    const evaluationState = evaluationStatus(cells, strays, active);
    runs.push({
      name: run.name,
      type: run.type,
      model: run.model,
      parameters: run.parameters,
      finetune,
      evaluation: { status: evaluationState },
    });

    const trainingDone = FINISHED_TRAINING.has(finetune.status);
    if (!trainingDone) {
      const see = finetune.slurm_out ? `see ${finetune.slurm_out}` : '';
      incomplete.push({
        run: run.name,
        stage: 'fine-tuning',
        status: finetune.status,
        notes: [finetune.reason, see].filter(Boolean).join('; ') || 'no details found',
      });
    }
    const evaluationDone = evaluationState === 'COMPLETED' || evaluationState === 'N/A';
    // A run whose training did not finish has nothing to evaluate: its fine-tuning row says enough.
    if (!evaluationDone && (trainingDone || evaluationState !== 'NOT_STARTED')) {
      incomplete.push({
        run: run.name,
        stage: 'evaluation',
        status: evaluationState,
        notes: evaluationNotes(dir, cells, strays, evaluationState),
      });
    }
    if (trainingDone && evaluationDone) complete++;
  }

  // Evaluation rows in matrix order; a run's logs that fit no cell follow its last matrix row.
  const evaluations: EvaluationRow[] = [];
  const strayRows = (run: string) =>
    (straysByRun.get(run) ?? []).map((log) =>
      evaluationRow(dir, { run, task: log.task ?? log.inspectTask ?? '?', epoch: log.epoch, log }),
    );
  for (const entry of matrix) {
    evaluations.push(...cellsByEntry.get(entry)!.map((cell) => evaluationRow(dir, cell)));
    if (entriesByRun.get(entry.run)!.at(-1) === entry) evaluations.push(...strayRows(entry.run));
  }
  for (const run of experiment.runs) {
    if (!entriesByRun.has(run.name)) evaluations.push(...strayRows(run.name));
  }

  // Logs in folders of runs the YAML does not list.
  for (const log of input.evalLogs.filter((log) => !used.has(log))) {
    warnings.push({
      level: 'warning',
      file: displayPath(dir, log.file),
      message: `evaluation log of "${log.run}", which is not a run of experiment_summary.yaml: left out of the tables`,
    });
  }

  return {
    schema: 1,
    experiment: { name: experiment.name, dir },
    generated: input.generated,
    complete,
    total: experiment.runs.length,
    runs,
    training,
    evaluations,
    best: bestPerTask(evaluations),
    incomplete,
    warnings,
  };
}
