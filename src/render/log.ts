// logs/summarize-experiment.log in the skill's logging format:
//
//   [2025-12-05 14:00:02] EXTRACT_LOSS: rank4_lr1e-5
//   Details: Parsing slurm-12345678.out
//   Result: Final loss = 0.234 (epoch 2, step 500)
//
// Each run of the tool appends one block that starts with a marker line, so old blocks can be found
// and dropped (oldest first) to keep the file under a size cap. Times are UTC.
import { isUtf8 } from 'node:buffer';
import { decodeBytes } from '../util/clean-text.js';
import type { ProcessEvent } from '../model/summary.js';

/** Every block starts with a line beginning with this; no entry line can (entries start with `[` or a label). */
export const LOG_BLOCK_MARKER = '===== summarize-experiment run ';
const MARKER_AT_LINE_START = /^===== summarize-experiment run /m;

/** Default cap of the log file: room for several runs on an experiment of a few thousand evaluations. */
export const DEFAULT_LOG_MAX_BYTES = 8 * 1024 * 1024;

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f\u2028\u2029]+/g;

/** `[YYYY-MM-DD HH:MM:SS]` in UTC; an unparsable time is kept as given. */
export function logTime(iso: string): string {
  const time = new Date(iso);
  if (Number.isNaN(time.getTime())) return iso.replace(CONTROL, ' ');
  return time.toISOString().slice(0, 19).replace('T', ' ');
}

/** One entry: header line, then `Label: text` lines. Line breaks inside texts become spaces. */
export function renderLogEntry(event: ProcessEvent): string {
  const subject = event.subject ? `: ${noControlChars(event.subject)}` : '';
  const lines = [`[${logTime(event.time)}] ${event.action}${subject}`];
  for (const [label, text] of event.lines) lines.push(`${cleanLabel(label)}: ${noControlChars(text)}`);
  return `${lines.join('\n')}\n`;
}

/**
 * One run's block: the marker line, then the entries separated by blank lines.
 * `started` (ISO) goes in the marker; default: the first event's time.
 */
export function renderLogBlock(events: ProcessEvent[], options: { started?: string } = {}): string {
  const started = options.started ?? events[0]?.time ?? new Date(0).toISOString();
  const marker = `${LOG_BLOCK_MARKER}${logTime(started)} UTC =====\n`;
  return [marker, ...events.map(renderLogEntry)].join('\n');
}

/**
 * The log file's new text: `existingText` plus `blockText`, dropping the oldest blocks (and any text
 * before the first marker, e.g. a log written by hand) until it is at most `maxBytes` UTF-8 bytes.
 * A block that alone exceeds the cap keeps its first entries and says how many were left out.
 */
export function appendRunBlock(existingText: string, blockText: string, maxBytes: number): string {
  const blocks = splitBlocks(existingText);
  const block = ensureNewline(blockText);
  const older = blocks.map((text) => ensureNewline(text.replace(/\s+$/, '')));
  const drop = oldestToDrop(
    older.map((text) => bytes(text) + 1),
    bytes(block),
    maxBytes,
  );
  if (drop !== null) return [...older.slice(drop), block].join('\n');
  return truncateBlock(block, maxBytes);
}

/**
 * How many of the oldest blocks go (`sizes`: each with the newline that joins it to the next) for a
 * new block of `blockBytes` to fit under `maxBytes`; null when it does not fit even alone. Over the
 * cap, the oldest blocks go until a quarter of it is free: the next runs then append their block in
 * place instead of rewriting the whole log each time.
 */
function oldestToDrop(sizes: readonly number[], blockBytes: number, maxBytes: number): number | null {
  let total = sizes.reduce((sum, size) => sum + size, 0) + blockBytes;
  let drop = 0;
  const target = total > maxBytes ? Math.floor(maxBytes * 0.75) : maxBytes;
  while (total > target && drop < sizes.length) total -= sizes[drop++]!;
  return total <= maxBytes ? drop : null;
}

/**
 * The existing log's last bytes as text for appendRunBlock: decoded (undecodable bytes named), and
 * when `cut` (they start mid-file) from the first whole block on.
 */
export function logTailText(bytes: Uint8Array, cut: boolean): string {
  const text = decodeBytes(bytes, { cutAtStart: cut });
  if (!cut) return text;
  // Drop the cut first line, then keep whole blocks only.
  const firstNewline = text.indexOf('\n');
  return firstNewline === -1 ? '' : fromFirstBlock(text.slice(firstNewline + 1));
}

const MARKER_BYTES = Buffer.from(LOG_BLOCK_MARKER, 'latin1');
const NEWLINE = 0x0a;
const printableAscii = (byte: number | undefined): boolean =>
  byte !== undefined && byte > 0x20 && byte < 0x7f;

/**
 * appendRunBlock on the log's last bytes, without decoding them, for a log as this program writes it:
 * blocks from its markers on, one blank line between them, each ending in a visible ASCII character
 * and one newline, valid UTF-8. On a large sweep's 8 MB log, decoding, splitting, measuring and
 * encoding it again took ~150 ms of a run. `cut`: the bytes are the file's tail, whose first line is
 * cut and whose text before the first marker is dropped. Null when the log is in another shape (a
 * hand-written start, trailing spaces, a marker after a carriage return, a block alone over the cap):
 * appendRunBlock on the decoded text then decides, and for a log in this shape it gives the same.
 * The new log is returned as pieces to write in order (views of `tail` and the block's bytes).
 */
export function appendRunBlockBytes(
  tail: Uint8Array,
  cut: boolean,
  blockText: string,
  maxBytes: number,
): Buffer[] | null {
  const bytes = Buffer.from(tail.buffer, tail.byteOffset, tail.byteLength);
  const from = cut ? bytes.indexOf(NEWLINE) + 1 : 0;
  if (cut && from === 0) return null;
  const starts: number[] = [];
  for (let at = bytes.indexOf(MARKER_BYTES, from); at !== -1; at = bytes.indexOf(MARKER_BYTES, at + 1)) {
    if (at > 0 && bytes[at - 1] !== NEWLINE) return null;
    if (starts.length > 0 && (bytes[at - 2] !== NEWLINE || !printableAscii(bytes[at - 3]))) return null;
    starts.push(at);
  }
  const end = bytes.length;
  if (starts.length === 0 ? !cut && end > 0 : !cut && starts[0] !== 0) return null;
  if (starts.length > 0 && (bytes[end - 1] !== NEWLINE || !printableAscii(bytes[end - 2]))) return null;
  if (starts.length > 0 && !isUtf8(bytes.subarray(starts[0]))) return null;

  const block = ensureNewline(blockText);
  // Each older block with the newline that joins it to the next, as appendRunBlock counts them.
  const sizes = starts.map((start, i) => (starts[i + 1] ?? end + 1) - start);
  const drop = oldestToDrop(sizes, Buffer.byteLength(block, 'utf8'), maxBytes);
  if (drop === null) return null;
  // Pieces in order, written one after another: the kept blocks are not copied.
  const kept = drop < starts.length ? [bytes.subarray(starts[drop]), Buffer.from('\n')] : [];
  return [...kept, Buffer.from(block, 'utf8')];
}

/** Blocks of a log text, oldest first; text before the first marker is a block of its own. */
export function splitBlocks(text: string): string[] {
  if (text.trim() === '') return [];
  const blocks: string[] = [];
  const marker = new RegExp(MARKER_AT_LINE_START.source, 'gm');
  let start = 0;
  for (const match of text.matchAll(marker)) {
    if (match.index > start && text.slice(start, match.index).trim() !== '')
      blocks.push(text.slice(start, match.index));
    start = match.index;
  }
  if (text.slice(start).trim() !== '') blocks.push(text.slice(start));
  return blocks;
}

/** The text from the first block marker on; '' when there is none (used on a tail read mid-file). */
export function fromFirstBlock(text: string): string {
  const match = MARKER_AT_LINE_START.exec(text);
  return match ? text.slice(match.index) : '';
}

function truncateBlock(block: string, maxBytes: number): string {
  const entries = block.split(/\n\n(?=\[)/);
  const note = (left: number): string =>
    `\nNote: ${left} more entr${left === 1 ? 'y' : 'ies'} of this run left out to keep the log under ${maxBytes} bytes\n`;
  // Bytes of the first `keep` entries joined by blank lines, from running sums: one pass, not one join per try.
  const prefixBytes = [0];
  for (const entry of entries) prefixBytes.push(prefixBytes.at(-1)! + bytes(entry));
  for (let keep = entries.length - 1; keep >= 1; keep -= 1) {
    const joined = prefixBytes[keep]! + 2 * (keep - 1);
    const newline = entries[keep - 1]!.endsWith('\n') ? 0 : 1;
    if (joined + newline + bytes(note(entries.length - keep)) <= maxBytes) {
      return `${ensureNewline(entries.slice(0, keep).join('\n\n'))}${note(entries.length - keep)}`;
    }
  }
  // A cap smaller than the marker and one entry: the first bytes, cut at a character boundary.
  return Buffer.from(block, 'utf8')
    .subarray(0, Math.max(0, maxBytes))
    .toString('utf8')
    .replace(/\uFFFD$/, '');
}

function noControlChars(text: string): string {
  return text.replace(CONTROL, ' ');
}

function cleanLabel(label: string): string {
  const clean = label.replace(/[^A-Za-z0-9 _-]/g, '').trim();
  return /^[A-Za-z]/.test(clean) ? clean : 'Details';
}

function ensureNewline(text: string): string {
  return text.endsWith('\n') ? text : `${text}\n`;
}

function bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}
