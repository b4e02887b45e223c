// Phase 2, read: what the discovered files say. The tail of each training SLURM output, every
// evaluation log, and one batched sacct call for every job id the files name. Returns the readings
// and the problems met; it decides nothing.
import type { Diagnostic } from '../diagnostic.js';
import type { EvalLogSummary } from '../model/eval-log-summary.js';
import type { Experiment } from '../sources/experiment/index.js';
import { querySacct, type SacctJob, type SacctSetting } from '../sources/slurm/sacct.js';
import { readTrainingLog, type TrainingLogReading } from '../sources/slurm/training-log.js';
import { readLossCurve, type LossCurve } from '../sources/slurm/loss-curve.js';
import { MAX_CHART_LINES } from '../render/charts.js';
import { mapLimit } from '../util/map-limit.js';
import { IO_CONCURRENCY, type Discovered, type EvalLogFile, type TrainingOutput } from './discover.js';
import { summarizeEvalLogs } from './eval-logs.js';

export interface TrainingReading {
  run: string;
  /** Null when the run has no training output. */
  reading: TrainingLogReading | null;
  /** The loss curve for the charts; null when charts are off or there is no training output. */
  curve: LossCurve | null;
  diagnostics: Diagnostic[];
}

export type ReadEvalLog = EvalLogFile & { summary: EvalLogSummary };

export interface Readings {
  /** In the order of Discovered.training. */
  training: TrainingReading[];
  evaluated: ReadEvalLog[];
  /** Allocation rows by job id; empty when sacct is off or failed. */
  sacctJobs: Map<string, SacctJob>;
  sacctDiagnostics: Diagnostic[];
}

export async function read(
  experiment: Experiment,
  discovered: Discovered,
  sacct: SacctSetting,
  progress: (message: string) => void,
  options: { charts: boolean } = { charts: true },
): Promise<Readings> {
  progress(`reading training outputs of ${discovered.training.length} runs`);
  const training = await mapLimit(discovered.training, IO_CONCURRENCY, readTraining);
  if (options.charts) await readLossCurves(discovered.training, training);
  const { logFiles, evalJobs } = discovered;
  progress(`reading ${logFiles.length} evaluation logs`);
  const summaries = await summarizeEvalLogs(
    logFiles.map((entry) => entry.file),
    { scorer: experiment.scorers[0] ?? null, concurrency: IO_CONCURRENCY },
  );
  const evaluated = logFiles.map((entry, index) => ({ ...entry, summary: summaries[index]! }));
  const jobIds = [...discovered.training.map((t) => t.slurmOut?.jobId), ...evalJobs.map((e) => e.jobId)];
  const asked = await askSacct(jobIds, sacct, progress);
  return { training, evaluated, ...asked };
}

/**
 * Loss curves for the chart, only of the runs it can draw (the lowest final losses, as it picks
 * them): the others would be read for nothing.
 */
async function readLossCurves(found: readonly TrainingOutput[], training: TrainingReading[]): Promise<void> {
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
    const curve = await readLossCurve(path!);
    reading.curve = curve;
    if (curve.error) reading.diagnostics.push({ level: 'warning', file: curve.path, message: curve.error });
  });
}

async function readTraining(found: TrainingOutput): Promise<TrainingReading> {
  const diagnostics: Diagnostic[] = [];
  const reading = found.slurmOut ? await readTrainingLog(found.slurmOut.path) : null;
  if (reading?.error) diagnostics.push({ level: 'error', file: reading.path, message: reading.error });
  if (found.olderOutputs > 0 && found.slurmOut) {
    diagnostics.push({
      level: 'warning',
      file: found.slurmOut.path,
      message: `${found.run}: ${found.olderOutputs + 1} training outputs; the newest was read`,
    });
  }
  return { run: found.run, reading, curve: null, diagnostics };
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
