// Live mode for the CLI (--watch) and the Action (wait: true): summarize the experiment every
// interval until nothing runs or waits (pipeline/watch.ts), writing summary.md, summary.json and the
// process log each time, whole and atomically, with a note of where the watch stands. The Action adds
// its job summary and comment through `afterWrite`.
import { hasActiveWork, activityLines } from '../model/activity.js';
import type { WatchNote } from '../model/watch-note.js';
import { summarize, type Report, type SummarizeOptions } from '../pipeline/index.js';
import { abortableSleep, watch } from '../pipeline/watch.js';
import { formatDiagnostic } from '../render/format.js';
import { renderJson } from '../render/json.js';
import { renderMarkdown } from '../render/markdown.js';
import { writeSummaryFiles, type SummarizeResult } from './files.js';

export interface LiveOptions {
  /** What each check summarizes (its `now` is derived from `clock` when not given). */
  summarize: SummarizeOptions;
  intervalMs: number;
  timeoutMs: number | null;
  /** Aborted on SIGTERM/SIGINT: the last summary is written as stopped. */
  signal?: AbortSignal;
  /** Milliseconds clock; Date.now when absent. */
  clock?: () => number;
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
  /** One line per change (a status, a failed check), already prefixed with the time. */
  print: (line: string) => void;
  /** After the files are written: the Action's job summary and comment. May throw (retried next check). */
  afterWrite?: (result: SummarizeResult, note: WatchNote) => Promise<void>;
  /** The pipeline; replaced in tests. */
  summarizeFn?: (options: SummarizeOptions) => Promise<Report>;
}

export interface LiveResult {
  /** The last summary written; null when the first check failed. */
  result: SummarizeResult | null;
  note: WatchNote;
  /** Why the first check failed (no summary can be made). */
  error?: unknown;
}

function clockTime(ms: number): string {
  return new Date(ms).toISOString().slice(11, 19);
}

/** Watches the experiment to the end (nothing RUNNING or PENDING, the timeout, or the signal). */
export async function watchExperiment(options: LiveOptions): Promise<LiveResult> {
  const clock = options.clock ?? Date.now;
  const run = options.summarizeFn ?? summarize;
  const summarizeOptions: SummarizeOptions = { now: () => new Date(clock()), ...options.summarize };
  let lastWritten: SummarizeResult | null = null;
  // A report's block goes into the process log once, however often it is rewritten with a new note.
  let logged: Report | null = null;

  const outcome = await watch<Report>(
    {
      check: () => run(summarizeOptions),
      publish: async (report, note) => {
        const summary = { ...report.summary, watch: note };
        const markdown = renderMarkdown(summary);
        const files = await writeSummaryFiles(report.experimentDir, {
          markdown,
          json: renderJson(summary),
          logBlock: logged === report ? '' : report.logBlock,
        });
        logged = report;
        lastWritten = { summary, experimentDir: report.experimentDir, markdown, files };
        await options.afterWrite?.(lastWritten, note);
      },
      active: (report) => hasActiveWork(report.summary),
      // A warning that appears (sacct down, a file read while written) is a change worth a line too.
      statusLines: (report) => [
        ...activityLines(report.summary),
        ...report.summary.warnings.map((w) => `${w.level}: ${formatDiagnostic(w)}`),
      ],
      clock,
      sleep: options.sleep ?? abortableSleep,
      print: (line) => options.print(`[${clockTime(clock())}] ${line}`),
    },
    {
      intervalMs: options.intervalMs,
      timeoutMs: options.timeoutMs,
      ...(options.signal ? { signal: options.signal } : {}),
    },
  );
  return {
    result: lastWritten,
    note: outcome.note,
    ...(outcome.error !== undefined ? { error: outcome.error } : {}),
  };
}
