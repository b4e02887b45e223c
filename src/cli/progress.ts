// A progress line for long runs on a terminal: one line on stderr, redrawn in place, with counts and
// an estimate (`reading evaluation logs 1,204/2,000 · 3 s left`), erased before the result prints.
// Never in a pipe, a file or a CI log (the caller decides: `enabled`), and not for runs that end
// before `afterMs` (a small experiment shows nothing).
import { thousands } from '../util/strings.js';

export interface ProgressLineOptions {
  enabled: boolean;
  write: (text: string) => void;
  clock: () => number;
  /** Show nothing until the run has lasted this long. */
  afterMs?: number;
  /** Redraw at most this often. */
  everyMs?: number;
}

/** `3 s left`, `2 min left`: coarse on purpose, the estimate is rough. */
export function timeLeft(ms: number): string {
  const seconds = Math.max(1, Math.round(ms / 1000));
  if (seconds < 90) return `${seconds} s left`;
  return `${Math.round(seconds / 60)} min left`;
}

export class ProgressLine {
  private readonly started: number;
  /**
   * The phase shown, when it began and its count then: its estimate counts from there (a phase may
   * be shown after part of its work is done, like the logs read while the training was searched).
   */
  private label: string | null = null;
  private phaseStarted: number;
  private doneAtStart = 0;
  private lastDraw = -Infinity;
  private shown = false;

  constructor(private readonly options: ProgressLineOptions) {
    this.started = options.clock();
    this.phaseStarted = this.started;
  }

  /** `done` of `total` items of the phase `label` (a phase without counts: just the label). */
  update(label: string, done?: number, total?: number): void {
    const now = this.options.clock();
    const newPhase = label !== this.label;
    if (newPhase) {
      this.label = label;
      this.phaseStarted = now;
      this.doneAtStart = done ?? 0;
    }
    if (!this.options.enabled || now - this.started < (this.options.afterMs ?? 750)) return;
    if (!newPhase && done !== total && now - this.lastDraw < (this.options.everyMs ?? 100)) return;
    this.lastDraw = now;
    let text = label;
    if (done !== undefined && total !== undefined) {
      const elapsed = now - this.phaseStarted;
      const since = done - this.doneAtStart;
      const estimate = since > 0 && done < total ? ` · ${timeLeft((elapsed / since) * (total - done))}` : '';
      text = `${label} ${thousands(done)}/${thousands(total)}${estimate}`;
    }
    // \r to the line's start, the text, then erase what a longer earlier line left behind.
    this.options.write(`\r${text}\x1b[K`);
    this.shown = true;
  }

  /** Erases the line (before the command prints its result). */
  clear(): void {
    if (!this.shown) return;
    this.options.write('\r\x1b[K');
    this.shown = false;
  }
}
