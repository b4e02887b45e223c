// Reading evaluation logs for their summaries: the file I/O around the pure summary in
// src/model/eval-log-summary.ts. Reads each log's header and sample summaries, and the full sample
// only where an answer is missing for the binary metrics.
import { readEvalLog, type ReadEvalLogOptions } from '../sources/inspect/eval-log.js';
import {
  choosePrimaryScore,
  hasBinaryTargets,
  primaryScorerKey,
  sampleScore,
} from '../model/eval-metrics.js';
import { summarizeReadLog, type EvalLogSummary } from '../model/eval-log-summary.js';
import { mapLimit } from '../util/map-limit.js';

export interface SummarizeEvalLogOptions extends Pick<ReadEvalLogOptions, 'maxMemberBytes' | 'zstdDecoder'> {
  /** The scorer the experiment names (e.g. `match`): report it when the log has it. */
  scorer?: string | null;
}

export interface SummarizeEvalLogsOptions extends SummarizeEvalLogOptions {
  /** Logs read at once. Default 16. */
  concurrency?: number;
}

/** Read one log (header, summaries, and full samples only where an answer is missing) and summarize it. */
export async function summarizeEvalLog(
  path: string,
  options: SummarizeEvalLogOptions = {},
): Promise<EvalLogSummary> {
  const preferred = options.scorer ?? null;
  const log = await readEvalLog(path, {
    maxMemberBytes: options.maxMemberBytes,
    zstdDecoder: options.zstdDecoder,
    summaries: true,
    completionsFor: (read) => {
      const summaries = read.summaries ?? [];
      if (!hasBinaryTargets(summaries)) return [];
      const primary = choosePrimaryScore(read.results?.scores ?? [], preferred);
      const key = primaryScorerKey(read, primary, preferred);
      // An errored sample without a score (fail_on_error tolerance) has no answer to read: inspect
      // leaves it out of its metrics, and so do the 0/1 metrics.
      return summaries.filter((summary) => {
        const score = sampleScore(summary, key, primary?.name);
        return score === undefined ? summary.error == null : score.answer == null;
      });
    },
  });
  return summarizeReadLog(log, preferred);
}

/** Summarize many logs, `concurrency` at a time, in the given order. Never throws for a bad log. */
export function summarizeEvalLogs(
  paths: readonly string[],
  options: SummarizeEvalLogsOptions = {},
): Promise<EvalLogSummary[]> {
  return mapLimit(paths, options.concurrency ?? 16, (path) => summarizeEvalLog(path, options));
}
