import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { displayPath, relativePath } from '../../src/util/paths.js';

describe('relativePath', () => {
  it('is path.relative, fast path or not', () => {
    const segment = fc.constantFrom('a', 'b', 'exp', '.', '..', '', '..x', 'x..', 'epoch_1', 'c d');
    const pathOf = fc.array(segment, { maxLength: 6 }).map((parts) => parts.join('/'));
    fc.assert(
      fc.property(fc.boolean(), pathOf, pathOf, fc.boolean(), (absolute, dir, rest, under) => {
        const from = (absolute ? '/' : '') + dir;
        const to = under ? `${from}/${rest}` : (absolute ? '/' : '') + rest;
        expect(relativePath(from, to)).toBe(path.relative(from, to));
      }),
      { numRuns: 2000 },
    );
  });

  it('takes the rest of a path under a normalized directory', () => {
    expect(relativePath('/data/exp', '/data/exp/r1/eval/logs/x.eval')).toBe('r1/eval/logs/x.eval');
    expect(relativePath('/data/exp/', '/data/exp/r1')).toBe('r1');
    expect(relativePath('/data/exp', '/data/experiment/r1')).toBe('../experiment/r1');
    expect(relativePath('/data/exp', '/data/exp/r1/../r2')).toBe('r2');
    expect(relativePath('/data/exp', '/data/exp')).toBe('');
  });
});

describe('displayPath', () => {
  it('shows a file inside the experiment relative to it, and any other as it is', () => {
    expect(displayPath('/data/exp', '/data/exp/r1/slurm-1.out')).toBe('r1/slurm-1.out');
    expect(displayPath('/data/exp', '/elsewhere/slurm-1.out')).toBe('/elsewhere/slurm-1.out');
    expect(displayPath('/data/exp', '/data/exp')).toBe('/data/exp');
    expect(displayPath('/data/exp', '/data/exp/..x/y')).toBe('/data/exp/..x/y');
  });
});
