import { describe, expect, it } from 'vitest';
import { readFullyAt } from '../../src/util/random-access-file.js';

/** A file of `content` whose reads return at most `chunk` bytes each, as a pipe or a slow disk may. */
function shortReads(content: Buffer, chunk: number) {
  return {
    read: async (buffer: Buffer, offset: number, length: number, position: number) => {
      const n = Math.max(0, Math.min(length, chunk, content.length - position));
      if (n > 0) content.copy(buffer, offset, position, position + n);
      return { bytesRead: n };
    },
  };
}

describe('readFullyAt', () => {
  it('reads on until the length is there, however short each read is', async () => {
    const file = shortReads(Buffer.from('0123456789'), 3);
    expect((await readFullyAt(file, 2, 7)).toString()).toBe('2345678');
  });

  it('gives fewer bytes at the end of the file, and none past it', async () => {
    const file = shortReads(Buffer.from('0123456789'), 4);
    expect((await readFullyAt(file, 6, 10)).toString()).toBe('6789');
    expect((await readFullyAt(file, 12, 4)).length).toBe(0);
  });

  it('passes on the error of a read that fails', async () => {
    const file = {
      read: async () => Promise.reject(Object.assign(new Error('EIO: i/o error'), { code: 'EIO' })),
    };
    await expect(readFullyAt(file, 0, 4)).rejects.toThrow(/EIO/);
  });
});
