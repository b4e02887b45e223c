import { constants } from 'node:fs';
import { mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openForReading, readFullyAt } from '../../src/util/random-access-file.js';

/** A file of `content` whose reads return at most `chunk` bytes each, as a pipe or a slow disk may. */
function shortReads(content: Buffer, chunk: number) {
  return {
    read: async (buffer: Buffer, offset: number, length: number, position: number) => {
      const n = Math.max(0, Math.min(length, chunk, content.length - position));
      if (n > 0) content.copy(buffer, offset, position, position + n);
      return { bytesRead: n };
    },
  };
}

describe('readFullyAt', () => {
  it('reads on until the length is there, however short each read is', async () => {
    const file = shortReads(Buffer.from('0123456789'), 3);
    expect((await readFullyAt(file, 2, 7)).toString()).toBe('2345678');
  });

  it('gives fewer bytes at the end of the file, and none past it', async () => {
    const file = shortReads(Buffer.from('0123456789'), 4);
    expect((await readFullyAt(file, 6, 10)).toString()).toBe('6789');
    expect((await readFullyAt(file, 12, 4)).length).toBe(0);
  });

  it('passes on the error of a read that fails', async () => {
    const file = {
      read: async () => Promise.reject(Object.assign(new Error('EIO: i/o error'), { code: 'EIO' })),
    };
    await expect(readFullyAt(file, 0, 4)).rejects.toThrow(/EIO/);
  });
});

describe('openForReading, synchronous (a worker thread) and asynchronous (the main thread) alike', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'random-access-'));
    await writeFile(path.join(dir, 'file.txt'), '0123456789');
    await symlink(path.join(dir, 'file.txt'), path.join(dir, 'link.txt'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  for (const sync of [true, false]) {
    it(`reads, stats and closes (sync: ${sync})`, async () => {
      const file = await openForReading(path.join(dir, 'file.txt'), sync);
      expect((await file.stat()).size).toBe(10);
      expect((await readFullyAt(file, 3, 4)).toString()).toBe('3456');
      await file.close();
    });

    it(`fails as open does: a missing file, a link refused with O_NOFOLLOW (sync: ${sync})`, async () => {
      await expect(openForReading(path.join(dir, 'missing.txt'), sync)).rejects.toMatchObject({
        code: 'ENOENT',
      });
      const noFollow = constants.O_RDONLY | constants.O_NOFOLLOW;
      await expect(openForReading(path.join(dir, 'link.txt'), sync, noFollow)).rejects.toMatchObject({
        code: 'ELOOP',
      });
      const followed = await openForReading(path.join(dir, 'link.txt'), sync);
      expect((await readFullyAt(followed, 0, 3)).toString()).toBe('012');
      await followed.close();
    });
  }
});
