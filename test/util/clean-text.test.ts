import { describe, expect, it } from 'vitest';
import { cleanLine, cleanText, decodeBytes, terminalSafe } from '../../src/util/clean-text.js';

describe('decodeBytes', () => {
  it('decodes valid UTF-8 as is', () => {
    expect(decodeBytes(Buffer.from('héllo ✓ 𝄞', 'utf8'))).toBe('héllo ✓ 𝄞');
  });

  it('names every undecodable byte instead of showing U+FFFD', () => {
    // 0xFF never occurs in UTF-8; 0xC3 0x28 is a lead byte with a bad continuation; 0xED 0xA0 0x80 a surrogate.
    const bytes = Buffer.from([0x61, 0xff, 0x62, 0xc3, 0x28, 0xed, 0xa0, 0x80, 0x7a]);
    expect(decodeBytes(bytes)).toBe('a\\xFFb\\xC3(\\xED\\xA0\\x80z');
  });

  it('names an overlong encoding byte by byte', () => {
    expect(decodeBytes(Buffer.from([0xc0, 0xaf]))).toBe('\\xC0\\xAF');
  });

  it('drops a character cut at the start or end of a window when asked', () => {
    const bytes = Buffer.from('é✓', 'utf8'); // c3 a9 e2 9c 93
    expect(decodeBytes(bytes.subarray(1, 4), { cutAtStart: true, cutAtEnd: true })).toBe('');
    expect(decodeBytes(bytes.subarray(1), { cutAtStart: true })).toBe('✓');
    expect(decodeBytes(bytes.subarray(0, 4), { cutAtEnd: true })).toBe('é');
    expect(decodeBytes(bytes.subarray(0, 4))).toBe('é\\xE2\\x9C');
  });
});

describe('cleanLine / cleanText', () => {
  it('makes one line without controls, bidi or U+FFFD', () => {
    expect(cleanLine('a\r\nb\tc\u0000d\u001be\u007ff\u0085g\u2028h\u202ei\uFFFDj')).toBe(
      'a b cdef g hi\\uFFFDj',
    );
  });

  it('names a lone surrogate', () => {
    expect(cleanLine('x\ud800y')).toBe('x\\uD800y');
    expect(cleanLine('😀')).toBe('😀');
  });

  it('keeps line breaks in multi-line text', () => {
    expect(cleanText('a\r\nb\rc\u2028d\u0000')).toBe('a\nb\nc\nd');
  });
});

describe('terminalSafe', () => {
  it('removes escape sequences whole: colours, cursor moves, clear screen, window title, hyperlinks', () => {
    const hostile =
      'run\u001b[31mred\u001b[0m\u001b[2J\u001b[H\u001b]0;pwned\u0007\u001b]8;;http://x\u001b\\link\u001b]8;;\u001b\\\u009b1A\u202eend';
    expect(terminalSafe(hostile)).toBe('runredlinkend');
  });

  it('keeps newlines only when asked', () => {
    expect(terminalSafe('a\nb')).toBe('a b');
    expect(terminalSafe('a\nb', true)).toBe('a\nb');
  });
});
