// Finding inspect logs under a directory: `.eval` archives, and `.json` files named the way
// inspect names logs (`{created}_{task}_{id}.json`), so that other JSON files are not mistaken
// for logs. Inspect's realtime buffers (`.buffer/`) are not logs.
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { resolveInside } from '../../util/contained-path.js';
import { FolderListings } from '../../util/folder-listing.js';
import { fsProblem, isMissing } from '../../util/fs-errors.js';

const JSON_LOG_NAME = /^\d{4}-\d{2}-\d{2}T\d{2}[-:]\d{2}[-:]\d{2}.*\.json$/;

export function isEvalLogName(name: string): boolean {
  return name.endsWith('.eval') || JSON_LOG_NAME.test(name);
}

/** Every log below `dir`, sorted by path. Throws the fs error when `dir` cannot be listed. */
export async function listEvalLogs(dir: string): Promise<string[]> {
  const found: string[] = [];
  const walk = async (current: string): Promise<void> => {
    const entries = await readdir(current, { withFileTypes: true });
    for (const entry of entries) {
      const path = join(current, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== '.buffer' && entry.name !== 'node_modules') await walk(path);
      } else if (entry.isFile() && isEvalLogName(entry.name)) found.push(path);
    }
  };
  await walk(dir);
  return found.sort();
}

/** An entry the evaluation glob found that is not read as a log, and why. */
export interface SkippedLogEntry {
  file: string;
  reason: string;
}

/**
 * Every log below `dir`, and every entry that looks like a log (or a folder of them) but is not
 * read, with the reason: a directory named `x.eval`, a dangling link, a symlink loop, a link that
 * resolves outside `roots`, a folder that cannot be listed (EACCES). Symbolic links are followed
 * only when they resolve inside one of `roots`; a linked log is returned under its own (link) path.
 * A missing `dir` is no logs and no problem.
 */
export async function discoverEvalLogs(
  dir: string,
  roots: readonly string[],
  /** Listings shared with the other readers of the same folders (the eval jobs' outputs). */
  listings = new FolderListings(),
): Promise<{ files: string[]; skipped: SkippedLogEntry[] }> {
  const files: string[] = [];
  const skipped: SkippedLogEntry[] = [];
  const seenDirs = new Set<string>();
  const walk = async (current: string, isTop: boolean): Promise<void> => {
    // Every folder's real path is taken right before it is listed (a folder could have been
    // replaced by a link since its parent was listed); the verdict is kept for the other readers.
    const place = await listings.inside(current, roots);
    if (!place.ok) {
      if (!(isTop && place.reason === 'missing')) skipped.push({ file: current, reason: place.detail });
      return;
    }
    // A link back to a folder already walked would walk it again (or forever).
    if (seenDirs.has(place.real)) return;
    seenDirs.add(place.real);
    let entries;
    try {
      entries = await listings.entries(current);
    } catch (error) {
      if (isTop && isMissing(error)) return;
      skipped.push({ file: current, reason: `the folder cannot be listed: ${fsProblem(error)}` });
      return;
    }
    for (const entry of [...entries].sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = join(current, entry.name);
      if (entry.name === '.buffer' || entry.name === 'node_modules') continue;
      if (entry.isDirectory()) {
        if (isEvalLogName(entry.name)) skipped.push({ file: full, reason: 'a directory, not a log file' });
        else await walk(full, false);
      } else if (entry.isFile()) {
        if (isEvalLogName(entry.name)) files.push(full);
      } else if (entry.isSymbolicLink()) {
        await followLink(full, entry.name);
      } else if (isEvalLogName(entry.name)) {
        skipped.push({ file: full, reason: 'not a regular file (a socket, FIFO or device)' });
      }
    }
  };
  const followLink = async (full: string, name: string): Promise<void> => {
    const place = await resolveInside(full, roots);
    if (!place.ok) {
      if (isEvalLogName(name)) skipped.push({ file: full, reason: place.detail });
      return;
    }
    const info = await stat(full).catch(() => null);
    if (info?.isDirectory()) {
      if (isEvalLogName(name)) skipped.push({ file: full, reason: 'a link to a directory, not a log file' });
      else await walk(full, false);
    } else if (info?.isFile() && isEvalLogName(name)) files.push(full);
  };
  await walk(dir, true);
  return { files: files.sort(), skipped };
}
