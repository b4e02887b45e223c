// Positioned reads of one file, behind the few FileHandle methods the readers use. On a worker
// thread (which only reads logs) the calls are synchronous: a warm page cache answers in
// microseconds, while each asynchronous call costs a thread-pool round trip and a promise. On the
// main thread they stay asynchronous, so the event loop keeps going.
// While an experiment is read (readingInside), a file opened here must lie inside it, judged on the
// open file itself: discovery judged each folder and link when it found them, but a file is read
// later, by its path, and a folder replaced by a link in between would lead elsewhere.
import { closeSync, fstatSync, openSync, readlinkSync, readSync, statSync, type Stats } from 'node:fs';
import { open, readlink, stat } from 'node:fs/promises';
import { isInside, realRoots, resolveInside } from './contained-path.js';
import { onServingThread } from './serving-thread.js';

export interface RandomAccessFile {
  read(buffer: Buffer, offset: number, length: number, position: number): Promise<{ bytesRead: number }>;
  stat(): Promise<Stats>;
  close(): Promise<void>;
}

/**
 * The experiments being read on this thread, by their roots' text (a worker gets a new copy of
 * them with each task): the first copy, whose real paths contained-path.ts keeps, and how many
 * readings hold it.
 */
const guards = new Map<string, { roots: readonly string[]; holders: number }>();

/**
 * Runs `read` with every file openForReading opens checked to lie inside `roots` (the experiment
 * and its output base): one that does not is closed and refused with an error saying where it
 * leads. The check is this thread's while any reading holds it (two experiments read at once in one
 * process: a file inside either passes). Files not opened here (the baseline) and the tool's own
 * outputs (openForReading's `check` false) are not concerned.
 */
export async function readingInside<T>(roots: readonly string[], read: () => Promise<T>): Promise<T> {
  const key = roots.join('\0');
  const guard = guards.get(key) ?? { roots, holders: 0 };
  guard.holders++;
  guards.set(key, guard);
  try {
    return await read();
  } finally {
    // A worker thread reads for one run and gets its roots with every task: it keeps the first
    // copy (and so their real paths) rather than take them again for each.
    if (--guard.holders === 0 && !onServingThread()) guards.delete(key);
  }
}

/** Whether the open file `fd` is the file at `path` (its device and inode). */
async function sameFile(fd: number, path: string, sync: boolean): Promise<boolean> {
  try {
    const named = sync ? statSync(path) : await stat(path);
    const opened = fstatSync(fd);
    return opened.dev === named.dev && opened.ino === named.ino;
  } catch {
    return false;
  }
}

/** Refuses an open file outside every experiment being read (nothing to check when none is). */
async function checkInside(fd: number, path: string, sync: boolean): Promise<void> {
  if (guards.size === 0) return;
  // The open file's own path (Linux); elsewhere the path's real path, taken now, and its identity.
  const procPath = `/proc/self/fd/${fd}`;
  let real: string | null;
  try {
    real = sync ? readlinkSync(procPath) : await readlink(procPath);
  } catch {
    real = null;
  }
  let detail = '';
  for (const guard of guards.values()) {
    if (real !== null) {
      const target = real;
      if ((await realRoots(guard.roots)).some((root) => isInside(root, target))) return;
    }
    // No name of the open file (not Linux), or one outside by its spelling (a case-insensitive file
    // system such as vfat, exfat, casefold ext4 or CIFS names it in the case it is stored in, the
    // roots' real paths keep the case they were typed in): then the path must lead inside now, and
    // to this very file.
    const place = await resolveInside(path, guard.roots);
    if (place.ok && (await sameFile(fd, place.real, sync))) return;
    if (real === null) detail = place.ok ? 'it changed while it was being opened' : place.detail;
  }
  throw Object.assign(
    new Error(detail || `it resolves to ${real}, outside the experiment (changed since it was found)`),
    { code: 'EOUTSIDE', path },
  );
}

/**
 * Opens `path` for reading (`flags`: 'r', or O_RDONLY | O_NOFOLLOW); rejects with Node's fs error
 * (ENOENT, EISDIR, ELOOP, …) as `open` does.
 */
export async function openForReading(
  path: string,
  sync = onServingThread(),
  flags: string | number = 'r',
  /** false for the tool's own files (its process log), which no reading of an experiment concerns. */
  check = true,
): Promise<RandomAccessFile> {
  if (!sync) {
    const handle = await open(path, flags);
    try {
      if (check) await checkInside(handle.fd, path, false);
    } catch (error) {
      await handle.close();
      throw error;
    }
    return handle;
  }
  const fd = openSync(path, flags);
  try {
    if (check) await checkInside(fd, path, true);
  } catch (error) {
    closeSync(fd);
    throw error;
  }
  let closed = false;
  return {
    read: async (buffer, offset, length, position) => ({
      bytesRead: readSync(fd, buffer, offset, length, position),
    }),
    stat: async () => fstatSync(fd),
    close: async () => {
      if (closed) return;
      closed = true;
      closeSync(fd);
    },
  };
}

/**
 * Up to `length` bytes at `position`, read until done (fewer at the end of the file). Throws the fs
 * error as Node gives it. Works on a RandomAccessFile and on a node:fs/promises FileHandle alike.
 */
export async function readFullyAt(
  file: Pick<RandomAccessFile, 'read'>,
  position: number,
  length: number,
): Promise<Buffer> {
  const buffer = Buffer.alloc(Math.max(0, length));
  let filled = 0;
  while (filled < buffer.length) {
    const { bytesRead } = await file.read(buffer, filled, buffer.length - filled, position + filled);
    if (bytesRead === 0) break;
    filled += bytesRead;
  }
  return buffer.subarray(0, filled);
}
