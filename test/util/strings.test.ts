import { describe, expect, it } from 'vitest';
import { detached, firstLine, oneLine, shorten, thousands } from '../../src/util/strings.js';

describe('oneLine', () => {
  it('joins lines with one space and trims the ends', () => {
    expect(oneLine('  first line  \r\n\n   second\tline \n')).toBe('first line second\tline');
  });
});

describe('shorten', () => {
  it('keeps text within the limit and cuts longer text to max code points, the last an ellipsis', () => {
    expect(shorten('abcdef', 6)).toBe('abcdef');
    expect(shorten('abcdef', 4)).toBe('abc…');
    // An emoji is one code point (two UTF-16 units): it is never split.
    expect(shorten('😀😀😀', 2)).toBe('😀…');
  });
});

describe('firstLine', () => {
  it('gives the first line that is not blank, trimmed, and nothing for blank text', () => {
    expect(firstLine('\r\n   \n  sacct: error: bad\r\nmore')).toBe('sacct: error: bad');
    expect(firstLine(' \n\t\n')).toBe('');
  });
});

describe('thousands', () => {
  it('writes counts as en-US does, with a comma every three digits', () => {
    expect([0, 7, 999, 1000, 12345, 1204, 2000, 1234567, -1234].map(thousands)).toEqual([
      '0',
      '7',
      '999',
      '1,000',
      '12,345',
      '1,204',
      '2,000',
      '1,234,567',
      '-1,234',
    ]);
    expect(thousands(1.5)).toBe('1.5');
  });
});

describe('detached', () => {
  it('gives back every code unit as it was: a line of a long text, emoji, a lone surrogate, nothing', () => {
    const long = `${'x'.repeat(100_000)}\nLog: logs/a_t_1.eval\n`;
    const line = long.slice(100_001, -1);
    for (const text of [line, 'run é 🙂', 'half \ud83d here', '\u0000\u2028', '']) {
      expect(detached(text)).toBe(text);
      expect(detached(text).length).toBe(text.length);
    }
  });
});
