// Phase 2, read: what the discovered files say. The tail of each training SLURM output, every
// evaluation log, one batched sacct call for every job id the files name, and one squeue call.
// Returns what phase 1 (discover.ts) found and the readings, with the problems met; it decides
// nothing. The two phases run together: the logs are read while the rest is searched and SLURM asked.
import type { Diagnostic } from '../diagnostic.js';
import type { EvalLogSummary } from '../model/eval-log-summary.js';
import type { Experiment } from '../sources/experiment/index.js';
import { querySacct, type SacctJob, type SacctSetting } from '../sources/slurm/sacct.js';
import { querySqueue, type QueuedJob, type SqueueSetting } from '../sources/slurm/squeue.js';
import { MAX_CHART_LINES } from '../render/charts.js';
import { mapLimit } from '../util/map-limit.js';
import {
  discoverEvaluations,
  discoverTrainingSide,
  discoveryRoots,
  IO_CONCURRENCY,
  type Discovered,
  type EvalLogFile,
  type Progress,
  type TrainingOutput,
} from './discover.js';
import { summarizeEvalLogs } from './eval-logs.js';
import { readLossCurveOn, readTrainingOn, type TrainingReading } from './training.js';
import { fineTunedRuns, startReadingPool } from './workers.js';
import type { WorkerPool } from '../util/worker-pool.js';
import { readingInside } from '../util/random-access-file.js';

export type { TrainingReading } from './training.js';

export type { Progress } from './discover.js';

/** What the queue said: the jobs (null when squeue was off or could not answer) and whether it was asked. */
export interface QueueReading {
  jobs: QueuedJob[] | null;
  asked: 'squeue' | 'off' | 'unavailable';
}

export type ReadEvalLog = EvalLogFile & { summary: EvalLogSummary };

export interface Readings {
  /** In the order of Discovered.training. */
  training: TrainingReading[];
  evaluated: ReadEvalLog[];
  /** Allocation rows by job id; empty when sacct is off or failed. */
  sacctJobs: Map<string, SacctJob>;
  sacctDiagnostics: Diagnostic[];
  queue: QueueReading;
  squeueDiagnostics: Diagnostic[];
  /** Worker threads the evaluation logs were read on (0: the main thread). */
  evalThreads: number;
}

export interface ReadSettings {
  sacct: SacctSetting;
  squeue: SqueueSetting;
}

/**
 * Phases 1 and 2 overlapped: the evaluation logs are found first and are read from then on (on the
 * worker threads when there are enough), while this thread searches the training outputs and asks
 * sacct and squeue (each a second or more on a busy cluster). The training outputs are read last:
 * a training job's duration comes from sacct when it has one, else from its progress bars.
 */
export async function discoverAndRead(
  experiment: Experiment,
  settings: ReadSettings,
  progress: Progress,
  options: { charts: boolean; pool?: WorkerPool | null } = { charts: true },
): Promise<{ discovered: Discovered; readings: Readings }> {
  const roots = discoveryRoots(experiment);
  // Every file opened for reading must lie inside the roots, checked on the open file.
  return readingInside(roots, () => discoverAndReadInside(experiment, roots, settings, progress, options));
}

async function discoverAndReadInside(
  experiment: Experiment,
  roots: readonly string[],
  settings: ReadSettings,
  progress: Progress,
  options: { charts: boolean; pool?: WorkerPool | null },
): Promise<{ discovered: Discovered; readings: Readings }> {
  const evaluations = await discoverEvaluations(experiment, roots, progress);
  const { logFiles, evalJobs } = evaluations;
  let evalThreads = 0;
  // The caller's pool (started early, see pipeline/workers.ts) or, when it started none, one for
  // what was found and the training outputs the YAML promises; only one started here is closed here.
  const pool = options.pool ?? (await startReadingPool(logFiles.length + fineTunedRuns(experiment)));
  // What the workers open must lie inside the experiment too (this thread's: see discoverAndRead).
  pool?.readInside(roots);
  // The progress line shows one phase: the logs' count is kept until their phase is shown.
  let shown = false;
  let count: [number, number] = [0, logFiles.length];
  const reading = summarizeEvalLogs(
    logFiles.map((entry) => entry.file),
    {
      scorer: experiment.scorers[0] ?? null,
      concurrency: IO_CONCURRENCY,
      onRead: (done, total) => {
        count = [done, total];
        if (shown) progress('reading evaluation logs', done, total);
      },
      onThreads: (threads) => (evalThreads = threads),
      pool,
    },
  );
  // Awaited below in every case: a pool must not close under it (its reads would go to this thread).
  reading.catch(() => undefined);
  try {
    const discovered: Discovered = {
      ...(await discoverTrainingSide(experiment, roots, progress)),
      ...evaluations,
    };
    // sacct first: a job whose accounting has no elapsed time gets its duration from the progress bars.
    const jobIds = [...discovered.training.map((t) => t.slurmOut?.jobId), ...evalJobs.map((e) => e.jobId)];
    const asked = await askSacct(jobIds, settings.sacct, progress);
    const queue = await askSqueue(settings.squeue, progress);
    shown = true;
    progress('reading evaluation logs', ...count);
    const readAllTraining = async (): Promise<TrainingReading[]> => {
      const training = await mapLimit(discovered.training, IO_CONCURRENCY, (found) => {
        const elapsed = found.slurmOut?.jobId
          ? asked.sacctJobs.get(found.slurmOut.jobId)?.elapsedSeconds
          : undefined;
        return readTrainingOn(pool, found, elapsed === undefined || elapsed === null);
      });
      if (options.charts) await readLossCurves(discovered.training, training, pool);
      return training;
    };
    // Both sides finish before the pool closes, even when one fails.
    const [training, summaries] = await bothSettled(readAllTraining(), reading);
    const evaluated = logFiles.map((entry, index) => ({ ...entry, summary: summaries[index]! }));
    return { discovered, readings: { training, evaluated, ...asked, ...queue, evalThreads } };
  } catch (error) {
    await reading.catch(() => undefined);
    throw error;
  } finally {
    if (pool !== options.pool) await pool?.close();
  }
}

/** Like Promise.all for two, but waits for both before passing on the first failure. */
async function bothSettled<A, B>(a: Promise<A>, b: Promise<B>): Promise<[A, B]> {
  const [first, second] = await Promise.allSettled([a, b]);
  if (first.status === 'rejected') throw first.reason;
  if (second.status === 'rejected') throw second.reason;
  return [first.value, second.value];
}

/**
 * Loss curves for the chart, only of the runs it can draw (the lowest final losses, as it picks
 * them): the others would be read for nothing.
 */
async function readLossCurves(
  found: readonly TrainingOutput[],
  training: TrainingReading[],
  pool: WorkerPool | null,
): Promise<void> {
  const finalLoss = (reading: TrainingReading): number => {
    const loss = reading.reading?.loss?.finalLoss;
    return loss !== undefined && Number.isFinite(loss) ? loss : Infinity;
  };
  const candidates = training
    .map((reading, index) => ({ reading, path: found[index]?.slurmOut?.path }))
    .filter(({ reading, path }) => path && reading.reading?.loss && !reading.reading.error)
    .sort((a, b) => finalLoss(a.reading) - finalLoss(b.reading))
    .slice(0, MAX_CHART_LINES);
  await mapLimit(candidates, IO_CONCURRENCY, async ({ reading, path }) => {
    const curve = await readLossCurveOn(pool, path!);
    reading.curve = curve;
    if (curve.error) reading.diagnostics.push({ level: 'warning', file: curve.path, message: curve.error });
  });
}

/** One squeue call for the user's queued and running jobs; null jobs when off or failed. */
async function askSqueue(
  setting: SqueueSetting,
  progress: (message: string) => void,
): Promise<Pick<Readings, 'queue' | 'squeueDiagnostics'>> {
  if (setting.mode === 'off') return { queue: { jobs: null, asked: 'off' }, squeueDiagnostics: [] };
  progress('asking squeue for queued jobs');
  const squeue = await querySqueue(setting.mode === 'path' ? { squeuePath: setting.path } : {});
  return {
    queue: { jobs: squeue.jobs, asked: squeue.jobs === null ? 'unavailable' : 'squeue' },
    // squeue missing where it was not asked for by path is the usual case off a cluster: the summary's
    // queue note says it, without a warning.
    squeueDiagnostics:
      squeue.warning && !(squeue.notFound && setting.mode === 'auto')
        ? [{ level: 'warning', file: null, message: squeue.warning }]
        : [],
  };
}

/** One batched sacct call for every job id the files name; empty when sacct is off or fails. */
async function askSacct(
  jobIds: Array<string | null | undefined>,
  setting: SacctSetting,
  progress: (message: string) => void,
): Promise<Pick<Readings, 'sacctJobs' | 'sacctDiagnostics'>> {
  const ids = [...new Set(jobIds.filter((id): id is string => Boolean(id)))];
  if (setting.mode === 'off' || ids.length === 0) return { sacctJobs: new Map(), sacctDiagnostics: [] };
  progress(`asking sacct about ${ids.length} jobs`);
  const sacct = await querySacct(ids, setting.mode === 'path' ? { sacctPath: setting.path } : {});
  return {
    sacctJobs: sacct.jobs,
    sacctDiagnostics: sacct.warning ? [{ level: 'warning', file: null, message: sacct.warning }] : [],
  };
}
