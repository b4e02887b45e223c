// A folder's entries and whether it lies inside the experiment, each asked once however many
// readers need them within one discovery step. A run's training output folder holds its SLURM
// outputs and its checkpoint folders; its eval folder holds its logs and its eval jobs' SLURM
// outputs. On a cluster file system each call is a round trip to the server, and a sweep has
// thousands of runs.
import type { Dirent } from 'node:fs';
import { lstat, readdir } from 'node:fs/promises';
import path from 'node:path';
import { resolveInside, type Containment } from './contained-path.js';
import { isMissing } from './fs-errors.js';

/** What a reader needs of an entry: its name and type (a link is a link, not what it points to). */
export type FolderEntry = Pick<Dirent, 'name' | 'isDirectory' | 'isFile' | 'isSymbolicLink'>;

export class FolderListings {
  private readonly listed = new Map<string, Promise<readonly FolderEntry[]>>();
  /**
   * Per list of roots: a verdict holds for the roots it was asked against. A discovery step uses one
   * list (with a second one, a listing taken after the first verdict would be shared with it).
   */
  private readonly placed = new WeakMap<readonly string[], Map<string, Promise<Containment>>>();

  /**
   * The entries of `dir` with their types, the same promise each time: it rejects with the fs
   * error, for each caller to word. The array is shared: not to be changed.
   */
  entries(dir: string): Promise<readonly FolderEntry[]> {
    let listing = this.listed.get(dir);
    if (!listing) {
      listing = listWithTypes(dir);
      // Each caller handles the rejection; a listing asked for but not awaited is no crash.
      listing.catch(() => undefined);
      this.listed.set(dir, listing);
    }
    return listing;
  }

  /**
   * resolveInside(dir, roots), once per folder and list of roots: the verdict of the moment it was
   * first asked, which is right before the folder was listed.
   */
  inside(dir: string, roots: readonly string[]): Promise<Containment> {
    let verdicts = this.placed.get(roots);
    if (!verdicts) {
      verdicts = new Map();
      this.placed.set(roots, verdicts);
    }
    let place = verdicts.get(dir);
    if (!place) {
      // The listing is taken right after the verdict, whoever reads it later (a folder whose verdict
      // was taken but not listed then, e.g. one already walked through a link, would be listed late).
      place = resolveInside(dir, roots).then((verdict) => {
        if (verdict.ok) void this.entries(dir);
        return verdict;
      });
      verdicts.set(dir, place);
    }
    return place;
  }
}

/**
 * readdir with types. Where the file system gives none (NFSv3 without readdirplus, XFS without
 * ftype), Node asks lstat of each entry, and one entry removed in between (a job's temp file)
 * fails the whole listing with that entry's ENOENT: the folder would look missing. Then the names
 * are listed alone and each asked on its own, and the vanished ones left out.
 */
async function listWithTypes(dir: string): Promise<readonly FolderEntry[]> {
  try {
    return await readdir(dir, { withFileTypes: true });
  } catch (error) {
    const { syscall, path: failed } = error as NodeJS.ErrnoException;
    if (!(isMissing(error) && syscall === 'lstat' && failed !== undefined && failed !== dir)) throw error;
  }
  const names = await readdir(dir);
  const entries = await Promise.all(
    names.map(async (name): Promise<FolderEntry | null> => {
      try {
        const info = await lstat(path.join(dir, name));
        return {
          name,
          isDirectory: () => info.isDirectory(),
          isFile: () => info.isFile(),
          isSymbolicLink: () => info.isSymbolicLink(),
        };
      } catch (error) {
        if (isMissing(error)) return null;
        throw error;
      }
    }),
  );
  return entries.filter((entry): entry is FolderEntry => entry !== null);
}
