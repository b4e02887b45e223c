// JSON as Inspect writes it: bare NaN / Infinity / -Infinity tokens (ser_json_inf_nan="constants"),
// and `.json` logs that hold the whole EvalLog, samples included, in one object of any size.
import { openForReading } from '../../util/random-access-file.js';

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
  const scanner = new JsonLogScanner(onSample);
  // Checked once open to lie inside the experiment being read, as every log (see readingInside).
  const handle = await openForReading(path);
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) throw new LogFormatError('not a regular file');
    const chunk = Buffer.allocUnsafe(chunkSize);
    let offset = 0;
    for (;;) {
      const { bytesRead } = await handle.read(chunk, 0, chunkSize, offset);
      if (bytesRead === 0) break;
      scanner.feed(chunk.subarray(0, bytesRead), offset);
      offset += bytesRead;
    }
  } finally {
    await handle.close();
  }
  if (!scanner.started) throw new LogFormatError('is empty, not a JSON log');
  if (!scanner.finished) throw new LogFormatError('ends before the log object is complete (truncated JSON)');
  return scanner.members;
}

/** The state of scanJsonLog between chunks: where in the JSON it is, and the segment being captured. */
class JsonLogScanner {
  readonly members = new Map<string, Buffer>();
  started = false;
  finished = false;
  private sampleIndex = 0;
  private depth = 0;
  private inString = false;
  private escaped = false;
  // The segment being captured: bytes between two separators at the level we split at.
  private segmentKind: 'member' | 'sample' | null = null;
  private segmentParts: Buffer[] = [];
  private segmentStart = 0;
  private memberKey: string | null = null;
  private inSamples = false;
  /** The chunk being scanned, its position in the file, and the next backslash in it. */
  private bytes: Buffer = Buffer.alloc(0);
  private chunkStart = 0;
  private nextBackslash = -1;

  constructor(private readonly onSample: ((raw: Buffer, index: number) => void) | null) {}

  /** Scans the next chunk; `chunkStart` is its position in the file. */
  feed(bytes: Buffer, chunkStart: number): void {
    this.bytes = bytes;
    this.chunkStart = chunkStart;
    this.segmentStart = 0;
    let i = chunkStart === 0 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    this.nextBackslash = bytes.indexOf(BACKSLASH, i);
    while (i < bytes.length) {
      if (this.inString) {
        i = this.skipInString(i);
        continue;
      }
      this.structural(i);
      i++;
    }
    if (this.segmentKind !== null) {
      // Keep the unfinished segment: copy it, since the chunk buffer is reused.
      this.segmentParts.push(Buffer.from(bytes.subarray(this.segmentStart)));
    }
  }

  /** Inside a string: jump to the next quote or backslash (most of a log's bytes are inside strings). */
  private skipInString(i: number): number {
    const bytes = this.bytes;
    if (this.escaped) {
      this.escaped = false;
      return i + 1;
    }
    if (this.nextBackslash !== -1 && this.nextBackslash < i) this.nextBackslash = bytes.indexOf(BACKSLASH, i);
    const quote = bytes.indexOf(QUOTE, i);
    if (this.nextBackslash !== -1 && (quote === -1 || this.nextBackslash < quote)) {
      this.escaped = true;
      return this.nextBackslash + 1;
    }
    if (quote === -1) return bytes.length;
    this.inString = false;
    return quote + 1;
  }

  /** One byte outside strings. */
  private structural(i: number): void {
    const byte = this.bytes[i]!;
    if (this.finished) {
      if (!isWhitespace(byte))
        throw new LogFormatError(`unexpected data after the log object at byte ${this.chunkStart + i}`);
      return;
    }
    if (!this.started && !isWhitespace(byte)) {
      if (byte !== OPEN_OBJECT) throw new LogFormatError('is not a JSON object');
      this.started = true;
    }
    switch (byte) {
      case QUOTE:
        this.inString = true;
        break;
      case OPEN_OBJECT:
      case OPEN_ARRAY:
        this.depth++;
        if (this.depth === 1) this.startSegment('member', i + 1);
        else if (this.depth === 2 && this.inSamples && byte === OPEN_ARRAY)
          this.startSegment(this.onSample ? 'sample' : null, i + 1);
        break;
      case CLOSE_OBJECT:
      case CLOSE_ARRAY:
        if (this.depth === 1) {
          this.finishSegment(i);
          this.finished = true;
        } else if (this.depth === 2 && this.inSamples) {
          this.finishSegment(i);
          this.inSamples = false;
        }
        this.depth--;
        break;
      case COMMA:
        this.separator(i);
        break;
      case COLON:
        if (this.depth === 1 && this.segmentKind === 'member' && this.memberKey === null)
          this.memberKeyEnds(i);
        break;
    }
  }

  private separator(i: number): void {
    if (this.depth === 1) {
      this.finishSegment(i);
      // The end of the samples member, whatever its value was (a list, or null from other writers).
      this.inSamples = false;
      this.startSegment('member', i + 1);
    } else if (this.depth === 2 && this.inSamples) {
      this.finishSegment(i);
      this.startSegment(this.onSample ? 'sample' : null, i + 1);
    }
  }

  private memberKeyEnds(i: number): void {
    const keyText = this.take(i).toString('utf8');
    const key = parseInspectJson(keyText.trim(), 'a member key');
    if (typeof key !== 'string') throw new LogFormatError(`a member key is not a string: ${keyText.trim()}`);
    this.memberKey = key;
    if (key === 'samples' || key === 'reductions') {
      // Samples are split one level down; reductions are not needed for a summary.
      this.inSamples = key === 'samples';
      this.segmentKind = null;
    } else {
      this.segmentStart = i + 1;
    }
  }

  private take(end: number): Buffer {
    const parts = this.segmentParts;
    parts.push(this.bytes.subarray(this.segmentStart, end));
    this.segmentParts = [];
    return parts.length === 1 ? Buffer.from(parts[0]!) : Buffer.concat(parts);
  }

  private startSegment(kind: 'member' | 'sample' | null, at: number): void {
    this.segmentKind = kind;
    this.segmentParts = [];
    this.segmentStart = at;
    if (kind === 'member') this.memberKey = null;
  }

  private finishSegment(end: number): void {
    if (this.segmentKind === null) return;
    const raw = this.take(end);
    const kind = this.segmentKind;
    this.segmentKind = null;
    if (raw.toString('latin1').trim() === '') return;
    if (kind === 'sample') this.onSample?.(raw, this.sampleIndex++);
    else if (this.memberKey !== null) this.members.set(this.memberKey, raw);
    else throw new LogFormatError(`a member of the log object has no key near byte ${this.chunkStart + end}`);
  }
}
