// Where a watch (--watch, wait: true) stands, as the summary shows it (summary.json `watch`).

/** Where the watch stands, as the summary shows it. */
export interface WatchNote {
  /** `watching`: more checks follow; `finished`: nothing is RUNNING or PENDING any more;
   * `timed-out` / `stopped`: the watch ended (timeout, SIGTERM) with work still running. */
  state: 'watching' | 'finished' | 'timed-out' | 'stopped';
  /** ISO 8601 time the watch began. */
  started: string;
  /** Checks made so far (1 for the first summary). */
  checks: number;
  interval_s: number;
  /** ISO 8601 time of the next check, while watching. */
  next?: string;
}
