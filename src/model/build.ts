// Builds the summary model from what the readers found. Pure: every fact arrives already read;
// this decides rows, statuses, the best run per task and what is still incomplete.
import type { Diagnostic } from '../diagnostic.js';
import type { Experiment, MatrixEntry } from '../sources/experiment/index.js';
import { groupBy } from '../util/group-by.js';
import { analyse, plannedBootstraps } from './analysis.js';
import type { BootstrapRequest, Bootstraps } from './stats/index.js';
import { displayPath } from '../util/paths.js';
import type { ActiveEvalJob, EvalLogFacts } from './eval-placement.js';
import type { TrainingFacts } from './training.js';
import type {
  EvaluationRow,
  ExperimentSummary,
  IncompleteRow,
  RunSummary,
  StageStatus,
  TrainingRow,
} from './summary.js';
import {
  type Cell,
  bestPerTask,
  cellsOf,
  evaluationNotes,
  evaluationRow,
  evaluationStatus,
  newestLogFirst,
} from './cells.js';

export interface BuildInput {
  experiment: Experiment;
  /** Keyed by run name; fine-tuned runs only. */
  training: ReadonlyMap<string, TrainingFacts>;
  evalLogs: readonly EvalLogFacts[];
  activeEvalJobs?: readonly ActiveEvalJob[];
  warnings: readonly Diagnostic[];
  /** ISO time of generation. */
  generated: string;
  /** Whether queued jobs were known (squeue); left out of the summary when not given. */
  queue?: ExperimentSummary['queue'];
}

const FINISHED_TRAINING: ReadonlySet<StageStatus> = new Set(['COMPLETED', 'N/A']);

export function buildSummary(input: BuildInput): ExperimentSummary {
  return finishSummary(prepareSummary(input));
}

/** A summary before its analysis: the logs placed in the matrix and the rows of its tables. */
export interface PreparedSummary {
  input: BuildInput;
  warnings: Diagnostic[];
  runs: ExperimentSummary['runs'];
  training: ExperimentSummary['training'];
  incomplete: ExperimentSummary['incomplete'];
  complete: number;
  evaluations: EvaluationRow[];
}

/** The first half of buildSummary: everything but the analysis (intervals, Δ vs control). */
export function prepareSummary(input: BuildInput): PreparedSummary {
  const { experiment } = input;
  const warnings: Diagnostic[] = [...input.warnings];
  const placed = placeLogs(input, warnings);
  const { runs, training, incomplete, complete } = runRows(input, placed);
  const evaluations = evaluationRows(experiment, placed);
  // Logs in folders of runs the YAML does not list.
  for (const log of input.evalLogs.filter((log) => !placed.used.has(log))) {
    warnings.push({
      level: 'warning',
      file: displayPath(experiment.dir, log.file),
      message: `evaluation log of "${log.run}", which is not a run of experiment_summary.yaml: left out of the tables`,
    });
  }
  return { input, warnings, runs, training, incomplete, complete, evaluations };
}

/** The bootstraps finishSummary's analysis will ask for (to compute them beforehand, elsewhere). */
export function summaryBootstraps(prepared: PreparedSummary): BootstrapRequest[] {
  return plannedBootstraps(prepared.runs, prepared.evaluations);
}

/**
 * The second half of buildSummary: the analysis, and the summary. `bootstraps` answers the analysis's
 * bootstraps (by default computed here; see knownBootstraps for results computed elsewhere).
 */
export function finishSummary(prepared: PreparedSummary, bootstraps?: Bootstraps): ExperimentSummary {
  const { input, warnings, runs, training, incomplete, complete, evaluations } = prepared;
  const { experiment } = input;
  const analysis = analyse(runs, evaluations, bootstraps);
  evaluations.forEach((row, index) => {
    const { accuracy_ci, balanced_accuracy_ci, vs_control } = analysis.rows[index]!;
    if (accuracy_ci) row.accuracy_ci = accuracy_ci;
    if (balanced_accuracy_ci) row.balanced_accuracy_ci = balanced_accuracy_ci;
    if (vs_control) row.vs_control = vs_control;
  });
  return {
    schema: 1,
    experiment: { name: experiment.name, dir: experiment.dir },
    generated: input.generated,
    complete,
    total: experiment.runs.length,
    runs,
    training,
    evaluations,
    best: bestPerTask(evaluations),
    incomplete,
    warnings,
    ...(input.queue ? { queue: input.queue } : {}),
    ...(analysis.noise_floor.length > 0 ? { noise_floor: analysis.noise_floor } : {}),
    analysis: { notes: analysis.notes, beyond_noise: analysis.beyond_noise },
  };
}

/** The matrix's cells with the log chosen for each, and each run's logs that fit none of its cells. */
interface PlacedLogs {
  /** Matrix rows of runs the YAML lists, in matrix order. */
  matrix: MatrixEntry[];
  entriesByRun: Map<string, MatrixEntry[]>;
  cellsByEntry: Map<MatrixEntry, Cell[]>;
  straysByRun: Map<string, EvalLogFacts[]>;
  /** Every log placed in a cell or as a stray of a listed run. */
  used: Set<EvalLogFacts>;
}

function placeLogs(input: BuildInput, warnings: Diagnostic[]): PlacedLogs {
  const { experiment } = input;
  const used = new Set<EvalLogFacts>();
  const logsByRun = groupBy(input.evalLogs, (log) => log.run);
  const runNames = new Set(experiment.runs.map((run) => run.name));
  const matrix = experiment.matrix.filter((entry) => runNames.has(entry.run));
  const entriesByRun = groupBy(matrix, (entry) => entry.run);
  const cellsByEntry = new Map<MatrixEntry, Cell[]>();
  for (const entry of matrix) {
    cellsByEntry.set(entry, cellsOf(entry, logsByRun.get(entry.run) ?? [], used, experiment.dir, warnings));
  }
  const placed: PlacedLogs = { matrix, entriesByRun, cellsByEntry, straysByRun: new Map(), used };
  for (const run of experiment.runs) {
    const strays = (logsByRun.get(run.name) ?? []).filter((log) => !used.has(log));
    for (const log of strays) used.add(log);
    placed.straysByRun.set(run.name, adoptLoneUnreadable(strays, cellsOfRun(placed, run.name)));
  }
  return placed;
}

function cellsOfRun(placed: PlacedLogs, run: string): Cell[] {
  return (placed.entriesByRun.get(run) ?? []).flatMap((entry) => placed.cellsByEntry.get(entry)!);
}

/**
 * One unreadable log (no header to tell its epoch, perhaps not its task) and one cell it fits
 * without a log: that log is the cell's, and the row shows its error where it belongs. Returns the
 * strays left, oldest first.
 */
function adoptLoneUnreadable(strays: EvalLogFacts[], cells: Cell[]): EvalLogFacts[] {
  const unplaced = strays.filter((log) => log.epoch === null);
  const [lone] = unplaced;
  const fitting = cells.filter((cell) => !cell.log && (lone?.task === null || cell.task === lone?.task));
  let left = strays;
  if (
    lone?.status === 'unreadable' &&
    unplaced.length === 1 &&
    fitting.length === 1 &&
    cells.length > 0 &&
    cells[0]!.epoch !== null
  ) {
    fitting[0]!.log = { ...lone, task: fitting[0]!.task, epochSource: 'only-empty-cell' };
    left = strays.filter((log) => log !== lone);
  }
  return left.sort(newestLogFirst).reverse();
}

/** Each run's row, its training row, what is still incomplete, and how many runs are complete. */
function runRows(
  input: BuildInput,
  placed: PlacedLogs,
): Pick<ExperimentSummary, 'runs' | 'training' | 'incomplete' | 'complete'> {
  const { experiment } = input;
  const dir = experiment.dir;
  const activeByRun = groupBy(input.activeEvalJobs ?? [], (job) => job.run);
  const rows: Pick<ExperimentSummary, 'runs' | 'training' | 'incomplete' | 'complete'> = {
    runs: [],
    training: [],
    incomplete: [],
    complete: 0,
  };
  for (const run of experiment.runs) {
    const facts = run.type === 'fine-tuned' ? input.training.get(run.name) : undefined;
    const finetune = finetuneOf(dir, run.type, facts);
    if (run.type === 'fine-tuned') rows.training.push(trainingRow(dir, run.name, facts));
    const cells = cellsOfRun(placed, run.name);
    const strays = placed.straysByRun.get(run.name) ?? [];
    const evaluationState = evaluationStatus(cells, strays, activeByRun.get(run.name) ?? []);
    rows.runs.push({
      name: run.name,
      type: run.type,
      model: run.model,
      parameters: run.parameters,
      finetune,
      evaluation: { status: evaluationState },
    });
    const trainingDone = FINISHED_TRAINING.has(finetune.status);
    if (!trainingDone) rows.incomplete.push(finetuneIncomplete(run.name, finetune));
    const evaluationDone = evaluationState === 'COMPLETED' || evaluationState === 'N/A';
    // A run whose training did not finish has nothing to evaluate: its fine-tuning row says enough.
    if (!evaluationDone && (trainingDone || evaluationState !== 'NOT_STARTED')) {
      rows.incomplete.push({
        run: run.name,
        stage: 'evaluation',
        status: evaluationState,
        notes: evaluationNotes(dir, cells, strays, evaluationState),
      });
    }
    if (trainingDone && evaluationDone) rows.complete++;
  }
  return rows;
}

/** A control run has no fine-tuning; a fine-tuned run's status was decided with its facts. */
function finetuneOf(
  dir: string,
  type: RunSummary['type'],
  facts: TrainingFacts | undefined,
): RunSummary['finetune'] {
  if (type === 'control') return { status: 'N/A' };
  return {
    // Every fine-tuned run has facts from the pipeline; without them nothing of its training was seen.
    status: facts?.status ?? 'NOT_STARTED',
    ...(facts?.reason ? { reason: facts.reason } : {}),
    ...(facts?.slurmOut ? { slurm_out: displayPath(dir, facts.slurmOut) } : {}),
    ...(facts?.jobId ? { job_id: facts.jobId } : {}),
    ...(facts?.progress ? { progress: facts.progress } : {}),
  };
}

function trainingRow(dir: string, run: string, facts: TrainingFacts | undefined): TrainingRow {
  return {
    run,
    final_loss: facts?.finalLoss ?? null,
    total_steps: facts?.totalSteps ?? null,
    epochs: facts?.epochs ?? null,
    duration_s: facts?.durationS ?? null,
    ...(facts?.durationSource ? { duration_source: facts.durationSource } : {}),
    ...(facts?.jobId ? { job_id: facts.jobId } : {}),
    ...(facts?.slurmOut ? { slurm_out: displayPath(dir, facts.slurmOut) } : {}),
    ...(facts ? { checkpoints: facts.checkpoints } : {}),
  };
}

function finetuneIncomplete(run: string, finetune: RunSummary['finetune']): IncompleteRow {
  const see = finetune.slurm_out ? `see ${finetune.slurm_out}` : '';
  return {
    run,
    stage: 'fine-tuning',
    status: finetune.status,
    notes: [finetune.reason, see].filter(Boolean).join('; ') || 'no details found',
  };
}

/** Evaluation rows in matrix order; a run's logs that fit no cell follow its last matrix row. */
function evaluationRows(experiment: BuildInput['experiment'], placed: PlacedLogs): EvaluationRow[] {
  const dir = experiment.dir;
  const evaluations: EvaluationRow[] = [];
  const strayRows = (run: string) =>
    (placed.straysByRun.get(run) ?? []).map((log) =>
      evaluationRow(dir, { run, task: log.task ?? log.inspectTask ?? '?', epoch: log.epoch, log }),
    );
  for (const entry of placed.matrix) {
    evaluations.push(...placed.cellsByEntry.get(entry)!.map((cell) => evaluationRow(dir, cell)));
    if (placed.entriesByRun.get(entry.run)!.at(-1) === entry) evaluations.push(...strayRows(entry.run));
  }
  for (const run of experiment.runs) {
    if (!placed.entriesByRun.has(run.name)) evaluations.push(...strayRows(run.name));
  }
  return evaluations;
}
