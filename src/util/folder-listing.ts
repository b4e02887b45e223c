// A folder's entries, listed once however many readers ask within one discovery step. A run's
// training output folder holds its SLURM outputs and its checkpoint folders; its eval folder holds
// its logs and its eval jobs' SLURM outputs. On a cluster file system each listing is a round trip
// to the server, and a sweep has thousands of runs.
import type { Dirent } from 'node:fs';
import { readdir } from 'node:fs/promises';

export class FolderListings {
  private readonly listed = new Map<string, Promise<readonly Dirent[]>>();

  /**
   * The entries of `dir` with their types (a link is a link; Node asks lstat where the file system
   * gives no type), the same promise each time: it rejects with the fs error, for each caller to
   * word. The array is shared: not to be changed.
   */
  entries(dir: string): Promise<readonly Dirent[]> {
    let listing = this.listed.get(dir);
    if (!listing) {
      listing = readdir(dir, { withFileTypes: true });
      // Each caller handles the rejection; a listing asked for but not awaited is no crash.
      listing.catch(() => undefined);
      this.listed.set(dir, listing);
    }
    return listing;
  }
}
