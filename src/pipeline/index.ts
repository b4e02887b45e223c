// src/pipeline/: the job the CLI and the Action share, in four phases that each return what they
// found and the problems they met: discover (which files there are) → read (what they say) →
// decide (statuses, placement; src/model/) → build (the summary model), then render the texts.
// The first two overlap: the evaluation logs are read while the training outputs are searched.
// May import render/, model/, sources/, diagnostic and util/; the sinks write what it returns.
import { diagnosticsForDisplay, type Diagnostic } from '../diagnostic.js';
import { finishSummary, prepareSummary, summaryBootstraps, type PreparedSummary } from '../model/build.js';
import { placeEvaluations, type Placements } from '../model/eval-placement.js';
import type { ExperimentSummary } from '../model/summary.js';
import { decideTraining, type TrainingFacts } from '../model/training.js';
import { renderJson } from '../render/json.js';
import { renderLogBlock } from '../render/log.js';
import { renderMarkdown } from '../render/markdown.js';
import { readExperiment, type Experiment } from '../sources/experiment/index.js';
import type { SacctSetting } from '../sources/slurm/sacct.js';
import type { SqueueSetting } from '../sources/slurm/squeue.js';
import { liveTraining, queuedEvalJobs, withQueuedJobs } from '../model/live.js';
import { matchQueuedJobs } from '../model/queued-jobs.js';
import { trainingLocation } from '../sources/experiment/index.js';
import type { Discovered } from './discover.js';
import {
  ProcessLog,
  recordAccuracies,
  recordBootstraps,
  recordDiscovery,
  recordLosses,
  recordOutcome,
} from './process-log.js';
import { discoverAndRead, type Progress, type Readings } from './read.js';
import { applyBaseline, type BaselineOptions } from './baseline.js';
import { bootstrapsOn, mayNeedBootstrapWorkers } from './bootstraps.js';
import { knownBootstraps, type BootstrapResult } from '../model/stats/index.js';
import { expectedFiles, startReadingPool } from './workers.js';
import type { WorkerPool } from '../util/worker-pool.js';

export type { Progress } from './read.js';

export type { SacctSetting } from '../sources/slurm/sacct.js';
export type { SqueueSetting } from '../sources/slurm/squeue.js';

export interface SummarizeOptions {
  /** The experiment directory, or the path of its experiment_summary.yaml. */
  experimentPath: string;
  sacct: SacctSetting;
  /** Whether to ask squeue for queued jobs; default off (the CLI and the Action default to auto). */
  squeue?: SqueueSetting;
  /** Clock, for reproducible tests. */
  now?: () => Date;
  /** Progress for a terminal (a phase, and its counts when it has them); the caller decides whether to show it. */
  progress?: Progress;
  /** The command that runs this tool again, for summary.md's "summarize again" (default `summarize-experiment`). */
  rerunCommand?: string;
  /** Compare with a baseline summary.json (Changes since baseline); none when absent. */
  baseline?: BaselineOptions;
  /** Mermaid charts (loss curves, metric by epoch) in summary.md; reads the curves. Default true. */
  charts?: boolean;
}

/** The summary and its texts, ready for a sink to write. */
export interface Report {
  summary: ExperimentSummary;
  experimentDir: string;
  /** summary.md */
  markdown: string;
  /** summary.json */
  json: string;
  /** This run's block of logs/summarize-experiment.log. */
  logBlock: string;
  /** Worth telling, nothing wrong (e.g. no baseline to compare with): the CLI prints them, the Action logs notices. */
  notices: string[];
  /** Whether the texts carry charts (the sinks render theirs the same way). */
  charts: boolean;
}

/**
 * The reading pool, or null once closed: its threads go right after the reading unless the
 * summary's bootstraps may need them (see pipeline/bootstraps.ts).
 */
async function keepForBootstraps(pool: WorkerPool | null, readings: Readings): Promise<WorkerPool | null> {
  if (!pool || mayNeedBootstrapWorkers(readings.evaluated.map(({ summary }) => summary))) return pool;
  await pool.close();
  return null;
}

/** The analysis's bootstraps on the reading pool's threads, before they go (see pipeline/bootstraps.ts). */
async function bootstrapsBeforeClosing(
  pool: WorkerPool | null,
  prepared: PreparedSummary,
  log: ProcessLog,
): Promise<Map<string, BootstrapResult>> {
  if (!pool) return new Map();
  const known = await bootstrapsOn(pool, summaryBootstraps(prepared));
  recordBootstraps(log, known.size, pool.size);
  return known;
}

/** What the decide phase settled. */
interface Decided extends Placements {
  training: Map<string, TrainingFacts>;
}

/**
 * Throws only when no summary can be made (no YAML, YAML that does not parse, no runs);
 * everything else becomes warnings, statuses and notes inside the summary.
 */
export async function summarize(options: SummarizeOptions): Promise<Report> {
  const now = options.now ?? (() => new Date());
  const progress = options.progress ?? (() => undefined);
  const startedAt = now();
  const log = new ProcessLog(now);
  const { experiment, warnings } = await readExperiment(options.experimentPath);
  recordDiscovery(log, experiment);

  // Worker threads for the reading, when the YAML promises enough files: they boot while the
  // directory is searched and SLURM is asked.
  let pool = await startReadingPool(expectedFiles(experiment));
  let discovered: Discovered;
  let readings: Readings;
  let prepared: PreparedSummary;
  let known: Map<string, BootstrapResult>;
  const charts = options.charts ?? true;
  try {
    ({ discovered, readings } = await discoverAndRead(
      experiment,
      { sacct: options.sacct, squeue: options.squeue ?? { mode: 'off' } },
      progress,
      { charts, pool },
    ));
    pool = await keepForBootstraps(pool, readings);
    progress('summarizing');
    const decided = decide(experiment, readings, discovered, now());
    recordLosses(log, experiment.dir, discovered.training, readings.training);
    recordAccuracies(log, experiment, readings.evaluated, decided.placed, readings.evalThreads);
    prepared = prepareSummary({
      experiment,
      training: decided.training,
      evalLogs: decided.evalLogs,
      activeEvalJobs: decided.activeEvalJobs,
      warnings: diagnosticsForDisplay(experiment.dir, [
        ...warnings,
        ...phaseDiagnostics(discovered, readings, decided),
      ]),
      generated: startedAt.toISOString(),
      ...(readings.queue.asked === 'off' ? {} : { queue: readings.queue.asked }),
    });
    known = await bootstrapsBeforeClosing(pool, prepared, log);
  } finally {
    await pool?.close();
  }
  const summary = finishSummary(prepared, knownBootstraps(known));
  const notices = options.baseline ? await applyBaseline(summary, options.baseline) : [];
  attachLossCurves(summary, readings);
  recordOutcome(log, summary, startedAt, now());
  return {
    summary,
    experimentDir: experiment.dir,
    markdown: renderMarkdown(summary, {
      charts,
      ...(options.rerunCommand ? { rerunCommand: options.rerunCommand } : {}),
    }),
    json: renderJson(summary),
    logBlock: renderLogBlock(log.events, { started: startedAt.toISOString() }),
    notices,
    charts,
  };
}

/** The curves read for the charts go on the training rows (in memory; summary.json leaves them out). */
function attachLossCurves(summary: ExperimentSummary, readings: Readings): void {
  const curves = new Map(readings.training.map((t) => [t.run, t.curve]));
  for (const row of summary.training) {
    const curve = curves.get(row.run);
    if (curve && curve.points.length > 0)
      row.loss_curve = { points: curve.points, divergedAt: curve.divergedAt };
  }
}

/** Phase 3: the fine-tuning status of each run, and where each evaluation log belongs. */
function decide(experiment: Experiment, readings: Readings, discovered: Discovered, now: Date): Decided {
  // Jobs squeue lists but sacct has no row for (accounting lags, or is off) count with squeue's state.
  const sacctJobs = withQueuedJobs(readings.sacctJobs, readings.queue.jobs);
  const decidedTraining = decideTraining({
    experiment,
    training: discovered.training.map((found, index) => ({
      ...found,
      reading: readings.training[index]?.reading ?? null,
    })),
    sacctJobs,
    evaluated: readings.evaluated,
    now,
    missingBase: discovered.missingBase,
  });
  const queued = readings.queue.jobs
    ? matchQueuedJobs(
        readings.queue.jobs,
        experiment.runs.map((run) => {
          const location = trainingLocation(experiment, run.name);
          return { name: run.name, type: run.type, runDir: location.runDir, outputDir: location.outputDir };
        }),
        experiment.tasks.map((task) => task.name),
      )
    : [];
  const training = liveTraining(decidedTraining, {
    progress: new Map(readings.training.map((t) => [t.run, t.progress])),
    barDurations: new Map(readings.training.map((t) => [t.run, t.barDuration])),
    configuredEpochs: new Map(
      experiment.runs.map((run) => [run.name, run.epochs ?? experiment.trainingEpochs]),
    ),
    queued,
    queueKnown: readings.queue.jobs !== null,
  });
  const placements = placeEvaluations({
    experiment,
    evaluated: readings.evaluated,
    evalJobs: discovered.evalJobs,
    sacctJobs,
  });
  const known = new Set(
    discovered.evalJobs.map((job) => job.jobId).filter((id): id is string => id !== null),
  );
  placements.activeEvalJobs.push(...queuedEvalJobs(queued, known));
  return { training, ...placements };
}

/** Every phase's problems, run by run where they are about one run, in the order they were met. */
function phaseDiagnostics(discovered: Discovered, readings: Readings, decided: Decided): Diagnostic[] {
  return [
    ...discovered.training.flatMap((found, index) => [
      ...found.diagnostics,
      ...(readings.training[index]?.diagnostics ?? []),
    ]),
    ...discovered.trainingDiagnostics,
    ...discovered.evaluationDiagnostics,
    ...readings.sacctDiagnostics,
    ...readings.squeueDiagnostics,
    ...decided.diagnostics,
  ];
}
