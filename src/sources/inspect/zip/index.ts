// src/sources/inspect/zip/: ZIP archives (an inspect .eval is one); imports only util and ../zstd.ts.
//
// A ZIP reader that reads only what it is asked for, with positioned reads.
//
// Inspect's `.eval` logs are ZIP archives that can be several GB of samples, and edited logs keep
// dead bytes (an old header.json dropped from the central directory but still in the file). So the
// archive is navigated the way Inspect's own reader does it: end-of-central-directory record from
// the tail, then the central directory (CD), then one member at a time. Local headers are never
// scanned. Duplicate names are legal: the last CD entry wins.
import { constants as bufferConstants } from 'node:buffer';
import * as zlib from 'node:zlib';
import { openForReading, type RandomAccessFile } from '../../../util/random-access-file.js';
import { onServingThread } from '../../../util/serving-thread.js';
import { decompressZstd, ZstdDecodeError, type ZstdDecoder } from '../zstd.js';
import { readCentralDirectory, type CentralDirectory } from './central-directory.js';
import { releaseBuffer } from '../../../util/release-buffer.js';
import {
  LOCAL_HEADER_SIZE,
  LOCAL_SIGNATURE,
  type ZipEntry,
  ZipError,
  type ZipProblem,
  fileError,
  readAt,
} from './format.js';

export { ZipError, type ZipEntry, type ZipProblem } from './format.js';

export interface ZipReadOptions {
  /**
   * Members whose declared (compressed or uncompressed) size exceeds this are refused. Default 1 GiB;
   * members read as text stop lower, at what a JavaScript string holds (about 512 MiB).
   */
  maxMemberBytes?: number;
  /** Which zstd decoder to use: node:zlib where it has zstd (`auto`), or always the pure-JS one. */
  zstdDecoder?: ZstdDecoder;
}

export const DEFAULT_MAX_MEMBER_BYTES = 1024 ** 3;

const hasCrc32 = typeof (zlib as { crc32?: unknown }).crc32 === 'function';

/**
 * Declared decompressed bytes in flight at once, across every archive of the process: many logs
 * read concurrently (or a few zip bombs declaring just under the member cap) must not add up to
 * more memory than the machine has. A member larger than the budget is decompressed alone.
 */
export const DECOMPRESSION_BUDGET_BYTES = 512 * 1024 ** 2;

class ByteBudget {
  private used = 0;
  private readonly waiting: Array<() => void> = [];
  constructor(private readonly limit: number) {}

  async acquire(bytes: number): Promise<() => void> {
    const need = Math.min(bytes, this.limit);
    while (this.used > 0 && this.used + need > this.limit) {
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
    this.used += need;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.used -= need;
      for (const wake of this.waiting.splice(0)) wake();
    };
  }
}

const decompressionBudget = new ByteBudget(DECOMPRESSION_BUDGET_BYTES);

/** Up to this size a member is inflated in one synchronous call (on a worker thread: always). */
const SYNC_INFLATE_BYTES = 8 * 1024 ** 2;

/**
 * zlib's asynchronous inflate works in 16 KiB chunks and concatenates them: for the many small
 * members of a log that costs more than the inflating. Small members (and every member on a worker
 * thread, which has nothing else to do) are inflated in one synchronous call into one buffer.
 */
function inflateRaw(data: Buffer, maxOutputLength: number): Promise<Buffer> {
  if (onServingThread() || maxOutputLength <= SYNC_INFLATE_BYTES) {
    try {
      // One output chunk of the declared size: no chunk list to concatenate.
      const chunkSize = Math.max(64, Math.min(maxOutputLength, SYNC_INFLATE_BYTES));
      return Promise.resolve(zlib.inflateRawSync(data, { maxOutputLength, chunkSize }));
    } catch (error) {
      return Promise.reject(error as Error);
    }
  }
  return new Promise((resolve, reject) =>
    zlib.inflateRaw(data, { maxOutputLength }, (error, result) => (error ? reject(error) : resolve(result))),
  );
}

/** A deflated member, which must inflate to exactly its declared size. */
async function inflateMember(
  stored: Buffer,
  declared: number,
  fail: (problem: ZipProblem, detail: string) => ZipError,
): Promise<Buffer> {
  let data: Buffer;
  try {
    // maxOutputLength bounds memory: inflating stops as soon as the output passes the declared size.
    data = await inflateRaw(stored, Math.max(1, declared));
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
      throw fail('too-large', `deflate data decompresses to more than the declared ${declared} bytes`);
    }
    throw fail('corrupt', `deflate: ${(error as Error).message}`);
  }
  if (data.length !== declared) {
    throw fail(
      data.length > declared ? 'too-large' : 'corrupt',
      `deflate data decompresses to ${data.length} bytes, the entry declares ${declared}`,
    );
  }
  return data;
}

export class ZipArchive {
  private constructor(
    readonly path: string,
    private readonly handle: RandomAccessFile,
    readonly size: number,
    /** Members by name; for duplicate names the last central-directory entry. */
    readonly entries: CentralDirectory,
    private readonly maxMemberBytes: number,
    private readonly zstdDecoder: ZstdDecoder,
  ) {}

  /** Open an archive and read its central directory. Throws ZipError. */
  static async open(path: string, options: ZipReadOptions = {}): Promise<ZipArchive> {
    let handle: RandomAccessFile;
    try {
      handle = await openForReading(path);
    } catch (error) {
      throw fileError(path, error);
    }
    try {
      const stat = await handle.stat();
      if (!stat.isFile()) throw new ZipError(path, 'not-a-file', 'not a regular file');
      const maxMemberBytes = Math.min(
        options.maxMemberBytes ?? DEFAULT_MAX_MEMBER_BYTES,
        bufferConstants.MAX_LENGTH,
      );
      const entries = await readCentralDirectory(path, handle, stat.size, maxMemberBytes);
      return new ZipArchive(path, handle, stat.size, entries, maxMemberBytes, options.zstdDecoder ?? 'auto');
    } catch (error) {
      await handle.close().catch(() => undefined);
      throw error instanceof ZipError ? error : new ZipError(path, 'io', (error as Error).message);
    }
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  /** The decompressed bytes of one member (refused above `maxBytes`, default the member cap). Throws ZipError. */
  async read(name: string, maxBytes: number = this.maxMemberBytes): Promise<Buffer> {
    const entry = this.entries.get(name);
    if (!entry) throw new ZipError(this.path, 'no-such-member', 'no such member in the archive', name);
    const fail = (problem: ZipProblem, detail: string): ZipError =>
      new ZipError(this.path, problem, detail, name);
    if (entry.flags & 1) throw fail('unsupported', 'member is encrypted');
    if (entry.method !== 0 && entry.method !== 8 && entry.method !== 93) {
      throw fail('unsupported', `compression method ${entry.method} is not supported (0, 8 and 93 are)`);
    }
    const limit = Math.min(maxBytes, this.maxMemberBytes);
    if (entry.uncompressedSize > limit || entry.compressedSize > limit) {
      throw fail(
        'too-large',
        `declared size ${Math.max(entry.uncompressedSize, entry.compressedSize)} bytes exceeds the ${limit}-byte limit`,
      );
    }
    const release = await decompressionBudget.acquire(entry.uncompressedSize + entry.compressedSize);
    try {
      return await this.readEntry(entry, name, fail);
    } finally {
      release();
    }
  }

  private async readEntry(
    entry: ZipEntry,
    name: string,
    fail: (problem: ZipProblem, detail: string) => ZipError,
  ): Promise<Buffer> {
    const local = await readAt(
      this.path,
      this.handle,
      this.size,
      entry.localHeaderOffset,
      LOCAL_HEADER_SIZE,
      name,
    );
    if (local.readUInt32LE(0) !== LOCAL_SIGNATURE) {
      throw fail('corrupt', `no local header at offset ${entry.localHeaderOffset}`);
    }
    // The local header's own name and extra lengths (they may differ from the CD's).
    const dataOffset =
      entry.localHeaderOffset + LOCAL_HEADER_SIZE + local.readUInt16LE(26) + local.readUInt16LE(28);
    if (dataOffset + entry.compressedSize > this.size) {
      throw fail('truncated', `member data runs past the end of the file (${this.size} bytes)`);
    }
    const stored = await readAt(this.path, this.handle, this.size, dataOffset, entry.compressedSize, name);
    let data: Buffer;
    if (entry.method === 0) {
      if (entry.compressedSize !== entry.uncompressedSize) {
        throw fail(
          'corrupt',
          `stored member has compressed size ${entry.compressedSize} but size ${entry.uncompressedSize}`,
        );
      }
      data = stored;
    } else if (entry.method === 8) {
      data = await inflateMember(stored, entry.uncompressedSize, fail);
    } else {
      try {
        data = await decompressZstd(stored, entry.uncompressedSize, this.zstdDecoder);
      } catch (error) {
        if (error instanceof ZstdDecodeError) throw fail(error.problem, error.message);
        throw error;
      }
    }
    // The compressed bytes are done with (see util/release-buffer.ts).
    if (data !== stored) releaseBuffer(stored);
    if (hasCrc32 && zlib.crc32(data) !== entry.crc32) throw fail('corrupt', 'CRC-32 mismatch');
    return data;
  }

  /** One member as UTF-8 text. */
  async readText(name: string): Promise<string> {
    const entry = this.entries.get(name);
    // Refused before decompressing: text longer than a JavaScript string can hold is useless anyway.
    if (entry && entry.uncompressedSize > bufferConstants.MAX_STRING_LENGTH) {
      throw new ZipError(
        this.path,
        'too-large',
        `${entry.uncompressedSize} bytes is more than a JavaScript string can hold`,
        name,
      );
    }
    const data = await this.read(name);
    const text = data.toString('utf8');
    releaseBuffer(data);
    return text;
  }

  /** Closes the file and frees the central directory's bytes. */
  async close(): Promise<void> {
    this.entries.release();
    await this.handle.close();
  }
}

/** Open, use and always close an archive. */
export async function withZipArchive<T>(
  path: string,
  options: ZipReadOptions,
  use: (archive: ZipArchive) => Promise<T>,
): Promise<T> {
  const archive = await ZipArchive.open(path, options);
  try {
    return await use(archive);
  } finally {
    await archive.close().catch(() => undefined);
  }
}
