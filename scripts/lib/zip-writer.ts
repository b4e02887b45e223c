// A small ZIP writer for tests and benchmarks: archives with exactly the structures the reader must
// handle (stored, deflate, multi-frame zstd, ZIP64, duplicate names, dead bytes, comments), and a
// streaming variant that writes multi-GB archives member by member.
import { closeSync, openSync, writeSync } from 'node:fs';
import * as zlib from 'node:zlib';

export interface ZipMemberSpec {
  name: string;
  data: Buffer | string;
  /** 0 stored, 8 deflate (default), 93 zstd. */
  method?: 0 | 8 | 93;
  /** zstd: bytes of input per frame (several concatenated frames, as Inspect writes them). */
  zstdFrameSize?: number;
  /** zstd: put a skippable frame between the data frames. */
  zstdSkippableFrame?: boolean;
  deflateLevel?: number;
  /** Declare this uncompressed size instead of the real one (bombs, lies). */
  declaredSize?: number;
  /** Write sizes and offset through ZIP64 extra fields. */
  zip64?: boolean;
  /** An extra field present only in the local header, so local and CD lengths differ. */
  localExtra?: Buffer;
  /** Leave the member out of the central directory (dead bytes, as after a header-only edit). */
  dead?: boolean;
}

export interface ZipBuildOptions {
  comment?: string;
  /** Write the ZIP64 end records even if nothing needs them. */
  zip64?: boolean;
}

export function zstdFrames(data: Buffer, frameSize: number, skippable = false): Buffer {
  const compress = (zlib as unknown as { zstdCompressSync: (b: Buffer) => Buffer }).zstdCompressSync;
  const parts: Buffer[] = [];
  for (let offset = 0; offset < data.length || offset === 0; offset += frameSize) {
    parts.push(compress(data.subarray(offset, offset + frameSize)));
    if (skippable) {
      const skip = Buffer.alloc(8 + 5);
      skip.writeUInt32LE(0x184d2a5e, 0);
      skip.writeUInt32LE(5, 4);
      parts.push(skip);
    }
    if (data.length === 0) break;
  }
  return Buffer.concat(parts);
}

function compressMember(spec: ZipMemberSpec, data: Buffer): Buffer {
  const method = spec.method ?? 8;
  if (method === 0) return data;
  if (method === 8) return zlib.deflateRawSync(data, { level: spec.deflateLevel ?? 5 });
  return zstdFrames(data, spec.zstdFrameSize ?? Math.max(1, data.length), spec.zstdSkippableFrame);
}

interface EncodedMember {
  local: Buffer;
  compressed: Buffer;
  central: Buffer | null;
}

function zip64Extra(values: bigint[]): Buffer {
  const extra = Buffer.alloc(4 + 8 * values.length);
  extra.writeUInt16LE(0x0001, 0);
  extra.writeUInt16LE(8 * values.length, 2);
  values.forEach((value, i) => extra.writeBigUInt64LE(value, 4 + 8 * i));
  return extra;
}

function encodeMember(spec: ZipMemberSpec, offset: number): EncodedMember {
  const data = typeof spec.data === 'string' ? Buffer.from(spec.data, 'utf8') : spec.data;
  const compressed = compressMember(spec, data);
  const name = Buffer.from(spec.name, 'utf8');
  const size = spec.declaredSize ?? data.length;
  const crc = zlib.crc32(data);
  const method = spec.method ?? 8;
  const zip64 = spec.zip64 ?? false;
  const localExtra = Buffer.concat([
    zip64 ? zip64Extra([BigInt(size), BigInt(compressed.length)]) : Buffer.alloc(0),
    spec.localExtra ?? Buffer.alloc(0),
  ]);
  const local = Buffer.alloc(30 + name.length + localExtra.length);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(zip64 ? 45 : 20, 4);
  local.writeUInt16LE(0, 6);
  local.writeUInt16LE(method, 8);
  local.writeUInt32LE(0, 10);
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(zip64 ? 0xffffffff : compressed.length, 18);
  local.writeUInt32LE(zip64 ? 0xffffffff : size, 22);
  local.writeUInt16LE(name.length, 26);
  local.writeUInt16LE(localExtra.length, 28);
  name.copy(local, 30);
  localExtra.copy(local, 30 + name.length);
  if (spec.dead) return { local, compressed, central: null };

  const centralExtra = zip64
    ? zip64Extra([BigInt(size), BigInt(compressed.length), BigInt(offset)])
    : Buffer.alloc(0);
  const central = Buffer.alloc(46 + name.length + centralExtra.length);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(zip64 ? 45 : 20, 4);
  central.writeUInt16LE(zip64 ? 45 : 20, 6);
  central.writeUInt16LE(0, 8);
  central.writeUInt16LE(method, 10);
  central.writeUInt32LE(0, 12);
  central.writeUInt32LE(crc, 16);
  central.writeUInt32LE(zip64 ? 0xffffffff : compressed.length, 20);
  central.writeUInt32LE(zip64 ? 0xffffffff : size, 24);
  central.writeUInt16LE(name.length, 28);
  central.writeUInt16LE(centralExtra.length, 30);
  central.writeUInt32LE(zip64 ? 0xffffffff : offset, 42);
  name.copy(central, 46);
  centralExtra.copy(central, 46 + name.length);
  return { local, compressed, central };
}

function endRecords(entryCount: number, cdSize: number, cdOffset: number, options: ZipBuildOptions): Buffer {
  const comment = Buffer.from(options.comment ?? '', 'utf8');
  const parts: Buffer[] = [];
  const zip64 = options.zip64 ?? false;
  if (zip64) {
    const eocd64 = Buffer.alloc(56);
    eocd64.writeUInt32LE(0x06064b50, 0);
    eocd64.writeBigUInt64LE(44n, 4);
    eocd64.writeUInt16LE(45, 12);
    eocd64.writeUInt16LE(45, 14);
    eocd64.writeBigUInt64LE(BigInt(entryCount), 24);
    eocd64.writeBigUInt64LE(BigInt(entryCount), 32);
    eocd64.writeBigUInt64LE(BigInt(cdSize), 40);
    eocd64.writeBigUInt64LE(BigInt(cdOffset), 48);
    const locator = Buffer.alloc(20);
    locator.writeUInt32LE(0x07064b50, 0);
    locator.writeBigUInt64LE(BigInt(cdOffset + cdSize), 8);
    locator.writeUInt32LE(1, 16);
    parts.push(eocd64, locator);
  }
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(zip64 ? 0xffff : entryCount, 8);
  eocd.writeUInt16LE(zip64 ? 0xffff : entryCount, 10);
  eocd.writeUInt32LE(zip64 ? 0xffffffff : cdSize, 12);
  eocd.writeUInt32LE(zip64 ? 0xffffffff : cdOffset, 16);
  eocd.writeUInt16LE(comment.length, 20);
  parts.push(eocd, comment);
  return Buffer.concat(parts);
}

/** A whole archive in memory, members in the given order. */
export function buildZip(members: ZipMemberSpec[], options: ZipBuildOptions = {}): Buffer {
  const parts: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const spec of members) {
    const encoded = encodeMember(spec, offset);
    parts.push(encoded.local, encoded.compressed);
    offset += encoded.local.length + encoded.compressed.length;
    if (encoded.central) centrals.push(encoded.central);
  }
  const cd = Buffer.concat(centrals);
  return Buffer.concat([...parts, cd, endRecords(centrals.length, cd.length, offset, options)]);
}

/** Writes an archive to disk member by member, holding one member in memory at a time. */
export class StreamingZipWriter {
  private readonly fd: number;
  private offset = 0;
  private readonly centrals: Buffer[] = [];

  constructor(path: string) {
    this.fd = openSync(path, 'w');
  }

  add(spec: ZipMemberSpec): void {
    const encoded = encodeMember(spec, this.offset);
    this.write(encoded.local);
    this.write(encoded.compressed);
    if (encoded.central) this.centrals.push(encoded.central);
  }

  finish(options: ZipBuildOptions = {}): void {
    const cd = Buffer.concat(this.centrals);
    const cdOffset = this.offset;
    this.write(cd);
    this.write(endRecords(this.centrals.length, cd.length, cdOffset, options));
    closeSync(this.fd);
  }

  private write(buffer: Buffer): void {
    let done = 0;
    while (done < buffer.length) done += writeSync(this.fd, buffer, done, buffer.length - done);
    this.offset += buffer.length;
  }
}
