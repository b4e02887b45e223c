// The last bytes of a file with positioned reads: logs can be tens of MB, and what is needed
// (the last loss line, SLURM's last words, the newest log blocks) is at their end.
import { constants } from 'node:fs';
import { decodeBytes } from './clean-text.js';
import { openForReading, readFullyAt } from './random-access-file.js';

export interface FileTail {
  /** The tail decoded as UTF-8; a character cut at the start is dropped, undecodable bytes are named (`\xFF`). */
  text: string;
  /** Whether the tail starts mid-file, so its first line is probably cut. */
  cut: boolean;
}

/** The last `maxBytes` of `path`. Throws the fs error as Node gives it (callers word it). */
export async function readFileTail(
  path: string,
  maxBytes: number,
  options: { noFollow?: boolean } = {},
): Promise<FileTail> {
  const { bytes, cut } = await readFileTailBytes(path, maxBytes, options);
  return { text: decodeBytes(bytes, { cutAtStart: cut }), cut };
}

/** The last `maxBytes` of `path` as bytes, and whether they start mid-file. Throws as readFileTail. */
export async function readFileTailBytes(
  path: string,
  maxBytes: number,
  /** `ownFile`: one of the tool's own outputs, not a file of the experiment read (see readingInside). */
  options: { noFollow?: boolean; ownFile?: boolean } = {},
): Promise<{ bytes: Buffer; cut: boolean }> {
  // O_NOFOLLOW: a symbolic link fails with ELOOP instead of being read through.
  const flags = options.noFollow ? constants.O_RDONLY | constants.O_NOFOLLOW : 'r';
  // Synchronous on a worker thread, which reads thousands of these (see random-access-file.ts).
  const handle = await openForReading(path, undefined, flags, !options.ownFile);
  try {
    const { size } = await handle.stat();
    const length = Math.min(size, Math.max(0, maxBytes));
    return { bytes: await readFullyAt(handle, size - length, length), cut: length < size };
  } finally {
    await handle.close();
  }
}
