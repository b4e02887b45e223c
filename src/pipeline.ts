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
import { listEvalLogs } from './sources/eval-log-files.js';
import { readExperiment, trainingLocation, type MatrixEntry } from './sources/experiment.js';
import { querySacct, type SacctJob } from './sources/sacct.js';
import {
  evalLogNamesInSlurmOutput,
  findTrainingSlurmOutput,
  jobIdFromSlurmFileName,
  listCheckpointEpochs,
  type SlurmOutputFile,
} from './sources/slurm-files.js';
import { readTrainingLog, type FailureEvidence, type TrainingLogReading } from './sources/training-log.js';
import { mapLimit } from './util/map-limit.js';
import { isMissing } from './util/fs-errors.js';

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

/** Collects the process log's entries while the summary is built. */
class ProcessLog {
  readonly events: ProcessEvent[] = [];
  constructor(private readonly now: () => Date) {}
  record(action: ProcessAction, subject: string | undefined, lines: Array<[string, string]>): void {
    this.events.push({ time: this.now().toISOString(), action, ...(subject ? { subject } : {}), lines });
  }
}

interface TrainingFound {
  run: string;
  location: { outputDir: string; runDir: string };
  slurmOut: SlurmOutputFile | null;
  reading: TrainingLogReading | null;
  checkpoints: number[];
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
async function evalSlurmOutputs(evalDir: string, warnings: Diagnostic[]): Promise<string[]> {
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
      if (entry.isFile() && /^slurm-.+\.out$/.test(entry.name)) found.push(full);
      else if (entry.isDirectory() && depth > 0 && entry.name !== 'logs') await scan(full, depth - 1);
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
  const progress = options.progress ?? (() => undefined);
  const startedAt = now();
  const log = new ProcessLog(now);

  const { experiment, warnings: yamlWarnings } = await readExperiment(options.experimentPath);
  const dir = experiment.dir;
  const warnings: Diagnostic[] = [...yamlWarnings];
  const fineTuned = experiment.runs.filter((run) => run.type === 'fine-tuned');
  const plannedCells = experiment.matrix.reduce(
    (sum, entry) => sum + entry.tasks.length * (entry.epochs?.length ?? 1),
    0,
  );
  log.record('DISCOVER_EXPERIMENT', undefined, [
    ['Details', `${experiment.yamlPath}`],
    [
      'Result',
      `${experiment.name}: ${experiment.runs.length} runs (${fineTuned.length} fine-tuned, ` +
        `${experiment.runs.length - fineTuned.length} control), ${experiment.tasks.length} tasks, ` +
        `${plannedCells} evaluations planned`,
    ],
  ]);

  // Training outputs: where each fine-tuned run's SLURM output and checkpoints are.
  progress(`reading training outputs of ${fineTuned.length} runs`);
  const training = await mapLimit(fineTuned, LOG_CONCURRENCY, async (run): Promise<TrainingFound> => {
    const location = trainingLocation(experiment, run.name);
    const found = await findTrainingSlurmOutput(location);
    warnings.push(...found.warnings);
    const checkpoints = await listCheckpointEpochs(location.outputDir);
    if (checkpoints.warning) warnings.push(checkpoints.warning);
    const reading = found.slurmOut ? await readTrainingLog(found.slurmOut.path) : null;
    if (reading?.error)
      warnings.push({ level: 'error', file: displayPath(dir, reading.path), message: reading.error });
    if (found.others.length > 0 && found.slurmOut) {
      warnings.push({
        level: 'warning',
        file: displayPath(dir, found.slurmOut.path),
        message: `${run.name}: ${found.others.length + 1} training outputs; the newest was read`,
      });
    }
    return { run: run.name, location, slurmOut: found.slurmOut, reading, checkpoints: checkpoints.epochs };
  });

  // Matters only where a run left no output in its own folder either (successful runs never do).
  if (experiment.layout === 'ck-out' && experiment.outputBaseDirectory !== null && fineTuned.length > 0) {
    const baseDir = path.dirname(trainingLocation(experiment, fineTuned[0]!.name).outputDir);
    if (training.some((t) => !t.slurmOut) && !(await isDirectory(baseDir))) {
      warnings.push({
        level: 'warning',
        file: displayPath(dir, experiment.yamlPath),
        message:
          `output.base_directory ${experiment.outputBaseDirectory} does not exist here (${baseDir}): ` +
          'the training outputs and checkpoints of runs that succeeded cannot be read (run this where the experiment ran)',
      });
    }
  }

  // Evaluation logs and the eval jobs' SLURM outputs, per run folder.
  const runNames = [
    ...new Set([...experiment.runs.map((run) => run.name), ...experiment.matrix.map((e) => e.run)]),
  ];
  const logFiles: Array<{ run: string; file: string; evalDir: string }> = [];
  const evalJobs: EvalJobOutput[] = [];
  for (const run of runNames) {
    const evalDir = path.join(dir, run, 'eval');
    try {
      for (const file of await listEvalLogs(evalDir)) logFiles.push({ run, file, evalDir });
    } catch (error) {
      if (!isMissing(error)) {
        warnings.push({
          level: 'error',
          file: displayPath(dir, evalDir),
          message: `cannot list evaluation logs in ${evalDir}: ${(error as Error).message}`,
        });
      }
    }
    for (const slurmOut of await evalSlurmOutputs(evalDir, warnings)) {
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
  progress(`reading ${logFiles.length} evaluation logs`);
  const evalSummaries = await summarizeEvalLogs(
    logFiles.map((entry) => entry.file),
    { scorer: experiment.scorers[0] ?? null, concurrency: LOG_CONCURRENCY },
  );

  // One batched sacct call for every job id the files name.
  const jobIds = [
    ...training.map((t) => t.slurmOut?.jobId).filter((id): id is string => Boolean(id)),
    ...evalJobs.map((job) => job.jobId).filter((id): id is string => Boolean(id)),
  ];
  const sacctOptions = sacctWanted(options.sacct);
  let sacctJobs = new Map<string, SacctJob>();
  if (sacctOptions && jobIds.length > 0) {
    progress(`asking sacct about ${jobIds.length} jobs`);
    const sacct = await querySacct([...new Set(jobIds)], sacctOptions);
    sacctJobs = sacct.jobs;
    if (sacct.warning) {
      warnings.push({
        level: 'warning',
        file: null,
        message: sacct.warning,
      });
    }
  }
  const sacctAvailable = sacctOptions !== null && sacctJobs.size > 0;

  // Fine-tuning status per run, from sacct and the files together.
  const runByName = new Map(experiment.runs.map((run) => [run.name, run]));
  const matrixByRun = new Map<string, MatrixEntry[]>();
  for (const entry of experiment.matrix)
    matrixByRun.set(entry.run, [...(matrixByRun.get(entry.run) ?? []), entry]);
  const evaluatedEpochsByRun = new Map<string, number[]>();
  logFiles.forEach(({ run }, index) => {
    const summary = evalSummaries[index]!;
    if (summary.status === 'success' && summary.epoch !== null) {
      evaluatedEpochsByRun.set(run, [...(evaluatedEpochsByRun.get(run) ?? []), summary.epoch]);
    }
  });
  const trainingFacts = new Map<string, TrainingFacts>();
  for (const found of training) {
    const run = runByName.get(found.run)!;
    const sacctJob = found.slurmOut?.jobId ? (sacctJobs.get(found.slurmOut.jobId) ?? null) : null;
    const logIdleSeconds =
      found.slurmOut && !sacctAvailable
        ? Math.max(0, (now().getTime() - found.slurmOut.modifiedMs) / 1000)
        : null;
    const decision = decideFinetuneStatus({
      sacctJob,
      logLocation: found.slurmOut?.location ?? null,
      loss: found.reading?.loss ?? null,
      failure: found.reading?.failure ?? null,
      checkpointEpochs: found.checkpoints,
      configuredEpochs: run.epochs ?? experiment.trainingEpochs,
      logIdleSeconds,
    });
    const loss = found.reading?.loss ?? null;
    const nowhere = `no training output (slurm-*.out) in ${displayPath(dir, found.location.outputDir)}/ or ${displayPath(dir, found.location.runDir)}/`;
    let status = decision.status;
    let reason = decision.reason ?? (found.slurmOut ? null : nowhere);
    // No trace of training here, yet its checkpoints were evaluated: it ran (elsewhere, or its outputs moved).
    const evaluatedEpochs = evaluatedEpochsByRun.get(found.run) ?? [];
    if (status === 'NOT_STARTED' && !found.slurmOut && evaluatedEpochs.length > 0) {
      const last = Math.max(...evaluatedEpochs);
      const configured = run.epochs ?? experiment.trainingEpochs;
      const finished = configured === null || last + 1 >= configured;
      status = finished ? 'COMPLETED' : 'PARTIAL';
      reason = `${nowhere}; ${finished ? 'inferred from' : 'but'} its evaluated checkpoints (up to epoch ${last}${finished ? '' : ` of ${configured}`})`;
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

  // Each log's run, matrix task and checkpoint epoch.
  const jobOfLog = new Map<string, EvalJobOutput>();
  for (const job of evalJobs) for (const name of job.logNames) jobOfLog.set(`${job.run}/${name}`, job);
  const evalLogs: EvalLogFacts[] = [];
  const activeEvalJobs: ActiveEvalJob[] = [];
  for (const job of evalJobs) {
    const state = job.jobId ? sacctJobs.get(job.jobId)?.state : undefined;
    if ((state === 'RUNNING' || state === 'PENDING') && job.logNames.length === 0) {
      activeEvalJobs.push({ run: job.run, state });
    }
  }
  logFiles.forEach(({ run, file, evalDir }, index) => {
    const summary = evalSummaries[index]!;
    const shown = displayPath(dir, file);
    const isControl = runByName.get(run)?.type === 'control';
    const job = jobOfLog.get(`${run}/${path.basename(file)}`);
    const sacctJob = job?.jobId ? sacctJobs.get(job.jobId) : undefined;
    const placed = placeEvalLog({
      summary,
      file,
      evalDir,
      entries: matrixByRun.get(run) ?? [],
      isControl,
      job: job
        ? {
            jobId: job.jobId,
            slurmOut: displayPath(dir, job.slurmOut),
            state: sacctJob?.state ?? null,
            rawState: sacctJob?.rawState ?? null,
            jobName: sacctJob?.jobName ?? null,
            failure: job.failure,
          }
        : null,
      // The reader's messages start with the absolute path; every place that shows one also names the file.
      error: summary.error?.startsWith(`${file}: `) ? summary.error.slice(file.length + 2) : summary.error,
    });
    for (const message of placed.warnings) warnings.push({ level: 'warning', file: shown, message });
    if (placed.status === 'unreadable' || (placed.status === 'error' && summary.status === 'started')) {
      warnings.push({ level: 'error', file: shown, message: placed.error ?? 'unreadable evaluation log' });
    }
    evalLogs.push({
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
    });
    const epochPart = isControl ? 'base' : placed.epoch === null ? 'epoch?' : `epoch${placed.epoch}`;
    log.record('EXTRACT_ACCURACY', `${run}/${placed.task ?? summary.task ?? '?'}/${epochPart}`, [
      ['Details', `Reading ${shown}`],
      ['Result', describeAccuracy(summary, placed.error, placed.status)],
      ...(placed.explanation ? ([['Explanation', placed.explanation]] as Array<[string, string]>) : []),
    ]);
  });

  const summary = buildSummary({
    experiment,
    training: trainingFacts,
    evalLogs,
    activeEvalJobs,
    warnings: warningsForDisplay(dir, warnings),
    generated: startedAt.toISOString(),
  });
  // The skill's log order: each run's status right after the experiment was found, then the extractions
  // it rests on (statuses are decided last, from everything read).
  const statusAt = 1;
  const extractions = log.events.splice(statusAt);
  for (const run of summary.runs) {
    log.record('PARSE_STATUS', run.name, [
      [
        'Result',
        `fine-tuning ${run.finetune.status}${run.finetune.reason ? ` (${run.finetune.reason})` : ''}, evaluation ${run.evaluation.status}`,
      ],
    ]);
  }
  log.events.push(...extractions);

  const markdown = renderMarkdown(summary);
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

  const files = await writeSummaryFiles(dir, {
    markdown,
    json: renderJson(summary),
    logBlock: renderLogBlock(log.events, { started: startedAt.toISOString() }),
  });
  return { summary, experimentDir: dir, markdown, files };
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
