// Phase 2, read: what the discovered files say. The tail of each training SLURM output, every
// evaluation log, and one batched sacct call for every job id the files name. Returns the readings
// and the problems met; it decides nothing.
import type { Diagnostic } from '../diagnostic.js';
import type { EvalLogSummary } from '../model/eval-log-summary.js';
import type { Experiment } from '../sources/experiment/index.js';
import { querySacct, type SacctJob, type SacctSetting } from '../sources/slurm/sacct.js';
import { readTrainingLog, type TrainingLogReading } from '../sources/slurm/training-log.js';
import { mapLimit } from '../util/map-limit.js';
import { IO_CONCURRENCY, type Discovered, type EvalLogFile, type TrainingOutput } from './discover.js';
import { summarizeEvalLogs } from './eval-logs.js';

/** Progress for a terminal: a phase, and its counts when it has them. */
export type Progress = (phase: string, done?: number, total?: number) => void;

export interface TrainingReading {
  run: string;
  /** Null when the run has no training output. */
  reading: TrainingLogReading | null;
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
  progress: Progress,
): Promise<Readings> {
  const { logFiles, evalJobs } = discovered;
  // The evaluation logs go to worker threads (when there are many), so the training outputs are
  // read on the main thread meanwhile; the progress line follows the logs, the long part.
  progress('reading evaluation logs', 0, logFiles.length);
  const [training, summaries] = await Promise.all([
    mapLimit(discovered.training, IO_CONCURRENCY, readTraining),
    summarizeEvalLogs(
      logFiles.map((entry) => entry.file),
      {
        scorer: experiment.scorers[0] ?? null,
        concurrency: IO_CONCURRENCY,
        onRead: (done, total) => progress('reading evaluation logs', done, total),
      },
    ),
  ]);
  const evaluated = logFiles.map((entry, index) => ({ ...entry, summary: summaries[index]! }));
  const jobIds = [...discovered.training.map((t) => t.slurmOut?.jobId), ...evalJobs.map((e) => e.jobId)];
  const asked = await askSacct(jobIds, sacct, progress);
  return { training, evaluated, ...asked };
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
  return { run: found.run, reading, diagnostics };
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
