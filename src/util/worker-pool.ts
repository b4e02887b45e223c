// A small, bounded pool of worker threads, so CPU-bound work (decompressing and parsing thousands of
// evaluation logs) uses the machine's other cores while the main thread does the rest.
//
// The worker script is the program's own bundle: the entry point registers it (`useWorkerScript`)
// and, when it finds itself in a worker, serves the named tasks (`serveTasks`). So the single-file
// CLI stays one file. Without a registered script (tests, library use), callers run inline.
//
// node:worker_threads is loaded only when a pool starts or a worker serves: a run too small for
// threads never loads it. A worker is told it is one by SERVE_ARGUMENT in its process.argv.
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { readingInside } from './random-access-file.js';
import { markServingThread, onServingThread } from './serving-thread.js';

let workerScript: URL | null = null;

/** Lets pools start workers from `script` (the running bundle, which must call serveTasks in a worker). */
export function useWorkerScript(script: string | URL | null): void {
  workerScript = script === null ? null : new URL(script);
}

/** Workers worth starting for this many tasks: one per core, at most `max`; 0 means run inline. */
export function workerCount(tasks: number, max = 4): number {
  if (workerScript === null || onServingThread()) return 0;
  return Math.max(0, Math.min(max, availableParallelism(), tasks));
}

interface Request {
  id: number;
  task: string;
  payload: unknown;
  /** The experiment's roots: what the task opens must lie inside them (see readingInside). */
  roots?: readonly string[];
}
type Reply = { id: number; result: unknown } | { id: number; error: string };

export type TaskHandlers = Record<string, (payload: unknown) => Promise<unknown>>;

/** What a pool's workers find in their process.argv (see isPoolWorker). */
export const SERVE_ARGUMENT = '--serve-summarize-experiment-tasks';

/** Whether this thread is a worker a pool started, so the entry point should serve tasks. */
export async function isPoolWorker(): Promise<boolean> {
  // The argument alone loads nothing; on the main thread a user could pass it, so it is checked.
  if (!process.argv.includes(SERVE_ARGUMENT)) return false;
  return !(await import('node:worker_threads')).isMainThread;
}

/** In a worker: answer the main thread's requests with `handlers`, several at a time. */
export async function serveTasks(handlers: TaskHandlers): Promise<void> {
  const port = (await import('node:worker_threads')).parentPort;
  if (!port) throw new Error('serveTasks: not in a worker thread');
  markServingThread();
  port.on('message', (request: Request) => {
    const handler = handlers[request.task];
    const reply = (message: Reply) => port.postMessage(message);
    if (!handler) return reply({ id: request.id, error: `unknown task ${request.task}` });
    const run = () => handler(request.payload);
    (request.roots ? readingInside(request.roots, run) : run()).then(
      (result) => reply({ id: request.id, result }),
      (error: unknown) =>
        reply({ id: request.id, error: error instanceof Error ? error.message : String(error) }),
    );
  });
}

/**
 * V8 lets each thread's young generation grow to tens of MB before it collects it; with a worker
 * per core that alone would take most of the memory budget. The work is many short-lived
 * parses, which a small young generation handles nearly as fast.
 */
const YOUNG_GENERATION = { maxYoungGenerationSizeMb: 8 };

interface Pending {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

/** `size` workers, each with at most `perWorker` tasks in flight; further tasks wait in order. */
export class WorkerPool {
  private readonly workers: Array<{ worker: Worker; inFlight: number }> = [];
  private readonly pending = new Map<number, Pending>();
  private readonly queue: Request[] = [];
  private nextId = 0;
  private failure: Error | null = null;
  private roots: readonly string[] | null = null;

  /** Starts `size` worker threads of the registered script (loading node:worker_threads first). */
  static async start(size: number, perWorker: number): Promise<WorkerPool> {
    if (workerScript === null) throw new Error('WorkerPool: no worker script registered');
    const { Worker } = await import('node:worker_threads');
    return new WorkerPool(size, perWorker, workerScript, Worker);
  }

  private constructor(
    size: number,
    private readonly perWorker: number,
    script: URL,
    WorkerThread: typeof Worker,
  ) {
    try {
      for (let i = 0; i < size; i++) this.spawn(WorkerThread, script);
    } catch (error) {
      // A thread that cannot start (out of memory, a thread limit): the ones started must not linger.
      for (const { worker } of this.workers) void worker.terminate();
      throw error;
    }
  }

  private spawn(WorkerThread: typeof Worker, script: URL): void {
    const worker = new WorkerThread(script, { resourceLimits: YOUNG_GENERATION, argv: [SERVE_ARGUMENT] });
    const slot = { worker, inFlight: 0 };
    slot.worker.on('message', (reply: Reply) => {
      slot.inFlight--;
      const pending = this.pending.get(reply.id);
      this.pending.delete(reply.id);
      if ('error' in reply) pending?.reject(new Error(reply.error));
      else pending?.resolve(reply.result);
      this.dispatch();
    });
    // A worker that dies takes its tasks with it: fail them all rather than hang.
    slot.worker.on('error', (error) => this.fail(error));
    slot.worker.on('exit', (code) => {
      if (code !== 0) this.fail(new Error(`worker thread exited with code ${code}`));
    });
    this.workers.push(slot);
  }

  /** The worker threads started. */
  get size(): number {
    return this.workers.length;
  }

  /** The tasks run from now on open files only inside `roots` (see readingInside). */
  readInside(roots: readonly string[]): void {
    this.roots = roots;
  }

  run<T>(task: string, payload: unknown): Promise<T> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    const promise = new Promise<unknown>((resolve, reject) => this.pending.set(id, { resolve, reject }));
    this.queue.push({ id, task, payload, ...(this.roots ? { roots: this.roots } : {}) });
    this.dispatch();
    return promise as Promise<T>;
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map(({ worker }) => worker.terminate()));
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      const slot = this.workers.reduce((best, candidate) =>
        candidate.inFlight < best.inFlight ? candidate : best,
      );
      if (slot.inFlight >= this.perWorker) return;
      slot.inFlight++;
      slot.worker.postMessage(this.queue.shift());
    }
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const { reject } of this.pending.values()) reject(error);
    this.pending.clear();
    this.queue.length = 0;
  }
}
