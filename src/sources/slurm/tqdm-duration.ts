// Training time from torchtune's progress bars, for when SLURM accounting has no elapsed time: the
// sum over epochs of each epoch bar's last elapsed (`[08:15<00:00, …]`). Each epoch has its own bar
// whose elapsed starts at 0, so every epoch's last render is needed, not only the file's last.
//
// A small output is read whole. A large one (before cruijff_kit thinned its bars, 30 MB of renders)
// is not: epochs follow each other in the file, so the end of each epoch is searched for over file
// positions (a guess from the progress, then galloping and bisection), reading about 12 KiB per
// epoch: 0.13 MB of a 30 MB output of 10 epochs, in ~4 ms.
import { openForReading, type RandomAccessFile, readFullyAt } from '../../util/random-access-file.js';
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
/** Folds read at most this much at once (a stretch to fold is a few windows, or a small output). */
const FOLD_CHUNK = 64 * 1024;
/** The tail is searched back this far for the last render (a traceback or a wandb summary can follow it). */
const MAX_TAIL = 1024 * 1024;

async function readWindow(handle: RandomAccessFile, start: number, length: number): Promise<string> {
  // latin1: one char per byte, so a window can start mid-character; the bar cells are not parsed.
  return (await readFullyAt(handle, start, length)).toString('latin1');
}

/** The training time the bars show and their latest render. Throws the fs error as Node gives it. */
export async function readTqdmBars(path: string, options: TqdmDurationOptions = {}): Promise<TqdmBars> {
  const fullRead = options.fullReadBytes ?? 128 * 1024;
  const window = Math.max(OVERLAP * 2, options.windowBytes ?? 4 * 1024);
  // Synchronous reads even on the main thread: a search makes dozens of 1–4 KiB reads of one file,
  // each microseconds from the page cache, where an asynchronous read costs a thread-pool round trip.
  const handle = await openForReading(path, true);
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
      for (let at = Math.max(0, start); at < end; at += FOLD_CHUNK - OVERLAP) {
        const length = Math.min(FOLD_CHUNK, end - at);
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
      const end =
        lastEpoch === null
          ? null
          : { epoch: lastEpoch, progress: progressOf(latest) ?? lastEpoch, from: size };
      await findEpochEnds(size, window, end, fold, async (at, limit) => {
        // The first numbered render from `at` on, before `limit`: a short read first, then windows
        // onwards (past evaluation chatter or a config dump between epochs).
        for (let from = at, length = PROBE_BYTES; from < limit; length = window) {
          const text = await readWindow(handle, from, Math.min(length, size - from));
          bytesRead += text.length;
          for (const render of tqdmRenders(text)) {
            if (render.epoch !== null) return { epoch: render.epoch, progress: progressOf(render)!, from };
          }
          from += Math.max(1, text.length - OVERLAP);
        }
        return null;
      });
    }
    const total = tqdmTrainingSeconds(epochElapsed);
    return { duration: total ? { ...total, bytesRead } : null, latest };
  } finally {
    await handle.close();
  }
}

/** Where a render stands in training, in epochs: epoch 3 at step 250 of 1000 is 2.25. */
function progressOf(render: TqdmProgress | null): number | null {
  if (render === null || render.epoch === null) return null;
  return render.epoch - 1 + (render.totalSteps > 0 ? render.step / render.totalSteps : 0);
}

/** What a probe reads first: a few renders. */
const PROBE_BYTES = 1024;

interface Probe {
  epoch: number;
  progress: number;
  /** Where the read that found it started: nothing before it, from the probed position on, is numbered. */
  from: number;
}

/**
 * For a large output, given where the tail stands: for each earlier epoch k, finds a position `lo`
 * whose first epoch-numbered render is ≤ k and `hi` whose first is > k, at most a window apart, and
 * folds the windows around them, which hold epoch k's last renders (ghost repeat included).
 * Epochs usually take similar stretches of the file, so the search first guesses where epoch k ends
 * from the progress at lo and hi, then gallops away from the guess a window at a time (doubling)
 * until the end is bracketed, then bisects: two or three probes per epoch on a regular output, at
 * most about twice bisection's on an irregular one.
 */
async function findEpochEnds(
  size: number,
  window: number,
  end: Probe | null,
  fold: (start: number, end: number) => Promise<unknown>,
  probeAt: (at: number, limit: number) => Promise<Probe | null>,
): Promise<void> {
  if (end === null) return;
  let lo = 0;
  let loProgress = 0;
  for (let k = 1; k < end.epoch; k++) {
    // lo carries over: epoch k ends after epoch k - 1 did.
    let hi = size;
    let hiProgress = end.progress;
    /** Probes `at` and moves lo or hi there; true when epoch k has not ended at `at`. */
    const probe = async (at: number): Promise<boolean> => {
      // The first numbered render from hi on is past epoch k: a probe need not read beyond hi, and
      // one that finds nothing numbered before hi is past epoch k's end as well.
      const found = await probeAt(at, hi);
      if (found !== null && found.epoch <= k) {
        // Epoch k ends after the first numbered render from `at` on, so after where it was read.
        lo = found.from;
        loProgress = found.progress;
        return true;
      }
      hi = at;
      if (found !== null) hiProgress = found.progress;
      return false;
    };
    if (hi - lo > window && hiProgress > loProgress) {
      const guess = lo + ((k - loProgress) / (hiProgress - loProgress)) * (hi - lo);
      const before = await probe(Math.floor(Math.min(hi - 1, Math.max(lo + 1, guess))));
      for (let step = window; hi - lo > window; step *= 2) {
        const at = before ? lo + step : hi - step;
        if (at <= lo || at >= hi || (await probe(at)) !== before) break;
      }
    }
    while (hi - lo > window) await probe(Math.floor((lo + hi) / 2));
    // Epoch k's renders end before hi's first numbered render; what lo's window starts with before
    // its first numbered render can only be epoch k + 1's first render (elapsed 0): start at lo.
    await fold(lo, Math.min(size, hi + window));
  }
}
