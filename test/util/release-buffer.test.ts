import { describe, expect, it } from 'vitest';
import { releaseBuffer } from '../../src/util/release-buffer.js';

const canDetach = typeof (ArrayBuffer.prototype as { transfer?: unknown }).transfer === 'function';

describe('releaseBuffer', () => {
  it.runIf(canDetach)('frees a buffer that is its whole ArrayBuffer: it is empty afterwards', () => {
    const buffer = Buffer.allocUnsafe(64 * 1024).fill(7);
    releaseBuffer(buffer);
    expect(buffer.length).toBe(0);
    expect(buffer.buffer.byteLength).toBe(0);
  });

  it('leaves pooled buffers and views of part of a buffer alone', () => {
    // Small Buffer.from / allocUnsafe share an 8 KiB pool: detaching it would empty its neighbours.
    const pooled = Buffer.from('abc');
    const neighbour = Buffer.from('def');
    releaseBuffer(pooled);
    expect(pooled.toString()).toBe('abc');
    expect(neighbour.toString()).toBe('def');
    const whole = Buffer.alloc(16 * 1024, 1);
    const part = whole.subarray(100, 200);
    releaseBuffer(part);
    expect(whole.length).toBe(16 * 1024);
    expect(part.length).toBe(100);
    releaseBuffer(Buffer.alloc(0));
  });
});
