// SLURM accounting: one batched `sacct` call for all jobs of an experiment. Formats and failure
// modes: sacct(1), and what clusters print when accounting is off or its database is down. sacct is often missing (a laptop, CI)
// or broken (accounting disabled, database down): every failure is a warning in the result, never a
// throw, so the summary can fall back to what the files say.
import { spawn } from 'node:child_process';
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

function firstLine(text: string): string {
  return (
    text
      .split(/\r?\n/)
      .map((l) => l.trim())
      .find((l) => l !== '') ?? ''
  );
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
  const outcome = await runSacct(sacct, sacctArguments(valid), timeoutMs);
  const withInvalid = (warning: string | null): string | null =>
    [warning, invalidWarning].filter((w): w is string => w !== null).join('; ') || null;
  const fallback = '; job states come from the files only';

  if (outcome.kind === 'spawn-error') {
    const warning =
      outcome.code === 'ENOENT'
        ? options.sacctPath
          ? `sacct not found at ${sacct}`
          : 'sacct is not installed or not on PATH'
        : outcome.code === 'EACCES'
          ? `sacct at ${sacct} cannot be run (permission denied)`
          : `sacct could not be started: ${outcome.message}`;
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

const MAX_OUTPUT_BYTES = 64 * 1024 * 1024;

type SacctRun =
  | { kind: 'exited'; exitCode: number | null; signal: string | null; stdout: string; stderr: string }
  | { kind: 'spawn-error'; code: string | undefined; message: string }
  | { kind: 'timeout' }
  | { kind: 'too-much-output' };

/**
 * Runs sacct with an argument array (never a shell). On timeout the whole process group is killed
 * and the call returns at once: a wrapper script's children could otherwise keep the pipes open.
 */
function runSacct(command: string, args: string[], timeoutMs: number): Promise<SacctRun> {
  return new Promise((resolve) => {
    let settled = false;
    let child: ReturnType<typeof spawn> | undefined;
    const kill = (): void => {
      if (child?.pid === undefined) return;
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
    };
    const timer = setTimeout(() => {
      kill();
      settle({ kind: 'timeout' });
    }, timeoutMs);
    const settle = (run: SacctRun): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(run);
    };
    try {
      child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], detached: true, windowsHide: true });
    } catch (error) {
      const failure = error as NodeJS.ErrnoException;
      settle({ kind: 'spawn-error', code: failure.code, message: failure.message });
      return;
    }
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    let size = 0;
    const collect = (into: Buffer[]) => (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_OUTPUT_BYTES) {
        kill();
        settle({ kind: 'too-much-output' });
        return;
      }
      into.push(chunk);
    };
    child.stdout?.on('data', collect(stdout));
    child.stderr?.on('data', collect(stderr));
    child.on('error', (error: NodeJS.ErrnoException) =>
      settle({ kind: 'spawn-error', code: error.code, message: error.message }),
    );
    child.on('close', (exitCode, signal) =>
      settle({
        kind: 'exited',
        exitCode,
        signal,
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
      }),
    );
  });
}
