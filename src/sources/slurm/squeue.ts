// The SLURM queue: one `squeue` call listing the user's jobs that have not ended, so a job that is
// queued but has written nothing yet can be told from one never submitted. Like sacct, squeue is
// often missing (a laptop, CI) or broken (controller down): every failure is a warning in the
// result, never a throw. Formats: squeue(1) `--format` (`%i` id, `%j` name, `%T` full state, `%M`
// time used, `%Z` working directory, `%r` reason); no widths are given, so nothing is cut.
import { runCommand, spawnProblem } from '../../util/run-command.js';
import { firstLine } from '../../util/strings.js';

/** A queue state as it matters here: waiting to start, started, or already over (kept briefly by SLURM). */
export type QueueState = 'PENDING' | 'RUNNING' | 'ENDED';

export interface QueuedJob {
  /** `123`, `123_4` (array task), `123_[5-10]` (array tasks still pending). */
  jobId: string;
  jobName: string;
  state: QueueState;
  /** `%T` as printed, e.g. `PENDING`, `CONFIGURING`. */
  rawState: string;
  /** Seconds the job has run (`%M`); null when it has not started. */
  runSeconds: number | null;
  /** The job's working directory (`%Z`): where it was submitted from, or `--chdir`. */
  workDir: string;
  /** Why it waits (`%r`), e.g. `Priority`, `Resources`; null when `None`. */
  reason: string | null;
}

export interface SqueueResult {
  /** Null when squeue could not answer (then `warning` says why). */
  jobs: QueuedJob[] | null;
  warning: string | null;
  /** squeue is not installed (or not where the path says): the usual case off a cluster. */
  notFound?: boolean;
}

/** How to learn the queue: `auto` runs `squeue` from PATH, `off` does not ask, `path` runs that executable. */
export type SqueueSetting = { mode: 'auto' } | { mode: 'off' } | { mode: 'path'; path: string };

export interface SqueueOptions {
  /** The squeue binary; default `squeue` looked up on PATH. */
  squeuePath?: string;
  /** Default 20 s; the child's process group is killed when it runs longer. */
  timeoutMs?: number;
}

export const DEFAULT_SQUEUE_TIMEOUT_MS = 20_000;
/** The ASCII unit separator: no job name or path typed in a shell holds it (`|` and spaces do). */
export const SQUEUE_DELIMITER = '\x1f';
const FIELDS = ['%i', '%j', '%T', '%M', '%Z', '%r'] as const;
const JOB_ID = /^\d+(?:_(?:\d+|\[[^\]]*\]))?(?:\+\d+)?$/;

const PENDING_STATES = new Set([
  'PENDING',
  'CONFIGURING',
  'REQUEUED',
  'REQUEUE_HOLD',
  'REQUEUE_FED',
  'RESV_DEL_HOLD',
]);
const RUNNING_STATES = new Set([
  'RUNNING',
  'COMPLETING',
  'SUSPENDED',
  'STOPPED',
  'SIGNALING',
  'STAGE_OUT',
  'RESIZING',
]);

/** The argument array of the one squeue call: the current user's jobs, no header, full values. */
export function squeueArguments(): string[] {
  return ['--me', '--noheader', '--array', `--format=${FIELDS.join(SQUEUE_DELIMITER)}`];
}

/** `M:SS`, `H:MM:SS` or `D-HH:MM:SS` → seconds; null for `0:00` of a job not started, or garbage. */
export function parseSqueueTime(text: string): number | null {
  const m = /^(?:(\d+)-)?(?:(\d+):)?(\d+):(\d{2})$/.exec(text.trim());
  if (!m) return null;
  return Number(m[1] ?? 0) * 86_400 + Number(m[2] ?? 0) * 3600 + Number(m[3]) * 60 + Number(m[4]);
}

function queueState(raw: string): QueueState {
  if (PENDING_STATES.has(raw)) return 'PENDING';
  if (RUNNING_STATES.has(raw)) return 'RUNNING';
  return 'ENDED';
}

/** Parses the output of `squeue squeueArguments()`. The job name may hold anything but the delimiter's neighbours are fixed. */
export function parseSqueueOutput(stdout: string): { jobs: QueuedJob[]; warning: string | null } {
  const jobs: QueuedJob[] = [];
  const unreadable: string[] = [];
  for (const line of stdout.split(/\r?\n/)) {
    if (line.trim() === '') continue;
    const cells = line.split(SQUEUE_DELIMITER);
    // Name and working directory are the free-text cells; id, state, time and reason are not.
    if (cells.length < FIELDS.length) {
      unreadable.push(line);
      continue;
    }
    const jobId = (cells[0] ?? '').trim();
    const rawState = (cells[cells.length - 4] ?? '').trim().toUpperCase();
    const time = (cells[cells.length - 3] ?? '').trim();
    const workDir = cells[cells.length - 2] ?? '';
    const reason = (cells[cells.length - 1] ?? '').trim();
    const jobName = cells.slice(1, cells.length - 4).join(SQUEUE_DELIMITER);
    if (!JOB_ID.test(jobId) || !/^[A-Z_]+$/.test(rawState)) {
      unreadable.push(line);
      continue;
    }
    const state = queueState(rawState);
    jobs.push({
      jobId,
      jobName,
      state,
      rawState,
      runSeconds: state === 'PENDING' ? null : parseSqueueTime(time),
      workDir,
      reason: reason === '' || reason === 'None' ? null : reason,
    });
  }
  const warning =
    unreadable.length > 0
      ? `squeue printed ${unreadable.length} line(s) that could not be read, e.g. "${(unreadable[0] ?? '').slice(0, 120)}"`
      : null;
  return { jobs, warning };
}

const FALLBACK = '; queued jobs are not known (a run with no output yet may be queued or never submitted)';

/**
 * The current user's jobs that SLURM still holds, in ONE squeue call. Never throws: a missing
 * binary, a controller that does not answer, garbage output, a non-zero exit or a hang (killed after
 * `timeoutMs`) give `jobs: null` and a warning that says so.
 */
export async function querySqueue(options: SqueueOptions = {}): Promise<SqueueResult> {
  const squeue = options.squeuePath ?? 'squeue';
  const timeoutMs = options.timeoutMs ?? DEFAULT_SQUEUE_TIMEOUT_MS;
  const run = await runCommand(squeue, squeueArguments(), { timeoutMs, maxOutputBytes: 16 * 1024 * 1024 });
  if (run.kind === 'spawn-error') {
    const warning = spawnProblem('squeue', squeue, Boolean(options.squeuePath), run);
    return { jobs: null, warning: warning + FALLBACK, ...(run.code === 'ENOENT' ? { notFound: true } : {}) };
  }
  if (run.kind === 'timeout') {
    return {
      jobs: null,
      warning: `squeue did not answer within ${timeoutMs / 1000} s and was stopped${FALLBACK}`,
    };
  }
  if (run.kind === 'too-much-output') {
    return { jobs: null, warning: `squeue printed more output than expected and was stopped${FALLBACK}` };
  }
  if (run.exitCode !== 0) {
    const detail = firstLine(run.stderr);
    const ending = run.signal ? `was killed by ${run.signal}` : `exited with code ${run.exitCode ?? '?'}`;
    return { jobs: null, warning: `squeue ${ending}${detail ? `: ${detail.slice(0, 200)}` : ''}${FALLBACK}` };
  }
  const parsed = parseSqueueOutput(run.stdout);
  if (parsed.jobs.length === 0 && parsed.warning !== null) {
    return { jobs: null, warning: parsed.warning + FALLBACK };
  }
  return { jobs: parsed.jobs, warning: parsed.warning };
}
