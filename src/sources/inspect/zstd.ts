// Zstandard decoding for ZIP method 93 members, with a hard output budget.
//
// Inspect writes each member as several concatenated zstd frames (at most 200 MiB of input each).
// node:zlib's zstd decoder stops after the FIRST frame of concatenated input and silently returns
// only its bytes, so the input is split into frames here (the frame header and block headers give
// each frame's compressed length) and decoded frame by frame. Node 20 has no zstd in zlib: there
// the pure-JS `fzstd` stream decoder is used, block by block, so the budget holds there too.
import * as zlib from 'node:zlib';
import { Decompress } from 'fzstd';

export type ZstdDecoder = 'auto' | 'node' | 'fzstd';

/** Why a zstd member could not be decoded; the ZIP reader turns it into a ZipError. */
export class ZstdDecodeError extends Error {
  constructor(
    message: string,
    /** `too-large`: output would exceed the declared size; `unsupported`: dictionaries, huge windows. */
    readonly problem: 'corrupt' | 'too-large' | 'unsupported',
  ) {
    super(message);
    this.name = 'ZstdDecodeError';
  }
}

export interface ZstdFrame {
  /** The frame's bytes, header to checksum. */
  bytes: Buffer;
  /** Frame_Content_Size when the header declares it. */
  contentSize: number | null;
  /** Window the decoder must keep; for single-segment frames the content size. */
  windowSize: number;
  singleSegment: boolean;
}

const ZSTD_MAGIC = 0xfd2fb528;
const SKIPPABLE_MAGIC_MASK = 0xfffffff0;
const SKIPPABLE_MAGIC = 0x184d2a50;
/** libzstd's default decoding limit (ZSTD_WINDOWLOG_LIMIT_DEFAULT = 27); larger windows are refused. */
export const MAX_ZSTD_WINDOW = 2 ** 27;

/** Split concatenated zstd input into its data frames; skippable frames are dropped. */
export function splitZstdFrames(data: Buffer): ZstdFrame[] {
  const frames: ZstdFrame[] = [];
  const need = needIn(data);
  let pos = 0;
  while (pos < data.length) {
    need(pos, 4, 'frame magic number');
    const magic = data.readUInt32LE(pos);
    if ((magic & SKIPPABLE_MAGIC_MASK) >>> 0 === SKIPPABLE_MAGIC) {
      need(pos, 8, 'skippable frame header');
      const size = data.readUInt32LE(pos + 4);
      need(pos + 8, size, 'skippable frame');
      pos += 8 + size;
      continue;
    }
    if (magic !== ZSTD_MAGIC) {
      throw new ZstdDecodeError(`no zstd frame at byte ${pos} (magic 0x${magic.toString(16)})`, 'corrupt');
    }
    const frame = readFrame(data, pos, need);
    frames.push(frame);
    pos += frame.bytes.length;
  }
  return frames;
}

type Need = (at: number, count: number, what: string) => void;

/** Throws when `data` has fewer than `count` bytes at `at`, naming what was cut. */
function needIn(data: Buffer): Need {
  return (at, count, what) => {
    if (at + count > data.length) {
      throw new ZstdDecodeError(`zstd data ends inside a ${what} (byte ${at} of ${data.length})`, 'corrupt');
    }
  };
}

/** The frame starting at `start` (after its magic number has been checked): header, blocks, checksum. */
function readFrame(data: Buffer, start: number, need: Need): ZstdFrame {
  let p = start + 4;
  need(p, 1, 'frame header');
  const descriptor = data[p++]!;
  const contentSizeFlag = descriptor >> 6;
  const singleSegment = ((descriptor >> 5) & 1) === 1;
  const hasChecksum = ((descriptor >> 2) & 1) === 1;
  const dictionaryFlag = descriptor & 3;
  if (descriptor & 8) throw new ZstdDecodeError(`zstd frame at byte ${start} sets a reserved bit`, 'corrupt');
  let windowSize = 0;
  if (!singleSegment) {
    need(p, 1, 'frame header');
    const windowDescriptor = data[p++]!;
    const base = 2 ** (10 + (windowDescriptor >> 3));
    windowSize = base + (base / 8) * (windowDescriptor & 7);
  }
  const dictionaryBytes = [0, 1, 2, 4][dictionaryFlag]!;
  need(p, dictionaryBytes, 'frame header');
  const dictionaryId = dictionaryBytes === 0 ? 0 : data.readUIntLE(p, dictionaryBytes);
  p += dictionaryBytes;
  if (dictionaryId !== 0) {
    throw new ZstdDecodeError(`zstd frame at byte ${start} needs dictionary ${dictionaryId}`, 'unsupported');
  }
  const contentSizeBytes = contentSizeFlag === 0 ? (singleSegment ? 1 : 0) : [0, 2, 4, 8][contentSizeFlag]!;
  need(p, contentSizeBytes, 'frame header');
  let contentSize: number | null = null;
  if (contentSizeBytes === 8) contentSize = Number(data.readBigUInt64LE(p));
  else if (contentSizeBytes > 0)
    contentSize = data.readUIntLE(p, contentSizeBytes) + (contentSizeBytes === 2 ? 256 : 0);
  p += contentSizeBytes;
  if (singleSegment) windowSize = contentSize ?? 0;
  p = skipBlocks(data, p, need);
  if (hasChecksum) {
    need(p, 4, 'frame checksum');
    p += 4;
  }
  return { bytes: data.subarray(start, p), contentSize, windowSize, singleSegment };
}

/** Past the frame's blocks: the position after its last block. */
function skipBlocks(data: Buffer, p: number, need: Need): number {
  for (;;) {
    need(p, 3, 'block header');
    const blockHeader = data[p]! | (data[p + 1]! << 8) | (data[p + 2]! << 16);
    p += 3;
    const lastBlock = (blockHeader & 1) === 1;
    const blockType = (blockHeader >> 1) & 3;
    const blockSize = blockHeader >>> 3;
    if (blockType === 3)
      throw new ZstdDecodeError(`zstd block at byte ${p - 3} has the reserved type`, 'corrupt');
    // An RLE block stores one byte that is repeated blockSize times.
    const payload = blockType === 1 ? 1 : blockSize;
    need(p, payload, 'block');
    p += payload;
    if (lastBlock) return p;
  }
}

/** Whether this Node's zlib decodes zstd (Node >= 22.15 / 23.8). */
export function nodeHasZstd(): boolean {
  return typeof (zlib as { zstdDecompress?: unknown }).zstdDecompress === 'function';
}

/** One frame through node:zlib, refused as too large past `remaining` bytes. */
async function nodeDecode(
  frame: Buffer,
  remaining: number,
  tooLarge: () => ZstdDecodeError,
): Promise<Buffer> {
  let decoded: Buffer;
  try {
    // maxOutputLength must be >= 1; one byte over an exhausted budget is still caught below.
    decoded = await nodeZstdFrame(frame, Math.max(1, remaining));
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw tooLarge();
    throw new ZstdDecodeError(`zstd: ${(error as Error).message}`, 'corrupt');
  }
  if (decoded.length > remaining) throw tooLarge();
  return decoded;
}

function nodeZstdFrame(frame: Buffer, maxOutputLength: number): Promise<Buffer> {
  const windowLogMax = zlib.constants.ZSTD_d_windowLogMax;
  return new Promise((resolve, reject) => {
    // windowLogMax 31: single-segment frames have a window equal to their content size, which
    // is already checked against the budget; other frames are limited by MAX_ZSTD_WINDOW.
    zlib.zstdDecompress(frame, { maxOutputLength, params: { [windowLogMax]: 31 } }, (error, result) =>
      error ? reject(error) : resolve(result),
    );
  });
}

/**
 * Decode every frame of `data` into exactly `expectedSize` bytes. Output beyond `expectedSize`
 * is refused as soon as it appears (never buffered); a shorter output is refused at the end.
 */
export async function decompressZstd(
  data: Buffer,
  expectedSize: number,
  decoder: ZstdDecoder = 'auto',
): Promise<Buffer> {
  const useNode = decoder === 'node' || (decoder === 'auto' && nodeHasZstd());
  if (decoder === 'node' && !nodeHasZstd()) {
    throw new ZstdDecodeError('this Node has no zstd in node:zlib', 'unsupported');
  }
  const frames = splitZstdFrames(data);
  // Allocated on first use: a single frame decoded by node:zlib is returned as it is, never copied,
  // so a member costs its size once, not twice.
  let output: Buffer | null = null;
  const target = (): Buffer => (output ??= Buffer.allocUnsafe(expectedSize));
  let produced = 0;
  const tooLarge = (): ZstdDecodeError =>
    new ZstdDecodeError(
      `zstd data decompresses to more than the declared ${expectedSize} bytes`,
      'too-large',
    );
  for (const frame of frames) {
    const remaining = expectedSize - produced;
    if (frame.contentSize !== null && frame.contentSize > remaining) throw tooLarge();
    if (!frame.singleSegment && frame.windowSize > MAX_ZSTD_WINDOW) {
      throw new ZstdDecodeError(
        `zstd window of ${frame.windowSize} bytes exceeds the ${MAX_ZSTD_WINDOW}-byte limit`,
        'unsupported',
      );
    }
    if (useNode) {
      const decoded = await nodeDecode(frame.bytes, remaining, tooLarge);
      if (frames.length === 1 && decoded.length === expectedSize) return decoded;
      decoded.copy(target(), produced);
      produced += decoded.length;
    } else {
      const stream = new Decompress((chunk) => {
        if (chunk.length > expectedSize - produced) throw tooLarge();
        target().set(chunk, produced);
        produced += chunk.length;
      });
      try {
        stream.push(frame.bytes, true);
      } catch (error) {
        if (error instanceof ZstdDecodeError) throw error;
        throw new ZstdDecodeError(`zstd: ${(error as Error).message}`, 'corrupt');
      }
    }
  }
  if (produced !== expectedSize) {
    throw new ZstdDecodeError(
      `zstd data decompresses to ${produced} bytes, the ZIP entry declares ${expectedSize}`,
      'corrupt',
    );
  }
  return output ?? Buffer.alloc(0);
}
