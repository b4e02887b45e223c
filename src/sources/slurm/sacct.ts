// SLURM accounting: one batched `sacct` call for all jobs of an experiment. Formats and failure
// modes: sacct(1), and what clusters print when accounting is off or its database is down. sacct is often missing (a laptop, CI)
// or broken (accounting disabled, database down): every failure is a warning in the result, never a
// throw, so the summary can fall back to what the files say.
import { runCommand, spawnProblem } from '../../util/run-command.js';
import { firstLine } from '../../util/strings.js';
import { FIELDS, SACCT_DELIMITER, type SacctResult, parseSacctOutput } from './sacct-output.js';

export * from './sacct-output.js';

/** Whether to ask sacct: as found on PATH, never, or this executable. */
export type SacctSetting = { mode: 'auto' } | { mode: 'off' } | { mode: 'path'; path: string };

export interface SacctOptions {
  /** The sacct binary; default `sacct` looked up on PATH. */
  sacctPath?: string;
  /** Default 20 s; the child is killed when it runs longer. */
  timeoutMs?: number;
}

export const DEFAULT_SACCT_TIMEOUT_MS = 20_000;

const VALID_JOB_ID = /^\d+(?:_\d+)?$/;

/** The argument array of the one batched sacct call (exported for the tests and the process log). */
export function sacctArguments(jobIds: string[]): string[] {
  return [
    '-j',
    jobIds.join(','),
    `--format=${FIELDS.join(',')}`,
    '--parsable2',
    '--noheader',
    `--delimiter=${SACCT_DELIMITER}`,
  ];
}

/** One human line for sacct's stderr of a failed call. */
function explainFailure(stderr: string, exitCode: number | null, signal: string | null): string {
  if (/accounting storage is disabled/i.test(stderr)) {
    return 'SLURM accounting is disabled on this cluster (sacct: "Slurm accounting storage is disabled"); job states come from the files only';
  }
  const dbLine = stderr
    .split(/\r?\n/)
    .find((l) => /Problem talking to the database|persistent connection|PersistInit|slurmdbd/i.test(l));
  if (dbLine) {
    return `sacct could not reach the SLURM accounting database (${dbLine.trim()}); job states come from the files only`;
  }
  const detail = firstLine(stderr);
  const ending = signal ? `was killed by ${signal}` : `exited with code ${exitCode ?? '?'}`;
  return `sacct ${ending}${detail ? `: ${detail.slice(0, 200)}` : ''}; job states come from the files only`;
}

/**
 * The accounting rows of the given jobs in ONE sacct call. Ids must be `123` or `123_4`; others are
 * left out with a warning. Never throws: a missing binary, disabled accounting, an unreachable
 * database, garbage output, a non-zero exit or a hang (killed after `timeoutMs`) give a result
 * whose `warning` says so.
 */
export async function querySacct(jobIds: string[], options: SacctOptions = {}): Promise<SacctResult> {
  const invalid = jobIds.filter((id) => !VALID_JOB_ID.test(id));
  const valid = [...new Set(jobIds.filter((id) => VALID_JOB_ID.test(id)))];
  const invalidWarning =
    invalid.length > 0
      ? `ignored job id(s) that are not SLURM ids: ${invalid.map((id) => JSON.stringify(id)).join(', ')}`
      : null;
  if (valid.length === 0) return { jobs: new Map(), warning: invalidWarning };

  const sacct = options.sacctPath ?? 'sacct';
  const timeoutMs = options.timeoutMs ?? DEFAULT_SACCT_TIMEOUT_MS;
  // An argument array, never a shell; on timeout the whole process group is killed.
  const outcome = await runCommand(sacct, sacctArguments(valid), { timeoutMs });
  const withInvalid = (warning: string | null): string | null =>
    [warning, invalidWarning].filter((w): w is string => w !== null).join('; ') || null;
  const fallback = '; job states come from the files only';

  if (outcome.kind === 'spawn-error') {
    const warning = spawnProblem('sacct', sacct, Boolean(options.sacctPath), outcome);
    return { jobs: new Map(), warning: withInvalid(warning + fallback) };
  }
  if (outcome.kind === 'timeout') {
    return {
      jobs: new Map(),
      warning: withInvalid(`sacct did not answer within ${timeoutMs / 1000} s and was stopped${fallback}`),
    };
  }
  if (outcome.kind === 'too-much-output') {
    return {
      jobs: new Map(),
      warning: withInvalid(`sacct printed more output than expected and was stopped${fallback}`),
    };
  }
  if (outcome.exitCode !== 0) {
    return {
      jobs: new Map(),
      warning: withInvalid(explainFailure(outcome.stderr, outcome.exitCode, outcome.signal)),
    };
  }

  const parsed = parseSacctOutput(outcome.stdout);
  if (parsed.jobs.size === 0 && parsed.warning !== null) {
    return { jobs: new Map(), warning: withInvalid(parsed.warning + fallback) };
  }
  // Some builds print database errors yet exit 0 with no rows.
  if (parsed.jobs.size === 0 && /error/i.test(outcome.stderr)) {
    return { jobs: new Map(), warning: withInvalid(explainFailure(outcome.stderr, 0, null)) };
  }
  return { jobs: parsed.jobs, warning: withInvalid(parsed.warning) };
}
