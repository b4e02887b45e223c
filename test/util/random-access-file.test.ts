import { constants } from 'node:fs';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileTailBytes } from '../../src/util/file-tail.js';
import { openForReading, readFullyAt, readingInside } from '../../src/util/random-access-file.js';

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

describe('readingInside: every file opened lies inside the experiment, judged on the open file', () => {
  let base: string;
  beforeAll(async () => {
    base = await mkdtemp(path.join(tmpdir(), 'reading-inside-'));
    await mkdir(path.join(base, 'exp', 'logs'), { recursive: true });
    await mkdir(path.join(base, 'outside'));
    await writeFile(path.join(base, 'exp', 'logs', 'mine.txt'), 'mine');
    await writeFile(path.join(base, 'outside', 'secret.txt'), 'secret');
    // A folder of the experiment that leads out of it, and a file link that does.
    await symlink(path.join(base, 'outside'), path.join(base, 'exp', 'elsewhere'));
    await symlink(path.join(base, 'outside', 'secret.txt'), path.join(base, 'exp', 'logs', 'linked.txt'));
    await symlink(path.join(base, 'exp', 'logs', 'mine.txt'), path.join(base, 'exp', 'inner-link.txt'));
  });
  afterAll(() => rm(base, { recursive: true, force: true }));

  for (const sync of [true, false]) {
    it(`opens a file inside, directly or through a link inside, and refuses one outside (sync: ${sync})`, async () => {
      const roots = [path.join(base, 'exp')];
      await readingInside(roots, async () => {
        for (const inside of ['logs/mine.txt', 'inner-link.txt']) {
          const file = await openForReading(path.join(base, 'exp', inside), sync);
          expect((await readFullyAt(file, 0, 4)).toString()).toBe('mine');
          await file.close();
        }
        for (const outside of ['elsewhere/secret.txt', 'logs/linked.txt']) {
          await expect(openForReading(path.join(base, 'exp', outside), sync)).rejects.toMatchObject({
            code: 'EOUTSIDE',
            message: expect.stringContaining(
              `it resolves to ${path.join(base, 'outside', 'secret.txt')}, outside the experiment`,
            ),
          });
        }
      });
      // Outside of a reading, nothing is checked (a file named on the command line, say).
      const file = await openForReading(path.join(base, 'exp', 'elsewhere', 'secret.txt'), sync);
      await file.close();
    });
  }

  it("leaves the tool's own files alone while an experiment is read (its process log, wherever it is)", async () => {
    await readingInside([path.join(base, 'exp')], async () => {
      const outside = path.join(base, 'outside', 'secret.txt');
      expect((await readFileTailBytes(outside, 3, { ownFile: true })).bytes.toString()).toBe('ret');
      await expect(readFileTailBytes(outside, 3)).rejects.toMatchObject({ code: 'EOUTSIDE' });
    });
  });

  it('asks again for the real path of a root that did not exist yet (an output base made meanwhile)', async () => {
    const later = path.join(base, 'later');
    await readingInside([path.join(base, 'exp'), later], async () => {
      // The root is missing at the first check: a file outside both is refused.
      await expect(openForReading(path.join(base, 'outside', 'secret.txt'), true)).rejects.toMatchObject({
        code: 'EOUTSIDE',
      });
      // Then it appears, as a link to the folder: its files are inside.
      await symlink(path.join(base, 'outside'), later);
      const file = await openForReading(path.join(later, 'secret.txt'), true);
      await file.close();
    });
  });

  it('holds while any reading of the same roots is still going, and for a second experiment read at once', async () => {
    const roots = [path.join(base, 'exp')];
    const other = [path.join(base, 'outside')];
    let release!: () => void;
    const first = readingInside(roots, () => new Promise<void>((resolve) => (release = resolve)));
    await readingInside(roots, async () => undefined); // ends while the first still reads
    await expect(openForReading(path.join(base, 'exp', 'logs', 'linked.txt'), true)).rejects.toMatchObject({
      code: 'EOUTSIDE',
    });
    // While two experiments are read, a file inside either is allowed.
    await readingInside(other, async () => {
      const file = await openForReading(path.join(base, 'exp', 'logs', 'linked.txt'), true);
      await file.close();
    });
    release();
    await first;
  });
});
