// Why a job stopped, from the tail of its SLURM output: CUDA or host OOM, SLURM's cancellation banner
// (time limit, preemption, node failure, scancel), torchrun's child failure, a Python traceback.
import { readFileTail } from '../../util/file-tail.js';
import type { StageStatus } from './stage-status.js';
import { fsProblem } from '../../util/fs-errors.js';

/** A read error of a training log, naming the file. */
export function describeIoError(path: string, error: unknown): Error {
  return new Error(`cannot read training log ${path}: ${fsProblem(error)}`, { cause: error });
}

/** Why the run stopped, as the log's tail tells it. */
export interface FailureEvidence {
  status: Extract<
    StageStatus,
    'OUT_OF_MEMORY' | 'TIMEOUT' | 'PREEMPTED' | 'NODE_FAIL' | 'CANCELLED' | 'FAILED'
  >;
  /** One human line. */
  reason: string;
}

/** Default tail read for failure evidence, as cruijff_kit does (64 KiB). */
export const FAILURE_TAIL_BYTES = 64 * 1024;

// eslint-disable-next-line no-control-regex -- ANSI escape codes are exactly what is stripped
const ANSI_ESCAPE = /\x1b\[[0-9;?]*[A-Za-z]/g;

const CUDA_OOM = /torch\.(?:cuda\.)?OutOfMemoryError|CUDA out of memory/;

const HOST_OOM = /oom[_-]kill events?|: Out Of Memory\b/;

const SLURM_CANCELLED = /\*\*\* (JOB|STEP) (\S+) ON (\S+) CANCELLED AT (\S+)(?: DUE (?:TO|to) (.+?))? \*\*\*/;

const RANK_PREFIX = /^\[(?:default)?rank\d+\]:\s?/;

const MAX_REASON = 240;

function reasonLine(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > MAX_REASON ? `${line.slice(0, MAX_REASON - 1)}…` : line;
}

/** Log text as clean lines: ANSI codes gone, split on both `\r` and `\n`, torchrun's `[rank0]:` dropped. */
function cleanLines(text: string): string[] {
  return text
    .replace(ANSI_ESCAPE, '')
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(RANK_PREFIX, ''));
}

/** The log's last `tailBytes`, decoded. */
async function readTail(path: string, tailBytes: number): Promise<string> {
  try {
    return (await readFileTail(path, tailBytes)).text;
  } catch (error) {
    throw describeIoError(path, error);
  }
}

function lastIndexWhere(lines: string[], test: (line: string) => boolean): number {
  for (let i = lines.length - 1; i >= 0; i--) if (test(lines[i] ?? '')) return i;
  return -1;
}

function cudaOomEvidence(lines: string[]): FailureEvidence | null {
  const at = lastIndexWhere(lines, (line) => CUDA_OOM.test(line));
  if (at < 0) return null;
  const line = lines[at] ?? '';
  // Keep "CUDA out of memory. Tried to allocate 2.00 GiB. GPU 0 has … free." and drop the advice.
  const from = line.search(/CUDA out of memory/);
  const message = from >= 0 ? line.slice(from) : line.replace(/^[\w.]*OutOfMemoryError:\s*/, '');
  const sentences = message
    .split(/(?<=\.)\s+/)
    .slice(0, 3)
    .join(' ');
  return { status: 'OUT_OF_MEMORY', reason: reasonLine(sentences || 'CUDA out of memory') };
}

function hostOomEvidence(lines: string[]): FailureEvidence | null {
  const at = lastIndexWhere(lines, (line) => HOST_OOM.test(line));
  if (at < 0) return null;
  const line = (lines[at] ?? '').replace(/^slurmstepd: error:\s*/, '').replace(/^srun: error:\s*/, '');
  const firstSentence = line.split(/(?<=\.)\s+/)[0] ?? line;
  return {
    status: 'OUT_OF_MEMORY',
    reason: reasonLine(`host memory exhausted (OOM killer): ${firstSentence}`),
  };
}

function slurmCancellationEvidence(lines: string[]): FailureEvidence | null {
  const at = lastIndexWhere(lines, (line) => SLURM_CANCELLED.test(line));
  if (at < 0) return null;
  const m = SLURM_CANCELLED.exec(lines[at] ?? '');
  if (!m) return null;
  const [, kind = 'JOB', id = '?', node = '?', time = '?', due] = m;
  const what = `${kind.toLowerCase()} ${id} on ${node} cancelled at ${time}`;
  const cause = (due ?? '').trim();
  const upper = cause.toUpperCase();
  if (upper.startsWith('TIME LIMIT'))
    return { status: 'TIMEOUT', reason: reasonLine(`time limit reached: ${what}`) };
  if (upper.startsWith('PREEMPTION'))
    return { status: 'PREEMPTED', reason: reasonLine(`preempted: ${what}`) };
  if (upper.startsWith('NODE FAIL'))
    return { status: 'NODE_FAIL', reason: reasonLine(`node failure: ${what}`) };
  if (upper.startsWith('JOB REQUEUE'))
    return { status: 'CANCELLED', reason: reasonLine(`requeued: ${what}`) };
  if (upper.startsWith('SIGNAL')) {
    return { status: 'CANCELLED', reason: reasonLine(`${what} by ${cause.toLowerCase()} (scancel)`) };
  }
  if (cause) return { status: 'CANCELLED', reason: reasonLine(`${what} due to ${cause}`) };
  return { status: 'CANCELLED', reason: reasonLine(`${what} (scancel)`) };
}

/** Anywhere in a line: a traceback raised mid-epoch is glued to the end of a tqdm render, or after `[rank0]: `. */
const TRACEBACK_START = 'Traceback (most recent call last)';

/** The exception line of the last `Traceback (most recent call last):` block, e.g. `ValueError: …`. */
function lastTracebackException(lines: string[], before = lines.length): string | null {
  const start = lastIndexWhere(lines.slice(0, before), (line) => line.includes(TRACEBACK_START));
  if (start < 0) return null;
  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line.trim() === '' || /^\s/.test(line)) continue;
    // The first unindented line after the frames is `ExceptionType: message` (or just the type).
    if (/^[A-Za-z_][\w.]*(?::|$)/.test(line)) return line.trim();
    return null;
  }
  return null;
}

function childFailedEvidence(lines: string[]): FailureEvidence | null {
  const at = lastIndexWhere(lines, (line) => line.includes('ChildFailedError'));
  if (at < 0) return null;
  const rootAt = lines.findIndex((line, i) => i > at && line.includes('Root Cause (first observed failure)'));
  const block = rootAt >= 0 ? lines.slice(rootAt, rootAt + 12) : [];
  const field = (name: string): string | null => {
    const line = block.find((l) => new RegExp(`^\\s*${name}\\s*:`).test(l));
    return line ? line.slice(line.indexOf(':') + 1).trim() : null;
  };
  const rank = field('rank')?.replace(/\s*\(.*\)$/, '') ?? null;
  const host = field('host');
  const exitcode = field('exitcode')?.replace(/\s*\(.*\)$/, '') ?? null;
  const who = `rank ${rank ?? '?'}${host ? ` on ${host}` : ''}`;
  // The worker's own traceback, before torchrun's, says what actually went wrong.
  const torchrunTraceback = lastIndexWhere(lines.slice(0, at), (line) => line.includes(TRACEBACK_START));
  const workerError = torchrunTraceback > 0 ? lastTracebackException(lines, torchrunTraceback) : null;
  const signal = exitcode !== null && exitcode.startsWith('-') ? exitcode.slice(1) : null;
  const ending = signal
    ? `was killed by signal ${signal}${signal === '9' ? ' (SIGKILL: often the host OOM killer)' : ''}`
    : `exited with code ${exitcode ?? '?'}`;
  const reason =
    workerError && !workerError.includes('ChildFailedError')
      ? `torchrun: ${who} ${ending}: ${workerError}`
      : `torchrun: ${who} ${ending}`;
  return { status: 'FAILED', reason: reasonLine(reason) };
}

function tracebackEvidence(lines: string[]): FailureEvidence | null {
  const exception = lastTracebackException(lines);
  return exception ? { status: 'FAILED', reason: reasonLine(exception) } : null;
}

/** Evidence kinds, strongest first: the root cause beats what it caused (an OOM ends in a traceback). */
const FAILURE_READERS: Array<(lines: string[]) => FailureEvidence | null> = [
  cudaOomEvidence,
  hostOomEvidence,
  slurmCancellationEvidence,
  childFailedEvidence,
  tracebackEvidence,
];

/** Failure evidence in already-read log text (for callers that hold the tail). */
export function failureEvidenceInText(text: string): FailureEvidence | null {
  const lines = cleanLines(text);
  for (const read of FAILURE_READERS) {
    const evidence = read(lines);
    if (evidence) return evidence;
  }
  return null;
}

/**
 * Why the run stopped, from the log's last `tailBytes` (default 64 KiB): CUDA or host OOM, SLURM's
 * time limit / preemption / node failure / cancel lines, torchrun's root cause, or a Python
 * traceback's exception line. Null when the tail shows no failure. Throws an Error naming the file
 * when it cannot be read.
 */
export async function readFailureEvidence(
  path: string,
  options: { tailBytes?: number } = {},
): Promise<FailureEvidence | null> {
  return failureEvidenceInText(await readTail(path, options.tailBytes ?? FAILURE_TAIL_BYTES));
}
