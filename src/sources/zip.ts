// A ZIP reader that reads only what it is asked for, with positioned reads.
//
// Inspect's `.eval` logs are ZIP archives that can be several GB of samples, and edited logs keep
// dead bytes (an old header.json dropped from the central directory but still in the file). So the
// archive is navigated the way Inspect's own reader does it: end-of-central-directory record from
// the tail, then the central directory (CD), then one member at a time. Local headers are never
// scanned. Duplicate names are legal: the last CD entry wins.
import { constants as bufferConstants } from 'node:buffer';
import * as zlib from 'node:zlib';
import { isMainThread } from 'node:worker_threads';
import { fsProblem } from '../util/fs-errors.js';
import { openForReading, type RandomAccessFile } from '../util/random-access-file.js';
import { decompressZstd, ZstdDecodeError, type ZstdDecoder } from './zstd.js';

export type ZipProblem =
  | 'missing' // no such file
  | 'not-a-file' // a directory or something else that is not a regular file
  | 'not-a-zip'
  | 'truncated'
  | 'corrupt'
  | 'unsupported' // encryption, unknown compression method, zstd dictionaries
  | 'too-large' // declared size over the cap, or output over the declared size
  | 'no-such-member'
  | 'io';

/** A ZIP problem, naming the file (and the member when there is one). */
export class ZipError extends Error {
  constructor(
    readonly file: string,
    readonly problem: ZipProblem,
    readonly detail: string,
    readonly member?: string,
  ) {
    super(`${file}: ${member === undefined ? '' : `${member}: `}${detail}`);
    this.name = 'ZipError';
  }
}

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflate, 93 zstd. */
  method: number;
  flags: number;
  crc32: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

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

const EOCD_SIGNATURE = 0x06054b50;
const EOCD_SIZE = 22;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_LOCATOR_SIZE = 20;
const ZIP64_EOCD_SIGNATURE = 0x06064b50;
const CD_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const LOCAL_HEADER_SIZE = 30;
const MAX_COMMENT = 0xffff;

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
  if (!isMainThread || maxOutputLength <= SYNC_INFLATE_BYTES) {
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

export class ZipArchive {
  private constructor(
    readonly path: string,
    private readonly handle: RandomAccessFile,
    readonly size: number,
    /** Members by name; for duplicate names the last central-directory entry. */
    readonly entries: ReadonlyMap<string, ZipEntry>,
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
      try {
        // maxOutputLength bounds memory: inflating stops as soon as the output passes the declared size.
        data = await inflateRaw(stored, Math.max(1, entry.uncompressedSize));
      } catch (error) {
        if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
          throw fail(
            'too-large',
            `deflate data decompresses to more than the declared ${entry.uncompressedSize} bytes`,
          );
        }
        throw fail('corrupt', `deflate: ${(error as Error).message}`);
      }
      if (data.length !== entry.uncompressedSize) {
        throw fail(
          data.length > entry.uncompressedSize ? 'too-large' : 'corrupt',
          `deflate data decompresses to ${data.length} bytes, the entry declares ${entry.uncompressedSize}`,
        );
      }
    } else {
      try {
        data = await decompressZstd(stored, entry.uncompressedSize, this.zstdDecoder);
      } catch (error) {
        if (error instanceof ZstdDecodeError) throw fail(error.problem, error.message);
        throw error;
      }
    }
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
    return (await this.read(name)).toString('utf8');
  }

  async close(): Promise<void> {
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

function fileError(path: string, error: unknown): ZipError {
  const code = (error as { code?: string }).code;
  const problem: ZipProblem = code === 'ENOENT' ? 'missing' : code === 'EISDIR' ? 'not-a-file' : 'io';
  return new ZipError(path, problem, fsProblem(error));
}

async function readAt(
  path: string,
  handle: RandomAccessFile,
  fileSize: number,
  position: number,
  length: number,
  member?: string,
): Promise<Buffer> {
  if (position + length > fileSize) {
    throw new ZipError(
      path,
      'truncated',
      `needs bytes ${position}..${position + length} but the file has ${fileSize}`,
      member,
    );
  }
  const buffer = Buffer.allocUnsafe(length);
  let done = 0;
  while (done < length) {
    let bytesRead: number;
    try {
      ({ bytesRead } = await handle.read(buffer, done, length - done, position + done));
    } catch (error) {
      throw fileError(path, error);
    }
    if (bytesRead === 0)
      throw new ZipError(path, 'truncated', `file ended at byte ${position + done}`, member);
    done += bytesRead;
  }
  return buffer;
}

/**
 * A member name: inspect writes ASCII names, which are the latin1 slice as they are; anything else
 * is decoded as UTF-8 (the flagged and the unflagged case alike).
 */
function entryName(cd: Buffer, text: string, start: number, end: number): string {
  for (let i = start; i < end; i++) if (cd[i]! >= 0x80) return cd.toString('utf8', start, end);
  return text.slice(start, end);
}

function safeNumber(path: string, value: bigint, what: string): number {
  if (value > BigInt(Number.MAX_SAFE_INTEGER))
    throw new ZipError(path, 'corrupt', `${what} ${value} is out of range`);
  return Number(value);
}

async function readCentralDirectory(
  path: string,
  handle: RandomAccessFile,
  size: number,
  maxCentralDirectoryBytes: number,
): Promise<Map<string, ZipEntry>> {
  const notZip = async (): Promise<ZipError> => {
    // Say "truncated" when the file starts like a ZIP: the likely story is a copy cut short.
    const head = size >= 4 ? await readAt(path, handle, size, 0, 4) : Buffer.alloc(0);
    return head.length === 4 && head.readUInt32LE(0) === LOCAL_SIGNATURE
      ? new ZipError(
          path,
          'truncated',
          'no end-of-central-directory record at its end: the archive is truncated (or has data appended)',
        )
      : new ZipError(path, 'not-a-zip', size === 0 ? 'empty file, not a ZIP archive' : 'not a ZIP archive');
  };
  if (size < EOCD_SIZE) throw await notZip();
  const tailLength = Math.min(size, EOCD_SIZE + MAX_COMMENT + ZIP64_LOCATOR_SIZE);
  const tailStart = size - tailLength;
  const tail = await readAt(path, handle, size, tailStart, tailLength);

  // Backwards search: the record sits right before the archive comment, whose length it gives.
  let eocd = -1;
  for (let i = tail.length - EOCD_SIZE; i >= 0; i--) {
    if (
      tail.readUInt32LE(i) === EOCD_SIGNATURE &&
      i + EOCD_SIZE + tail.readUInt16LE(i + 20) === tail.length
    ) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw await notZip();
  let entryCount = tail.readUInt16LE(eocd + 10);
  let cdSize = tail.readUInt32LE(eocd + 12);
  let cdOffset = tail.readUInt32LE(eocd + 16);

  const locator = eocd - ZIP64_LOCATOR_SIZE;
  if (locator >= 0 && tail.readUInt32LE(locator) === ZIP64_LOCATOR_SIGNATURE) {
    const eocd64Offset = safeNumber(path, tail.readBigUInt64LE(locator + 8), 'ZIP64 end record offset');
    const eocd64 = await readAt(path, handle, size, eocd64Offset, 56);
    if (eocd64.readUInt32LE(0) !== ZIP64_EOCD_SIGNATURE) {
      throw new ZipError(
        path,
        'corrupt',
        `no ZIP64 end-of-central-directory record at offset ${eocd64Offset}`,
      );
    }
    entryCount = safeNumber(path, eocd64.readBigUInt64LE(32), 'entry count');
    cdSize = safeNumber(path, eocd64.readBigUInt64LE(40), 'central directory size');
    cdOffset = safeNumber(path, eocd64.readBigUInt64LE(48), 'central directory offset');
  } else if (entryCount === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    throw new ZipError(path, 'corrupt', 'ZIP64 values in the end record but no ZIP64 locator');
  }
  if (cdOffset + cdSize > size) {
    throw new ZipError(
      path,
      'truncated',
      `central directory (${cdSize} bytes at ${cdOffset}) runs past the end of the file`,
    );
  }
  if (cdSize > maxCentralDirectoryBytes) {
    throw new ZipError(
      path,
      'too-large',
      `central directory of ${cdSize} bytes exceeds the ${maxCentralDirectoryBytes}-byte limit`,
    );
  }
  // The CD usually sits just before the EOCD, inside the tail already read.
  const cd =
    cdOffset >= tailStart && cdOffset + cdSize <= size
      ? tail.subarray(cdOffset - tailStart, cdOffset - tailStart + cdSize)
      : await readAt(path, handle, size, cdOffset, cdSize);

  const entries = new Map<string, ZipEntry>();
  // Names are sliced from one decoding of the whole directory: a log has thousands of members.
  const text = cd.toString('latin1');
  let p = 0;
  for (let index = 0; index < entryCount; index++) {
    if (p + 46 > cd.length || cd.readUInt32LE(p) !== CD_SIGNATURE) {
      throw new ZipError(path, 'corrupt', `central directory entry ${index + 1} of ${entryCount} is damaged`);
    }
    const nameLength = cd.readUInt16LE(p + 28);
    const extraLength = cd.readUInt16LE(p + 30);
    const commentLength = cd.readUInt16LE(p + 32);
    const end = p + 46 + nameLength + extraLength + commentLength;
    if (end > cd.length) {
      throw new ZipError(
        path,
        'corrupt',
        `central directory entry ${index + 1} of ${entryCount} runs past the directory`,
      );
    }
    const name = entryName(cd, text, p + 46, p + 46 + nameLength);
    let compressedSize = cd.readUInt32LE(p + 20);
    let uncompressedSize = cd.readUInt32LE(p + 24);
    let localHeaderOffset = cd.readUInt32LE(p + 42);
    if (
      compressedSize === 0xffffffff ||
      uncompressedSize === 0xffffffff ||
      localHeaderOffset === 0xffffffff
    ) {
      // ZIP64 extra field 0x0001: only the fields whose 32-bit value is the sentinel, in this order.
      let q = p + 46 + nameLength;
      const extraEnd = q + extraLength;
      let found = false;
      while (q + 4 <= extraEnd) {
        const id = cd.readUInt16LE(q);
        const length = cd.readUInt16LE(q + 2);
        if (id === 0x0001) {
          let r = q + 4;
          const next = (what: string): number => {
            if (r + 8 > q + 4 + length)
              throw new ZipError(path, 'corrupt', `ZIP64 extra field of ${name} lacks the ${what}`);
            const value = safeNumber(path, cd.readBigUInt64LE(r), what);
            r += 8;
            return value;
          };
          if (uncompressedSize === 0xffffffff) uncompressedSize = next('size');
          if (compressedSize === 0xffffffff) compressedSize = next('compressed size');
          if (localHeaderOffset === 0xffffffff) localHeaderOffset = next('local header offset');
          found = true;
          break;
        }
        q += 4 + length;
      }
      if (!found) throw new ZipError(path, 'corrupt', `${name} has ZIP64 sizes but no ZIP64 extra field`);
    }
    entries.set(name, {
      name,
      method: cd.readUInt16LE(p + 10),
      flags: cd.readUInt16LE(p + 8),
      crc32: cd.readUInt32LE(p + 16),
      compressedSize,
      uncompressedSize,
      localHeaderOffset,
    });
    p = end;
  }
  return entries;
}
