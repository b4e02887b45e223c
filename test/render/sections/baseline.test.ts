import { describe, expect, it } from 'vitest';
import type { BaselineComparison, ComparedRow } from '../../../src/model/baseline/comparison.js';
import {
  baselineSectionParts,
  formatDelta,
  regressionHeadline,
} from '../../../src/render/sections/baseline.js';
import type { Part } from '../../../src/render/fit.js';
import { renderMarkdown } from '../../../src/render/markdown.js';
import { experimentSummary } from '../../sinks/github/summary-fixture.js';

const row = (extra: Partial<ComparedRow>): ComparedRow => ({
  run: 'rank4',
  task: 'cap',
  epoch: 1,
  metric: 'accuracy',
  baseline: 0.82,
  now: 0.7,
  delta: -0.12,
  low: -0.19,
  high: -0.05,
  paired: true,
  n: 50,
  method: 'paired t on the per-sample differences',
  p: 0.001,
  verdict: 'regressed',
  ...extra,
});

const comparison = (extra: Partial<BaselineComparison> = {}): BaselineComparison => ({
  source: 'base/summary.json',
  url: null,
  experiment: 'cap',
  generated: null,
  margin: 0,
  alpha: 0.05,
  correction: 'Holm–Bonferroni',
  compared: 3,
  regressions: 1,
  improvements: 1,
  rows: [
    row({}),
    row({ run: 'rank8', baseline: 0.7, now: 0.8, delta: 0.1, low: 0.04, high: 0.16, verdict: 'improved' }),
    row({
      run: 'base',
      epoch: null,
      delta: 0.01,
      low: -0.05,
      high: 0.07,
      paired: false,
      verdict: 'inconclusive',
    }),
    row({
      run: 'rank|16',
      delta: -0.5,
      low: null,
      high: null,
      p: null,
      paired: false,
      verdict: 'not comparable',
      reason: 'scorer includes → match',
    }),
  ],
  new_rows: [{ run: 'rank32', task: 'cap', epoch: 0, accuracy: 0.6 }],
  missing_rows: [{ run: 'rank2', task: 'cap', epoch: 0, accuracy: 0.5 }],
  status_changes: [
    { run: 'rank4', stage: 'fine-tuning', from: 'COMPLETED', to: 'FAILED', worse: true },
    { run: 'rank8', stage: 'evaluation', from: 'FAILED', to: 'COMPLETED', worse: false },
  ],
  loss_changes: [{ run: 'rank4', from: 0.25, to: Number.NaN, became_nan: true }],
  problems: ['evaluations[3] left out: "run" is not a name'],
  ...extra,
});

const text = (parts: Part[]) =>
  parts.map((part) => (typeof part === 'string' ? part : part.head + part.items.join(''))).join('\n');

describe('the Changes since baseline section', () => {
  it('worse first, then better, the rest; new, missing, status and loss changes; how it was decided', () => {
    const markdown = text(
      baselineSectionParts(comparison({ url: 'https://github.com/o/r/actions/runs/9' }), true),
    );
    expect(markdown).toContain('## Changes since baseline\n');
    expect(markdown).toContain(
      // The URL is shown as text, not a live link (a zero-width space after the scheme).
      'Compared with base/summary.json (run https:\u200b//github.com/o/r/actions/runs/9).',
    );
    expect(markdown).toContain('**1 regression**, 1 improvement, 3 of 4 rows compared, 1 new, 1 missing.');
    const lines = markdown.split('\n').filter((line) => line.startsWith('| '));
    expect(lines).toEqual([
      '| Run | Task | Epoch | Baseline → now | Δ [95% CI] | Pairing | Verdict |',
      '| rank4 | cap | 1 | 0.820 → 0.700 | -0.120 [-0.190, -0.050] | paired | **regressed** |',
      '| rank8 | cap | 1 | 0.700 → 0.800 | +0.100 [+0.040, +0.160] | paired | **improved** |',
      '| base | cap | - | 0.820 → 0.700 | +0.010 [-0.050, +0.070] | unpaired | inconclusive |',
      '| rank\\|16 | cap | 1 | 0.820 → 0.700 | -0.500 | - | not comparable: scorer includes → match |',
      '| Run | Final loss: baseline → now |',
      '| rank4 | 0.2500 → nan **(became nan)** |',
    ]);
    expect(markdown).toContain(
      'New rows (not in the baseline):\n\n- rank32 / cap / epoch 0: accuracy 0.600\n',
    );
    expect(markdown).toContain(
      'Missing rows (in the baseline, not now):\n\n- rank2 / cap / epoch 0: accuracy 0.500\n',
    );
    expect(markdown).toContain(
      'Status changes:\n\n- **rank4 fine-tuning: COMPLETED → FAILED**\n- rank8 evaluation: FAILED → COMPLETED\n',
    );
    expect(markdown).toContain('Holm–Bonferroni, α = 0.05');
    expect(markdown).toContain('2 paired on the per-sample scores');
    expect(markdown).toContain('1 unpaired from the two standard errors');
    expect(markdown).toContain('Baseline caveats:\n\n- evaluations\\[3\\] left out: "run" is not a name\n');
    // Without details (a tight budget) the caveats go; the rows stay cuttable for the fitter.
    expect(text(baselineSectionParts(comparison(), false))).not.toContain('Baseline caveats');
  });

  it('the headline names the regressions, and says nothing without any', () => {
    expect(regressionHeadline(comparison())).toBe(
      '**1 regression since the baseline** (see Changes since baseline).',
    );
    expect(regressionHeadline(comparison({ regressions: 3 }))).toMatch(/^\*\*3 regressions since/);
    expect(regressionHeadline(comparison({ regressions: 0 }))).toBeNull();
    expect(regressionHeadline(undefined)).toBeNull();
  });

  it('differences carry their sign; a zero has none', () => {
    expect([formatDelta(0.1234), formatDelta(-0.05), formatDelta(-0.0001), formatDelta(null)]).toEqual([
      '+0.123',
      '-0.050',
      '0.000',
      'N/A',
    ]);
  });
});

describe('the section inside a size budget', () => {
  it('a sweep of 400 compared rows fits a PR comment; the regression (listed first) survives the cut', () => {
    const rows = [
      row({ run: 'rank_regressed' }),
      ...Array.from({ length: 399 }, (_, i) =>
        row({ run: `sweep_run_${i}`, delta: 0, low: -0.05, high: 0.05, verdict: 'inconclusive' }),
      ),
    ];
    const summary = experimentSummary({
      baseline: comparison({ rows, compared: 400, regressions: 1, improvements: 0 }),
    });
    const full = renderMarkdown(summary);
    expect(full.length).toBeGreaterThan(20_000);
    const budget = 20_000;
    const fitted = renderMarkdown(summary, { maxLength: budget, unit: 'chars' });
    expect(fitted.length).toBeLessThanOrEqual(budget);
    expect(fitted).toContain('**1 regression since the baseline**');
    expect(fitted).toContain(
      '| rank\\_regressed | cap | 1 | 0.820 → 0.700 | -0.120 [-0.190, -0.050] | paired | **regressed** |',
    );
    expect(fitted).toMatch(/more compared rows in the full summary/);
  });
});
