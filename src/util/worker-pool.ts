// A small, bounded pool of worker threads, so CPU-bound work (decompressing and parsing thousands of
// evaluation logs) uses the machine's other cores while the main thread does the rest.
//
// The worker script is the program's own bundle: the entry point registers it (`useWorkerScript`)
// and, when it finds itself in a worker, serves the named tasks (`serveTasks`). So the single-file
// CLI stays one file. Without a registered script (tests, library use), callers run inline.
import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, Worker } from 'node:worker_threads';

let workerScript: URL | null = null;

/** Lets pools start workers from `script` (the running bundle, which must call serveTasks in a worker). */
export function useWorkerScript(script: string | URL | null): void {
  workerScript = script === null ? null : new URL(script);
}

/** Workers worth starting for this many tasks: one per core, at most `max`; 0 means run inline. */
export function workerCount(tasks: number, max = 4): number {
  if (workerScript === null || !isMainThread) return 0;
  return Math.max(0, Math.min(max, availableParallelism(), tasks));
}

interface Request {
  id: number;
  task: string;
  payload: unknown;
}
type Reply = { id: number; result: unknown } | { id: number; error: string };

export type TaskHandlers = Record<string, (payload: unknown) => Promise<unknown>>;

/** In a worker: answer the main thread's requests with `handlers`, several at a time. */
export function serveTasks(handlers: TaskHandlers): void {
  const port = parentPort;
  if (!port) throw new Error('serveTasks: not in a worker thread');
  port.on('message', (request: Request) => {
    const handler = handlers[request.task];
    const reply = (message: Reply) => port.postMessage(message);
    if (!handler) return reply({ id: request.id, error: `unknown task ${request.task}` });
    handler(request.payload).then(
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

  constructor(
    size: number,
    private readonly perWorker: number,
  ) {
    if (workerScript === null) throw new Error('WorkerPool: no worker script registered');
    try {
      for (let i = 0; i < size; i++) this.start(workerScript);
    } catch (error) {
      // A thread that cannot start (out of memory, a thread limit): the ones started must not linger.
      for (const { worker } of this.workers) void worker.terminate();
      throw error;
    }
  }

  private start(script: URL): void {
    const slot = { worker: new Worker(script, { resourceLimits: YOUNG_GENERATION }), inFlight: 0 };
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

  run<T>(task: string, payload: unknown): Promise<T> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    const promise = new Promise<unknown>((resolve, reject) => this.pending.set(id, { resolve, reject }));
    this.queue.push({ id, task, payload });
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
