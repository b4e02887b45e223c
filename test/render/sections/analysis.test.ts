import { describe, expect, it } from 'vitest';
import type { VsControl } from '../../../src/model/analysis.js';
import {
  deltaCell,
  headline,
  methodNotes,
  metricWithInterval,
  noiseFloorLines,
} from '../../../src/render/sections/analysis.js';

const vs = (partial: Partial<VsControl>): VsControl => ({
  run: 'base',
  metric: 'balanced_accuracy',
  delta: 0.3371,
  low: 0.19,
  high: 0.48,
  paired: true,
  n: 50,
  method: 'paired-bootstrap',
  p: 0.001,
  p_holm: 0.004,
  after_holm: true,
  ...partial,
});

describe('analysis cells', () => {
  it('writes a value with its interval narrowly', () => {
    expect(metricWithInterval(0.8921, { low: 0.7912, high: 0.9534, method: 'wilson' })).toBe(
      '0.892 [0.79, 0.95]',
    );
    expect(metricWithInterval(0.5, null)).toBe('0.500');
    expect(metricWithInterval(null, null)).toBe('N/A');
  });

  it('writes Δ with sign, interval and the beyond-noise mark; says unpaired', () => {
    expect(deltaCell(vs({}), 1)).toBe('+0.337 [+0.19, +0.48] ✱');
    expect(deltaCell(vs({ delta: -0.02, low: -0.1, high: 0.06, after_holm: false }), 1)).toBe(
      '−0.020 [−0.10, +0.06]',
    );
    expect(deltaCell(vs({ paired: false, delta: 0, low: -0.2, high: 0.2, after_holm: false }), 1)).toBe(
      '0.000 [−0.20, +0.20] (unpaired)',
    );
    expect(deltaCell(vs({ low: null, high: null, after_holm: false }), 1)).toBe('+0.337');
    expect(deltaCell(null, 1)).toBe('-');
  });

  it('marks ✱✱ what also survives the correction for several comparisons, ✱ what does not', () => {
    expect(deltaCell(vs({}), 12)).toBe('+0.337 [+0.19, +0.48] ✱✱');
    expect(deltaCell(vs({ after_holm: false, p_holm: 0.2 }), 12)).toBe('+0.337 [+0.19, +0.48] ✱');
    expect(deltaCell(vs({ paired: false, after_holm: false }), 12)).toBe(
      '+0.337 [+0.19, +0.48] ✱ (unpaired)',
    );
    // Never ✱✱ without ✱ (the interval decides first), nor with a single comparison (no correction).
    expect(deltaCell(vs({ low: -0.01 }), 12)).toBe('+0.337 [−0.01, +0.48]');
    expect(deltaCell(vs({}), 1)).toBe('+0.337 [+0.19, +0.48] ✱');
  });

  it('makes the headline and escapes names', () => {
    const item = {
      task: 'cap|tal',
      run: 'rank_8',
      when: 'epoch 1',
      metric: 'balanced_accuracy' as const,
      value: 0.892,
      interval: { low: 0.79, high: 0.95, method: 'bootstrap' as const },
      vs: vs({}),
    };
    expect(headline([item], 1)).toBe(
      '**Headline** (cap\\|tal): rank\\_8 (epoch 1): balanced accuracy 0.892 [0.79, 0.95], Δ vs control +0.337 [+0.19, +0.48] ✱ — beyond noise\n',
    );
    expect(headline([item, { ...item, task: 'b', vs: null }], 2)).toContain(
      '\n- b: rank\\_8 (epoch 1): balanced accuracy 0.892 [0.79, 0.95]\n',
    );
    expect(headline([], 0)).toBeNull();
  });

  it('says in the headline whether the best row is beyond noise after correcting for the comparisons', () => {
    const item = {
      task: 'cap',
      run: 'r8',
      when: 'epoch 1',
      metric: 'balanced_accuracy' as const,
      value: 0.892,
      interval: null,
      vs: vs({}),
    };
    expect(headline([item], 12)).toBe(
      '**Headline** (cap): r8 (epoch 1): balanced accuracy 0.892, Δ vs control +0.337 [+0.19, +0.48] ✱✱ — beyond noise (also after correcting for the 12 comparisons)\n',
    );
    expect(headline([{ ...item, vs: vs({ after_holm: false, p_holm: 0.3 }) }], 12)).toBe(
      '**Headline** (cap): r8 (epoch 1): balanced accuracy 0.892, Δ vs control +0.337 [+0.19, +0.48] ✱ — beyond noise for this comparison alone (not after correcting for the 12 comparisons)\n',
    );
    expect(headline([{ ...item, vs: vs({ low: -0.02, after_holm: false }) }], 12)).toContain(
      '[−0.02, +0.48] — within noise\n',
    );
  });

  it('says the noise floor per task', () => {
    expect(
      noiseFloorLines([
        { task: 'cap', metric: 'balanced_accuracy', half_width: 0.1149, n: 50, paired: true },
      ]),
    ).toEqual([
      '- Noise floor, cap: with 50 shared samples, differences in balanced accuracy under ±0.11 are not distinguishable from noise',
    ]);
  });

  it('notes only the methods used', () => {
    const none = {
      wilson: false,
      t: false,
      bootstrap: false,
      pairedT: false,
      pairedBootstrap: false,
      unpaired: false,
    };
    expect(methodNotes(none, { comparisons: 0, excluding_zero: 0, after_holm: 0 })).toEqual([]);
    const notes = methodNotes(
      { ...none, wilson: true, pairedT: true },
      { comparisons: 4, excluding_zero: 2, after_holm: 1 },
    );
    expect(notes[0]).toBe(
      '- [low, high]: 95% interval; 0/1-scored accuracy: Wilson score interval from the counts',
    );
    expect(notes[2]).toBe(
      '- ✱: the interval excludes 0 (2 of 4 comparisons); ✱✱: also after a Holm–Bonferroni correction for the 4 comparisons at 5% (1 of 4): by chance about 1 comparison in 20 gets ✱, while the chance of even one false ✱✱ stays under 5%',
    );
    // A single comparison needs no correction: no ✱✱ in the legend.
    expect(
      methodNotes({ ...none, pairedT: true }, { comparisons: 1, excluding_zero: 1, after_holm: 1 }),
    ).toContain('- ✱: the interval excludes 0 (1 of 1 comparison)');
  });
});
