// How summary.json keeps each evaluation's per-sample scores and sample ids compactly, so that a later
// run can pair its scores with this one (a baseline comparison on the same samples):
// - `samples_fingerprint`: the first 16 hex digits of the SHA-256 of the sample ids in the order the
//   scores are stored (sorted by the reader), as a JSON array — two evaluations with the same
//   fingerprint scored the same samples in the same order;
// - `sample_scores`: the scores in that order, `bits` for 0/1 scores (one bit per sample, least
//   significant bit first), `levels` for at most 256 distinct values (one byte per sample indexing
//   `levels`), else `float64` (8 bytes per sample, little-endian); all base64. Unscored samples (NaN)
//   are set in an `unscored` bit set (same bit order), present only when there are any.
// Pure and dependency-free: render/json.ts encodes, the baseline reader decodes.
import { sha256Hex } from './sha256.js';

/** The part of the per-sample scores the codec needs (see src/model/sample-scores.ts). */
export interface SampleScoresLike {
  ids: readonly string[];
  scores: Float64Array;
}

export type SampleScoreEncoding = 'bits' | 'levels' | 'float64';

/** `sample_scores` of an evaluation row in summary.json. */
export interface EncodedSampleScores {
  encoding: SampleScoreEncoding;
  /** Number of samples. */
  n: number;
  /** base64 of the scores in the encoding. */
  data: string;
  /** The distinct values of a `levels` encoding, indexed by the data's bytes. */
  levels?: number[];
  /** base64 bit set of the samples without a score (NaN); absent when every sample was scored. */
  unscored?: string;
}

/** Hex digits kept of the SHA-256: 64 bits, far beyond any chance collision between two id lists. */
export const FINGERPRINT_HEX_DIGITS = 16;

/** The fingerprint of an ordered list of sample ids. */
export function sampleIdsFingerprint(ids: readonly string[]): string {
  let fingerprint = fingerprints.get(ids);
  if (fingerprint === undefined) {
    fingerprint = sha256Hex(JSON.stringify(ids)).slice(0, FINGERPRINT_HEX_DIGITS);
    fingerprints.set(ids, fingerprint);
  }
  return fingerprint;
}

/**
 * Fingerprints by id list: the evaluations of a sweep share one list (see summarizeEvalLogs), so
 * 2,000 rows hash it once. The lists are never changed once made.
 */
const fingerprints = new WeakMap<readonly string[], string>();

function bitSet(length: number, isSet: (index: number) => boolean): Buffer {
  const bytes = Buffer.alloc(Math.ceil(length / 8));
  for (let index = 0; index < length; index++) {
    if (isSet(index)) bytes[index >> 3]! |= 1 << (index & 7);
  }
  return bytes;
}

function bitAt(bytes: Uint8Array, index: number): boolean {
  return ((bytes[index >> 3] ?? 0) & (1 << (index & 7))) !== 0;
}

/** The smallest of the three encodings that keeps every score exactly. */
export function encodeSampleScores(samples: SampleScoresLike): EncodedSampleScores {
  const { scores } = samples;
  const n = scores.length;
  // One pass for the usual case (0/1 scores): no array copies, no set, no sort.
  let anyUnscored = false;
  let binary = true;
  for (let i = 0; i < n; i++) {
    const value = scores[i]!;
    if (Number.isNaN(value)) anyUnscored = true;
    else if (value !== 0 && value !== 1) binary = false;
  }
  const unscored = anyUnscored
    ? { unscored: bitSet(n, (i) => Number.isNaN(scores[i]!)).toString('base64') }
    : {};
  if (binary) {
    return { encoding: 'bits', n, data: bitSet(n, (i) => scores[i] === 1).toString('base64'), ...unscored };
  }
  const distinct = [...new Set(Array.from(scores).filter((value) => !Number.isNaN(value)))].sort(
    (a, b) => a - b,
  );
  if (distinct.length <= 256 && distinct.every(Number.isFinite)) {
    const index = new Map(distinct.map((value, position) => [value, position]));
    const bytes = Buffer.alloc(n);
    for (let i = 0; i < n; i++) bytes[i] = Number.isNaN(scores[i]!) ? 0 : index.get(scores[i]!)!;
    return { encoding: 'levels', n, data: bytes.toString('base64'), levels: distinct, ...unscored };
  }
  const bytes = Buffer.alloc(n * 8);
  for (let i = 0; i < n; i++) bytes.writeDoubleLE(scores[i]!, i * 8);
  return { encoding: 'float64', n, data: bytes.toString('base64'), ...unscored };
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

function base64Bytes(value: unknown, what: string, expectedLength: number): Buffer | string {
  if (typeof value !== 'string' || value.length % 4 !== 0 || !BASE64.test(value)) {
    return `${what} is not base64`;
  }
  const bytes = Buffer.from(value, 'base64');
  if (bytes.length !== expectedLength) {
    return `${what} holds ${bytes.length} bytes, ${expectedLength} expected`;
  }
  return bytes;
}

/**
 * The scores of a `sample_scores` object (NaN for unscored samples), or a sentence saying what is
 * wrong with it. Never throws: the object comes from a file.
 */
export function decodeSampleScores(value: unknown): Float64Array | string {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return 'not an object';
  const encoded = value as Partial<Record<keyof EncodedSampleScores, unknown>>;
  const n = encoded.n;
  if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < 0) return 'n is not a sample count';
  const scores = new Float64Array(n);
  if (encoded.encoding === 'bits') {
    const bytes = base64Bytes(encoded.data, 'data', Math.ceil(n / 8));
    if (typeof bytes === 'string') return bytes;
    for (let i = 0; i < n; i++) scores[i] = bitAt(bytes, i) ? 1 : 0;
  } else if (encoded.encoding === 'levels') {
    const levels = encoded.levels;
    if (!Array.isArray(levels) || !levels.every((level) => typeof level === 'number')) {
      return 'levels is not a list of numbers';
    }
    const bytes = base64Bytes(encoded.data, 'data', n);
    if (typeof bytes === 'string') return bytes;
    for (let i = 0; i < n; i++) {
      const level = levels[bytes[i]!] as number | undefined;
      if (level === undefined) return `sample ${i} points past the ${levels.length} levels`;
      scores[i] = level;
    }
  } else if (encoded.encoding === 'float64') {
    const bytes = base64Bytes(encoded.data, 'data', n * 8);
    if (typeof bytes === 'string') return bytes;
    for (let i = 0; i < n; i++) scores[i] = bytes.readDoubleLE(i * 8);
  } else {
    return `unknown encoding ${JSON.stringify(encoded.encoding)} (bits, levels and float64 are known)`;
  }
  if (encoded.unscored !== undefined) {
    const bytes = base64Bytes(encoded.unscored, 'unscored', Math.ceil(n / 8));
    if (typeof bytes === 'string') return bytes;
    for (let i = 0; i < n; i++) if (bitAt(bytes, i)) scores[i] = Number.NaN;
  }
  return scores;
}
