// The last bytes of a file with positioned reads: logs can be tens of MB, and what is needed
// (the last loss line, SLURM's last words, the newest log blocks) is at their end.
import { open } from 'node:fs/promises';

export interface FileTail {
  /** The tail decoded as UTF-8 (a character cut at the start shows as U+FFFD). */
  text: string;
  /** Whether the tail starts mid-file, so its first line is probably cut. */
  cut: boolean;
}

/** The last `maxBytes` of `path`. Throws the fs error as Node gives it (callers word it). */
export async function readFileTail(path: string, maxBytes: number): Promise<FileTail> {
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    const length = Math.min(size, Math.max(0, maxBytes));
    const buffer = Buffer.alloc(length);
    let filled = 0;
    while (filled < length) {
      const { bytesRead } = await handle.read(buffer, filled, length - filled, size - length + filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return { text: buffer.subarray(0, filled).toString('utf8'), cut: length < size };
  } finally {
    await handle.close();
  }
}
