import { describe, expect, it } from 'vitest';
import { decodeSampleScores, encodeSampleScores, sampleIdsFingerprint } from '../../src/util/sample-codec.js';

const scores = (...values: number[]) => ({
  ids: values.map((_, i) => String(i)),
  scores: Float64Array.from(values),
});

describe('sample ids fingerprint', () => {
  it('is the first 16 hex digits of the SHA-256 of the ids as a JSON array', () => {
    // printf '["1","2","10"]' | sha256sum → 4cf6e87ff0dfffa0a75b0e9eb3dc09db…
    expect(sampleIdsFingerprint(['1', '2', '10'])).toBe('4cf6e87ff0dfffa0');
    // printf '["a","b"]' | sha256sum → 0473ef2dc0d324ab659d…
    expect(sampleIdsFingerprint(['a', 'b'])).toBe('0473ef2dc0d324ab');
  });

  it('tells apart ids that a separator would confuse, and the order of the ids', () => {
    expect(sampleIdsFingerprint(['a,b'])).not.toBe(sampleIdsFingerprint(['a', 'b']));
    expect(sampleIdsFingerprint(['a\nb'])).not.toBe(sampleIdsFingerprint(['a', 'b']));
    expect(sampleIdsFingerprint(['b', 'a'])).not.toBe(sampleIdsFingerprint(['a', 'b']));
  });
});

describe('per-sample scores in summary.json', () => {
  it('0/1 scores are one bit per sample, least significant bit first', () => {
    // samples 0, 2, 3 and 8 are right: byte 0 = 1 + 4 + 8 = 0x0d, byte 1 = 0x01 → base64 "DQE="
    const encoded = encodeSampleScores(scores(1, 0, 1, 1, 0, 0, 0, 0, 1));
    expect(encoded).toEqual({ encoding: 'bits', n: 9, data: 'DQE=' });
    expect(Array.from(decodeSampleScores(encoded) as Float64Array)).toEqual([1, 0, 1, 1, 0, 0, 0, 0, 1]);
  });

  it('unscored samples (NaN) go into their own bit set', () => {
    // sample 1 unscored: unscored byte 0 = 0x02 → "Ag=="; scores: sample 0 right → 0x01 → "AQ=="
    const encoded = encodeSampleScores(scores(1, Number.NaN, 0));
    expect(encoded).toEqual({ encoding: 'bits', n: 3, data: 'AQ==', unscored: 'Ag==' });
    const decoded = decodeSampleScores(encoded) as Float64Array;
    expect(decoded[0]).toBe(1);
    expect(decoded[1]).toBeNaN();
    expect(decoded[2]).toBe(0);
  });

  it('a few distinct values (partial credit, means over epochs) are one byte per sample', () => {
    // levels sorted [0, 0.5, 1]; samples → indices [2, 1, 0, 1] = bytes 02 01 00 01 → "AgEAAQ=="
    const encoded = encodeSampleScores(scores(1, 0.5, 0, 0.5));
    expect(encoded).toEqual({ encoding: 'levels', n: 4, data: 'AgEAAQ==', levels: [0, 0.5, 1] });
    expect(Array.from(decodeSampleScores(encoded) as Float64Array)).toEqual([1, 0.5, 0, 0.5]);
  });

  it('more than 256 distinct values are kept exactly as float64', () => {
    const values = Array.from({ length: 300 }, (_, i) => i / 299);
    const encoded = encodeSampleScores(scores(...values));
    expect(encoded.encoding).toBe('float64');
    expect(Buffer.from(encoded.data, 'base64').length).toBe(300 * 8);
    expect(Array.from(decodeSampleScores(encoded) as Float64Array)).toEqual(values);
  });

  it('no samples: an empty bit set', () => {
    expect(encodeSampleScores(scores())).toEqual({ encoding: 'bits', n: 0, data: '' });
    expect(decodeSampleScores({ encoding: 'bits', n: 0, data: '' })).toEqual(new Float64Array(0));
  });

  it('round-trips any scores, NaN included (300 random lists, fixed seed)', () => {
    let state = 12345;
    // mulberry32: a small deterministic generator, so a failure is reproducible.
    const random = () => {
      state = (state + 0x6d2b79f5) | 0;
      let t = Math.imul(state ^ (state >>> 15), 1 | state);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const pools = [
      [0, 1],
      [0, 1, Number.NaN],
      [0, 0.25, 0.5, 1, Number.NaN],
    ];
    for (let round = 0; round < 300; round++) {
      const length = Math.floor(random() * 600);
      const kind = round % 4;
      const values = Array.from({ length }, () =>
        kind < 3 ? pools[kind]![Math.floor(random() * pools[kind]!.length)]! : (random() - 0.5) * 1e6,
      );
      const decoded = decodeSampleScores(encodeSampleScores(scores(...values)));
      expect(decoded).toBeInstanceOf(Float64Array);
      expect(Array.from(decoded as Float64Array)).toEqual(values);
    }
  });

  it('says what is wrong with a damaged or foreign object, never throws', () => {
    expect(decodeSampleScores(null)).toBe('not an object');
    expect(decodeSampleScores([1, 0])).toBe('not an object');
    expect(decodeSampleScores({ encoding: 'bits', n: -1, data: '' })).toBe('n is not a sample count');
    expect(decodeSampleScores({ encoding: 'bits', n: 9, data: 'DQ==' })).toBe(
      'data holds 1 bytes, 2 expected',
    );
    expect(decodeSampleScores({ encoding: 'bits', n: 3, data: 'A*==' })).toBe('data is not base64');
    expect(decodeSampleScores({ encoding: 'levels', n: 1, data: 'BQ==', levels: [0, 1] })).toBe(
      'sample 0 points past the 2 levels',
    );
    expect(decodeSampleScores({ encoding: 'levels', n: 1, data: 'AA==', levels: 'x' })).toBe(
      'levels is not a list of numbers',
    );
    expect(decodeSampleScores({ encoding: 'zstd', n: 1, data: '' })).toBe(
      'unknown encoding "zstd" (bits, levels and float64 are known)',
    );
    expect(decodeSampleScores({ encoding: 'bits', n: 3, data: 'AQ==', unscored: 7 })).toBe(
      'unscored is not base64',
    );
  });
});
