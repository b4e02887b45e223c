// Phase 1, discover: which files the experiment has. Where each fine-tuned run's training SLURM output
// and checkpoints are, which evaluation logs every run folder holds, and which logs each eval job's
// SLURM output announces. Returns what it found and the problems it met; it decides nothing. Its two
// halves, the evaluation side and the training side, are run by read.ts (discoverAndRead), which
// reads the logs found by the first while the second searches.
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { Diagnostic } from '../diagnostic.js';
import type { EvalJobOutput } from '../model/eval-placement.js';
import { trainingLocation, type Experiment, type TrainingLocation } from '../sources/experiment/index.js';
import { discoverEvalLogs } from '../sources/inspect/log-files.js';
import {
  evalLogNamesInSlurmOutput,
  findTrainingSlurmOutput,
  jobIdFromSlurmFileName,
  listCheckpointEpochs,
  type SlurmOutputFile,
} from '../sources/slurm/slurm-files.js';
import { resolveInside, unsafeNameReason } from '../util/contained-path.js';
import { FolderListings } from '../util/folder-listing.js';
import { isMissing } from '../util/fs-errors.js';
import { mapLimit } from '../util/map-limit.js';
import { displayPath } from '../util/paths.js';

/** Directories listed at once: enough to hide I/O latency on a cluster file system, far below any fd limit. */
export const IO_CONCURRENCY = 16;

/** Progress for a terminal: a phase, and its counts when it has them. */
export type Progress = (phase: string, done?: number, total?: number) => void;

/** Where one fine-tuned run's training output is. */
export interface TrainingOutput {
  run: string;
  location: TrainingLocation;
  /** The newest training SLURM output; null when there is none. */
  slurmOut: SlurmOutputFile | null;
  /** How many older training outputs lie beside it. */
  olderOutputs: number;
  /** 0-based epochs with a checkpoint folder. */
  checkpoints: number[];
  diagnostics: Diagnostic[];
  /** Why nothing of this run was read (a name that is not one folder name), or undefined. */
  refused?: string;
}

export interface EvalLogFile {
  run: string;
  /** Absolute path of the log. */
  file: string;
  /** The run's eval folder. */
  evalDir: string;
}

export interface Discovered {
  training: TrainingOutput[];
  /** Problems of the training side as a whole (not of one run). */
  trainingDiagnostics: Diagnostic[];
  logFiles: EvalLogFile[];
  evalJobs: EvalJobOutput[];
  evaluationDiagnostics: Diagnostic[];
  /** output.base_directory as the YAML gives it, when it names one that does not exist here. */
  missingBase: string | null;
}

/** Where each fine-tuned run's training output is, and whether the output base directory is missing. */
export async function discoverTrainingSide(
  experiment: Experiment,
  roots: readonly string[],
  progress: Progress,
): Promise<Pick<Discovered, 'training' | 'trainingDiagnostics' | 'missingBase'>> {
  const training = await discoverTraining(experiment, roots, progress);
  const trainingDiagnostics = await missingBaseDirectory(experiment, training);
  const missingBase = trainingDiagnostics.length > 0 ? experiment.outputBaseDirectory : null;
  return { training, trainingDiagnostics, missingBase };
}

/**
 * Where files may be read: the experiment directory and, when the YAML names one, the training
 * output base directory. Symbolic links leading elsewhere are not followed. One array for a whole
 * pass: the real paths of its roots are taken once (resolveInside).
 */
export function discoveryRoots(experiment: Experiment): string[] {
  const roots = [experiment.dir];
  const first = experiment.runs.find((run) => unsafeNameReason(run.name) === null);
  if (experiment.layout === 'ck-out' && experiment.outputBaseDirectory !== null && first) {
    roots.push(path.dirname(trainingLocation(experiment, first.name).outputDir));
  }
  return roots;
}

/** The note of a run whose name cannot be a folder name: nothing of it is read. */
function refusedNote(name: string): string | null {
  const why = unsafeNameReason(name);
  return why === null
    ? null
    : `not read: the run name is not a plain folder name (${why}), so nothing outside the experiment can be reached through it`;
}

/** Where each fine-tuned run's SLURM output and checkpoints are. */
async function discoverTraining(
  experiment: Experiment,
  roots: readonly string[],
  progress: Progress,
): Promise<TrainingOutput[]> {
  const fineTuned = experiment.runs.filter((run) => run.type === 'fine-tuned');
  // A first report at 0, so that the estimate counts from the phase's start, not from its first run.
  progress('finding training outputs', 0, fineTuned.length);
  let done = 0;
  return mapLimit(fineTuned, IO_CONCURRENCY, async (run): Promise<TrainingOutput> => {
    const found = await findTraining(experiment, run.name, roots);
    progress('finding training outputs', ++done, fineTuned.length);
    return found;
  });
}

/** One fine-tuned run's SLURM output and checkpoints. */
async function findTraining(
  experiment: Experiment,
  run: string,
  roots: readonly string[],
): Promise<TrainingOutput> {
  const location = trainingLocation(experiment, run);
  const refused = refusedNote(run);
  if (refused !== null) {
    return { run, location, slurmOut: null, olderOutputs: 0, checkpoints: [], diagnostics: [], refused };
  }
  // The output folder holds both, listed once.
  const listings = new FolderListings();
  const [found, checkpoints] = await Promise.all([
    findTrainingSlurmOutput(location, roots, listings),
    listCheckpointEpochs(location.outputDir, listings, roots),
  ]);
  const diagnostics = [...found.warnings, ...(checkpoints.warning ? [checkpoints.warning] : [])];
  return {
    run,
    location,
    slurmOut: found.slurmOut,
    olderOutputs: found.others.length,
    checkpoints: checkpoints.epochs,
    diagnostics,
  };
}

/** Matters only where a run left no output in its own folder either (successful runs never do). */
async function missingBaseDirectory(
  experiment: Experiment,
  training: readonly TrainingOutput[],
): Promise<Diagnostic[]> {
  const first = training.find((t) => t.refused === undefined);
  if (experiment.layout !== 'ck-out' || experiment.outputBaseDirectory === null || !first) return [];
  const baseDir = path.dirname(first.location.outputDir);
  if (!training.some((t) => !t.slurmOut) || (await isDirectory(baseDir))) return [];
  return [
    {
      level: 'warning',
      file: displayPath(experiment.dir, experiment.yamlPath),
      message:
        `output.base_directory ${experiment.outputBaseDirectory} does not exist here (${baseDir}): ` +
        'the training outputs and checkpoints of runs that succeeded cannot be read (run this where the experiment ran)',
    },
  ];
}

/** The evaluation logs and the eval jobs' SLURM outputs of every run folder. */
export async function discoverEvaluations(
  experiment: Experiment,
  roots: readonly string[],
  progress: Progress,
): Promise<Pick<Discovered, 'logFiles' | 'evalJobs' | 'evaluationDiagnostics'>> {
  const runNames = [
    ...new Set([...experiment.runs.map((run) => run.name), ...experiment.matrix.map((e) => e.run)]),
  ];
  // Several run folders at once (each is a chain of small file-system calls, slow one by one on a
  // network file system); the results keep the runs' order.
  progress('finding evaluation logs', 0, runNames.length);
  let done = 0;
  const perRun = await mapLimit(runNames, IO_CONCURRENCY, async (run) => {
    const logFiles: EvalLogFile[] = [];
    const evalJobs: EvalJobOutput[] = [];
    const diagnostics: Diagnostic[] = [];
    if (unsafeNameReason(run) === null) {
      const evalDir = path.join(experiment.dir, run, 'eval');
      // The logs and the eval jobs' outputs are in the same folders, listed once.
      const listings = new FolderListings();
      // Every entry the glob finds is a log or a warning naming it and the reason.
      const found = await discoverEvalLogs(evalDir, roots, listings);
      for (const file of found.files) logFiles.push({ run, file, evalDir });
      for (const { file, reason } of found.skipped) {
        diagnostics.push({ level: 'warning', file, message: `not read: ${reason}` });
      }
      for (const slurmOut of await evalSlurmOutputs(evalDir, roots, diagnostics, listings)) {
        const announced = await evalLogNamesInSlurmOutput(slurmOut);
        if (announced.warning) diagnostics.push(announced.warning);
        evalJobs.push({
          run,
          slurmOut,
          jobId: jobIdFromSlurmFileName(slurmOut),
          logNames: announced.logNames,
          failure: announced.failure,
        });
      }
    }
    progress('finding evaluation logs', ++done, runNames.length);
    return { logFiles, evalJobs, diagnostics };
  });
  return {
    logFiles: perRun.flatMap((one) => one.logFiles),
    evalJobs: perRun.flatMap((one) => one.evalJobs),
    evaluationDiagnostics: perRun.flatMap((one) => one.diagnostics),
  };
}

/** `slurm-*.out` files of a run's eval folder and of its per-cell subfolders (`{task}_epoch{N}/`). */
async function evalSlurmOutputs(
  evalDir: string,
  roots: readonly string[],
  diagnostics: Diagnostic[],
  listings: FolderListings,
): Promise<string[]> {
  const found: string[] = [];
  // Only inside the experiment (an eval folder that leads elsewhere is warned about with its logs).
  if (!(await listings.inside(evalDir, roots)).ok) return found;
  const scan = async (dir: string, depth: number): Promise<void> => {
    let entries;
    try {
      entries = await listings.entries(dir);
    } catch (error) {
      if (!isMissing(error)) {
        diagnostics.push({
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
      else if (entry.isDirectory() && depth > 0 && entry.name !== 'logs') {
        // Only a subfolder that is inside (the log walk's verdict when it walked it, else asked now).
        if ((await listings.inside(full, roots)).ok) await scan(full, depth - 1);
      } else if (entry.isSymbolicLink() && isOutput) {
        // Followed only into the experiment or the output base, like every other link.
        const place = await resolveInside(full, roots);
        if (place.ok) found.push(full);
        else diagnostics.push({ level: 'warning', file: full, message: `not read: ${place.detail}` });
      }
    }
  };
  await scan(evalDir, 1);
  return found.sort();
}

async function isDirectory(dir: string): Promise<boolean> {
  try {
    return (await stat(dir)).isDirectory();
  } catch {
    return false;
  }
}
