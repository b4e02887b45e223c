// Where SLURM outputs and checkpoints live in a cruijff_kit experiment, and what their names say.
// Layout: cruijff_kit's (ck-out-{run}/, {run}/eval/, slurm-%j.out). Missing folders and files are normal
// (a run not started yet) and give empty results; folders or files that exist but cannot be read
// give a warning naming them.
import { stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Diagnostic } from '../../diagnostic.js';
import { readFileTail } from '../../util/file-tail.js';
import { newestFirst } from '../../util/order.js';
import { detached } from '../../util/strings.js';
import { resolveInside } from '../../util/contained-path.js';
import { FolderListings, type FolderEntry } from '../../util/folder-listing.js';
import { FAILURE_TAIL_BYTES, failureEvidenceInText, type FailureEvidence } from './training-log.js';
import { fsProblem, isMissing } from '../../util/fs-errors.js';

export interface SlurmOutputFile {
  path: string;
  /** `123` from `slurm-123.out`, `123_4` from `slurm-123_4.out`; null for other names. */
  jobId: string | null;
  modifiedMs: number;
  /** `output`: `ck-out-{run}` (moved there when training succeeded); `run`: the run folder. */
  location: 'output' | 'run';
}

const SLURM_OUT_NAME = /^slurm-(.+)\.out$/;
const JOB_ID_IN_NAME = /^slurm-(\d+(?:_\d+)?)\.out$/;

/** The job id a default SLURM output name carries (`slurm-%j.out`, `slurm-%A_%a.out`), or null. */
export function jobIdFromSlurmFileName(name: string): string | null {
  return JOB_ID_IN_NAME.exec(basename(name))?.[1] ?? null;
}

function warningFor(file: string, what: string, error: unknown): Diagnostic {
  return { level: 'warning', file, message: `cannot read ${what} ${file}: ${fsProblem(error)}` };
}

/** Directory entries, or [] when the directory does not exist; a warning when it cannot be read. */
async function listDir(
  dir: string,
  what: string,
  listings: FolderListings,
): Promise<{ entries: readonly FolderEntry[]; warning: Diagnostic | null }> {
  try {
    return { entries: await listings.entries(dir), warning: null };
  } catch (error) {
    if (isMissing(error)) return { entries: [], warning: null };
    return { entries: [], warning: warningFor(dir, what, error) };
  }
}

async function slurmOutputsIn(
  dir: string,
  location: SlurmOutputFile['location'],
  roots: readonly string[] | null,
  listings: FolderListings,
): Promise<{ files: SlurmOutputFile[]; warnings: Diagnostic[] }> {
  if (roots !== null) {
    const place = await listings.inside(dir, roots);
    if (!place.ok) {
      return {
        files: [],
        warnings:
          place.reason === 'missing'
            ? []
            : [{ level: 'warning', file: dir, message: `cannot read folder ${dir}: ${place.detail}` }],
      };
    }
  }
  const { entries, warning } = await listDir(dir, 'folder', listings);
  const warnings = warning ? [warning] : [];
  const files: SlurmOutputFile[] = [];
  const outputs = entries.filter((entry) => SLURM_OUT_NAME.test(entry.name));
  for (const entry of outputs.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const { name } = entry;
    const path = join(dir, name);
    try {
      if (roots !== null && entry.isSymbolicLink()) {
        const place = await resolveInside(path, roots);
        if (!place.ok) {
          warnings.push({
            level: 'warning',
            file: path,
            message: `cannot read SLURM output ${path}: ${place.detail}`,
          });
          continue;
        }
      }
      const info = await stat(path);
      if (info.isFile())
        files.push({ path, jobId: jobIdFromSlurmFileName(name), modifiedMs: info.mtimeMs, location });
    } catch (error) {
      if (!isMissing(error)) warnings.push(warningFor(path, 'SLURM output', error));
    }
  }
  return { files, warnings };
}

// Ties (same mtime) go to the higher job id: the later submission.
const newestOutputFirst = newestFirst<SlurmOutputFile>(
  (file) => file.modifiedMs,
  (a, b) => compareJobIds(a.jobId, b.jobId),
);

function compareJobIds(a: string | null, b: string | null): number {
  const key = (id: string | null): [number, number] => {
    const [job, task] = (id ?? '-1').split('_');
    return [Number(job), Number(task ?? -1)];
  };
  const [aj, at] = key(a);
  const [bj, bt] = key(b);
  return aj - bj || at - bt;
}

/**
 * The training SLURM output of a run: the newest `slurm-*.out` in its output folder
 * (`{output.base_directory}/ck-out-{run}`, where cruijff_kit moves it when training succeeded),
 * else the newest in the run folder `{experiment}/{run}` (where a failed or running job's output
 * stays). `others` lists the older candidates.
 */
export async function findTrainingSlurmOutput(
  location: {
    /** The run's training output folder (see trainingLocation); null when there is none. */
    outputDir: string | null;
    runDir: string;
  },
  /** Symbolic links are followed only into these (the experiment, the output base); null: any. */
  roots: readonly string[] | null = null,
  /** Listings shared with the other readers of the same folders (listCheckpointEpochs). */
  listings = new FolderListings(),
): Promise<{ slurmOut: SlurmOutputFile | null; others: SlurmOutputFile[]; warnings: Diagnostic[] }> {
  const warnings: Diagnostic[] = [];
  const places: Array<[string, SlurmOutputFile['location']]> = [];
  if (location.outputDir !== null) places.push([location.outputDir, 'output']);
  places.push([location.runDir, 'run']);
  for (const [dir, location] of places) {
    const found = await slurmOutputsIn(dir, location, roots, listings);
    warnings.push(...found.warnings);
    if (found.files.length > 0) {
      const [slurmOut, ...others] = found.files.sort(newestOutputFirst);
      return { slurmOut: slurmOut ?? null, others, warnings };
    }
  }
  return { slurmOut: null, others: [], warnings };
}

/** 0-based epochs whose `epoch_N` checkpoint folder exists in `ckOutDir`, ascending. */
export async function listCheckpointEpochs(
  ckOut: string,
  /** Listings shared with the other readers of the same folder (findTrainingSlurmOutput). */
  listings = new FolderListings(),
  /**
   * Links are followed only into these (the experiment, the output base), and a folder that
   * leads elsewhere has no checkpoints here (its SLURM outputs' reader warns about it); null: any.
   */
  roots: readonly string[] | null = null,
): Promise<{ epochs: number[]; warning: Diagnostic | null }> {
  if (roots !== null && !(await listings.inside(ckOut, roots)).ok) return { epochs: [], warning: null };
  const { entries, warning } = await listDir(ckOut, 'checkpoint folder', listings);
  const epochs: number[] = [];
  for (const entry of entries) {
    const m = /^epoch_(\d+)$/.exec(entry.name);
    if (!m) continue;
    if (entry.isDirectory()) epochs.push(Number(m[1]));
    else if (entry.isSymbolicLink()) {
      // A link counts when it leads to a folder, inside (asked only of links: the listing has the rest).
      const path = join(ckOut, entry.name);
      if (roots !== null && !(await resolveInside(path, roots)).ok) continue;
      const info = await stat(path).catch(() => null);
      if (info?.isDirectory()) epochs.push(Number(m[1]));
    }
  }
  return { epochs: epochs.sort((a, b) => a - b), warning };
}

/** `eval-{task}-{run}-ep{N}` or `eval-{task}-ep{N}` → N; null for base runs (`eval-{task}`) and others. */
export function epochFromEvalJobName(jobName: string): number | null {
  // `s`: a name holding \r or U+2028 (they are line terminators for `.`) still matches.
  const m = /^eval-.+-ep(\d+)$/s.exec(jobName.trim());
  return m ? Number(m[1]) : null;
}

/** `{task}_epoch{N}.slurm` → N; null for `{task}_base.slurm` and others. */
export function epochFromJobScriptName(name: string): number | null {
  const m = /^.+_epoch(\d+)\.slurm$/.exec(basename(name));
  return m ? Number(m[1]) : null;
}

const LOG_LINE = /^\s*Log:\s*(.*)$/;
/** How much of an eval job's output is read, from its end. */
export const EVAL_OUTPUT_TAIL_BYTES = 1024 * 1024;
const LOG_FILE_END = /\.(?:eval|json)$/;
/** A folded path continues over at most this many extra lines (80-column folds of a long path). */
const MAX_FOLDED_LINES = 8;

/**
 * What an eval job's SLURM output says: the file names (basenames) of the inspect logs it
 * announces with `Log: logs/<file>.eval`, in order, and any failure text SLURM or Python left at
 * its end (a job killed at its time limit leaves its log unfinished). rich folds a long path at the
 * console width (80 columns when not a terminal), so an announcement can continue over the next
 * lines. Only the tail is read: inspect prints `Log:` in its final panel.
 */
export async function evalLogNamesInSlurmOutput(
  path: string,
): Promise<{ logNames: string[]; failure: FailureEvidence | null; warning: Diagnostic | null }> {
  let tail;
  try {
    tail = await readFileTail(path, EVAL_OUTPUT_TAIL_BYTES);
  } catch (error) {
    if (isMissing(error)) return { logNames: [], failure: null, warning: null };
    return { logNames: [], failure: null, warning: warningFor(path, 'eval SLURM output', error) };
  }
  const lines = tail.text.split('\n');
  // A tail read from mid-file starts with a cut line.
  if (tail.cut) lines.shift();
  const failure = failureEvidenceInText(tail.text.slice(-FAILURE_TAIL_BYTES));
  // Names and reason in storage of their own, not views that keep the 1 MiB tail alive per job.
  return {
    logNames: announcedLogNames(lines).map(detached),
    failure: failure && { ...failure, reason: detached(failure.reason) },
    warning: null,
  };
}

function announcedLogNames(lines: readonly string[]): string[] {
  const logNames: string[] = [];
  // The announced path so far, while it is still being unfolded; null when not inside one.
  let folding: { text: string; extraLines: number } | null = null;
  const finish = (text: string): void => {
    const name = basename(text.trim());
    if (LOG_FILE_END.test(name) && !logNames.includes(name)) logNames.push(name);
  };
  for (const rawLine of lines) {
    // eslint-disable-next-line no-control-regex -- ANSI escape codes are exactly what is stripped
    const line = rawLine.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '').replace(/\r/g, '');
    if (folding) {
      const piece = line.trim();
      if (piece === '' || piece.includes(' ') || folding.extraLines >= MAX_FOLDED_LINES) {
        folding = null; // Not a continuation: the announcement was cut off or was not a path.
      } else {
        folding.text += piece;
        folding.extraLines++;
        if (LOG_FILE_END.test(folding.text)) {
          finish(folding.text);
          folding = null;
        }
        continue;
      }
    }
    const m = LOG_LINE.exec(line);
    if (!m) continue;
    const text = (m[1] ?? '').trim();
    if (LOG_FILE_END.test(text)) finish(text);
    else folding = { text, extraLines: 0 };
  }
  return logNames;
}
