// The analysis's balanced-accuracy bootstraps, on the reading pool's worker threads. On a sweep whose
// logs differ in their answers each evaluation needs its own bootstrap (paired with the control's, or
// alone), ~1 ms each on one thread after the last log is read: 602 such logs spent 0.7 s there with
// the other cores idle. A bootstrap depends only on counts (model/stats/bootstrap.ts), so a dry run of
// the analysis lists them, the distinct ones go to the workers in batches, and the analysis is given
// their results (model/stats knownBootstraps). Same code on both sides: the same results.
import {
  bootstrapKey,
  computeBootstrap,
  type BootstrapRequest,
  type BootstrapResult,
} from '../model/stats/index.js';
import type { EvalLogSummary } from '../model/eval-log-summary.js';
import { mapLimit } from '../util/map-limit.js';
import { PER_WORKER } from './eval-logs.js';
import type { TaskHandlers, WorkerPool } from '../util/worker-pool.js';

const BOOTSTRAP_TASK = 'bootstraps';
/** Requests per task: a bootstrap is ~1 ms, a message each way a few tens of µs. */
const REQUESTS_PER_TASK = 16;
/** Fewer distinct requests than this are computed when the analysis asks (a worker round trip is not worth it). */
export const MIN_REQUESTS_FOR_WORKERS = 32;

/**
 * The results of the distinct requests, computed on `pool`, by bootstrapKey: for knownBootstraps.
 * Empty without a pool or for too few requests. A batch whose worker fails is left out: the analysis
 * computes what it is not given.
 */
export async function bootstrapsOn(
  pool: WorkerPool | null,
  requests: readonly BootstrapRequest[],
): Promise<Map<string, BootstrapResult>> {
  const known = new Map<string, BootstrapResult>();
  if (!pool || pool.size === 0) return known;
  const distinct = new Map<string, BootstrapRequest>();
  for (const request of requests) distinct.set(bootstrapKey(request), request);
  if (distinct.size < MIN_REQUESTS_FOR_WORKERS) return known;
  const all = [...distinct.entries()];
  const batches: Array<Array<[string, BootstrapRequest]>> = [];
  for (let at = 0; at < all.length; at += REQUESTS_PER_TASK)
    batches.push(all.slice(at, at + REQUESTS_PER_TASK));
  await mapLimit(batches, pool.size * PER_WORKER, async (batch) => {
    const results = await pool
      .run<BootstrapResult[]>(
        BOOTSTRAP_TASK,
        batch.map(([, request]) => request),
      )
      .catch(() => null);
    if (results?.length !== batch.length) return;
    batch.forEach(([key], index) => known.set(key, results[index]!));
  });
  return known;
}

/**
 * Whether logs with these summaries could need enough bootstraps for the workers. The evaluation
 * rows take their balanced accuracies from the logs, and logs with the same answers have the same
 * balanced accuracy: so few distinct values almost always mean bootstraps that repeat (logs copied,
 * or generated from a few answer sheets), which the analysis computes once each. Then the pool
 * closes right after the reading, and the dry run that would list them (~20 µs a row) is not made.
 */
export function mayNeedBootstrapWorkers(summaries: Iterable<EvalLogSummary>): boolean {
  const distinct = new Set<number>();
  for (const summary of summaries) {
    const value = summary.binary?.balanced_accuracy;
    if (typeof value === 'number' && distinct.add(value).size >= MIN_REQUESTS_FOR_WORKERS) return true;
  }
  return false;
}

/** What a worker thread serves: the bootstraps of a batch of requests, for bootstrapsOn. */
export const bootstrapTasks: TaskHandlers = {
  [BOOTSTRAP_TASK]: async (payload) =>
    (payload as BootstrapRequest[]).map((request) => computeBootstrap(request)),
};
