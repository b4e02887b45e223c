// torchtune's tqdm progress bar in a SLURM output: where a running fine-tuning stands (epoch, step of
// the epoch's total, loss, elapsed, time left, rate) and how long each epoch took.
//
// What tqdm writes (see the torchtune/tqdm notes in the README's "Live mode"): one bar per epoch,
// redrawn with `\r` + `{desc}: {pct}%|{bar}| {n}/{total} [{elapsed}<{remaining}, {rate}]`, no `\n`
// until the bar closes; torchtune's desc is `{epoch}|{global_step}|Loss: {loss}` (main also draws
// `{epochs_run}|{global_step}` with a 0-based epoch and no loss as an epoch's first render); a new
// epoch's first render has no desc at all (`  0%|          | 0/250 [00:00<?, ?it/s]`); a bar at
// position 1 is written `\n\r<text>\x1b[A`; the previous epoch's bar is printed once more ("ghost")
// when it is garbage-collected, after the next epoch began; log lines glue onto a render's `]`.
// Other bars (`Packing dataset:`, `Map:`) share the layout but not the desc, and are ignored.
import { readFileTail } from '../../util/file-tail.js';

/** One tqdm render of torchtune's training bar. */
export interface TqdmProgress {
  /** 1-based training epoch; null when the render carries no torchtune description. */
  epoch: number | null;
  /** torchtune's global optimizer step (never reset between epochs); null without a description. */
  globalStep: number | null;
  /** The bar's `n`: steps done within the epoch. */
  step: number;
  /** The bar's `total`: steps in the epoch. */
  totalSteps: number;
  /** Latest loss (NaN for `nan`, ±Infinity for `inf`); null when the render shows none. */
  loss: number | null;
  /** Seconds since the epoch's bar was created. */
  elapsedS: number;
  /** tqdm's estimate of the seconds left in this epoch; null while it shows `?`. */
  remainingS: number | null;
  /** Steps per second (tqdm's `s/it` inverted); null while it shows `?`. */
  rate: number | null;
}

const NUMBER = String.raw`[-+]?(?:\d{1,40}(?:\.\d{0,40})?|\.\d{1,40})(?:[eE][-+]?\d{1,4})?`;
const NON_FINITE = String.raw`[-+]?(?:nan|inf)`;
const CLOCK = String.raw`(?:\d{1,6}:)?\d{1,2}:\d{2}`;
// Bounded quantifiers only: a render is at most a few hundred characters, and the regex runs over
// tails of megabytes.
const RENDER = new RegExp(
  String.raw`(?:(?<![0-9])(\d{1,9})\|(\d{1,12})(?:\|Loss: (${NUMBER}|${NON_FINITE}))?: {1,8})?` +
    String.raw` {0,3}(\d{1,3})%\|[^|\r\n]{0,64}\| {0,8}(\d{1,12})/(\d{1,12})` +
    String.raw` \[(${CLOCK})<(${CLOCK}|\?), {0,8}(\?|\d{1,12}(?:\.\d{1,6})?)(it\/s|s\/it)(?:,[^\]\r\n]{0,200})?\]`,
  'g',
);
// eslint-disable-next-line no-control-regex -- ANSI escape codes are exactly what is removed
const ANSI_ESCAPE = /\x1b\[[0-9;?]*[A-Za-z]/g;

/** `01:55` → 115, `1:02:03` → 3723 (tqdm's format_interval; hours grow without a day field). */
export function parseTqdmClock(text: string): number | null {
  const m = /^(?:(\d+):)?(\d+):(\d{2})$/.exec(text);
  if (!m) return null;
  return Number(m[1] ?? 0) * 3600 + Number(m[2]) * 60 + Number(m[3]);
}

function parseLoss(text: string): number {
  if (text.endsWith('nan')) return Number.NaN;
  if (text.endsWith('inf')) return text.startsWith('-') ? -Infinity : Infinity;
  return Number(text);
}

function toProgress(m: RegExpExecArray): TqdmProgress | null {
  const [, epoch, globalStep, loss, , n, total, elapsed, remaining, rateValue, rateUnit] = m;
  const elapsedS = parseTqdmClock(elapsed ?? '');
  if (elapsedS === null) return null;
  const rateNumber = rateValue === '?' ? null : Number(rateValue);
  const rate =
    rateNumber === null || !Number.isFinite(rateNumber)
      ? null
      : rateUnit === 's/it'
        ? rateNumber > 0
          ? 1 / rateNumber
          : null
        : rateNumber;
  // main's first render of an epoch (`{epochs_run}|{global_step}`, no loss) counts epochs from 0.
  const epochNumber = epoch === undefined ? null : Number(epoch) + (loss === undefined ? 1 : 0);
  return {
    epoch: epochNumber,
    globalStep: globalStep === undefined ? null : Number(globalStep),
    step: Number(n),
    totalSteps: Number(total),
    loss: loss === undefined ? null : parseLoss(loss),
    elapsedS,
    remainingS: remaining === '?' ? null : parseTqdmClock(remaining ?? ''),
    rate,
  };
}

/** A render without torchtune's desc counts only where a bar starts afresh, not after `Packing dataset: `. */
function startsAfresh(text: string, index: number): boolean {
  const before = text[index - 1];
  return before === undefined || before === '\r' || before === '\n' || before === ']';
}

/** Every torchtune training-bar render in `text`, in order (ANSI codes ignored). */
export function* tqdmRenders(text: string): Generator<TqdmProgress> {
  // Every render has `%|`: text without one (a traceback, a config dump) costs one scan, not a regex.
  if (!text.includes('%|')) return;
  const clean = text.includes('\x1b') ? text.replace(ANSI_ESCAPE, '') : text;
  const regex = new RegExp(RENDER.source, 'g');
  for (let m = regex.exec(clean); m !== null; m = regex.exec(clean)) {
    if (m[1] === undefined && !startsAfresh(clean, m.index)) continue;
    const progress = toProgress(m);
    if (progress) yield progress;
  }
}

/** Order of renders in training time: (epoch, global step, n). */
function isBefore(a: TqdmProgress, b: TqdmProgress): boolean {
  const ea = a.epoch ?? 0;
  const eb = b.epoch ?? 0;
  if (ea !== eb) return ea < eb;
  const sa = a.globalStep ?? 0;
  const sb = b.globalStep ?? 0;
  if (sa !== sb) return sa < sb;
  return a.step < b.step;
}

/**
 * Folds renders in file order into the latest state of training. A render without desc that starts
 * a bar belongs to the epoch after the last one seen to finish (or the same epoch when the bar was
 * redrawn); a render that goes back in training time is a ghost of a finished epoch and is dropped.
 */
export class TqdmTracker {
  private current: TqdmProgress | null = null;
  /** The longest elapsed seen per epoch: the epoch's duration once it ended. */
  readonly epochElapsed = new Map<number, number>();

  add(render: TqdmProgress): void {
    const previous = this.current;
    let next = render;
    if (render.epoch === null) {
      const epoch = previous?.epoch ?? null;
      const finished = previous !== null && previous.step >= previous.totalSteps && render.step === 0;
      next = {
        ...render,
        epoch: epoch === null ? null : finished ? epoch + 1 : epoch,
        globalStep: previous?.globalStep ?? null,
        loss: previous?.loss ?? null,
      };
    }
    if (next.epoch !== null) {
      const seen = this.epochElapsed.get(next.epoch) ?? 0;
      if (next.elapsedS > seen) this.epochElapsed.set(next.epoch, next.elapsedS);
    }
    if (previous === null || !isBefore(next, previous)) this.current = next;
  }

  get latest(): TqdmProgress | null {
    return this.current;
  }
}

/** The latest state of training that `text` (usually a file's tail) shows; null when it has no render. */
export function lastTqdmProgress(text: string): TqdmProgress | null {
  const tracker = new TqdmTracker();
  for (const render of tqdmRenders(text)) tracker.add(render);
  return tracker.latest;
}

/**
 * Training time from the bars: the sum over epochs of each epoch's longest elapsed. Null when no
 * render names its epoch. `epochs` lists the epochs seen, so a caller can tell a partial view.
 */
export function tqdmTrainingSeconds(
  epochElapsed: ReadonlyMap<number, number>,
): { seconds: number; epochs: number[] } | null {
  if (epochElapsed.size === 0) return null;
  const epochs = [...epochElapsed.keys()].sort((a, b) => a - b);
  let seconds = 0;
  for (const epoch of epochs) seconds += epochElapsed.get(epoch) ?? 0;
  return { seconds, epochs };
}

/** Tail sizes tried in turn: a render is near the end of a running job's output, unless a traceback or a wandb summary follows it. */
const TAIL_STEPS = [64 * 1024, 1024 * 1024];

/**
 * The latest training render in the file's tail (64 KiB, then 1 MiB when that holds none); null when
 * there is none. Throws the fs error as Node gives it (the caller names the file).
 */
export async function readTqdmProgress(path: string): Promise<TqdmProgress | null> {
  for (const bytes of TAIL_STEPS) {
    const tail = await readFileTail(path, bytes);
    const progress = lastTqdmProgress(tail.text);
    if (progress || !tail.cut) return progress;
  }
  return null;
}
