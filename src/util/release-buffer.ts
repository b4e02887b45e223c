// Gives a Buffer's memory back at once instead of at some later garbage collection. V8 frees an
// ArrayBuffer's memory only when it collects the ArrayBuffer object, and a thread that reads
// thousands of logs makes ~200 KB of short-lived buffers per log (the ZIP tail, compressed and
// inflated members): on Node 24 tens of MB of them per thread waited for a collection, which made
// the peak RSS. Detaching the ArrayBuffer (ArrayBuffer.prototype.transfer, Node >= 21) frees it now.

type Transferable = ArrayBufferLike & { transfer?: (length: number) => ArrayBuffer };

/**
 * Frees `buffer`'s memory now when it is the whole of its ArrayBuffer; afterwards it (and every view
 * of that ArrayBuffer) has length 0. Only for a buffer nothing else reads any more. Does nothing to
 * a pooled buffer (a small Buffer.allocUnsafe or Buffer.from shares an 8 KiB ArrayBuffer with
 * others), a view of part of a buffer, or where the runtime cannot detach (Node 20).
 */
export function releaseBuffer(buffer: Buffer): void {
  const backing = buffer.buffer as Transferable;
  if (buffer.byteOffset !== 0 || buffer.byteLength !== backing.byteLength) return;
  if (typeof backing.transfer !== 'function' || buffer.byteLength === 0) return;
  backing.transfer(0);
}
