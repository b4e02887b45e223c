// The whole job, shared by the CLI and the Action: read the experiment, build the summary model,
// write summary.md, summary.json and logs/summarize-experiment.log into the experiment directory.
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { placeEvalLog } from './model/eval-placement.js';
import { decideFinetuneStatus } from './model/finetune-status.js';
import { summarizeEvalLogs, type EvalLogSummary } from './model/eval-log-summary.js';
import {
  buildSummary,
  displayPath,
  type ActiveEvalJob,
  type EvalLogFacts,
  type TrainingFacts,
} from './model/build.js';
import type { Diagnostic, ExperimentSummary, ProcessAction, ProcessEvent } from './model/summary.js';
import { renderJson } from './render/json.js';
import { renderLogBlock } from './render/log.js';
import { renderMarkdown } from './render/markdown.js';
import { writeSummaryFiles } from './render/files.js';
import { formatDiagnostic } from './render/format.js';
import { discoverEvalLogs } from './sources/eval-log-files.js';
import { readExperiment, trainingLocation, type Experiment } from './sources/experiment.js';
import { querySacct, type SacctJob } from './sources/sacct.js';
import {
  evalLogNamesInSlurmOutput,
  findTrainingSlurmOutput,
  jobIdFromSlurmFileName,
  listCheckpointEpochs,
  type SlurmOutputFile,
} from './sources/slurm-files.js';
import { readTrainingLog, type FailureEvidence, type TrainingLogReading } from './sources/training-log.js';
import { groupBy } from './util/group-by.js';
import { mapLimit } from './util/map-limit.js';
import { isMissing } from './util/fs-errors.js';
import { resolveInside, unsafeNameReason } from './util/contained-path.js';

export type SacctSetting = { mode: 'auto' } | { mode: 'off' } | { mode: 'path'; path: string };

export interface SummarizeOptions {
  /** The experiment directory, or the path of its experiment_summary.yaml. */
  experimentPath: string;
  sacct: SacctSetting;
  /** Clock, for reproducible tests. */
  now?: () => Date;
  /** Progress lines for a terminal; the caller decides whether to show them. */
  progress?: (message: string) => void;
}

export interface SummarizeResult {
  summary: ExperimentSummary;
  experimentDir: string;
  /** The full summary.md text as written. */
  markdown: string;
  /** Absolute paths of the files written. */
  files: { markdown: string; json: string; log: string };
}

/** Logs read at once: enough to hide I/O latency on a cluster file system, far below any fd limit. */
const LOG_CONCURRENCY = 16;

/** The skill's order of a log block: the experiment, each run's status, what was extracted, the outcome. */
const ACTION_ORDER: readonly ProcessAction[] = [
  'DISCOVER_EXPERIMENT',
  'PARSE_STATUS',
  'EXTRACT_LOSS',
  'EXTRACT_ACCURACY',
  'GENERATE_SUMMARY',
  'COMPLETE',
];

/** Collects the process log's entries while the summary is built (statuses are decided last). */
class ProcessLog {
  private readonly recorded: ProcessEvent[] = [];
  constructor(private readonly now: () => Date) {}
  record(action: ProcessAction, subject: string | undefined, lines: Array<[string, string]>): void {
    this.recorded.push({ time: this.now().toISOString(), action, ...(subject ? { subject } : {}), lines });
  }
  /** In the skill's order of actions; entries of one action in the order they were recorded. */
  get events(): ProcessEvent[] {
    const rank = (event: ProcessEvent) => ACTION_ORDER.indexOf(event.action);
    return [...this.recorded].sort((a, b) => rank(a) - rank(b));
  }
}

/** What every phase of the job shares. */
interface Job {
  experiment: Experiment;
  dir: string;
  warnings: Diagnostic[];
  log: ProcessLog;
  now: () => Date;
  progress: (message: string) => void;
  /** Where files may be read: the experiment and the training output base; links leading elsewhere are not followed. */
  roots: string[];
  /** output.base_directory as the YAML gives it, when it names one that does not exist here. */
  missingBase?: string;
}

interface TrainingFound {
  run: string;
  location: { outputDir: string; runDir: string };
  slurmOut: SlurmOutputFile | null;
  reading: TrainingLogReading | null;
  checkpoints: number[];
  /** Why nothing of this run was read (a name that is not one folder name), or undefined. */
  refused?: string;
}

interface EvalJobOutput {
  run: string;
  slurmOut: string;
  jobId: string | null;
  logNames: string[];
  failure: FailureEvidence | null;
}

async function isDirectory(dir: string): Promise<boolean> {
  try {
    return (await stat(dir)).isDirectory();
  } catch {
    return false;
  }
}

/** `slurm-*.out` files of a run's eval folder and of its per-cell subfolders (`{task}_epoch{N}/`). */
async function evalSlurmOutputs(
  evalDir: string,
  roots: readonly string[],
  warnings: Diagnostic[],
): Promise<string[]> {
  const found: string[] = [];
  const scan = async (dir: string, depth: number): Promise<void> => {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      if (!isMissing(error)) {
        warnings.push({
          level: 'warning',
          file: dir,
          message: `cannot list ${dir}: ${(error as Error).message}`,
        });
      }
      return;
    }
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      const isOutput = /^slurm-.+\.out$/.test(entry.name);
      if (entry.isFile() && isOutput) found.push(full);
      else if (entry.isDirectory() && depth > 0 && entry.name !== 'logs') await scan(full, depth - 1);
      else if (entry.isSymbolicLink() && isOutput) {
        // Followed only into the experiment or the output base, like every other link.
        const place = await resolveInside(full, roots);
        if (place.ok) found.push(full);
        else warnings.push({ level: 'warning', file: full, message: `not read: ${place.detail}` });
      }
    }
  };
  await scan(evalDir, 1);
  return found.sort();
}

function sacctWanted(setting: SacctSetting): { sacctPath?: string } | null {
  if (setting.mode === 'off') return null;
  return setting.mode === 'path' ? { sacctPath: setting.path } : {};
}

function describeLoss(reading: TrainingLogReading | null, found: TrainingFound): string {
  if (!found.slurmOut) {
    return `N/A (no slurm-*.out in ${found.location.outputDir} or ${found.location.runDir})`;
  }
  if (reading?.error) return `ERROR - ${reading.error}`;
  const loss = reading?.loss;
  if (!loss) return 'N/A (no loss line in the output)';
  return `Final loss = ${loss.finalLoss} (epoch ${loss.epochs}, step ${loss.totalSteps})`;
}

function describeAccuracy(
  summary: EvalLogSummary,
  error: string | null,
  status: EvalLogSummary['status'] | 'error',
): string {
  if (status === 'unreadable') return `ERROR - ${error ?? 'unreadable'}`;
  const parts = [
    `Accuracy = ${summary.accuracy ?? 'N/A'}`,
    `samples = ${summary.samples ?? 'N/A'}`,
    `scorer = ${summary.scorer ?? 'none'}`,
  ];
  if (summary.binary) {
    parts.push(`balanced accuracy = ${summary.binary.balanced_accuracy}`, `F1 = ${summary.binary.f1}`);
  }
  const note = status === 'success' ? '' : ` (log status ${status}${error ? `: ${error}` : ''})`;
  return parts.join(', ') + note;
}

/**
 * Throws only when no summary can be made (no YAML, YAML that does not parse, no runs);
 * everything else becomes warnings, statuses and notes inside the summary.
 */
export async function summarizeExperiment(options: SummarizeOptions): Promise<SummarizeResult> {
  const now = options.now ?? (() => new Date());
  const startedAt = now();
  const { experiment, warnings } = await readExperiment(options.experimentPath);
  const job: Job = {
    experiment,
    dir: experiment.dir,
    warnings,
    log: new ProcessLog(now),
    now,
    progress: options.progress ?? (() => undefined),
    roots: readRoots(experiment),
  };
  recordDiscovery(job);

  const training = await findTrainingOutputs(job);
  const { logFiles, evalJobs } = await findEvaluations(job);
  job.progress(`reading ${logFiles.length} evaluation logs`);
  const evalSummaries = await summarizeEvalLogs(
    logFiles.map((entry) => entry.file),
    { scorer: experiment.scorers[0] ?? null, concurrency: LOG_CONCURRENCY },
  );
  const sacctJobs = await askSacct(
    job,
    [...training.map((t) => t.slurmOut?.jobId), ...evalJobs.map((e) => e.jobId)],
    options.sacct,
  );
  const evaluated = logFiles.map((entry, index) => ({ ...entry, summary: evalSummaries[index]! }));

  const summary = buildSummary({
    experiment,
    training: decideTraining(job, training, sacctJobs, evaluated),
    ...placeEvaluations(job, evaluated, evalJobs, sacctJobs),
    warnings: warningsForDisplay(job.dir, job.warnings),
    generated: startedAt.toISOString(),
  });
  recordOutcome(job, summary, startedAt);

  const markdown = renderMarkdown(summary);
  const files = await writeSummaryFiles(job.dir, {
    markdown,
    json: renderJson(summary),
    logBlock: renderLogBlock(job.log.events, { started: startedAt.toISOString() }),
  });
  return { summary, experimentDir: job.dir, markdown, files };
}

/** The experiment directory and, when the YAML names one, the training output base directory. */
function readRoots(experiment: Experiment): string[] {
  const roots = [experiment.dir];
  const first = experiment.runs.find((run) => unsafeNameReason(run.name) === null);
  if (experiment.layout === 'ck-out' && experiment.outputBaseDirectory !== null && first) {
    roots.push(path.dirname(trainingLocation(experiment, first.name).outputDir));
  }
  return roots;
}

/** The run-status note of a run whose name cannot be a folder name: nothing of it is read. */
function refusedNote(name: string): string | null {
  const why = unsafeNameReason(name);
  return why === null
    ? null
    : `not read: the run name is not a plain folder name (${why}), so nothing outside the experiment can be reached through it`;
}

function recordDiscovery({ experiment, log }: Job): void {
  const fineTuned = experiment.runs.filter((run) => run.type === 'fine-tuned').length;
  const plannedCells = experiment.matrix.reduce(
    (sum, entry) => sum + entry.tasks.length * (entry.epochs?.length ?? 1),
    0,
  );
  log.record('DISCOVER_EXPERIMENT', undefined, [
    ['Details', `${experiment.yamlPath}`],
    [
      'Result',
      `${experiment.name}: ${experiment.runs.length} runs (${fineTuned} fine-tuned, ` +
        `${experiment.runs.length - fineTuned} control), ${experiment.tasks.length} tasks, ` +
        `${plannedCells} evaluations planned`,
    ],
  ]);
}

/** Where each fine-tuned run's SLURM output and checkpoints are, and what its output says. */
async function findTrainingOutputs(job: Job): Promise<TrainingFound[]> {
  const { experiment, dir, warnings } = job;
  const fineTuned = experiment.runs.filter((run) => run.type === 'fine-tuned');
  job.progress(`reading training outputs of ${fineTuned.length} runs`);
  const training = await mapLimit(fineTuned, LOG_CONCURRENCY, async (run): Promise<TrainingFound> => {
    const location = trainingLocation(experiment, run.name);
    const refused = refusedNote(run.name);
    if (refused !== null) {
      return { run: run.name, location, slurmOut: null, reading: null, checkpoints: [], refused };
    }
    const found = await findTrainingSlurmOutput(location, job.roots);
    warnings.push(...found.warnings);
    const checkpoints = await listCheckpointEpochs(location.outputDir);
    if (checkpoints.warning) warnings.push(checkpoints.warning);
    const reading = found.slurmOut ? await readTrainingLog(found.slurmOut.path) : null;
    if (reading?.error) warnings.push({ level: 'error', file: reading.path, message: reading.error });
    if (found.others.length > 0 && found.slurmOut) {
      warnings.push({
        level: 'warning',
        file: found.slurmOut.path,
        message: `${run.name}: ${found.others.length + 1} training outputs; the newest was read`,
      });
    }
    return { run: run.name, location, slurmOut: found.slurmOut, reading, checkpoints: checkpoints.epochs };
  });

  // Matters only where a run left no output in its own folder either (successful runs never do).
  if (experiment.layout === 'ck-out' && experiment.outputBaseDirectory !== null && fineTuned.length > 0) {
    const baseDir = path.dirname(trainingLocation(experiment, fineTuned[0]!.name).outputDir);
    if (training.some((t) => !t.slurmOut) && !(await isDirectory(baseDir))) {
      job.missingBase = experiment.outputBaseDirectory;
      warnings.push({
        level: 'warning',
        file: displayPath(dir, experiment.yamlPath),
        message:
          `output.base_directory ${experiment.outputBaseDirectory} does not exist here (${baseDir}): ` +
          'the training outputs and checkpoints of runs that succeeded cannot be read (run this where the experiment ran)',
      });
    }
  }
  return training;
}

/** The evaluation logs and the eval jobs' SLURM outputs of every run folder. */
async function findEvaluations(
  job: Job,
): Promise<{ logFiles: Array<{ run: string; file: string; evalDir: string }>; evalJobs: EvalJobOutput[] }> {
  const { experiment, dir, warnings } = job;
  const runNames = [
    ...new Set([...experiment.runs.map((run) => run.name), ...experiment.matrix.map((e) => e.run)]),
  ];
  const logFiles: Array<{ run: string; file: string; evalDir: string }> = [];
  const evalJobs: EvalJobOutput[] = [];
  for (const run of runNames) {
    if (unsafeNameReason(run) !== null) continue;
    const evalDir = path.join(dir, run, 'eval');
    const discovered = await discoverEvalLogs(evalDir, job.roots);
    for (const file of discovered.files) logFiles.push({ run, file, evalDir });
    for (const { file, reason } of discovered.skipped) {
      warnings.push({ level: 'warning', file: displayPath(dir, file), message: `not read: ${reason}` });
    }
    for (const slurmOut of await evalSlurmOutputs(evalDir, job.roots, warnings)) {
      const announced = await evalLogNamesInSlurmOutput(slurmOut);
      if (announced.warning) warnings.push(announced.warning);
      evalJobs.push({
        run,
        slurmOut,
        jobId: jobIdFromSlurmFileName(slurmOut),
        logNames: announced.logNames,
        failure: announced.failure,
      });
    }
  }
  return { logFiles, evalJobs };
}

/** One batched sacct call for every job id the files name; empty when sacct is off or fails. */
async function askSacct(
  job: Job,
  jobIds: Array<string | null | undefined>,
  setting: SacctSetting,
): Promise<Map<string, SacctJob>> {
  const ids = [...new Set(jobIds.filter((id): id is string => Boolean(id)))];
  const sacctOptions = sacctWanted(setting);
  if (!sacctOptions || ids.length === 0) return new Map();
  job.progress(`asking sacct about ${ids.length} jobs`);
  const sacct = await querySacct(ids, sacctOptions);
  if (sacct.warning) job.warnings.push({ level: 'warning', file: null, message: sacct.warning });
  return sacct.jobs;
}

/** Fine-tuning status of each run, from sacct and the files together. */
function decideTraining(
  job: Job,
  training: TrainingFound[],
  sacctJobs: ReadonlyMap<string, SacctJob>,
  evaluated: ReadonlyArray<{ run: string; summary: EvalLogSummary }>,
): Map<string, TrainingFacts> {
  const { experiment, dir, log, now } = job;
  const runByName = new Map(experiment.runs.map((run) => [run.name, run]));
  const evaluatedByRun = groupBy(
    evaluated.filter(({ summary }) => summary.status === 'success' && summary.epoch !== null),
    (entry) => entry.run,
  );
  const trainingFacts = new Map<string, TrainingFacts>();
  for (const found of training) {
    const run = runByName.get(found.run)!;
    const sacctJob = found.slurmOut?.jobId ? (sacctJobs.get(found.slurmOut.jobId) ?? null) : null;
    const logIdleSeconds =
      found.slurmOut && sacctJobs.size === 0
        ? Math.max(0, (now().getTime() - found.slurmOut.modifiedMs) / 1000)
        : null;
    const configuredEpochs = run.epochs ?? experiment.trainingEpochs;
    const decision = decideFinetuneStatus({
      sacctJob,
      logLocation: found.slurmOut?.location ?? null,
      loss: found.reading?.loss ?? null,
      failure: found.reading?.failure ?? null,
      checkpointEpochs: found.checkpoints,
      configuredEpochs,
      logIdleSeconds,
    });
    const loss = found.reading?.loss ?? null;
    const nowhere = `no training output (slurm-*.out) in ${displayPath(dir, found.location.outputDir)}/ or ${displayPath(dir, found.location.runDir)}/`;
    let status = decision.status;
    let reason = found.refused ?? decision.reason ?? (found.slurmOut ? null : nowhere);
    if (found.refused) status = 'N/A';
    // No trace of training here, yet its checkpoints were evaluated: it ran (elsewhere, or its outputs moved).
    const evaluatedEpochs = (evaluatedByRun.get(found.run) ?? []).map(({ summary }) => summary.epoch!);
    if (status === 'NOT_STARTED' && !found.slurmOut && !found.refused && evaluatedEpochs.length > 0) {
      const last = Math.max(...evaluatedEpochs);
      const finished = configuredEpochs === null || last + 1 >= configuredEpochs;
      status = finished ? 'COMPLETED' : 'PARTIAL';
      reason = `${nowhere}; ${finished ? 'inferred from' : 'but'} its evaluated checkpoints (up to epoch ${last}${finished ? '' : ` of ${configuredEpochs}`})`;
      if (job.missingBase !== undefined) {
        reason = `status inferred from its evaluated checkpoints (up to epoch ${last}${finished ? '' : ` of ${configuredEpochs}`}) because output.base_directory ${job.missingBase} does not exist here; ${nowhere}`;
      }
    }
    trainingFacts.set(found.run, {
      status,
      ...(reason ? { reason } : {}),
      slurmOut: found.slurmOut?.path ?? null,
      jobId: found.slurmOut?.jobId ?? null,
      finalLoss: loss?.finalLoss ?? null,
      totalSteps: loss?.totalSteps ?? null,
      epochs: loss?.epochs ?? null,
      durationS: decision.durationSeconds,
      checkpoints: found.checkpoints,
    });
    log.record('EXTRACT_LOSS', found.run, [
      [
        'Details',
        found.slurmOut
          ? `Parsing ${displayPath(dir, found.slurmOut.path)}`
          : 'Looking for the training SLURM output',
      ],
      ['Result', describeLoss(found.reading, found)],
    ]);
  }
  return trainingFacts;
}

/** Links logs still being written to the running eval jobs that write them (see placeEvaluations). */
function linkRunningWriters(
  evaluated: ReadonlyArray<{ run: string; file: string; summary: EvalLogSummary }>,
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

/** Each log's matrix task, checkpoint epoch and status; and eval jobs still queued or running without a log. */
function placeEvaluations(
  job: Job,
  evaluated: ReadonlyArray<{ run: string; file: string; evalDir: string; summary: EvalLogSummary }>,
  evalJobs: readonly EvalJobOutput[],
  sacctJobs: ReadonlyMap<string, SacctJob>,
): { evalLogs: EvalLogFacts[]; activeEvalJobs: ActiveEvalJob[] } {
  const { experiment, dir, warnings, log } = job;
  const runByName = new Map(experiment.runs.map((run) => [run.name, run]));
  const matrixByRun = groupBy(experiment.matrix, (entry) => entry.run);
  const jobOfLog = new Map<string, EvalJobOutput>();
  for (const evalJob of evalJobs) {
    for (const name of evalJob.logNames) jobOfLog.set(`${evalJob.run}/${name}`, evalJob);
  }
  // A running eval job has not printed its log's path yet (inspect prints it at the end): a log
  // still being written whose writer is unknown is this job's when the job's sacct name names the
  // log's task (`eval-{task}-…-ep{N}`) and no other running job of the run does. The log then takes
  // its epoch from the job name and fills that cell, instead of a row of its own beside a "missing" one.
  const writers = linkRunningWriters(evaluated, evalJobs, sacctJobs, jobOfLog);
  const activeEvalJobs: ActiveEvalJob[] = [];
  for (const evalJob of evalJobs) {
    const state = evalJob.jobId ? sacctJobs.get(evalJob.jobId)?.state : undefined;
    if (
      (state === 'RUNNING' || state === 'PENDING') &&
      evalJob.logNames.length === 0 &&
      !writers.has(evalJob)
    ) {
      activeEvalJobs.push({ run: evalJob.run, state });
    }
  }

  const evalLogs = evaluated.map(({ run, file, evalDir, summary }): EvalLogFacts => {
    const shown = displayPath(dir, file);
    const isControl = runByName.get(run)?.type === 'control';
    const writer = jobOfLog.get(`${run}/${path.basename(file)}`);
    const sacctJob = writer?.jobId ? sacctJobs.get(writer.jobId) : undefined;
    const placed = placeEvalLog({
      summary,
      file,
      evalDir,
      entries: matrixByRun.get(run) ?? [],
      isControl,
      job: writer
        ? {
            jobId: writer.jobId,
            slurmOut: displayPath(dir, writer.slurmOut),
            state: sacctJob?.state ?? null,
            rawState: sacctJob?.rawState ?? null,
            jobName: sacctJob?.jobName ?? null,
            failure: writer.failure,
          }
        : null,
      // The reader's messages start with the absolute path; every place that shows one also names the file.
      error: summary.error?.startsWith(`${file}: `) ? summary.error.slice(file.length + 2) : summary.error,
    });
    for (const message of placed.warnings) warnings.push({ level: 'warning', file: shown, message });
    if (placed.status === 'unreadable' || (placed.status === 'error' && summary.status === 'started')) {
      warnings.push({ level: 'error', file: shown, message: placed.error ?? 'unreadable evaluation log' });
    }
    const epochPart = isControl ? 'base' : placed.epoch === null ? 'epoch?' : `epoch${placed.epoch}`;
    log.record('EXTRACT_ACCURACY', `${run}/${placed.task ?? summary.task ?? '?'}/${epochPart}`, [
      ['Details', `Reading ${shown}`],
      ['Result', describeAccuracy(summary, placed.error, placed.status)],
      ...(placed.explanation ? ([['Explanation', placed.explanation]] as Array<[string, string]>) : []),
    ]);
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
      balancedAccuracy: summary.binary?.balanced_accuracy ?? null,
      f1: summary.binary?.f1 ?? null,
      scorer: summary.scorer,
      ...(placed.error ? { error: placed.error } : {}),
      created: summary.created,
    };
  });
  return { evalLogs, activeEvalJobs };
}

/** Each run's status, what was generated, and how long it took. */
function recordOutcome({ log, now }: Job, summary: ExperimentSummary, startedAt: Date): void {
  for (const run of summary.runs) {
    const reason = run.finetune.reason ? ` (${run.finetune.reason})` : '';
    log.record('PARSE_STATUS', run.name, [
      ['Result', `fine-tuning ${run.finetune.status}${reason}, evaluation ${run.evaluation.status}`],
    ]);
  }
  const best = summary.best.map(
    (b) => `${b.task}: ${b.run}${b.epoch === null ? '' : ` epoch ${b.epoch}`} ${b.metric} ${b.value}`,
  );
  log.record('GENERATE_SUMMARY', undefined, [
    ['Details', 'Writing summary.md and summary.json'],
    [
      'Result',
      `${summary.complete}/${summary.total} complete${best.length ? `; best ${best.join('; ')}` : ''}`,
    ],
    ...summary.warnings.map((w): [string, string] => [
      w.level === 'error' ? 'Error' : 'Warning',
      formatDiagnostic(w),
    ]),
  ]);
  const losses = summary.training.filter((t) => t.final_loss !== null).length;
  const accuracies = summary.evaluations.filter((e) => e.accuracy !== null).length;
  log.record('COMPLETE', undefined, [
    [
      'Summary',
      `${losses} loss values extracted, ${accuracies} accuracy values extracted, ${summary.warnings.length} warnings`,
    ],
    ['Duration', `${Math.round((now().getTime() - startedAt.getTime()) / 1000)} seconds`],
  ]);
}

/**
 * Warnings as the summary shows them: once each, the file relative to the experiment directory,
 * and the message without the absolute path readers start it with (the file is shown beside it).
 */
function warningsForDisplay(experimentDir: string, warnings: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  const shown = warnings.map((w) => {
    if (w.file === null || !path.isAbsolute(w.file)) return w;
    const file = displayPath(experimentDir, w.file);
    return { ...w, file, message: w.message.replaceAll(`${w.file}: `, '').replaceAll(w.file, file) };
  });
  return shown.filter((w) => {
    const key = `${w.level}\u0000${w.file}\u0000${w.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
