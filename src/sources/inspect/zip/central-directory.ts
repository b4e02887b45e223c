// The central directory of a ZIP archive (ZIP64 included): found from the end-of-central-directory
// record at the file's end, then read entry by entry.
import type { RandomAccessFile } from '../../../util/random-access-file.js';
import {
  CD_SIGNATURE,
  EOCD_SIGNATURE,
  EOCD_SIZE,
  LOCAL_SIGNATURE,
  MAX_COMMENT,
  ZIP64_EOCD_SIGNATURE,
  ZIP64_LOCATOR_SIGNATURE,
  ZIP64_LOCATOR_SIZE,
  type ZipEntry,
  ZipError,
  readAt,
  safeNumber,
} from './format.js';
import { releaseBuffer } from '../../../util/release-buffer.js';

export async function readCentralDirectory(
  path: string,
  handle: RandomAccessFile,
  size: number,
  maxCentralDirectoryBytes: number,
): Promise<CentralDirectory> {
  const { tail, tailStart, entryCount, cdSize, cdOffset } = await readEndRecord(path, handle, size);
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
  const inTail = cdOffset >= tailStart && cdOffset + cdSize <= size;
  const cd = inTail
    ? tail.subarray(cdOffset - tailStart, cdOffset - tailStart + cdSize)
    : await readAt(path, handle, size, cdOffset, cdSize);
  if (!inTail) releaseBuffer(tail);
  return readEntries(path, cd, entryCount, inTail ? tail : cd);
}

interface EndRecord {
  /** The end of the file, where the end record was found. */
  tail: Buffer;
  tailStart: number;
  entryCount: number;
  cdSize: number;
  cdOffset: number;
}

/** The end-of-central-directory record (and its ZIP64 form when there is one). */
async function readEndRecord(path: string, handle: RandomAccessFile, size: number): Promise<EndRecord> {
  if (size < EOCD_SIZE) throw await notZip(path, handle, size);
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
  if (eocd < 0) throw await notZip(path, handle, size);
  const record = {
    tail,
    tailStart,
    entryCount: tail.readUInt16LE(eocd + 10),
    cdSize: tail.readUInt32LE(eocd + 12),
    cdOffset: tail.readUInt32LE(eocd + 16),
  };
  const locator = eocd - ZIP64_LOCATOR_SIZE;
  if (locator >= 0 && tail.readUInt32LE(locator) === ZIP64_LOCATOR_SIGNATURE) {
    return { ...record, ...(await readZip64EndRecord(path, handle, size, tail, locator)) };
  }
  if (record.entryCount === 0xffff || record.cdSize === 0xffffffff || record.cdOffset === 0xffffffff) {
    throw new ZipError(path, 'corrupt', 'ZIP64 values in the end record but no ZIP64 locator');
  }
  return record;
}

async function readZip64EndRecord(
  path: string,
  handle: RandomAccessFile,
  size: number,
  tail: Buffer,
  locator: number,
): Promise<Pick<EndRecord, 'entryCount' | 'cdSize' | 'cdOffset'>> {
  const eocd64Offset = safeNumber(path, tail.readBigUInt64LE(locator + 8), 'ZIP64 end record offset');
  const eocd64 = await readAt(path, handle, size, eocd64Offset, 56);
  if (eocd64.readUInt32LE(0) !== ZIP64_EOCD_SIGNATURE) {
    throw new ZipError(path, 'corrupt', `no ZIP64 end-of-central-directory record at offset ${eocd64Offset}`);
  }
  return {
    entryCount: safeNumber(path, eocd64.readBigUInt64LE(32), 'entry count'),
    cdSize: safeNumber(path, eocd64.readBigUInt64LE(40), 'central directory size'),
    cdOffset: safeNumber(path, eocd64.readBigUInt64LE(48), 'central directory offset'),
  };
}

/** Say "truncated" when the file starts like a ZIP: the likely story is a copy cut short. */
async function notZip(path: string, handle: RandomAccessFile, size: number): Promise<ZipError> {
  const head = size >= 4 ? await readAt(path, handle, size, 0, 4) : Buffer.alloc(0);
  return head.length === 4 && head.readUInt32LE(0) === LOCAL_SIGNATURE
    ? new ZipError(
        path,
        'truncated',
        'no end-of-central-directory record at its end: the archive is truncated (or has data appended)',
      )
    : new ZipError(path, 'not-a-zip', size === 0 ? 'empty file, not a ZIP archive' : 'not a ZIP archive');
}

/**
 * Walks the directory once, checking each entry's signature and lengths, and keeps only where each
 * entry starts: a log has hundreds of members (one per sample) and its reader looks up two or three
 * by name, so names are compared as bytes and decoded, and entries built, only when asked for.
 */
function readEntries(path: string, cd: Buffer, entryCount: number, owner: Buffer): CentralDirectory {
  const starts = new Uint32Array(entryCount);
  let p = 0;
  for (let index = 0; index < entryCount; index++) {
    if (p + 46 > cd.length || cd.readUInt32LE(p) !== CD_SIGNATURE) {
      throw new ZipError(path, 'corrupt', `central directory entry ${index + 1} of ${entryCount} is damaged`);
    }
    const end = p + 46 + cd.readUInt16LE(p + 28) + cd.readUInt16LE(p + 30) + cd.readUInt16LE(p + 32);
    if (end > cd.length) {
      throw new ZipError(
        path,
        'corrupt',
        `central directory entry ${index + 1} of ${entryCount} runs past the directory`,
      );
    }
    starts[index] = p;
    p = end;
  }
  return new CentralDirectory(path, cd, starts, owner);
}

/**
 * The entries of a central directory by name, read on demand; for duplicate names the last entry.
 * Holds the directory's bytes (`owner`: the buffer they were read into) until `release`, after
 * which only entries already looked up are known.
 */
export class CentralDirectory implements ReadonlyMap<string, ZipEntry> {
  private all: Map<string, ZipEntry> | null = null;
  private readonly found = new Map<string, ZipEntry | null>();
  private released = false;

  constructor(
    private readonly path: string,
    private readonly cd: Buffer,
    private readonly starts: Uint32Array,
    private readonly owner: Buffer,
  ) {}

  /** Frees the directory's bytes now (the archive is closed): later lookups of new names throw. */
  release(): void {
    if (this.released) return;
    this.released = true;
    releaseBuffer(this.owner);
  }

  get size(): number {
    return this.materialize().size;
  }

  has(name: string): boolean {
    return this.get(name) !== undefined;
  }

  get(name: string): ZipEntry | undefined {
    if (this.all) return this.all.get(name);
    let entry = this.found.get(name);
    if (entry === undefined) {
      entry = this.find(name);
      this.found.set(name, entry);
    }
    return entry ?? undefined;
  }

  keys(): MapIterator<string> {
    return this.materialize().keys();
  }

  values(): MapIterator<ZipEntry> {
    return this.materialize().values();
  }

  entries(): MapIterator<[string, ZipEntry]> {
    return this.materialize().entries();
  }

  [Symbol.iterator](): MapIterator<[string, ZipEntry]> {
    return this.entries();
  }

  forEach(callback: (value: ZipEntry, key: string, map: ReadonlyMap<string, ZipEntry>) => void): void {
    this.materialize().forEach((value, key) => callback(value, key, this));
  }

  /** The last entry whose name has the bytes of `name` (names are UTF-8 or, when ASCII, latin1 alike). */
  private find(name: string): ZipEntry | null {
    this.checkNotReleased();
    const wanted = Buffer.from(name, 'utf8');
    const { cd } = this;
    for (let index = this.starts.length - 1; index >= 0; index--) {
      const p = this.starts[index]!;
      const nameLength = cd.readUInt16LE(p + 28);
      if (nameLength !== wanted.length) continue;
      if (cd.compare(wanted, 0, wanted.length, p + 46, p + 46 + nameLength) !== 0) continue;
      return this.entryAt(p, entryName(cd, p + 46, p + 46 + nameLength));
    }
    return null;
  }

  private entryAt(p: number, name: string): ZipEntry {
    const { cd } = this;
    const nameLength = cd.readUInt16LE(p + 28);
    const sizes = entrySizes(this.path, cd, p, name, p + 46 + nameLength, cd.readUInt16LE(p + 30));
    // Fields spelled out rather than spread: this can run for every member of every log.
    return {
      name,
      method: cd.readUInt16LE(p + 10),
      flags: cd.readUInt16LE(p + 8),
      crc32: cd.readUInt32LE(p + 16),
      compressedSize: sizes.compressedSize,
      uncompressedSize: sizes.uncompressedSize,
      localHeaderOffset: sizes.localHeaderOffset,
    };
  }

  private materialize(): Map<string, ZipEntry> {
    if (this.all) return this.all;
    this.checkNotReleased();
    const all = new Map<string, ZipEntry>();
    for (const p of this.starts) {
      const nameLength = this.cd.readUInt16LE(p + 28);
      const name = entryName(this.cd, p + 46, p + 46 + nameLength);
      all.set(name, this.entryAt(p, name));
    }
    this.all = all;
    return all;
  }

  private checkNotReleased(): void {
    if (this.released) {
      throw new ZipError(this.path, 'io', 'the archive is closed: its central directory was released');
    }
  }
}

/** An entry's sizes and offset, from its ZIP64 extra field where the 32-bit value is the sentinel. */
function entrySizes(
  path: string,
  cd: Buffer,
  p: number,
  name: string,
  extraStart: number,
  extraLength: number,
): Pick<ZipEntry, 'compressedSize' | 'uncompressedSize' | 'localHeaderOffset'> {
  let compressedSize = cd.readUInt32LE(p + 20);
  let uncompressedSize = cd.readUInt32LE(p + 24);
  let localHeaderOffset = cd.readUInt32LE(p + 42);
  if (compressedSize !== 0xffffffff && uncompressedSize !== 0xffffffff && localHeaderOffset !== 0xffffffff) {
    return { compressedSize, uncompressedSize, localHeaderOffset };
  }
  // ZIP64 extra field 0x0001: only the fields whose 32-bit value is the sentinel, in this order.
  let q = extraStart;
  const extraEnd = q + extraLength;
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
      return { compressedSize, uncompressedSize, localHeaderOffset };
    }
    q += 4 + length;
  }
  throw new ZipError(path, 'corrupt', `${name} has ZIP64 sizes but no ZIP64 extra field`);
}

/**
 * A member name: inspect writes ASCII names, which are the latin1 slice as they are; anything else
 * is decoded as UTF-8 (the flagged and the unflagged case alike).
 */
function entryName(cd: Buffer, start: number, end: number): string {
  for (let i = start; i < end; i++) if (cd[i]! >= 0x80) return cd.toString('utf8', start, end);
  return cd.toString('latin1', start, end);
}
