// Positioned reads of one file, behind the few FileHandle methods the readers use. On a worker
// thread (which only reads logs) the calls are synchronous: a warm page cache answers in
// microseconds, while each asynchronous call costs a thread-pool round trip and a promise. On the
// main thread they stay asynchronous, so the event loop keeps going.
import { closeSync, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { open } from 'node:fs/promises';
import { onServingThread } from './serving-thread.js';

export interface RandomAccessFile {
  read(buffer: Buffer, offset: number, length: number, position: number): Promise<{ bytesRead: number }>;
  stat(): Promise<Stats>;
  close(): Promise<void>;
}

/**
 * Opens `path` for reading (`flags`: 'r', or O_RDONLY | O_NOFOLLOW); rejects with Node's fs error
 * (ENOENT, EISDIR, ELOOP, …) as `open` does.
 */
export async function openForReading(
  path: string,
  sync = onServingThread(),
  flags: string | number = 'r',
): Promise<RandomAccessFile> {
  if (!sync) return open(path, flags);
  const fd = openSync(path, flags);
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
