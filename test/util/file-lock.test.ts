import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LockTimeoutError, withFileLock } from '../../src/util/file-lock.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();

describe('withFileLock', () => {
  it('runs one holder at a time', async () => {
    const lock = path.join(tempDir(), 'x.lock');
    let inside = 0;
    let most = 0;
    await Promise.all(
      Array.from({ length: 8 }, () =>
        withFileLock(lock, async () => {
          inside += 1;
          most = Math.max(most, inside);
          await new Promise((resolve) => setTimeout(resolve, 5));
          inside -= 1;
        }),
      ),
    );
    expect(most).toBe(1);
  });

  it('waits for a live holder and gives up with a message naming the lock file', async () => {
    const lock = path.join(tempDir(), 'held.lock');
    // Our own pid on this host: alive, and fresh.
    const { hostname } = await import('node:os');
    await writeFile(lock, `${process.pid}\n${hostname()}\n`);
    let clock = 0;
    const error = await withFileLock(lock, async () => 'ran', {
      timeoutMs: 1000,
      now: () => clock,
      sleep: async (ms) => {
        clock += ms;
      },
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(LockTimeoutError);
    expect((error as Error).message).toContain(lock);
    expect(await readFile(lock, 'utf8')).toContain(String(process.pid));
  });

  it('takes over a lock from another host once it is stale', async () => {
    const lock = path.join(tempDir(), 'stale.lock');
    await writeFile(lock, '123\nsome-other-host\n');
    const result = await withFileLock(lock, async () => 'ran', {
      staleMs: 1000,
      now: () => Date.now() + 5000,
    });
    expect(result).toBe('ran');
  });
});
