import { describe, expect, it } from 'vitest';
import { chartLabel, commentText, safeCodeSpan, safeInline, ZERO_WIDTH } from '../../src/render/safe-text.js';
import { blockStarts, liveAutolinks } from './autolinks.js';
import { cellText, tables } from './gfm.js';

const visible = (markdown: string): string => cellText(markdown).replaceAll(ZERO_WIDTH, '');

describe('safeInline: nothing from a file becomes a live mention, reference or link', () => {
  const hostile = [
    '@octocat',
    'cc @github/security-team please',
    '#12',
    'fixes owner/repo#1',
    'GH-1',
    'gh-42',
    'www.example.com',
    'https://evil.example/x?y=1',
    'ftp://files.example',
    'admin@example.com',
    'mailto:admin@example.com',
    'deadbeef1234567',
    'see a5c3785ed8d6a35868bc169f07e40e889087fd2e',
  ];
  for (const name of hostile) {
    it(`${JSON.stringify(name)} stays text and reads the same`, () => {
      // The oracle finds the raw name live (the test can fail) …
      expect(liveAutolinks(name)).not.toEqual([]);
      // … and nothing live once escaped, even after GitHub undoes the backslash escapes.
      const escaped = safeInline(name);
      expect(liveAutolinks(escaped)).toEqual([]);
      expect(visible(escaped)).toBe(name);
    });
  }

  it('a backslash alone would not do (the oracle agrees with GitHub)', () => {
    expect(liveAutolinks('\\@octocat')).toEqual(['mention: @octocat']);
    expect(liveAutolinks('&#64;octocat')).toEqual([]); // the entity itself shows; GitHub still pings (#1168) — we never emit it
  });

  it('plain names are untouched', () => {
    expect(safeInline('rank4_lr1e-5')).toBe('rank4\\_lr1e-5');
    expect(safeInline('capitalization 2.0')).toBe('capitalization 2.0');
  });
});

describe('safeInline: nothing at the start of a list item becomes a block', () => {
  for (const name of [
    '# Big',
    '## h2',
    '> quote',
    '- item',
    '+ item',
    '* item',
    '1. x',
    '2) y',
    '=== ',
    '   # indented',
    '    code',
  ]) {
    it(JSON.stringify(name), () => {
      expect(blockStarts(`- ${name}`)).not.toEqual([]);
      expect(blockStarts(`- ${safeInline(name)}`)).toEqual([]);
      expect(visible(safeInline(name))).toBe(name.trimStart());
    });
  }
});

describe('safeInline: no table, comment or line break', () => {
  it('keeps a table row whole with | newline backtick < --> <!--', () => {
    const name = 'a|b\nc`d<e -->f <!-- g\r\u2028h';
    const markdown = `| Run | X |\n|-----|---|\n| ${safeInline(name)} | 1 |\n`;
    const [table] = tables(markdown);
    expect(table?.rows[0]).toHaveLength(2);
    expect(markdown).not.toMatch(/<!--|-->|<[a-z]/);
    expect(safeInline(name)).not.toMatch(/[\n\r\u2028]/);
  });

  it('strips controls and bidi overrides and names U+FFFD', () => {
    const out = safeInline('a\u0000b\u001b[31mc\u202Ed\u2066e\uFFFDf');
    // eslint-disable-next-line no-control-regex
    expect(out).not.toMatch(/[\u0000\u001b\u202e\u2066\uFFFD]/);
    expect(out).toContain('\\\\uFFFD');
  });
});

describe('safeCodeSpan, chartLabel, commentText', () => {
  it('a code span holds any backticks and no control characters', () => {
    expect(safeCodeSpan('a``b')).toBe('```a``b```');
    expect(safeCodeSpan('`x')).toBe('`` `x ``');
    expect(safeCodeSpan('a\nb\u001bc')).toBe('`a bc`');
  });

  it('a chart label has no quote, backtick, angle bracket, # or ; and is cut', () => {
    const label = chartLabel('"x`<b>#quot;@me', 10);
    expect(label).not.toMatch(/["`<>#;@]/);
    expect(Array.from(label).length).toBeLessThanOrEqual(10);
  });

  it('comment text cannot end the comment', () => {
    const inside = commentText('x --> <!-- y ---> z');
    expect(`<!-- ${inside} -->`.match(/-->/g)).toHaveLength(1);
    expect(inside).not.toContain('<!--');
  });
});
