import * as zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decompressZstd, splitZstdFrames, ZstdDecodeError } from '../../../src/sources/inspect/zstd.js';
import { zstdFrames } from '../../../scripts/lib/zip-writer.js';

const text = Buffer.from('hello world, '.repeat(5000));

async function decodeError(promise: Promise<unknown>): Promise<ZstdDecodeError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ZstdDecodeError) return error;
    throw new Error(`expected a ZstdDecodeError, got ${String(error)}`, { cause: error });
  }
  throw new Error('expected a ZstdDecodeError, got success');
}

describe('zstd frames', () => {
  it('splits concatenated frames and drops skippable ones', () => {
    const frames = splitZstdFrames(zstdFrames(text, 20_000, true));
    expect(frames.map((frame) => frame.contentSize)).toEqual([20_000, 20_000, 20_000, 5_000]);
  });

  it('decoding frame by frame gets all of them, whether node:zlib alone stops after the first or not', async () => {
    const multi = zstdFrames(text, 20_000);
    const decompressSync = (zlib as unknown as { zstdDecompressSync: (b: Buffer) => Buffer })
      .zstdDecompressSync;
    // Node 24.21 stops after the first frame; later releases decode them all.
    expect([20_000, text.length]).toContain(decompressSync(multi).length);
    expect((await decompressZstd(multi, text.length, 'node')).equals(text)).toBe(true);
    expect((await decompressZstd(multi, text.length, 'fzstd')).equals(text)).toBe(true);
  });

  for (const decoder of ['node', 'fzstd'] as const) {
    it(`output shorter than the declared size is refused (${decoder})`, async () => {
      const error = await decodeError(decompressZstd(zstdFrames(text, 20_000), text.length + 1, decoder));
      expect([error.problem, error.message]).toEqual([
        'corrupt',
        `zstd data decompresses to ${text.length} bytes, the ZIP entry declares ${text.length + 1}`,
      ]);
    });

    it(`damaged frame content is reported, not thrown raw (${decoder})`, async () => {
      const damaged = Buffer.from(zstdFrames(text, text.length));
      for (let i = 12; i < damaged.length - 4; i++) damaged[i] = 0xff - damaged[i]!;
      const error = await decodeError(decompressZstd(damaged, text.length, decoder));
      expect(error.problem === 'corrupt' || error.problem === 'too-large').toBe(true);
    });
  }

  it('a frame cut short says where it ends', () => {
    const whole = zstdFrames(text, text.length);
    expect(() => splitZstdFrames(whole.subarray(0, whole.length - 3))).toThrow(
      /zstd data ends inside a (block|frame checksum)/,
    );
  });

  it('bytes that are not zstd are named by offset', () => {
    expect(() => splitZstdFrames(Buffer.from('PK\u0003\u0004 not zstd'))).toThrow(/no zstd frame at byte 0/);
  });

  it('a frame asking for a window beyond 128 MiB is refused before any allocation', async () => {
    // magic, descriptor (no content size, not single segment), window descriptor 0xf8 (2^41 bytes),
    // then one empty raw block marked last.
    const frame = Buffer.from([0x28, 0xb5, 0x2f, 0xfd, 0x00, 0xf8, 0x01, 0x00, 0x00]);
    for (const decoder of ['node', 'fzstd'] as const) {
      const error = await decodeError(decompressZstd(frame, 10, decoder));
      expect([error.problem, error.message]).toEqual([
        'unsupported',
        `zstd window of ${2 ** 41} bytes exceeds the ${2 ** 27}-byte limit`,
      ]);
    }
  });

  it('a frame that needs a dictionary is refused as unsupported', () => {
    const frame = Buffer.from([0x28, 0xb5, 0x2f, 0xfd, 0x01, 0x50, 0x07, 0x01, 0x00, 0x00]);
    expect(() => splitZstdFrames(frame)).toThrow(/needs dictionary 7/);
  });
});
