// What sacct prints, parsed: job states, elapsed times, exit codes, allocation and step rows, in the
// parsable (delimited) form asked for and the fixed-width table some wrappers print instead.

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

/**
 * Field separator: the ASCII unit separator, which a job name typed in a shell or written in an
 * `#SBATCH` line does not contain (`|` does occur in names). Parsing also tolerates it inside a name:
 * JobName is the only free-text column, so it is whatever lies between the first and last three.
 */
export const SACCT_DELIMITER = '\x1f';

// JobIDRaw last: an array task's output named `slurm-%j.out` carries its raw id (1004675), while
// JobID prints it as `1004672_3`; both name the same row.
export const FIELDS = ['JobID', 'JobName', 'State', 'Elapsed', 'ExitCode', 'JobIDRaw'] as const;

const ROW_JOB_ID = /^(\d+(?:_(?:\d+|\[[^\]]*\]))?(?:\+\d+)?)(?:\.([A-Za-z0-9_]+))?$/;

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
      jobs.set(row.allocationId, allocationOf(row, jobs.get(row.allocationId)));
      if (row.rawId !== null && row.rawId !== row.allocationId) rawIds.set(row.rawId, row.allocationId);
    } else steps.push([row.allocationId, stepOf(row)]);
  }
  for (const [allocationId, step] of steps) jobs.get(allocationId)?.steps.push(step);
  // An array task is found by its raw id too (the same object, so steps are shared).
  for (const [rawId, allocationId] of rawIds) {
    const job = jobs.get(allocationId);
    if (job && !jobs.has(rawId)) jobs.set(rawId, job);
  }

  const problems = outputProblems(unreadable, fixedWidth && jobs.size > 0, truncated);
  return { jobs, warning: problems.length > 0 ? problems.join('; ') : null };
}

function allocationOf(row: ParsedRow, existing: SacctJob | undefined): SacctJob {
  return {
    jobId: row.allocationId,
    jobName: row.jobName,
    state: normaliseSlurmState(row.rawState),
    rawState: row.rawState,
    elapsedSeconds: row.elapsedSeconds,
    exitCode: row.exitCode,
    steps: existing?.steps ?? [],
  };
}

function stepOf(row: ParsedRow): SacctStep {
  return {
    stepId: `${row.allocationId}.${row.stepSuffix}`,
    jobName: row.jobName,
    state: normaliseSlurmState(row.rawState),
    rawState: row.rawState,
    elapsedSeconds: row.elapsedSeconds,
    exitCode: row.exitCode,
  };
}

/** What was wrong with sacct's output as a whole: unreadable lines, a fixed-width table. */
function outputProblems(
  unreadable: readonly string[],
  fixedWidthTable: boolean,
  truncated: boolean,
): string[] {
  const problems: string[] = [];
  if (unreadable.length > 0) {
    const first = unreadable[0] ?? '';
    problems.push(
      `sacct printed ${unreadable.length} line(s) that could not be read, e.g. "${first.slice(0, 120)}"`,
    );
  }
  if (fixedWidthTable) {
    problems.push(
      truncated
        ? 'sacct printed a fixed-width table instead of parsable output; job names and states were cut (ending in "+")'
        : 'sacct printed a fixed-width table instead of parsable output; long job names may be cut',
    );
  }
  return problems;
}
