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
import { workerCount, WorkerPool, type TaskHandlers } from '../util/worker-pool.js';

export interface SummarizeEvalLogOptions extends Pick<ReadEvalLogOptions, 'maxMemberBytes' | 'zstdDecoder'> {
  /** The scorer the experiment names (e.g. `match`): report it when the log has it. */
  scorer?: string | null;
}

export interface SummarizeEvalLogsOptions extends SummarizeEvalLogOptions {
  /** Logs read at once on the main thread (when there are no worker threads). Default 16. */
  concurrency?: number;
  /** Called as each log is done, with the count so far (for a progress line). */
  onRead?: (done: number, total: number) => void;
  /** Called once with the worker threads the logs are read on (0: on the calling thread). */
  onThreads?: (threads: number) => void;
  /**
   * Worker threads to read on, shared with other reading (see pipeline/workers.ts), or null to read
   * on the calling thread. When absent, a pool is started (and closed) here when there are enough logs.
   */
  pool?: WorkerPool | null;
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

/** Below this many logs, starting worker threads costs more than it saves. */
export const LOGS_PER_WORKER = 32;
/**
 * Tasks in flight per worker thread: one being read, one waiting, so that a worker never idles while
 * its last result travels back. More only keeps more parsed logs alive at once (reads on a worker are
 * synchronous, so nothing overlaps): 4 cost ~15 MB more peak RSS on the large bench preset.
 */
export const PER_WORKER = 2;
/**
 * Logs per task sent to a worker. Each message between threads costs a wake-up and a serialization
 * on both sides (~20 µs to send a path, ~60 µs to send a summary back), as much as a tenth of
 * reading a small log; a batch pays it once, and its summaries share their id lists. A batch is
 * small enough that the two workers still finish within a few logs of each other.
 */
export const LOGS_PER_TASK = 8;
const SUMMARIZE_TASK = 'summarizeEvalLogs';

/**
 * Summarize many logs in the given order; never throws for a bad log. With a worker script
 * registered (the CLI registers its bundle) and enough logs, the logs are read on worker threads,
 * one per core (bounded), so decompression and JSON parsing use every core.
 */
export async function summarizeEvalLogs(
  paths: readonly string[],
  options: SummarizeEvalLogsOptions = {},
): Promise<EvalLogSummary[]> {
  const { concurrency, onRead, onThreads, pool: given, ...perLog } = options;
  let done = 0;
  const counted = (summary: EvalLogSummary): EvalLogSummary => {
    onRead?.(++done, paths.length);
    return summary;
  };
  const workers =
    given === undefined ? workerCount(Math.floor(paths.length / LOGS_PER_WORKER)) : (given?.size ?? 0);
  // A shared pool started from the YAML's promise may meet no logs at all: none were read on it.
  onThreads?.(paths.length === 0 ? 0 : workers);
  if (workers === 0) {
    return mapLimit(paths, concurrency ?? 16, async (path) => counted(await summarizeEvalLog(path, perLog)));
  }
  const pool = given ?? (await WorkerPool.start(workers, PER_WORKER));
  const batches: string[][] = [];
  for (let at = 0; at < paths.length; at += LOGS_PER_TASK) batches.push(paths.slice(at, at + LOGS_PER_TASK));
  const idLists = new Map<string, string[]>();
  try {
    const read = await mapLimit(batches, workers * PER_WORKER, async (batch) => {
      // A worker that dies (out of memory on a giant log, say) takes its logs with it; they, a log
      // whose reading threw on the worker, and the rest are then read on the main thread, one after
      // another. The progress line moves a batch at a time.
      const wire = await pool
        .run<WireBatch>(SUMMARIZE_TASK, { paths: batch, options: perLog })
        .catch(() => null);
      const summaries: EvalLogSummary[] = [];
      for (const [index, path] of batch.entries()) {
        const one = wire?.summaries[index];
        summaries.push(
          counted(one ? unpack(one, wire.idLists, idLists) : await summarizeEvalLog(path, perLog)),
        );
      }
      return summaries;
    });
    return read.flat();
  } finally {
    if (given === undefined) await pool.close();
  }
}

/**
 * A batch of summaries as a worker sends it. Each summary's sample ids are an index into the
 * batch's id lists, each one JSON string: the logs of a sweep share their ids, so the main thread
 * parses each distinct list once and every log's summary points at that one array. Copying one
 * string between threads is a memcpy, where an array of 500 ids is 500 allocations on each side.
 * A summary is null when reading it threw on the worker.
 */
interface WireBatch {
  summaries: Array<WireSummary | null>;
  idLists: string[];
}
type WireSummary = EvalLogSummary & { sample_ids?: number };

function packBatch(summaries: Array<EvalLogSummary | null>): WireBatch {
  const idLists: string[] = [];
  const indexOf = new Map<string, number>();
  const packed = summaries.map((summary): WireSummary | null => {
    const scores = summary?.sample_scores;
    if (!summary || !scores) return summary;
    // Logs that list the same ids share one sorted list (see sample-scores.ts): stringified once.
    let json = idsJson.get(scores.ids);
    if (json === undefined) {
      json = JSON.stringify(scores.ids);
      idsJson.set(scores.ids, json);
    }
    let index = indexOf.get(json);
    if (index === undefined) {
      index = idLists.push(json) - 1;
      indexOf.set(json, index);
    }
    return { ...summary, sample_scores: { ...scores, ids: [] }, sample_ids: index };
  });
  return { summaries: packed, idLists };
}

const idsJson = new WeakMap<readonly string[], string>();

function unpack(wire: WireSummary, lists: readonly string[], idLists: Map<string, string[]>): EvalLogSummary {
  const { sample_ids: index, ...summary } = wire;
  const json = index === undefined ? undefined : lists[index];
  if (json === undefined || !summary.sample_scores) return summary;
  let ids = idLists.get(json);
  if (ids === undefined) {
    ids = JSON.parse(json) as string[];
    idLists.set(json, ids);
  }
  return { ...summary, sample_scores: { ...summary.sample_scores, ids } };
}

/** What a worker thread serves: summarizeEvalLog over a batch, for summarizeEvalLogs on the main thread. */
export const evalLogTasks: TaskHandlers = {
  [SUMMARIZE_TASK]: async (payload) => {
    const { paths, options } = payload as { paths: string[]; options: SummarizeEvalLogOptions };
    const summaries: Array<EvalLogSummary | null> = [];
    for (const path of paths) summaries.push(await summarizeEvalLog(path, options).catch(() => null));
    return packBatch(summaries);
  },
};
