// The training loss curve for charts, read from a bounded number of positioned windows spread over
// a torchtune output file (plus its tail), never the whole file: a 30 MB log costs ~0.5 MB.
// Each window gives its last complete loss render; a run that diverged (nan/inf) is located by
// bisecting between the last finite window and the first non-finite one.
import { findLastLossRecord, lossRegex, toRecord } from './training-log.js';
import { fsProblem } from '../../util/fs-errors.js';
import { openForReading, readFullyAt, type RandomAccessFile } from '../../util/random-access-file.js';

export interface LossPoint {
  /** 1-based training epoch. */
  epoch: number;
  /** Optimizer step (global, never reset between epochs). */
  step: number;
  /** NaN for `nan`, ±Infinity for `inf`. */
  loss: number;
}

export interface LossCurve {
  path: string;
  /** At most `maxPoints`, by step; the last render of the file is always the last point. */
  points: LossPoint[];
  /** The earliest non-finite render found: where the run diverged (to within a window). */
  divergedAt: LossPoint | null;
  bytesRead: number;
  fileSize: number;
  /** Set when the file could not be read (names the file and the problem); points are then empty. */
  error: string | null;
}

export interface LossCurveOptions {
  /** Points at most (default 60). */
  maxPoints?: number;
  /** Bytes per window (default 2 KiB: ~15 renders of ~130 bytes, so a window holds whole ones). */
  windowBytes?: number;
}

const DEFAULT_POINTS = 60;
const DEFAULT_WINDOW = 2 * 1024;
const BISECTION_STEPS = 12;

/** Complete loss renders of a window, in order. Renders cut by the window's edges are left out. */
function rendersIn(buffer: Buffer, atFileStart: boolean, atFileEnd: boolean): LossPoint[] {
  const text = buffer.toString('latin1');
  const points: LossPoint[] = [];
  const regex = lossRegex();
  for (let m = regex.exec(text); m !== null; m = regex.exec(text)) {
    // At the window's start the epoch may be cut ("2|…" of "12|…"); at its end the loss may go on.
    if (m.index === 0 && !atFileStart) continue;
    if (m.index + m[0].length >= text.length && !atFileEnd) continue;
    const { epoch, step, loss } = toRecord(m);
    points.push({ epoch, step, loss });
  }
  return points;
}

/** The render furthest along in (epoch, step): ghost repeats of a finished epoch go back. */
function furthest(points: LossPoint[]): LossPoint | null {
  let best: LossPoint | null = null;
  for (const point of points) {
    if (!best || point.epoch > best.epoch || (point.epoch === best.epoch && point.step >= best.step))
      best = point;
  }
  return best;
}

function firstNonFinite(points: LossPoint[]): LossPoint | null {
  return points.find((point) => !Number.isFinite(point.loss)) ?? null;
}

class WindowReader {
  bytesRead = 0;
  constructor(
    private readonly handle: RandomAccessFile,
    readonly size: number,
    readonly path: string,
  ) {}

  async read(start: number, length: number): Promise<LossPoint[]> {
    const from = Math.max(0, Math.min(start, this.size));
    const bytes = await readFullyAt(this.handle, from, Math.min(length, this.size - from));
    this.bytesRead += bytes.length;
    return rendersIn(bytes, from === 0, from + bytes.length >= this.size);
  }
}

/** Read the loss curve of a torchtune output file. Never throws: a problem is `error`. */
export async function readLossCurve(path: string, options: LossCurveOptions = {}): Promise<LossCurve> {
  const maxPoints = Math.max(2, Math.floor(options.maxPoints ?? DEFAULT_POINTS));
  const windowBytes = Math.max(256, Math.floor(options.windowBytes ?? DEFAULT_WINDOW));
  let handle: RandomAccessFile;
  try {
    handle = await openForReading(path);
  } catch (error) {
    return failed(path, error);
  }
  try {
    const { size } = await handle.stat();
    const reader = new WindowReader(handle, size, path);
    const curve =
      size <= maxPoints * windowBytes
        ? downsample(await reader.read(0, size), maxPoints)
        : await sampledCurve(reader, maxPoints, windowBytes);
    return { path, ...curve, bytesRead: reader.bytesRead, fileSize: size, error: null };
  } catch (error) {
    return failed(path, error);
  } finally {
    await handle.close();
  }
}

function failed(path: string, error: unknown): LossCurve {
  const problem = error instanceof Error && !('code' in error) ? error.message : fsProblem(error);
  return {
    path,
    points: [],
    divergedAt: null,
    bytesRead: 0,
    fileSize: 0,
    error: `cannot read the loss curve of ${path}: ${problem}`,
  };
}

/** A small file read whole: one point per step (its last render), thinned evenly to maxPoints. */
function downsample(renders: LossPoint[], maxPoints: number): Pick<LossCurve, 'points' | 'divergedAt'> {
  const byStep: LossPoint[] = [];
  for (const render of renders) {
    const last = byStep[byStep.length - 1];
    if (last && render.epoch === last.epoch && render.step === last.step) byStep[byStep.length - 1] = render;
    else if (!last || render.epoch > last.epoch || (render.epoch === last.epoch && render.step > last.step)) {
      byStep.push(render);
    }
  }
  const divergedAt = firstNonFinite(byStep);
  if (byStep.length <= maxPoints) return { points: byStep, divergedAt };
  const keep = new Set<number>();
  for (let k = 0; k < maxPoints; k++) keep.add(Math.round((k * (byStep.length - 1)) / (maxPoints - 1)));
  if (divergedAt) keep.add(byStep.indexOf(divergedAt));
  const points = [...keep]
    .sort((x, y) => x - y)
    .map((index) => byStep[index]!)
    .slice(-maxPoints);
  return { points: ensureIncluded(points, divergedAt, maxPoints), divergedAt };
}

/** One window per point, spread evenly over the file; the last window ends at the file's end. */
async function sampledCurve(
  reader: WindowReader,
  maxPoints: number,
  windowBytes: number,
): Promise<Pick<LossCurve, 'points' | 'divergedAt'>> {
  const starts: number[] = [];
  for (let k = 0; k < maxPoints; k++) {
    starts.push(Math.round((k * (reader.size - windowBytes)) / (maxPoints - 1)));
  }
  const points: LossPoint[] = [];
  let lastFinite: number | null = null;
  let firstBad: { start: number; point: LossPoint } | null = null;
  let lastWindowHadRenders = false;
  // Positioned reads of one file can run at once: the latency of 60 small reads is paid once.
  const windows = await Promise.all(starts.map((start) => reader.read(start, windowBytes)));
  for (const [index, start] of starts.entries()) {
    const renders = windows[index]!;
    lastWindowHadRenders = renders.length > 0;
    const bad = firstNonFinite(renders);
    if (bad && !firstBad) firstBad = { start, point: bad };
    if (!bad && renders.length > 0 && !firstBad) lastFinite = start;
    const point = firstBad?.start === start ? bad! : furthest(renders);
    if (point) points.push(point);
  }
  if (!lastWindowHadRenders) {
    // The end of the file is other output (a traceback, SLURM's last words): find the final render.
    const { record, bytesRead } = await findLastLossRecord(reader.path);
    reader.bytesRead += bytesRead;
    if (record) points.push({ epoch: record.epoch, step: record.step, loss: record.loss });
  }
  let divergedAt = firstBad?.point ?? null;
  if (firstBad)
    divergedAt = await bisectDivergence(reader, lastFinite ?? 0, firstBad.start, windowBytes, divergedAt!);
  const sorted = dedupe(points);
  return { points: ensureIncluded(sorted, divergedAt, maxPoints), divergedAt };
}

/** Narrow down the first non-finite render between a finite window and a non-finite one. */
async function bisectDivergence(
  reader: WindowReader,
  finiteStart: number,
  badStart: number,
  windowBytes: number,
  found: LossPoint,
): Promise<LossPoint> {
  let low = finiteStart;
  let high = badStart;
  let best = found;
  for (let i = 0; i < BISECTION_STEPS && high - low > windowBytes; i++) {
    const middle = Math.floor((low + high) / 2);
    const renders = await reader.read(middle, Math.min(windowBytes, 4096));
    const bad = firstNonFinite(renders);
    if (bad) {
      high = middle;
      if (bad.step <= best.step) best = bad;
    } else if (renders.length > 0) low = middle;
    else break; // a window without renders (other output): stop at what is known
  }
  return best;
}

function dedupe(points: LossPoint[]): LossPoint[] {
  const sorted = [...points].sort((x, y) => x.step - y.step || x.epoch - y.epoch);
  return sorted.filter((point, index) => index === 0 || point.step !== sorted[index - 1]!.step);
}

/** The divergence point belongs on the chart; replace the nearest later point by it if needed. */
function ensureIncluded(points: LossPoint[], divergedAt: LossPoint | null, maxPoints: number): LossPoint[] {
  if (!divergedAt || points.some((point) => point.step === divergedAt.step)) return points.slice(-maxPoints);
  const merged = dedupe([...points, divergedAt]);
  if (merged.length <= maxPoints) return merged;
  const index = merged.indexOf(divergedAt);
  // Drop a neighbour that is not the last point (the final value is kept).
  const drop = index + 1 < merged.length - 1 ? index + 1 : index - 1;
  return merged.filter((_, i) => i !== drop);
}
