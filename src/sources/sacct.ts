// SLURM accounting: one batched `sacct` call for all jobs of an experiment. Formats and failure
// modes: sacct(1), and what clusters print when accounting is off or its database is down. sacct is often missing (a laptop, CI)
// or broken (accounting disabled, database down): every failure is a warning in the result, never a
// throw, so the summary can fall back to what the files say.
import { spawn } from 'node:child_process';
import { decodeBytes } from '../util/clean-text.js';

const SLURM_JOB_STATES = [
  'PENDING',
  'RUNNING',
  'SUSPENDED',
  'COMPLETING',
  'COMPLETED',
  'CANCELLED',
  'FAILED',
  'TIMEOUT',
  'NODE_FAIL',
  'PREEMPTED',
  'BOOT_FAIL',
  'DEADLINE',
  'OUT_OF_MEMORY',
  'REQUEUED',
  'RESIZING',
  'REVOKED',
  'SPECIAL_EXIT',
  'STOPPED',
] as const;

/** Job states sacct reports, with `CANCELLED by 1000` / `CANCELLED+` normalised to `CANCELLED`. */
export type SlurmJobState = (typeof SLURM_JOB_STATES)[number] | 'UNKNOWN';

const KNOWN_STATES: ReadonlySet<string> = new Set(SLURM_JOB_STATES);

/** States of a job that has not ended: it may still run, and still write its outputs. */
export const UNFINISHED_SLURM_STATES: ReadonlySet<SlurmJobState> = new Set<SlurmJobState>([
  'PENDING',
  'RUNNING',
  'SUSPENDED',
  'COMPLETING',
  'REQUEUED',
  'RESIZING',
  'STOPPED',
]);

/** `exit:signal` from the ExitCode column: `1:0` is exit status 1, `0:15` is SIGTERM. */
export interface SlurmExitCode {
  exitStatus: number;
  signal: number;
}

export interface SacctStep {
  /** `123.batch`, `123_4.extern`, `123.0`. */
  stepId: string;
  /** `batch`, `extern`, or the command of a srun step (`python`). */
  jobName: string;
  state: SlurmJobState;
  rawState: string;
  elapsedSeconds: number | null;
  exitCode: SlurmExitCode | null;
}

export interface SacctJob {
  /** The allocation id as sacct prints it: `123`, `123_4` (array task), `123_[5-10]` (pending tasks). */
  jobId: string;
  jobName: string;
  state: SlurmJobState;
  /** The State column as printed, e.g. `CANCELLED by 1000`. */
  rawState: string;
  /** Elapsed in seconds; null for `INVALID`, `UNLIMITED` or an empty cell. */
  elapsedSeconds: number | null;
  exitCode: SlurmExitCode | null;
  steps: SacctStep[];
}

export interface SacctResult {
  /** Allocations by their job id; empty when sacct could not answer. */
  jobs: Map<string, SacctJob>;
  /** Why sacct's answer is missing or partial (one human line); null when all went well. */
  warning: string | null;
}

export interface SacctOptions {
  /** The sacct binary; default `sacct` looked up on PATH. */
  sacctPath?: string;
  /** Default 20 s; the child is killed when it runs longer. */
  timeoutMs?: number;
}

export const DEFAULT_SACCT_TIMEOUT_MS = 20_000;
/**
 * Field separator: the ASCII unit separator, which a job name typed in a shell or written in an
 * `#SBATCH` line does not contain (`|` does occur in names). Parsing also tolerates it inside a name:
 * JobName is the only free-text column, so it is whatever lies between the first and last three.
 */
export const SACCT_DELIMITER = '\x1f';
// JobIDRaw last: an array task's output named `slurm-%j.out` carries its raw id (1004675), while
// JobID prints it as `1004672_3`; both name the same row.
const FIELDS = ['JobID', 'JobName', 'State', 'Elapsed', 'ExitCode', 'JobIDRaw'] as const;
const VALID_JOB_ID = /^\d+(?:_\d+)?$/;
const ROW_JOB_ID = /^(\d+(?:_(?:\d+|\[[^\]]*\]))?(?:\+\d+)?)(?:\.([A-Za-z0-9_]+))?$/;

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

/** `CANCELLED by 1000` / `CANCELLED+` → CANCELLED; unknown words → UNKNOWN. */
export function normaliseSlurmState(raw: string): SlurmJobState {
  const word = (raw.trim().split(/[ +]/)[0] ?? '').toUpperCase();
  return KNOWN_STATES.has(word) ? (word as SlurmJobState) : 'UNKNOWN';
}

/** `[D-]HH:MM:SS` (also `MM:SS`, fractional seconds) → seconds; null for INVALID/UNLIMITED/empty. */
export function parseSlurmElapsed(text: string): number | null {
  const m = /^(?:(\d+)-)?(?:(\d+):)?(\d+):(\d+(?:\.\d+)?)$/.exec(text.trim());
  if (!m) return null;
  const [, days = '0', hours = '0', minutes = '0', seconds = '0'] = m;
  return Number(days) * 86_400 + Number(hours) * 3600 + Number(minutes) * 60 + Number(seconds);
}

function parseExitCode(text: string): SlurmExitCode | null | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const m = /^(\d+):(\d+)$/.exec(trimmed);
  return m ? { exitStatus: Number(m[1]), signal: Number(m[2]) } : undefined;
}

interface ParsedRow {
  allocationId: string;
  /** JobIDRaw of the allocation (no step suffix), when sacct printed it. */
  rawId: string | null;
  stepSuffix: string | null;
  jobName: string;
  rawState: string;
  elapsedSeconds: number | null;
  exitCode: SlurmExitCode | null;
}

function parseFields(given: string[], nameJoiner: string): ParsedRow | null {
  // The JobIDRaw column (digits, a step suffix) follows ExitCode (`0:0`), so it cannot be mistaken for it.
  const fields = [...given];
  let rawId: string | null = null;
  if (fields.length >= 6 && /^\d+(?:\.[A-Za-z0-9_]+)?$/.test((fields[fields.length - 1] ?? '').trim())) {
    rawId = (fields.pop() ?? '').trim().split('.')[0] ?? null;
  }
  if (fields.length < 5) return null;
  const id = (fields[0] ?? '').trim();
  const exitText = fields[fields.length - 1] ?? '';
  const elapsedText = (fields[fields.length - 2] ?? '').trim();
  const rawState = (fields[fields.length - 3] ?? '').trim();
  const jobName = fields.slice(1, fields.length - 3).join(nameJoiner);
  const idMatch = ROW_JOB_ID.exec(id);
  const exitCode = parseExitCode(exitText);
  const elapsedSeconds = parseSlurmElapsed(elapsedText);
  const elapsedOk = elapsedSeconds !== null || /^(?:INVALID|UNLIMITED|)$/i.test(elapsedText);
  if (!idMatch || exitCode === undefined || !elapsedOk || !/^[A-Z_]+(?:\+| by \d+)?$/.test(rawState)) {
    return null;
  }
  return {
    allocationId: idMatch[1] ?? id,
    rawId,
    stepSuffix: idMatch[2] ?? null,
    jobName,
    rawState,
    elapsedSeconds,
    exitCode,
  };
}

/** A fixed-width table (sacct run without --parsable2, e.g. by a site wrapper): cells split on spaces. */
function splitFixedWidth(line: string): string[] {
  const cells = line.trim().split(/\s+/);
  // `CANCELLED by 1000` is never split in fixed width (it is cut to `CANCELLED+`), but be safe.
  const by = cells.findIndex((c, i) => c === 'by' && i > 1 && /^\d+$/.test(cells[i + 1] ?? ''));
  if (by > 0 && cells.length - by === 4) {
    cells.splice(by - 1, 3, `${cells[by - 1]} by ${cells[by + 1]}`);
  }
  return cells;
}

/** Parses sacct's output (parsable2 with SACCT_DELIMITER, or fixed-width as a fallback). */
export function parseSacctOutput(stdout: string): SacctResult {
  const jobs = new Map<string, SacctJob>();
  const unreadable: string[] = [];
  let fixedWidth = false;
  let truncated = false;
  const steps: Array<[string, SacctStep]> = [];
  const rawIds = new Map<string, string>();
  for (const line of stdout.split(/\r?\n/)) {
    if (line.trim() === '') continue;
    let fields: string[];
    let nameJoiner = SACCT_DELIMITER;
    if (line.includes(SACCT_DELIMITER)) {
      fields = line.split(SACCT_DELIMITER);
    } else {
      nameJoiner = ' ';
      // Header and dash rows of a fixed-width table carry no data.
      if (/^\s*JobID\s/.test(line) || /^[\s-]+$/.test(line)) {
        fixedWidth = true;
        continue;
      }
      fields = splitFixedWidth(line);
      fixedWidth = true;
    }
    const row = parseFields(fields, nameJoiner);
    if (!row) {
      unreadable.push(line);
      continue;
    }
    if (fixedWidth && (row.jobName.endsWith('+') || row.rawState.endsWith('+'))) truncated = true;
    if (row.stepSuffix === null) {
      const existing = jobs.get(row.allocationId);
      const job: SacctJob = {
        jobId: row.allocationId,
        jobName: row.jobName,
        state: normaliseSlurmState(row.rawState),
        rawState: row.rawState,
        elapsedSeconds: row.elapsedSeconds,
        exitCode: row.exitCode,
        steps: existing?.steps ?? [],
      };
      jobs.set(row.allocationId, job);
      if (row.rawId !== null && row.rawId !== row.allocationId) rawIds.set(row.rawId, row.allocationId);
    } else {
      steps.push([
        row.allocationId,
        {
          stepId: `${row.allocationId}.${row.stepSuffix}`,
          jobName: row.jobName,
          state: normaliseSlurmState(row.rawState),
          rawState: row.rawState,
          elapsedSeconds: row.elapsedSeconds,
          exitCode: row.exitCode,
        },
      ]);
    }
  }
  for (const [allocationId, step] of steps) jobs.get(allocationId)?.steps.push(step);
  // An array task is found by its raw id too (the same object, so steps are shared).
  for (const [rawId, allocationId] of rawIds) {
    const job = jobs.get(allocationId);
    if (job && !jobs.has(rawId)) jobs.set(rawId, job);
  }

  const problems: string[] = [];
  if (unreadable.length > 0) {
    const first = unreadable[0] ?? '';
    problems.push(
      `sacct printed ${unreadable.length} line(s) that could not be read, e.g. "${first.slice(0, 120)}"`,
    );
  }
  if (fixedWidth && jobs.size > 0) {
    problems.push(
      truncated
        ? 'sacct printed a fixed-width table instead of parsable output; job names and states were cut (ending in "+")'
        : 'sacct printed a fixed-width table instead of parsable output; long job names may be cut',
    );
  }
  return { jobs, warning: problems.length > 0 ? problems.join('; ') : null };
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
        // Undecodable bytes (a job name in Latin-1) are named, never turned into U+FFFD.
        stdout: decodeBytes(Buffer.concat(stdout)),
        stderr: decodeBytes(Buffer.concat(stderr)),
      }),
    );
  });
}
