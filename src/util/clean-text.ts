// Text read from files and commands, made fit for output. Bytes are decoded as UTF-8 with every
// undecodable byte NAMED (`\xFF`) instead of hidden behind U+FFFD, so a reader sees what was there;
// control characters (NUL, ESC, DEL, C1), Unicode line/paragraph separators and bidirectional
// overrides (the "Trojan Source" trick) are removed or made visible before any text is shown.
// Pure, no dependencies: usable from sources, renderers and sinks alike.

/** C0 and C1 controls and DEL, except tab / newline / carriage return (handled by each caller). */
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
/** Line breaks of every kind: they would end a table row, a list item or a log line. */
// eslint-disable-next-line no-control-regex
const LINE_BREAKS = /\r\n|[\n\r\u000b\u000c\u0085\u2028\u2029]/g;
/** Bidirectional embeddings, overrides, isolates and marks that reorder how text displays. */
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** A literal replacement character (already lost bytes, or written as such): named, never shown. */
const REPLACEMENT = /\uFFFD/g;
/** Lone surrogates cannot be encoded as UTF-8; they would come out as U+FFFD. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
/** Terminal escape sequences: CSI (`ESC [ … final`), OSC (`ESC ] … BEL|ST`), other two-byte escapes. */
const TERMINAL_ESCAPES =
  // eslint-disable-next-line no-control-regex
  /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|\u001b[@-_]|\u009b[0-?]*[ -/]*[@-~]/g;

const hex2 = (byte: number): string => byte.toString(16).toUpperCase().padStart(2, '0');

/** The bytes of one undecodable byte, as shown: `\xFF`. */
export function nameByte(byte: number): string {
  return `\\x${hex2(byte)}`;
}

/**
 * Length of the valid UTF-8 sequence starting at `i`, or 0 when the byte there cannot start one
 * (WHATWG rules: no overlong forms, no surrogates, nothing above U+10FFFF).
 */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b0 = bytes[i]!;
  if (b0 < 0x80) return 1;
  let length: number;
  let lower = 0x80;
  let upper = 0xbf;
  if (b0 >= 0xc2 && b0 <= 0xdf) length = 2;
  else if (b0 >= 0xe0 && b0 <= 0xef) {
    length = 3;
    if (b0 === 0xe0) lower = 0xa0;
    if (b0 === 0xed) upper = 0x9f;
  } else if (b0 >= 0xf0 && b0 <= 0xf4) {
    length = 4;
    if (b0 === 0xf0) lower = 0x90;
    if (b0 === 0xf4) upper = 0x8f;
  } else return 0;
  if (i + length > bytes.length) return 0;
  const b1 = bytes[i + 1]!;
  if (b1 < lower || b1 > upper) return 0;
  for (let k = 2; k < length; k += 1) {
    const b = bytes[i + k]!;
    if (b < 0x80 || b > 0xbf) return 0;
  }
  return length;
}

export interface DecodeOptions {
  /**
   * The bytes may start in the middle of a character (a tail read): continuation bytes before the
   * first character start are dropped instead of named.
   */
  cutAtStart?: boolean;
  /** The bytes may end in the middle of a character (a read that stopped early): an incomplete last sequence is dropped. */
  cutAtEnd?: boolean;
}

/**
 * UTF-8 bytes as text; every byte that is not part of a valid sequence appears as `\xHH`. The fast
 * path (valid UTF-8, the usual case) decodes in one call.
 */
export function decodeBytes(bytes: Uint8Array, options: DecodeOptions = {}): string {
  let start = 0;
  let end = bytes.length;
  if (options.cutAtStart) {
    while (start < end && start < 3 && (bytes[start]! & 0xc0) === 0x80) start += 1;
  }
  if (options.cutAtEnd) {
    // Drop an incomplete sequence at the end: look back at most 3 bytes for its lead byte.
    for (let back = 1; back <= 3 && end - back >= start; back += 1) {
      const b = bytes[end - back]!;
      if ((b & 0xc0) === 0x80) continue;
      const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
      if (need > back) end -= back;
      break;
    }
  }
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset + start, end - start);
  const fast = buffer.toString('utf8');
  if (!fast.includes('\uFFFD')) return fast;
  // Slow path: walk the bytes, decoding valid runs in one piece and naming the bad bytes.
  const parts: string[] = [];
  let runStart = 0;
  let i = 0;
  while (i < buffer.length) {
    const length = sequenceLength(buffer, i);
    if (length > 0) {
      i += length;
      continue;
    }
    if (i > runStart) parts.push(buffer.toString('utf8', runStart, i));
    parts.push(nameByte(buffer[i]!));
    i += 1;
    runStart = i;
  }
  if (runStart < buffer.length) parts.push(buffer.toString('utf8', runStart));
  return parts.join('');
}

/**
 * A name or message from a file as ONE line of plain text: line breaks and tabs become a space,
 * other controls and bidi characters are removed, a U+FFFD (bytes lost before we saw them) or a lone
 * surrogate is named. Nothing else changes, so the text stays recognisable.
 */
export function cleanLine(text: string): string {
  return text
    .replace(LINE_BREAKS, ' ')
    .replace(/\t/g, ' ')
    .replace(CONTROLS, '')
    .replace(BIDI, '')
    .replace(LONE_SURROGATE, (char) => `\\u${char.charCodeAt(0).toString(16).toUpperCase()}`)
    .replace(REPLACEMENT, '\\uFFFD');
}

/**
 * Multi-line text (a log excerpt): like cleanLine but line breaks are kept as `\n` (`\r\n`, `\r`,
 * U+2028 and friends become `\n`).
 */
export function cleanText(text: string): string {
  return text
    .split(LINE_BREAKS)
    .map((line) => cleanLine(line))
    .join('\n');
}

/**
 * Text for a terminal: escape sequences (cursor moves, screen clears, window titles, hyperlinks)
 * are removed whole, then everything cleanLine removes. Line breaks are kept when `multiLine`.
 */
export function terminalSafe(text: string, multiLine = false): string {
  const withoutEscapes = text.replace(TERMINAL_ESCAPES, '');
  return multiLine ? cleanText(withoutEscapes) : cleanLine(withoutEscapes);
}

/** Whether the text holds anything cleanLine would change (for tests and assertions). */
export function hasUnsafeCharacters(text: string): boolean {
  return cleanLine(text) !== text;
}
