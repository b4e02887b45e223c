// An advisory lock between processes on one file system (two CI jobs, a user on the login node):
// a lock file created with O_EXCL, which exactly one creator wins, holding the owner's pid, host and
// time. A lock left by a crashed process is taken over once it is older than `staleMs`, or at once
// when its owner was on this host and is gone.
import { hostname } from 'node:os';
import { open, readFile, rm, stat } from 'node:fs/promises';

export interface LockOptions {
  /** Give up after this long (default 30 s). */
  timeoutMs?: number;
  /** A lock older than this is a leftover (default 2 min; the guarded work takes well under a second). */
  staleMs?: number;
  /** Clock and sleep, for tests. */
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

export class LockTimeoutError extends Error {
  override name = 'LockTimeoutError';
  constructor(
    readonly lockFile: string,
    detail: string,
  ) {
    super(`${lockFile}: ${detail}`);
  }
}

const defaultSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

function ownerAlive(text: string): boolean {
  const [pid, host] = text.split('\n');
  if (host !== hostname()) return true; // cannot tell for another host: wait for staleness
  const id = Number(pid);
  if (!Number.isInteger(id) || id <= 0) return false;
  try {
    process.kill(id, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Run `work` while holding `lockFile`; the lock is removed afterwards, also when `work` throws. */
export async function withFileLock<T>(
  lockFile: string,
  work: () => Promise<T>,
  options: LockOptions = {},
): Promise<T> {
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? defaultSleep;
  const timeoutMs = options.timeoutMs ?? 30_000;
  const staleMs = options.staleMs ?? 120_000;
  const deadline = now() + timeoutMs;
  const token = `${process.pid}\n${hostname()}\n${new Date(now()).toISOString()}\n${Math.random()}\n`;
  let wait = 5;
  for (;;) {
    try {
      const handle = await open(lockFile, 'wx', 0o644);
      try {
        await handle.writeFile(token);
      } finally {
        await handle.close();
      }
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    // Someone holds it: take it over when it is a leftover, else wait.
    const [text, info] = await Promise.all([
      readFile(lockFile, 'utf8').catch(() => null),
      stat(lockFile).catch(() => null),
    ]);
    if (info && text !== null && (now() - info.mtimeMs > staleMs || !ownerAlive(text))) {
      // Remove it only if it is still the same leftover (another waiter may have replaced it).
      const again = await readFile(lockFile, 'utf8').catch(() => null);
      if (again === text) await rm(lockFile, { force: true });
      continue;
    }
    if (now() >= deadline) {
      throw new LockTimeoutError(
        lockFile,
        `still locked by another run after ${Math.round(timeoutMs / 1000)} s (remove the file if no run is active)`,
      );
    }
    await sleep(wait + Math.random() * wait);
    wait = Math.min(wait * 2, 200);
  }
  try {
    return await work();
  } finally {
    const current = await readFile(lockFile, 'utf8').catch(() => null);
    if (current === token) await rm(lockFile, { force: true });
  }
}
