// Reads a torchtune training log (a SLURM .out file): the final loss, the loss curve, and why the
// run stopped when the tail says so. Formats: torchtune's recipes
// (`{epoch}|{step}|Loss: {value}` tqdm descriptions), tqdm's `\r` redraws, and slurmstepd's messages.
//
// torchtune draws `{epoch}|{global_step}|Loss: {value}` as a tqdm description. tqdm separates its
// redraws with `\r`, so one epoch can be a single physical line of tens of MB; ANSI codes and other
// log text can be glued to a render. Everything here therefore works on raw bytes (decoded as latin1,
// one char per byte) with a regex that needs no line structure.
import { open } from 'node:fs/promises';
import { readFileTail } from '../util/file-tail.js';
import { fsProblem } from '../util/fs-errors.js';
import { createReadStream } from 'node:fs';
import type { StageStatus } from '../model/summary.js';

/** One loss render: 1-based epoch, optimizer step (never reset between epochs), loss. */
export interface LossRecord {
  epoch: number;
  step: number;
  /** NaN for `nan`, ±Infinity for `inf`. */
  loss: number;
  /** The bar's position within the epoch (`250/250`), when the render carries the bar. */
  epochProgress: { done: number; total: number } | null;
}

/** The last loss render of a log, in the researcher's words. */
export interface FinalLoss {
  /** NaN for `nan`, ±Infinity for `inf`. */
  finalLoss: number;
  /** The optimizer step of the last render (`global_step`). */
  totalSteps: number;
  /** The 1-based epoch of the last render. */
  epochs: number;
  /** Where the last epoch's bar stood (`250/250` when the epoch finished), when shown. */
  epochProgress: { done: number; total: number } | null;
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

export interface ReadOptions {
  /** Bytes per backward read; small values exercise chunk boundaries in tests. Default 64 KiB. */
  chunkSize?: number;
}

const DEFAULT_CHUNK_SIZE = 64 * 1024;
/** Default tail read for failure evidence, as cruijff_kit does (64 KiB). */
export const FAILURE_TAIL_BYTES = 64 * 1024;

// Bounded quantifiers keep a match under MAX_MATCH_BYTES, so a window that extends MAX_MATCH_BYTES
// past a chunk always holds any match starting in that chunk whole.
const NUMBER = String.raw`[-+]?(?:\d{1,40}(?:\.\d{0,40})?|\.\d{1,40})(?:[eE][-+]?\d{1,4})?`;
// Python's float repr of a non-finite loss.
const NON_FINITE = String.raw`[-+]?(?:nan|inf)`;
const LOSS_PATTERN =
  String.raw`(?<![0-9])(\d{1,9})\|(\d{1,12})\|Loss: (${NUMBER}|${NON_FINITE})(?![0-9A-Za-z.])` +
  // The tqdm tail after the description: `: 100%|██████████| 250/250`.
  String.raw`(?:: {1,8}\d{1,3}%\|[^|\r\n]{0,64}\| {0,8}(\d{1,12})/(\d{1,12}))?`;
const MAX_MATCH_BYTES = 512;

export function lossRegex(): RegExp {
  return new RegExp(LOSS_PATTERN, 'g');
}

export function toRecord(match: RegExpExecArray): LossRecord {
  const [, epoch, step, value, done, total] = match;
  return {
    epoch: Number(epoch),
    step: Number(step),
    loss: parseLossValue(value ?? ''),
    epochProgress:
      done !== undefined && total !== undefined ? { done: Number(done), total: Number(total) } : null,
  };
}

/** `6.05e-06` → 6.05e-6, `nan` → NaN, `-inf` → -Infinity. */
export function parseLossValue(text: string): number {
  if (text.endsWith('nan')) return Number.NaN;
  if (text.endsWith('inf')) return text.startsWith('-') ? -Infinity : Infinity;
  return Number(text);
}

function describeIoError(path: string, error: unknown): Error {
  return new Error(`cannot read training log ${path}: ${fsProblem(error)}`, { cause: error });
}

/**
 * The last loss render of the log, found by reading backwards from the end in chunks: a 30 MB log
 * whose last render is near its end costs one chunk. Also says how many bytes were read.
 * Throws an Error naming the file when it cannot be read.
 */
export async function findLastLossRecord(
  path: string,
  options: ReadOptions = {},
): Promise<{ record: LossRecord | null; bytesRead: number; fileSize: number }> {
  const chunkSize = Math.max(1, Math.floor(options.chunkSize ?? DEFAULT_CHUNK_SIZE));
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    throw describeIoError(path, error);
  }
  try {
    const { size: fileSize } = await handle.stat().catch((error: unknown) => {
      throw describeIoError(path, error);
    });
    let bytesRead = 0;
    let chunkEnd = fileSize;
    // Bytes just after the current chunk, so a match straddling the boundary is seen whole.
    let carry = Buffer.alloc(0);
    const chunk = Buffer.alloc(chunkSize);
    while (chunkEnd > 0) {
      const chunkStart = Math.max(0, chunkEnd - chunkSize);
      const length = chunkEnd - chunkStart;
      let got = 0;
      while (got < length) {
        const { bytesRead: n } = await handle
          .read(chunk, got, length - got, chunkStart + got)
          .catch((error: unknown) => {
            throw describeIoError(path, error);
          });
        if (n === 0) break;
        got += n;
      }
      bytesRead += got;
      const window = Buffer.concat([chunk.subarray(0, got), carry]);
      const text = window.toString('latin1');
      const windowEndsAtEof = chunkStart + window.length >= fileSize;
      let last: RegExpExecArray | null = null;
      const regex = lossRegex();
      for (let m = regex.exec(text); m !== null; m = regex.exec(text)) {
        // At the window's start more digits of the epoch may lie in the previous chunk; at its
        // end the number may go on in bytes not read yet. Both are decided by another window.
        if (m.index === 0 && chunkStart > 0) continue;
        if (m.index + m[0].length >= text.length && !windowEndsAtEof) continue;
        last = m;
      }
      if (last) return { record: toRecord(last), bytesRead, fileSize };
      carry = Buffer.from(window.subarray(0, Math.min(window.length, MAX_MATCH_BYTES)));
      chunkEnd = chunkStart;
    }
    return { record: null, bytesRead, fileSize };
  } finally {
    await handle.close();
  }
}

/**
 * `{finalLoss, totalSteps, epochs}` from the last `{epoch}|{step}|Loss: {value}` render, or null when
 * the log has none. Throws an Error naming the file when it cannot be read.
 */
export async function readFinalLoss(path: string, options: ReadOptions = {}): Promise<FinalLoss | null> {
  const { record } = await findLastLossRecord(path, options);
  if (!record) return null;
  return {
    finalLoss: record.loss,
    totalSteps: record.step,
    epochs: record.epoch,
    epochProgress: record.epochProgress,
  };
}

/**
 * Every loss render in file order, streamed in constant memory (renders repeat: see scanLossCurve).
 * Throws an Error naming the file when it cannot be read.
 */
export async function* scanLossRenders(path: string, options: ReadOptions = {}): AsyncGenerator<LossRecord> {
  const stream = createReadStream(path, { highWaterMark: options.chunkSize ?? DEFAULT_CHUNK_SIZE });
  // `pending` holds the unsearched bytes; `from` is where searching resumes inside it (the byte
  // before it is kept only so the lookbehind sees whether a digit precedes).
  let pending = '';
  let from = 0;
  try {
    for await (const chunk of stream) {
      pending += (chunk as Buffer).toString('latin1');
      const limit = pending.length - MAX_MATCH_BYTES;
      if (limit <= from) continue;
      const regex = lossRegex();
      regex.lastIndex = from;
      let cut = limit;
      for (let m = regex.exec(pending); m !== null && m.index < limit; m = regex.exec(pending)) {
        yield toRecord(m);
        cut = Math.max(cut, m.index + m[0].length);
      }
      pending = pending.slice(cut - 1);
      from = 1;
    }
  } catch (error) {
    throw describeIoError(path, error);
  }
  const regex = lossRegex();
  regex.lastIndex = from;
  for (let m = regex.exec(pending); m !== null; m = regex.exec(pending)) yield toRecord(m);
}

/**
 * The loss curve for charts: one point per optimizer step, the step's last render winning, in
 * constant memory. tqdm repeats a finished epoch's 100% render after the next epoch started and at
 * exit ("ghost" renders); a render that goes back in (epoch, step) order is such a repeat and is
 * dropped.
 */
export async function* scanLossCurve(
  path: string,
  options: ReadOptions = {},
): AsyncGenerator<{ epoch: number; step: number; loss: number }> {
  let current: LossRecord | null = null;
  for await (const render of scanLossRenders(path, options)) {
    if (current === null) {
      current = render;
      continue;
    }
    if (render.epoch === current.epoch && render.step === current.step) {
      current = render;
    } else if (
      render.epoch > current.epoch ||
      (render.epoch === current.epoch && render.step > current.step)
    ) {
      yield { epoch: current.epoch, step: current.step, loss: current.loss };
      current = render;
    }
  }
  if (current) yield { epoch: current.epoch, step: current.step, loss: current.loss };
}

// ---- failure evidence ---------------------------------------------------------------------------

// eslint-disable-next-line no-control-regex -- ANSI escape codes are exactly what is stripped
const ANSI_ESCAPE = /\x1b\[[0-9;?]*[A-Za-z]/g;
const CUDA_OOM = /torch\.(?:cuda\.)?OutOfMemoryError|CUDA out of memory/;
const HOST_OOM = /oom[_-]kill events?|: Out Of Memory\b/;
const SLURM_CANCELLED = /\*\*\* (JOB|STEP) (\S+) ON (\S+) CANCELLED AT (\S+)(?: DUE (?:TO|to) (.+?))? \*\*\*/;
const RANK_PREFIX = /^\[(?:default)?rank\d+\]:\s?/;
const MAX_REASON = 240;

function oneLine(text: string): string {
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
  return { status: 'OUT_OF_MEMORY', reason: oneLine(sentences || 'CUDA out of memory') };
}

function hostOomEvidence(lines: string[]): FailureEvidence | null {
  const at = lastIndexWhere(lines, (line) => HOST_OOM.test(line));
  if (at < 0) return null;
  const line = (lines[at] ?? '').replace(/^slurmstepd: error:\s*/, '').replace(/^srun: error:\s*/, '');
  const firstSentence = line.split(/(?<=\.)\s+/)[0] ?? line;
  return { status: 'OUT_OF_MEMORY', reason: oneLine(`host memory exhausted (OOM killer): ${firstSentence}`) };
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
    return { status: 'TIMEOUT', reason: oneLine(`time limit reached: ${what}`) };
  if (upper.startsWith('PREEMPTION')) return { status: 'PREEMPTED', reason: oneLine(`preempted: ${what}`) };
  if (upper.startsWith('NODE FAIL')) return { status: 'NODE_FAIL', reason: oneLine(`node failure: ${what}`) };
  if (upper.startsWith('JOB REQUEUE')) return { status: 'CANCELLED', reason: oneLine(`requeued: ${what}`) };
  if (upper.startsWith('SIGNAL')) {
    return { status: 'CANCELLED', reason: oneLine(`${what} by ${cause.toLowerCase()} (scancel)`) };
  }
  if (cause) return { status: 'CANCELLED', reason: oneLine(`${what} due to ${cause}`) };
  return { status: 'CANCELLED', reason: oneLine(`${what} (scancel)`) };
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
  return { status: 'FAILED', reason: oneLine(reason) };
}

function tracebackEvidence(lines: string[]): FailureEvidence | null {
  const exception = lastTracebackException(lines);
  return exception ? { status: 'FAILED', reason: oneLine(exception) } : null;
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

/** Everything the summary needs from one training log, with read errors as a value. */
export interface TrainingLogReading {
  path: string;
  loss: FinalLoss | null;
  failure: FailureEvidence | null;
  /** Set when the file could not be read; loss and failure are then null. */
  error: string | null;
}

export async function readTrainingLog(path: string, options: ReadOptions = {}): Promise<TrainingLogReading> {
  try {
    const [loss, failure] = [await readFinalLoss(path, options), await readFailureEvidence(path)];
    return { path, loss, failure, error: null };
  } catch (error) {
    return { path, loss: null, failure: null, error: (error as Error).message };
  }
}
