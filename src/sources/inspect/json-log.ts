// JSON as Inspect writes it: bare NaN / Infinity / -Infinity tokens (ser_json_inf_nan="constants"),
// and `.json` logs that hold the whole EvalLog, samples included, in one object of any size.
import { open } from 'node:fs/promises';

/** A log whose bytes are not the JSON they should be. */
export class LogFormatError extends Error {
  override name = 'LogFormatError';
}

const NAN_SENTINEL = '\u0000inspect-NaN\u0000';
// A JSON string (unrolled loop: no backtracking on long strings; the closing quote optional, so an
// unterminated string is consumed once instead of rescanned from every escaped quote), or a bare token.
const STRING_OR_TOKEN = /"[^"\\]*(?:\\.[^"\\]*)*"?|-?Infinity|NaN/g;

/**
 * JSON.parse, and only when that fails, a second try that understands NaN and ±Infinity outside
 * strings (most logs have none, so the fast path is plain JSON.parse).
 */
export function parseInspectJson(text: string, what: string): unknown {
  try {
    return JSON.parse(text);
  } catch (firstError) {
    let sawNaN = false;
    const rewritten = text.replace(STRING_OR_TOKEN, (token) => {
      if (token.startsWith('"')) return token;
      if (token === 'NaN') {
        sawNaN = true;
        return JSON.stringify(NAN_SENTINEL);
      }
      // 1e999 overflows to Infinity in JSON.parse, which is exactly the token's meaning.
      return token.startsWith('-') ? '-1e999' : '1e999';
    });
    if (rewritten === text)
      throw new LogFormatError(`${what} is not valid JSON (${(firstError as Error).message})`);
    try {
      return sawNaN
        ? JSON.parse(rewritten, (_key, value: unknown) => (value === NAN_SENTINEL ? Number.NaN : value))
        : JSON.parse(rewritten);
    } catch (error) {
      throw new LogFormatError(`${what} is not valid JSON (${(error as Error).message})`);
    }
  }
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;

function isWhitespace(byte: number): boolean {
  return byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;
}

/**
 * Read a `.json` log once, in chunks, splitting it at the separators of its top-level object.
 * Returns the raw JSON of each top-level member by key, except `samples` (handed one element at a
 * time to `onSample`, or skipped when it is null) and `reductions` (not needed). Memory stays
 * around the size of the largest single sample, whatever the size of the file.
 */
export async function scanJsonLog(
  path: string,
  onSample: ((raw: Buffer, index: number) => void) | null,
  chunkSize = 1024 * 1024,
): Promise<Map<string, Buffer>> {
  const members = new Map<string, Buffer>();
  let sampleIndex = 0;
  let depth = 0;
  let inString = false;
  let escaped = false;
  let started = false;
  let finished = false;
  // The segment being captured: bytes between two separators at the level we split at.
  let segmentKind: 'member' | 'sample' | null = null;
  let segmentParts: Buffer[] = [];
  let segmentStart = 0;
  let memberKey: string | null = null;
  let inSamples = false;
  let offset = 0;

  const handle = await open(path, 'r');
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) throw new LogFormatError('not a regular file');
    const chunk = Buffer.allocUnsafe(chunkSize);
    for (;;) {
      const { bytesRead } = await handle.read(chunk, 0, chunkSize, offset);
      if (bytesRead === 0) break;
      const bytes = chunk.subarray(0, bytesRead);
      let i = offset === 0 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
      offset += bytesRead;
      segmentStart = 0;
      let nextBackslash = bytes.indexOf(BACKSLASH, i);

      const take = (end: number): Buffer => {
        const parts = segmentParts;
        parts.push(bytes.subarray(segmentStart, end));
        segmentParts = [];
        return parts.length === 1 ? Buffer.from(parts[0]!) : Buffer.concat(parts);
      };
      const startSegment = (kind: 'member' | 'sample' | null, at: number): void => {
        segmentKind = kind;
        segmentParts = [];
        segmentStart = at;
        if (kind === 'member') memberKey = null;
      };
      const finishSegment = (end: number): void => {
        if (segmentKind === null) return;
        const raw = take(end);
        const kind = segmentKind;
        segmentKind = null;
        if (raw.toString('latin1').trim() === '') return;
        if (kind === 'sample') onSample?.(raw, sampleIndex++);
        else if (memberKey !== null) members.set(memberKey, raw);
        else
          throw new LogFormatError(
            `a member of the log object has no key near byte ${offset - bytesRead + end}`,
          );
      };

      while (i < bytes.length) {
        if (inString) {
          if (escaped) {
            escaped = false;
            i++;
            continue;
          }
          // Jump to the next quote or backslash: most of a log's bytes are inside strings.
          if (nextBackslash !== -1 && nextBackslash < i) nextBackslash = bytes.indexOf(BACKSLASH, i);
          const quote = bytes.indexOf(QUOTE, i);
          if (nextBackslash !== -1 && (quote === -1 || nextBackslash < quote)) {
            escaped = true;
            i = nextBackslash + 1;
            continue;
          }
          if (quote === -1) {
            i = bytes.length;
            continue;
          }
          inString = false;
          i = quote + 1;
          continue;
        }
        const byte = bytes[i]!;
        if (finished) {
          if (!isWhitespace(byte))
            throw new LogFormatError(
              `unexpected data after the log object at byte ${offset - bytesRead + i}`,
            );
          i++;
          continue;
        }
        if (!started && !isWhitespace(byte)) {
          if (byte !== OPEN_OBJECT) throw new LogFormatError('is not a JSON object');
          started = true;
        }
        switch (byte) {
          case QUOTE:
            inString = true;
            break;
          case OPEN_OBJECT:
          case OPEN_ARRAY:
            depth++;
            if (depth === 1) startSegment('member', i + 1);
            else if (depth === 2 && inSamples && byte === OPEN_ARRAY)
              startSegment(onSample ? 'sample' : null, i + 1);
            break;
          case CLOSE_OBJECT:
          case CLOSE_ARRAY:
            if (depth === 1) {
              finishSegment(i);
              finished = true;
            } else if (depth === 2 && inSamples) {
              finishSegment(i);
              inSamples = false;
            }
            depth--;
            break;
          case COMMA:
            if (depth === 1) {
              finishSegment(i);
              // The end of the samples member, whatever its value was (a list, or null from other writers).
              inSamples = false;
              startSegment('member', i + 1);
            } else if (depth === 2 && inSamples) {
              finishSegment(i);
              startSegment(onSample ? 'sample' : null, i + 1);
            }
            break;
          case COLON:
            if (depth === 1 && segmentKind === 'member' && memberKey === null) {
              const keyText = take(i).toString('utf8');
              const key = parseInspectJson(keyText.trim(), 'a member key');
              if (typeof key !== 'string')
                throw new LogFormatError(`a member key is not a string: ${keyText.trim()}`);
              memberKey = key;
              if (key === 'samples' || key === 'reductions') {
                // Samples are split one level down; reductions are not needed for a summary.
                inSamples = key === 'samples';
                segmentKind = null;
              } else {
                segmentStart = i + 1;
              }
            }
            break;
        }
        i++;
      }
      if (segmentKind !== null) {
        // Keep the unfinished segment: copy it, since the chunk buffer is reused.
        segmentParts.push(Buffer.from(bytes.subarray(segmentStart)));
      }
    }
  } finally {
    await handle.close();
  }
  if (!started) throw new LogFormatError('is empty, not a JSON log');
  if (!finished) throw new LogFormatError('ends before the log object is complete (truncated JSON)');
  return members;
}
