// FolderListings: one listing per folder, however many readers ask, with the entries' types.
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FolderListings } from '../../src/util/folder-listing.js';
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
