// The ZIP format's records and the reads every part of the reader shares: signatures, the error
// type, positioned reads that report truncation, 64-bit values checked to fit a number.
import type { RandomAccessFile } from '../../../util/random-access-file.js';
import { fsProblem } from '../../../util/fs-errors.js';

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

export const EOCD_SIGNATURE = 0x06054b50;

export const EOCD_SIZE = 22;

export const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;

export const ZIP64_LOCATOR_SIZE = 20;

export const ZIP64_EOCD_SIGNATURE = 0x06064b50;

export const CD_SIGNATURE = 0x02014b50;

export const LOCAL_SIGNATURE = 0x04034b50;

export const LOCAL_HEADER_SIZE = 30;

export const MAX_COMMENT = 0xffff;

export function fileError(path: string, error: unknown): ZipError {
  const code = (error as { code?: string }).code;
  const problem: ZipProblem = code === 'ENOENT' ? 'missing' : code === 'EISDIR' ? 'not-a-file' : 'io';
  return new ZipError(path, problem, fsProblem(error));
}

export async function readAt(
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

export function safeNumber(path: string, value: bigint, what: string): number {
  if (value > BigInt(Number.MAX_SAFE_INTEGER))
    throw new ZipError(path, 'corrupt', `${what} ${value} is out of range`);
  return Number(value);
}
