// The elements of a JSON array, one at a time, from its bytes: a summaries.json of tens of thousands
// of samples is parsed sample by sample, so memory holds the bytes and one sample's objects, never
// the whole array's (JSON.parse of the whole would build every sample's input, metadata and usage).
import { LogFormatError } from './json-log.js';

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;

const isWhitespace = (byte: number): boolean =>
  byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;

/**
 * Calls `onElement` with the bytes of each element of the JSON array in `bytes` (a view, valid during
 * the call), in order. Throws LogFormatError naming `what` when the bytes are not one JSON array.
 * Elements are not validated here: the caller parses each one.
 */
export function forEachArrayElement(
  bytes: Buffer,
  what: string,
  onElement: (element: Buffer, index: number) => void,
): void {
  let i = 0;
  while (i < bytes.length && isWhitespace(bytes[i]!)) i++;
  if (bytes[i] !== OPEN_ARRAY) throw new LogFormatError(`${what} is not a JSON array`);
  i++;
  let depth = 0;
  let inString = false;
  let start = i;
  let index = 0;
  const emit = (end: number): void => {
    let from = start;
    let to = end;
    while (from < to && isWhitespace(bytes[from]!)) from++;
    while (to > from && isWhitespace(bytes[to - 1]!)) to--;
    if (from === to) {
      // `[]` has no element; `[1,,2]` or a trailing comma is not JSON.
      if (index > 0 || bytes[end] === COMMA)
        throw new LogFormatError(`${what}: an empty element at byte ${from}`);
      return;
    }
    onElement(bytes.subarray(from, to), index++);
  };
  for (; i < bytes.length; i++) {
    const byte = bytes[i]!;
    if (inString) {
      if (byte === BACKSLASH) i++;
      else if (byte === QUOTE) inString = false;
    } else if (byte === QUOTE) inString = true;
    else if (byte === OPEN_OBJECT || byte === OPEN_ARRAY) depth++;
    else if (byte === CLOSE_OBJECT || (byte === CLOSE_ARRAY && depth > 0)) depth--;
    else if (depth === 0 && byte === COMMA) {
      emit(i);
      start = i + 1;
    } else if (depth === 0 && byte === CLOSE_ARRAY) {
      emit(i);
      for (i++; i < bytes.length; i++) {
        if (!isWhitespace(bytes[i]!)) throw new LogFormatError(`${what} has bytes after its array`);
      }
      return;
    }
  }
  throw new LogFormatError(`${what} ends before its array does (truncated?)`);
}
