// Reads a torchtune training log (a SLURM .out file): the final loss, the loss curve, and why the
// run stopped when the tail says so. Formats: torchtune's recipes
// (`{epoch}|{step}|Loss: {value}` tqdm descriptions), tqdm's `\r` redraws, and slurmstepd's messages.
//
// torchtune draws `{epoch}|{global_step}|Loss: {value}` as a tqdm description. tqdm separates its
// redraws with `\r`, so one epoch can be a single physical line of tens of MB; ANSI codes and other
// log text can be glued to a render. Everything here therefore works on raw bytes (decoded as latin1,
// one char per byte) with a regex that needs no line structure.
import { createReadStream } from 'node:fs';
import { describeIoError, readFailureEvidence, type FailureEvidence } from './failure.js';
import { openForReading } from '../../util/random-access-file.js';

export * from './failure.js';

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

export interface ReadOptions {
  /** Bytes per backward read; small values exercise chunk boundaries in tests. Default 64 KiB. */
  chunkSize?: number;
}

const DEFAULT_CHUNK_SIZE = 64 * 1024;

// Bounded quantifiers keep a match under MAX_MATCH_BYTES, so a window that extends MAX_MATCH_BYTES
// past a chunk always holds any match starting in that chunk whole.
const NUMBER = String.raw`[-+]?(?:\d{1,40}(?:\.\d{0,40})?|\.\d{1,40})(?:[eE][-+]?\d{1,4})?`;

// Python's float repr of a non-finite loss.
const NON_FINITE = String.raw`[-+]?(?:nan|inf)`;

const LOSS_PATTERN =
  String.raw`(?<![0-9])(\d{1,9})\|(\d{1,12})\|Loss: (${NUMBER}|${NON_FINITE})(?![0-9A-Za-z.])` +
  // The tqdm tail after the description: `: 100%|#####| 250/250` (the bar is block characters).
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
    handle = await openForReading(path);
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
