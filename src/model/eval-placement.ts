// Where an evaluation log belongs: its matrix task, its checkpoint epoch (and where that came from),
// and its status once the SLURM job that wrote it is taken into account. Pure: facts in, facts out.
import path from 'node:path';
import type { MatrixEntry } from '../sources/experiment/index.js';
import { UNFINISHED_SLURM_STATES, type SlurmJobState } from '../sources/slurm/sacct.js';
import { epochFromEvalJobName, epochFromJobScriptName } from '../sources/slurm/slurm-files.js';
import type { FailureEvidence } from '../sources/slurm/training-log.js';
import type { EvalLogSummary } from './eval-log-summary.js';
import type { SampleScores } from './sample-scores.js';
import type { Diagnostic } from '../diagnostic.js';
import type { Experiment } from '../sources/experiment/index.js';
import type { SacctJob } from '../sources/slurm/sacct.js';
import { displayPath, relativePath } from '../util/paths.js';
import { groupBy } from '../util/group-by.js';
import type { EpochSource, EvalLogStatus } from './summary.js';

/** One evaluation log as read, already placed in its run and (when known) matrix task and epoch. */
export interface EvalLogFacts {
  /** Absolute path. */
  file: string;
  run: string;
  /** The matrix task name the log belongs to; null when it maps to none. */
  task: string | null;
  /** inspect's task name from the header, when readable. */
  inspectTask: string | null;
  epoch: number | null;
  epochSource: EpochSource | null;
  status: Exclude<EvalLogStatus, 'missing'>;
  accuracy: number | null;
  stderr: number | null;
  samples: number | null;
  /** Samples the eval will score (header); shown against `samples` while it runs. */
  plannedSamples?: number | null;
  balancedAccuracy: number | null;
  f1: number | null;
  scorer: string | null;
  error?: string;
  /** inspect's `eval.created`, for choosing the newest of several logs of one cell. */
  created: string | null;
  /** Per-sample scores (issue 11's paired comparisons); null when the log has none. */
  sampleScores?: SampleScores | null;
}

/** An evaluation job SLURM reports as queued or running. */
export interface ActiveEvalJob {
  run: string;
  state: 'RUNNING' | 'PENDING';
}

/** The eval job whose SLURM output announces a log (`Log: logs/<file>.eval`). */
export interface EvalJobFacts {
  jobId: string | null;
  /** The job's SLURM output, as shown to the researcher. */
  slurmOut: string;
  /** From sacct; null when sacct is off, unavailable or does not know the job. */
  state: SlurmJobState | null;
  rawState: string | null;
  jobName: string | null;
  /** Failure text in the tail of the job's SLURM output (time limit, OOM, a traceback, …). */
  failure: FailureEvidence | null;
}

export interface TaskMatch {
  task: string;
  /** `prefix` is a guess (inspect's name only starts with the task): the caller warns. */
  how: 'exact' | 'vis_label' | 'prefix' | 'file-name';
}

/**
 * The matrix task of a log from inspect's task name: exact, or `{task}_{vis_label}` (cruijff_kit's
 * task code appends the matrix row's vis_label). A row with a vis_label accepts nothing else; rows
 * without one also take the longest task inspect's name starts with.
 */
export function matrixTaskOf(inspectTask: string | null, entries: readonly MatrixEntry[]): TaskMatch | null {
  if (!inspectTask) return null;
  const name = inspectTask.slice(inspectTask.lastIndexOf('/') + 1);
  const tasks = entries.flatMap((entry) => entry.tasks.map((task) => ({ task, visLabel: entry.visLabel })));
  const exact = tasks.find(({ task }) => task === name);
  if (exact) return { task: exact.task, how: 'exact' };
  const labelled = tasks.find(({ task, visLabel }) => visLabel !== null && `${task}_${visLabel}` === name);
  if (labelled) return { task: labelled.task, how: 'vis_label' };
  const prefixed = tasks
    .filter(
      ({ task, visLabel }) =>
        visLabel === null && (name.startsWith(`${task}_`) || name.startsWith(`${task}-`)),
    )
    .sort((a, b) => b.task.length - a.task.length)[0];
  return prefixed ? { task: prefixed.task, how: 'prefix' } : null;
}

/** inspect names logs `{created}_{task}_{id}.eval`, with the task's underscores as hyphens. */
const LOG_FILE_NAME =
  /^\d{4}-\d{2}-\d{2}T\d{2}[-:]\d{2}[-:]\d{2}(?:[+-]\d{2}[-:]?\d{2}|Z)?_(.+)_[A-Za-z0-9]+\.(?:eval|json)$/;

/** The matrix task a log's file name carries, for logs whose header cannot be read. */
export function taskFromLogFileName(file: string, entries: readonly MatrixEntry[]): TaskMatch | null {
  const match = LOG_FILE_NAME.exec(path.basename(file));
  if (!match) return null;
  const named = match[1]!;
  const hyphenated = (text: string) => text.replaceAll('_', '-');
  for (const entry of entries) {
    for (const task of entry.tasks) {
      const forms = [task, ...(entry.visLabel ? [`${task}_${entry.visLabel}`] : [])].map(hyphenated);
      if (forms.includes(hyphenated(named))) return { task, how: 'file-name' };
    }
  }
  return null;
}

/** `{task}_epoch{N}/` per-cell folders (cruijff_kit from May 2026) name the epoch. */
export function epochFromFolder(logFile: string, evalDir: string): number | null {
  const folders = relativePath(evalDir, logFile).split(path.sep).slice(0, -1);
  for (const folder of folders) {
    const match = /_epoch(\d+)$/.exec(folder);
    if (match) return Number(match[1]);
  }
  return null;
}

export interface EvalPlacement {
  task: string | null;
  epoch: number | null;
  epochSource: EpochSource | null;
  /** The log's status, `error` for a log left unfinished by a job that has ended. */
  status: Exclude<EvalLogStatus, 'missing'>;
  error: string | null;
  /** Problems worth a warning, about this log. */
  warnings: string[];
  /** One line for the process log: where the epoch came from. */
  explanation: string | null;
}

export interface PlaceInput {
  summary: EvalLogSummary;
  /** Absolute path of the log. */
  file: string;
  /** The run's eval folder, for per-cell folder names. */
  evalDir: string;
  /** The matrix rows of the log's run. */
  entries: readonly MatrixEntry[];
  isControl: boolean;
  job: EvalJobFacts | null;
  /** The reader's error without the path it starts with. */
  error: string | null;
}

export function placeEvalLog(input: PlaceInput): EvalPlacement {
  const { summary, job } = input;
  const warnings: string[] = [];

  const match =
    matrixTaskOf(summary.task, input.entries) ??
    (summary.status === 'unreadable' ? taskFromLogFileName(input.file, input.entries) : null);
  if (match?.how === 'prefix') {
    warnings.push(
      `task "${summary.task}" is not a task of the matrix; taken as "${match.task}", which it starts with`,
    );
  } else if (!match && summary.status !== 'unreadable' && input.entries.length > 0) {
    warnings.push(`task "${summary.task}" is not in the evaluation matrix of this run`);
  }

  const { epoch, epochSource, explanation } = epochOf(input, warnings);

  // A log without its final header whose job has ended will never be finished.
  let status = summary.status;
  let error = input.error;
  if (
    status === 'started' &&
    job &&
    ((job.state !== null && !UNFINISHED_SLURM_STATES.has(job.state)) || (job.state === null && job.failure))
  ) {
    const ended = job.state !== null ? `ended ${job.rawState ?? job.state}` : 'failed';
    status = 'error';
    error =
      `the eval job ${job.jobId ?? job.slurmOut} ${ended} before inspect finished this log` +
      (job.failure ? `: ${job.failure.reason}` : '');
  }
  return { task: match?.task ?? null, epoch, epochSource, status, error, warnings, explanation };
}

/** Epoch: the header, else the job that wrote the log (its sacct name or script name), else the folder. */
function epochOf(
  input: Pick<PlaceInput, 'summary' | 'file' | 'evalDir' | 'isControl' | 'job'>,
  warnings: string[],
): Pick<EvalPlacement, 'epoch' | 'epochSource' | 'explanation'> {
  const { summary, job } = input;
  const sources: Array<{ source: EpochSource; detail: string; epoch: number }> = summary.epoch_candidates.map(
    (c) => ({
      source: 'header',
      detail: `header (${c.source})`,
      epoch: c.epoch,
    }),
  );
  if (job?.jobName) {
    const fromJobName = epochFromEvalJobName(job.jobName);
    const fromScript = fromJobName === null ? epochFromJobScriptName(job.jobName) : null;
    const detail = `job name ${job.jobName} of ${job.slurmOut} (sacct)`;
    if (fromJobName !== null) sources.push({ source: 'sacct-job-name', detail, epoch: fromJobName });
    else if (fromScript !== null) sources.push({ source: 'job-script', detail, epoch: fromScript });
  }
  const fromFolder = epochFromFolder(input.file, input.evalDir);
  if (fromFolder !== null) sources.push({ source: 'folder', detail: 'folder name', epoch: fromFolder });

  let epoch: number | null = null;
  let epochSource: EpochSource | null = null;
  let explanation: string | null = null;
  const [first] = sources;
  if (!input.isControl && first) {
    epoch = first.epoch;
    epochSource = first.source;
    explanation = `epoch ${epoch} from the ${first.detail}`;
    const disagreeing = sources.filter((s) => s.epoch !== epoch);
    if (disagreeing.length > 0) {
      warnings.push(
        `epoch ${epoch} from the ${first.detail}, but ` +
          disagreeing.map((s) => `${s.epoch} from the ${s.detail}`).join(' and ') +
          `: ${epoch} is used`,
      );
    }
  } else if (!input.isControl && summary.status !== 'unreadable') {
    // (An unreadable log already has its error as a warning.)
    warnings.push(
      'checkpoint epoch unknown: the header states none, and no eval job with a known name (sacct) wrote this log',
    );
  }

  return { epoch, epochSource, explanation };
}

/** An eval job's SLURM output as found: the logs it announces and failure text in its tail. */
export interface EvalJobOutput {
  run: string;
  /** Absolute path of the job's SLURM output. */
  slurmOut: string;
  jobId: string | null;
  logNames: string[];
  failure: FailureEvidence | null;
}

/** One evaluation log as read, with the run folder it was found in. */
export interface EvaluatedLog {
  run: string;
  /** Absolute path. */
  file: string;
  evalDir: string;
  summary: EvalLogSummary;
}

export interface Placements {
  /** In the order of the logs given. */
  evalLogs: EvalLogFacts[];
  /** What was decided for each log, in the same order (for the process log). */
  placed: EvalPlacement[];
  activeEvalJobs: ActiveEvalJob[];
  diagnostics: Diagnostic[];
}

/** Each log's matrix task, checkpoint epoch and status; and eval jobs still queued or running without a log. */
export function placeEvaluations(input: {
  experiment: Experiment;
  evaluated: readonly EvaluatedLog[];
  evalJobs: readonly EvalJobOutput[];
  sacctJobs: ReadonlyMap<string, SacctJob>;
}): Placements {
  const { experiment, evalJobs, sacctJobs } = input;
  const runByName = new Map(experiment.runs.map((run) => [run.name, run]));
  const matrixByRun = groupBy(experiment.matrix, (entry) => entry.run);
  const jobOfLog = new Map<string, EvalJobOutput>();
  for (const evalJob of evalJobs) {
    for (const name of evalJob.logNames) jobOfLog.set(`${evalJob.run}/${name}`, evalJob);
  }
  const writers = linkRunningWriters(input.evaluated, evalJobs, sacctJobs, jobOfLog);
  const diagnostics: Diagnostic[] = [];
  const placed = input.evaluated.map(({ run, file, evalDir, summary }) => {
    const writer = jobOfLog.get(`${run}/${path.basename(file)}`);
    const placement = placeEvalLog({
      summary,
      file,
      evalDir,
      entries: matrixByRun.get(run) ?? [],
      isControl: runByName.get(run)?.type === 'control',
      job: writer ? evalJobFacts(experiment.dir, writer, sacctJobs) : null,
      // The reader's messages start with the absolute path; every place that shows one also names the file.
      error: summary.error?.startsWith(`${file}: `) ? summary.error.slice(file.length + 2) : summary.error,
    });
    diagnostics.push(...placementDiagnostics(displayPath(experiment.dir, file), summary, placement));
    return placement;
  });
  const evalLogs = input.evaluated.map((log, index) => evalLogFacts(log, placed[index]!));
  const active = activeEvalJobs(
    evalJobs.filter((evalJob) => !writers.has(evalJob)),
    sacctJobs,
  );
  return { evalLogs, placed, activeEvalJobs: active, diagnostics };
}

/**
 * A running eval job has not printed its log's path yet (inspect prints it at the end): a log still
 * being written whose writer is unknown is this job's when the job's sacct name names the log's task
 * (`eval-{task}-…-ep{N}`) and no other running job of the run does. The log then takes its epoch
 * from the job name and fills that cell, instead of a row of its own beside a "missing" one.
 */
function linkRunningWriters(
  evaluated: readonly EvaluatedLog[],
  evalJobs: readonly EvalJobOutput[],
  sacctJobs: ReadonlyMap<string, SacctJob>,
  jobOfLog: Map<string, EvalJobOutput>,
): Set<EvalJobOutput> {
  const linked = new Set<EvalJobOutput>();
  for (const { run, file, summary } of evaluated) {
    const key = `${run}/${path.basename(file)}`;
    if (summary.status !== 'started' || jobOfLog.has(key) || summary.task === null) continue;
    const candidates = evalJobs.filter((evalJob) => {
      const sacctJob = evalJob.jobId ? sacctJobs.get(evalJob.jobId) : undefined;
      return (
        evalJob.run === run &&
        evalJob.logNames.length === 0 &&
        !linked.has(evalJob) &&
        sacctJob?.state === 'RUNNING' &&
        sacctJob.jobName.startsWith(`eval-${summary.task}-`)
      );
    });
    const [only] = candidates;
    if (only && candidates.length === 1) {
      jobOfLog.set(key, only);
      linked.add(only);
    }
  }
  return linked;
}

function evalJobFacts(
  experimentDir: string,
  writer: EvalJobOutput,
  sacctJobs: ReadonlyMap<string, SacctJob>,
): EvalJobFacts {
  const sacctJob = writer.jobId ? sacctJobs.get(writer.jobId) : undefined;
  return {
    jobId: writer.jobId,
    slurmOut: displayPath(experimentDir, writer.slurmOut),
    state: sacctJob?.state ?? null,
    rawState: sacctJob?.rawState ?? null,
    jobName: sacctJob?.jobName ?? null,
    failure: writer.failure,
  };
}

function placementDiagnostics(shown: string, summary: EvalLogSummary, placed: EvalPlacement): Diagnostic[] {
  const diagnostics: Diagnostic[] = placed.warnings.map((message) => ({
    level: 'warning',
    file: shown,
    message,
  }));
  if (placed.status === 'unreadable' || (placed.status === 'error' && summary.status === 'started')) {
    diagnostics.push({ level: 'error', file: shown, message: placed.error ?? 'unreadable evaluation log' });
  }
  return diagnostics;
}

/** Eval jobs SLURM reports queued or running that have not announced a log yet. */
function activeEvalJobs(
  evalJobs: readonly EvalJobOutput[],
  sacctJobs: ReadonlyMap<string, SacctJob>,
): ActiveEvalJob[] {
  const active: ActiveEvalJob[] = [];
  for (const evalJob of evalJobs) {
    const state = evalJob.jobId ? sacctJobs.get(evalJob.jobId)?.state : undefined;
    if ((state === 'RUNNING' || state === 'PENDING') && evalJob.logNames.length === 0) {
      active.push({ run: evalJob.run, state });
    }
  }
  return active;
}

function evalLogFacts({ run, file, summary }: EvaluatedLog, placed: EvalPlacement): EvalLogFacts {
  return {
    file,
    run,
    task: placed.task,
    inspectTask: summary.task,
    epoch: placed.epoch,
    epochSource: placed.epochSource,
    status: placed.status,
    accuracy: summary.accuracy,
    stderr: summary.stderr,
    samples: summary.samples,
    plannedSamples: summary.planned_samples,
    balancedAccuracy: summary.binary?.balanced_accuracy ?? null,
    f1: summary.binary?.f1 ?? null,
    scorer: summary.scorer,
    ...(placed.error ? { error: placed.error } : {}),
    created: summary.created,
    sampleScores: summary.sample_scores ?? null,
  };
}
