import { describe, expect, it } from 'vitest';
import { formatDuration, parseDuration } from '../../src/util/duration.js';

describe('durations', () => {
  it('reads units, combinations and plain seconds', () => {
    expect(parseDuration('30s')).toBe(30);
    expect(parseDuration('5m')).toBe(300);
    expect(parseDuration('2h')).toBe(7200);
    expect(parseDuration('1d')).toBe(86_400);
    // 1h30m = 3600 + 30·60
    expect(parseDuration('1h30m')).toBe(5400);
    expect(parseDuration(' 90 ')).toBe(90);
    expect(parseDuration('2.5')).toBe(2.5);
    expect(parseDuration('1.5m')).toBe(90);
    expect(parseDuration('5M')).toBe(300);
  });

  it('says what is wrong with anything else', () => {
    for (const bad of ['', 'm', '5 m', '-5', '5x', '5m30', 'five']) {
      const result = parseDuration(bad);
      expect(result).toBeInstanceOf(Error);
      expect((result as Error).message).toBe(
        `"${bad}" is not a duration (use e.g. 30s, 5m, 2h, 1h30m or plain seconds)`,
      );
    }
  });

  it('formats whole seconds back', () => {
    expect(formatDuration(0)).toBe('0s');
    expect(formatDuration(45)).toBe('45s');
    expect(formatDuration(300)).toBe('5m');
    expect(formatDuration(5400)).toBe('1h30m');
    expect(formatDuration(90061)).toBe('1d1h1m1s');
    for (const s of [1, 59, 61, 3599, 3601, 86_399, 123_456])
      expect(parseDuration(formatDuration(s))).toBe(s);
  });
});
