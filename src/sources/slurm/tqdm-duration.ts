// Training time from torchtune's progress bars, for when SLURM accounting has no elapsed time: the
// sum over epochs of each epoch bar's last elapsed (`[08:15<00:00, …]`). Each epoch has its own bar
// whose elapsed starts at 0, so every epoch's last render is needed, not only the file's last.
//
// A small output is read whole. A large one (before cruijff_kit thinned its bars, 30 MB of renders)
// is not: epochs follow each other in the file, so the end of each epoch is found by bisection
// over file positions, reading a few 16 KiB windows per epoch.
import { open, type FileHandle } from 'node:fs/promises';
import { type TqdmProgress, TqdmTracker, tqdmRenders, tqdmTrainingSeconds } from './tqdm.js';

export interface TqdmDuration {
  seconds: number;
  /** The 1-based epochs whose bars were found (a resumed run's output lacks the earlier ones). */
  epochs: number[];
  /** Bytes read to find it. */
  bytesRead: number;
}

export interface TqdmBars {
  /** Null when the output has no epoch-numbered render. */
  duration: TqdmDuration | null;
  /**
   * The latest render, from the tail searched back as far as readTqdmProgress searches (1 MiB), so
   * a caller that read the bars needs no second read of the tail for the progress.
   */
  latest: TqdmProgress | null;
}

export interface TqdmDurationOptions {
  /**
   * Outputs up to this size are read whole. Default 128 KiB: a thinned torchtune output (~100 KB)
   * is read whole; anything larger is bisected, which parses a few windows per epoch instead of
   * every render (an unthinned 1 MB output took 16 ms whole, a sweep's worth of them a second).
   */
  fullReadBytes?: number;
  /** Window of one probe. Default 4 KiB (a dense output has a few dozen renders in it). */
  windowBytes?: number;
}

/** A render is a few hundred bytes: windows overlap by this much so none is cut in two unseen. */
const OVERLAP = 1024;
/** The tail is searched back this far for the last render (a traceback or a wandb summary can follow it). */
const MAX_TAIL = 1024 * 1024;

async function readWindow(handle: FileHandle, start: number, length: number): Promise<string> {
  const buffer = Buffer.alloc(length);
  let filled = 0;
  while (filled < length) {
    const { bytesRead } = await handle.read(buffer, filled, length - filled, start + filled);
    if (bytesRead === 0) break;
    filled += bytesRead;
  }
  // latin1: one char per byte, so a window can start mid-character; the bar cells are not parsed.
  return buffer.subarray(0, filled).toString('latin1');
}

/**
 * The training time the bars show, or null when the output has no epoch-numbered render.
 * Throws the fs error as Node gives it (the caller names the file).
 */
export async function readTqdmDuration(
  path: string,
  options: TqdmDurationOptions = {},
): Promise<TqdmDuration | null> {
  return (await readTqdmBars(path, options)).duration;
}

/** The training time the bars show and their latest render. Throws the fs error as Node gives it. */
export async function readTqdmBars(path: string, options: TqdmDurationOptions = {}): Promise<TqdmBars> {
  const fullRead = options.fullReadBytes ?? 128 * 1024;
  const window = Math.max(OVERLAP * 2, options.windowBytes ?? 4 * 1024);
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    // Each window is folded on its own (a render without epoch number is placed by the renders
    // before it, which only its own window shows in order); epochs keep their longest elapsed.
    const epochElapsed = new Map<number, number>();
    let bytesRead = 0;
    /** Folds the windows from start to end; returns the latest render of the last window with one. */
    const fold = async (start: number, end: number): Promise<TqdmProgress | null> => {
      let latest: TqdmProgress | null = null;
      // Chunks overlap; a render seen twice changes nothing (each epoch keeps its longest elapsed).
      for (let at = Math.max(0, start); at < end; at += window - OVERLAP) {
        const length = Math.min(window, end - at);
        const text = await readWindow(handle, at, length);
        bytesRead += text.length;
        const tracker = new TqdmTracker();
        for (const render of tqdmRenders(text)) tracker.add(render);
        for (const [epoch, elapsed] of tracker.epochElapsed) {
          if (elapsed >= (epochElapsed.get(epoch) ?? 0)) epochElapsed.set(epoch, elapsed);
        }
        latest = tracker.latest ?? latest;
        if (at + length >= end) break;
      }
      return latest;
    };
    let latest: TqdmProgress | null;
    if (size <= fullRead) {
      latest = await fold(0, size);
    } else {
      // The tail: the last window, then back 16 and 256 windows while it shows no numbered render.
      let tail = window;
      latest = await fold(size - tail, size);
      while (epochElapsed.size === 0 && tail < Math.min(size, MAX_TAIL)) {
        const from = Math.max(0, size - Math.min(tail * 16, MAX_TAIL));
        latest ??= await fold(from, size - tail + OVERLAP);
        tail = size - from;
      }
      const lastEpoch = epochElapsed.size === 0 ? null : Math.max(...epochElapsed.keys());
      await bisectEpochEnds(size, window, lastEpoch, fold, async (at) => {
        const text = await readWindow(handle, at, Math.min(window, size - at));
        bytesRead += text.length;
        for (const render of tqdmRenders(text)) if (render.epoch !== null) return render.epoch;
        return null;
      });
    }
    const total = tqdmTrainingSeconds(epochElapsed);
    return { duration: total ? { ...total, bytesRead } : null, latest };
  } finally {
    await handle.close();
  }
}

/**
 * For a large output, given the last epoch (from the tail): for each earlier epoch k, bisection finds a
 * position `lo` whose first epoch-numbered render is ≤ k and `hi` whose first is > k, less than a
 * window apart; the windows around them hold epoch k's last renders (ghost repeat included).
 */
async function bisectEpochEnds(
  size: number,
  window: number,
  lastEpoch: number | null,
  fold: (start: number, end: number) => Promise<unknown>,
  firstEpochAt: (at: number) => Promise<number | null>,
): Promise<void> {
  if (lastEpoch === null) return;
  let lo = 0;
  for (let k = 1; k < lastEpoch; k++) {
    let hi = size;
    // lo carries over: epoch k ends after epoch k - 1 did.
    while (hi - lo > window) {
      const mid = Math.floor((lo + hi) / 2);
      const epoch = await firstEpochAt(mid);
      // A window with no numbered render (a traceback, a long config dump) cannot tell; look later.
      if (epoch === null || epoch <= k) lo = mid;
      else hi = mid;
    }
    await fold(Math.max(0, lo - window), Math.min(size, hi + window));
  }
}
