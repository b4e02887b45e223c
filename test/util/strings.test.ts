import { describe, expect, it } from 'vitest';
import { firstLine, oneLine, shorten } from '../../src/util/strings.js';

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
