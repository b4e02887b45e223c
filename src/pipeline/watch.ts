// Live mode: summarize, then again every interval until no stage of any run is RUNNING or PENDING,
// or the timeout passes, or the process is told to stop (SIGTERM from a cancelled workflow).
//
// The loop knows nothing of files or GitHub: `check` reads the experiment and builds the summary,
// `publish` writes it out (files, job summary, comment) with a note of where the watch stands. Both
// may fail for a while (a file read while a job writes it, sacct or squeue down, a GitHub outage):
// the failure is reported and the next tick tries again. The clock and the sleep are injected, so
// tests run thousands of ticks without waiting. Only the latest summary and the latest status lines
// are kept, so memory does not grow with the number of ticks.
import type { WatchNote } from '../model/watch-note.js';

export type { WatchNote } from '../model/watch-note.js';

export interface WatchDeps<S> {
  /** Reads the experiment and builds the summary. May throw; then the last good summary stays. */
  check: () => Promise<S>;
  /** Writes the summary out with the note. May throw; the next tick publishes again. */
  publish: (summary: S, note: WatchNote) => Promise<void>;
  /** Whether any stage of any run is still RUNNING or PENDING. */
  active: (summary: S) => boolean;
  /** One line per run stage that can change (`rank4 fine-tuning RUNNING`); a changed line is printed. */
  statusLines: (summary: S) => string[];
  /** Milliseconds since the epoch. */
  clock: () => number;
  /** Waits `ms`, or less when `signal` aborts. Never rejects. */
  sleep: (ms: number, signal: AbortSignal) => Promise<void>;
  /** One line per change, and a line per failed check or publish. */
  print: (line: string) => void;
}

export interface WatchOptions {
  intervalMs: number;
  /** Stop after this long even if work still runs; null for no limit. */
  timeoutMs: number | null;
  /** Aborted on SIGTERM/SIGINT: the last summary is published as stopped. */
  signal?: AbortSignal;
}

export interface WatchResult<S> {
  /** The last summary, or null when no check ever succeeded. */
  summary: S | null;
  note: WatchNote;
  /** The error of the first check when it failed (then nothing was published). */
  error?: unknown;
}

const NEVER_ABORTED = new AbortController().signal;

/** Resolves when `signal` aborts (never otherwise), and lets go of its listener once `settled` fires. */
function aborted(signal: AbortSignal): { promise: Promise<'aborted'>; dispose: () => void } {
  let dispose = (): void => undefined;
  const promise = new Promise<'aborted'>((resolve) => {
    if (signal.aborted) return resolve('aborted');
    const onAbort = (): void => resolve('aborted');
    signal.addEventListener('abort', onAbort, { once: true });
    dispose = () => signal.removeEventListener('abort', onAbort);
  });
  return { promise, dispose };
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Prints the lines that differ from the previous check's, and returns the new lines to compare next time. */
function printChanges(
  previous: ReadonlySet<string> | null,
  lines: string[],
  print: (l: string) => void,
): Set<string> {
  const current = new Set(lines);
  if (previous === null) {
    for (const line of current) print(line);
    return current;
  }
  for (const line of current) if (!previous.has(line)) print(line);
  return current;
}

type Checked<S> = { ok: true; summary: S } | { ok: false; error: unknown } | 'aborted';

/** One check, abandoned when `signal` aborts first (a hung file system must not delay the last summary). */
async function checkUnlessAborted<S>(check: () => Promise<S>, signal: AbortSignal): Promise<Checked<S>> {
  const stop = aborted(signal);
  try {
    return await Promise.race([
      check().then(
        (summary) => ({ ok: true as const, summary }),
        (error: unknown) => ({ ok: false as const, error }),
      ),
      stop.promise,
    ]);
  } finally {
    stop.dispose();
  }
}

/**
 * Runs the watch to its end and returns the last summary with its final note. The first check's
 * failure ends the watch at once (nothing to show yet, and usually a wrong path); later failures are
 * retried on the next tick. `publish` is called after every successful check and once at the end.
 */
export async function watch<S>(deps: WatchDeps<S>, options: WatchOptions): Promise<WatchResult<S>> {
  const signal = options.signal ?? NEVER_ABORTED;
  const startedMs = deps.clock();
  const note: WatchNote = {
    state: 'watching',
    started: new Date(startedMs).toISOString(),
    checks: 0,
    interval_s: options.intervalMs / 1000,
  };
  let last: S | null = null;
  let lines: Set<string> | null = null;

  const publish = async (summary: S, current: WatchNote): Promise<void> => {
    try {
      await deps.publish(summary, current);
    } catch (error) {
      deps.print(`could not publish the summary (${message(error)}); trying again at the next check`);
    }
  };

  for (;;) {
    const checked = signal.aborted ? 'aborted' : await checkUnlessAborted(deps.check, signal);
    const nowMs = deps.clock();
    if (checked !== 'aborted') {
      if (!checked.ok) {
        if (last === null)
          return { summary: null, note: { ...note, state: 'stopped' }, error: checked.error };
        deps.print(`check failed (${message(checked.error)}); trying again at the next check`);
      } else {
        last = checked.summary;
        note.checks++;
        lines = printChanges(lines, deps.statusLines(last), deps.print);
      }
    }
    if (last === null) return { summary: null, note: { ...note, state: 'stopped' } };

    const ending: WatchNote['state'] | null = !deps.active(last)
      ? 'finished'
      : signal.aborted || checked === 'aborted'
        ? 'stopped'
        : options.timeoutMs !== null && nowMs - startedMs >= options.timeoutMs
          ? 'timed-out'
          : null;
    if (ending !== null) {
      const final: WatchNote = {
        state: ending,
        started: note.started,
        checks: note.checks,
        interval_s: note.interval_s,
      };
      await publish(last, final);
      if (ending === 'timed-out') deps.print('the watch timed out with work still running');
      if (ending === 'stopped') deps.print('the watch was stopped with work still running');
      return { summary: last, note: final };
    }

    const untilTimeout = options.timeoutMs === null ? Infinity : startedMs + options.timeoutMs - nowMs;
    const wait = Math.max(0, Math.min(options.intervalMs, untilTimeout));
    await publish(last, { ...note, next: new Date(nowMs + wait).toISOString() });
    await deps.sleep(wait, signal);
  }
}

/** A real sleep that ends early when `signal` aborts. */
export function abortableSleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const done = (): void => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
  });
}
