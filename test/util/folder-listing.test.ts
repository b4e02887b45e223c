// FolderListings: one listing per folder, however many readers ask, with the entries' types.
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import * as fsp from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { FolderListings } from '../../src/util/folder-listing.js';

vi.mock('node:fs/promises', async (importOriginal) => {
  const original = await importOriginal<typeof import('node:fs/promises')>();
  return { ...original, readdir: vi.fn(original.readdir) };
});
import { useTempDir } from '../helpers/temp-dir.js';

const scratch = useTempDir('folder-listing-');

describe('FolderListings', () => {
  it('lists a folder once, with each entry a folder, a file or a link', async () => {
    const dir = scratch();
    mkdirSync(join(dir, 'epoch_0'));
    writeFileSync(join(dir, 'slurm-1.out'), 'x');
    symlinkSync(join(dir, 'epoch_0'), join(dir, 'epoch_1'));
    const listings = new FolderListings();
    const first = listings.entries(dir);
    expect(listings.entries(dir)).toBe(first);
    const types = Object.fromEntries(
      (await first).map((entry) => [
        entry.name,
        entry.isSymbolicLink() ? 'link' : entry.isDirectory() ? 'folder' : 'file',
      ]),
    );
    expect(types).toEqual({ epoch_0: 'folder', epoch_1: 'link', 'slurm-1.out': 'file' });
    // Another set of listings lists again: what changed since is seen.
    writeFileSync(join(dir, 'slurm-2.out'), 'x');
    expect((await new FolderListings().entries(dir)).map((entry) => entry.name).sort()).toContain(
      'slurm-2.out',
    );
    expect((await listings.entries(dir)).map((entry) => entry.name)).not.toContain('slurm-2.out');
  });

  it("gives every caller the folder's error, and a listing nobody awaits is no unhandled rejection", async () => {
    const listings = new FolderListings();
    const missing = join(scratch(), 'nowhere');
    listings.entries(join(scratch(), 'also-nowhere')); // never awaited
    await expect(listings.entries(missing)).rejects.toMatchObject({ code: 'ENOENT' });
    await expect(listings.entries(missing)).rejects.toMatchObject({ code: 'ENOENT' });
    // A file is not a folder.
    const file = join(scratch(), 'a-file');
    writeFileSync(file, 'x');
    await expect(listings.entries(file)).rejects.toMatchObject({ code: 'ENOTDIR' });
  });
});

describe('a file system that gives no entry types', () => {
  it('lists the names and asks each entry alone when one vanishes under the listing, leaving it out', async () => {
    const dir = join(scratch(), 'no-types');
    mkdirSync(join(dir, 'epoch_0'), { recursive: true });
    writeFileSync(join(dir, 'slurm-1.out'), 'x');
    writeFileSync(join(dir, 'tmp-write.part'), 'x');
    // As Node fails such a listing: the lstat it makes of each entry meets one removed meanwhile.
    vi.mocked(fsp.readdir).mockImplementationOnce(async () => {
      rmSync(join(dir, 'tmp-write.part'));
      throw Object.assign(new Error('ENOENT: no such file or directory, lstat'), {
        code: 'ENOENT',
        syscall: 'lstat',
        path: join(dir, 'tmp-write.part'),
      });
    });
    const entries = await new FolderListings().entries(dir);
    expect(
      entries
        .map((entry) => [entry.name, entry.isDirectory(), entry.isFile(), entry.isSymbolicLink()])
        .sort(),
    ).toEqual([
      ['epoch_0', true, false, false],
      ['slurm-1.out', false, true, false],
    ]);
  });

  it("passes the folder's own error on: a missing folder is missing", async () => {
    const missing = join(scratch(), 'nowhere');
    vi.mocked(fsp.readdir).mockImplementationOnce(async () => {
      throw Object.assign(new Error('ENOENT: no such file or directory, scandir'), {
        code: 'ENOENT',
        syscall: 'scandir',
        path: missing,
      });
    });
    await expect(new FolderListings().entries(missing)).rejects.toMatchObject({ syscall: 'scandir' });
  });
});
