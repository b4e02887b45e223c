import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  analyse,
  plannedBootstraps,
  type AnalysedRow,
  type RunInfo,
  type VsControl,
} from '../../src/model/analysis.js';
import type { SampleScores } from '../../src/model/sample-scores.js';
import {
  bootstrapKey,
  computeBootstrap,
  type BootstrapResult,
  CORRECT,
  DEFAULT_SEED,
  knownBootstraps,
  OTHER,
  WRONG,
} from '../../src/model/stats/index.js';

const scores = (values: number[], ids = values.map((_, i) => `s${i}`)): SampleScores => ({
  ids,
  scores: Float64Array.from(values),
  binary: values.every((v) => v === 0 || v === 1),
  epochs: 1,
  reducer: 'mean',
});

function row(run: string, partial: Partial<AnalysedRow>): AnalysedRow {
  return {
    run,
    task: 'cap',
    epoch: null,
    status: 'success',
    accuracy: null,
    balanced_accuracy: null,
    stderr: null,
    samples: null,
    ...partial,
  };
}

const runs: RunInfo[] = [
  { name: 'ft', type: 'fine-tuned', model: 'llama' },
  { name: 'base', type: 'control', model: 'llama' },
];

describe('analyse: intervals', () => {
  it('gives 0/1 accuracy a Wilson interval from the counts', () => {
    // 45 of 50: Wilson at z = 1.96 is [0.786395, 0.956525] (see the stats tests); z = 1.959964 differs
    // in the 5th decimal.
    const values = [...Array(45).fill(1), ...Array(5).fill(0)];
    const { rows } = analyse(runs, [
      row('ft', { accuracy: 0.9, samples: 50, sample_scores: scores(values) }),
    ]);
    expect(rows[0]!.accuracy_ci!.method).toBe('wilson');
    expect(rows[0]!.accuracy_ci!.low).toBeCloseTo(0.786395, 4);
    expect(rows[0]!.accuracy_ci!.high).toBeCloseTo(0.956525, 4);
  });

  it('gives a mean score mean ± t·stderr, from the log’s stderr when there are no sample scores', () => {
    // 0.5 ± t(0.975, 2)·0.1 = 0.5 ± 0.430265.
    const { rows } = analyse(runs, [row('ft', { accuracy: 0.5, stderr: 0.1, samples: 3 })]);
    expect(rows[0]!.accuracy_ci).toMatchObject({ method: 't' });
    expect(rows[0]!.accuracy_ci!.low).toBeCloseTo(0.069735, 6);
    // A failed log gets none.
    expect(
      analyse(runs, [row('ft', { status: 'error', accuracy: 0.5, stderr: 0.1, samples: 3 })]).rows[0]!
        .accuracy_ci,
    ).toBeNull();
  });
});

describe('analyse: Δ vs control', () => {
  it('is paired on shared sample ids (per-sample differences)', () => {
    // ft [1, 1, 0] vs base [0, 0, 0] on s0..s2 (+ one sample only the control has):
    // d = [1, 1, 0], Δ = 2/3, se = 1/3, t(0.975, 2) = 4.302653 → [−0.767551, 2.100884], p = 0.183503.
    const { rows } = analyse(runs, [
      row('ft', { accuracy: 2 / 3, samples: 3, sample_scores: scores([1, 1, 0]) }),
      row('base', { accuracy: 0, samples: 4, sample_scores: scores([0, 0, 0, 1], ['s0', 's1', 's2', 's9']) }),
    ]);
    const vs = rows[0]!.vs_control!;
    expect(vs).toMatchObject({ run: 'base', metric: 'accuracy', paired: true, n: 3, method: 'paired-t' });
    expect(vs.delta).toBeCloseTo(2 / 3, 12);
    expect(vs.low).toBeCloseTo(-0.767551, 6);
    expect(vs.high).toBeCloseTo(2.100884, 6);
    expect(vs.p).toBeCloseTo(0.183503, 6);
    expect(rows[1]!.vs_control).toBeNull();
  });

  it('is unpaired from the two standard errors without shared samples, and says so', () => {
    // Δ = 0.6 − 0.5 = 0.1, se = √(0.1² + 0²) = 0.1, Welch df 2 → 0.1 ± 0.430265.
    const { rows } = analyse(runs, [
      row('ft', { accuracy: 0.6, stderr: 0.1, samples: 3 }),
      row('base', { accuracy: 0.5, stderr: 0, samples: 3 }),
    ]);
    expect(rows[0]!.vs_control).toMatchObject({ paired: false, method: 'unpaired-t', n: 3 });
    expect(rows[0]!.vs_control!.low).toBeCloseTo(-0.330265, 6);
    expect(rows[0]!.vs_control!.high).toBeCloseTo(0.530265, 6);
  });

  it('compares balanced accuracy with the seeded paired bootstrap', () => {
    // s0: target 1, ft right, base wrong; s1: target 0, both right → Δ = 1 − 0.5 = 0.5 in every usable
    // resample (see the bootstrap tests) → [0.5, 0.5].
    const withClasses = (values: number[], outcome: number[]): SampleScores => ({
      ...scores(values),
      classes: { target: Uint8Array.from([1, 0]), outcome: Uint8Array.from(outcome) },
    });
    const { rows, noise_floor, beyond_noise } = analyse(runs, [
      row('ft', {
        accuracy: 1,
        balanced_accuracy: 1,
        samples: 2,
        sample_scores: withClasses([1, 1], [CORRECT, CORRECT]),
      }),
      row('base', {
        accuracy: 0.5,
        balanced_accuracy: 0.5,
        samples: 2,
        sample_scores: withClasses([0, 1], [WRONG, CORRECT]),
      }),
    ]);
    expect(rows[0]!.vs_control).toMatchObject({
      metric: 'balanced_accuracy',
      delta: 0.5,
      low: 0.5,
      high: 0.5,
      paired: true,
      n: 2,
      method: 'paired-bootstrap',
    });
    expect(rows[0]!.balanced_accuracy_ci).toEqual({ low: 1, high: 1, method: 'bootstrap' });
    expect(noise_floor).toEqual([
      { task: 'cap', metric: 'balanced_accuracy', half_width: 0, n: 2, paired: true },
    ]);
    expect(beyond_noise).toEqual({ comparisons: 1, excluding_zero: 1, after_holm: 1 });
    // One comparison: Holm multiplies its p by 1, so it stays beyond noise.
    expect(rows[0]!.vs_control).toMatchObject({ after_holm: true, p_holm: rows[0]!.vs_control!.p });
  });

  it('picks the control with the same base model, else the first one and says which', () => {
    const controls: RunInfo[] = [
      { name: 'ft', type: 'fine-tuned', model: 'qwen' },
      { name: 'base-llama', type: 'control', model: 'llama' },
      { name: 'base-qwen', type: 'control', model: 'qwen' },
    ];
    const rows = [
      row('ft', { accuracy: 0.6, stderr: 0.1, samples: 3 }),
      row('base-llama', { accuracy: 0.5, stderr: 0.1, samples: 3 }),
      row('base-qwen', { accuracy: 0.4, stderr: 0.1, samples: 3 }),
    ];
    const same = analyse(controls, rows);
    expect(same.rows[0]!.vs_control!.run).toBe('base-qwen');
    expect(same.notes).toEqual([]);
    const other = analyse([{ ...controls[0]!, model: 'mistral' }, controls[1]!, controls[2]!], rows);
    expect(other.rows[0]!.vs_control!.run).toBe('base-llama');
    expect(other.notes[0]).toContain('compared with "base-llama"');
  });

  it('has no comparison and no error without a control', () => {
    const result = analyse([runs[0]!], [row('ft', { accuracy: 0.6, stderr: 0.1, samples: 3 })]);
    expect(result.rows[0]!.vs_control).toBeNull();
    expect(result.noise_floor).toEqual([]);
    expect(result.notes).toEqual([]);
  });

  it('reports the median paired half-width as the task’s noise floor', () => {
    // Two runs vs the same control, paired: ft1 d = [1, 1, 0] (half-width 4.302653/3 = 1.434218),
    // ft2 d = [1, 0, 0] (same spread: sd 0.57735, se 1/3 → 1.434218).
    const result = analyse(
      [...runs, { name: 'ft2', type: 'fine-tuned', model: 'llama' }],
      [
        row('ft', { accuracy: 2 / 3, samples: 3, sample_scores: scores([1, 1, 0]) }),
        row('ft2', { accuracy: 1 / 3, samples: 3, sample_scores: scores([1, 0, 0]) }),
        row('base', { accuracy: 0, samples: 3, sample_scores: scores([0, 0, 0]) }),
      ],
    );
    expect(result.noise_floor[0]!.half_width).toBeCloseTo(1.434218, 5);
    expect(result.noise_floor[0]).toMatchObject({ n: 3, paired: true, metric: 'accuracy' });
  });
});

describe('analyse: Holm–Bonferroni across the comparisons', () => {
  // Unpaired comparisons with a control of stderr 0 on 10⁶ samples: se(Δ) = 0.1 and Welch df = 10⁶ − 1,
  // so the t is the normal to ~1e-6 and p = 2·(1 − Φ(Δ/0.1)) = erfc(z/√2):
  //   ft1 Δ = 0.10, z = 1.0 → p = 0.317311 (interval ±0.196: includes 0)
  //   ft2 Δ = 0.30, z = 3.0 → p = 0.002700 (excludes 0)
  //   ft3 Δ = 0.22, z = 2.2 → p = 0.027807 (excludes 0)
  //   ft4 on 1 sample: no interval and no p, so outside the family (m = 3).
  // Holm, m = 3, p ascending: 0.002700 ≤ 0.05/3 = 0.016667 → ft2 rejected; 0.027807 > 0.05/2 = 0.025
  // → stop: ft3 and ft1 are not. Adjusted: ft2 3·0.002700 = 0.008099; ft3 max(0.008099, 2·0.027807)
  // = 0.055614; ft1 max(0.055614, 1·0.317311) = 0.317311.
  const many: RunInfo[] = [
    ...['ft1', 'ft2', 'ft3', 'ft4'].map((name) => ({ name, type: 'fine-tuned', model: 'llama' })),
    { name: 'base', type: 'control', model: 'llama' },
  ];
  const big = { stderr: 0.1, samples: 1e6 };
  const result = analyse(many, [
    row('ft1', { accuracy: 0.6, ...big }),
    row('ft2', { accuracy: 0.8, ...big }),
    row('ft3', { accuracy: 0.72, ...big }),
    row('ft4', { accuracy: 0.9, stderr: 0.1, samples: 1 }),
    row('base', { accuracy: 0.5, stderr: 0, samples: 1e6 }),
  ]);
  const vs = (index: number): VsControl => result.rows[index]!.vs_control!;

  it('gives each comparison its Holm-adjusted p and whether it survives at 5%', () => {
    expect(vs(0).p).toBeCloseTo(0.317311, 5);
    expect(vs(1).p).toBeCloseTo(0.0027, 5);
    expect(vs(2).p).toBeCloseTo(0.027807, 5);
    expect(vs(0).p_holm).toBeCloseTo(0.317311, 5);
    expect(vs(1).p_holm).toBeCloseTo(0.008099, 5);
    expect(vs(2).p_holm).toBeCloseTo(0.055614, 5);
    expect([0, 1, 2].map((i) => vs(i).after_holm)).toEqual([false, true, false]);
  });

  it('leaves a comparison without p out of the family, and counts what the rows say', () => {
    expect(vs(3)).toMatchObject({ p: null, low: null, p_holm: null, after_holm: false });
    expect(result.rows[4]!.vs_control).toBeNull();
    expect(result.beyond_noise).toEqual({ comparisons: 3, excluding_zero: 2, after_holm: 1 });
  });
});

describe('analyse: Holm flags, any comparisons', () => {
  it('keeps the counts equal to the rows’ flags, ✱✱ within ✱, and p_holm between p and 1', () => {
    const arm = fc.record({
      accuracy: fc.double({ min: 0, max: 1, noNaN: true }),
      stderr: fc.double({ min: 0.001, max: 0.3, noNaN: true }),
      samples: fc.integer({ min: 1, max: 1000 }),
    });
    fc.assert(
      fc.property(fc.array(arm, { minLength: 1, maxLength: 12 }), (arms) => {
        const names = arms.map((_, i) => `ft${i}`);
        const result = analyse(
          [
            ...names.map((name) => ({ name, type: 'fine-tuned', model: 'llama' })),
            { name: 'base', type: 'control', model: 'llama' },
          ],
          [
            ...arms.map((a, i) => row(names[i]!, a)),
            row('base', { accuracy: 0.5, stderr: 0.05, samples: 100 }),
          ],
        );
        const all = result.rows.map((r) => r.vs_control).filter((vs): vs is VsControl => vs !== null);
        const family = all.filter((vs) => vs.p_holm !== null);
        const excluding = family.filter((vs) => vs.low! > 0 || vs.high! < 0);
        expect(result.beyond_noise).toEqual({
          comparisons: family.length,
          excluding_zero: excluding.length,
          after_holm: all.filter((vs) => vs.after_holm).length,
        });
        for (const vs of all) {
          if (vs.after_holm) expect(excluding).toContain(vs);
          if (vs.after_holm) expect(vs.p_holm!).toBeLessThanOrEqual(0.05);
          if (vs.p_holm !== null) {
            expect(vs.p_holm).toBeGreaterThanOrEqual(vs.p!);
            expect(vs.p_holm).toBeLessThanOrEqual(1);
          }
        }
        // The smallest p is multiplied by the family size (Holm's first step).
        const smallest = family.reduce<VsControl | null>(
          (min, vs) => (!min || vs.p! < min.p! ? vs : min),
          null,
        );
        if (smallest) expect(smallest.p_holm).toBeCloseTo(Math.min(1, family.length * smallest.p!), 12);
      }),
      { numRuns: 200 },
    );
  });
});

describe('plannedBootstraps: the analysis’s bootstraps, listed before it runs', () => {
  // Rows of a 0/1 task: per sample its target and outcome; ids shared where the samples are shared.
  const binaryRow = (run: string, task: string, target: number[], outcome: number[], ids?: string[]) => {
    const values: number[] = outcome.map((o) => (o === CORRECT ? 1 : 0));
    let correct0 = 0;
    let all0 = 0;
    let correct1 = 0;
    let all1 = 0;
    target.forEach((t, i) => {
      if (t === 0) [all0, correct0] = [all0 + 1, correct0 + values[i]!];
      else [all1, correct1] = [all1 + 1, correct1 + values[i]!];
    });
    return row(run, {
      task,
      accuracy: values.reduce((a, b) => a + b, 0) / values.length,
      balanced_accuracy: (correct0 / all0 + correct1 / all1) / 2,
      samples: values.length,
      sample_scores: {
        ...scores(values, ids),
        classes: { target: Uint8Array.from(target), outcome: Uint8Array.from(outcome) },
      },
    });
  };
  const C = CORRECT;
  const W = WRONG;
  const rows = [
    // Paired with the control on the same samples.
    binaryRow('ft', 'a', [0, 0, 1, 1, 1, 0], [C, W, C, C, W, C]),
    binaryRow('base', 'a', [0, 0, 1, 1, 1, 0], [W, W, C, W, W, C]),
    // No shared sample ids with the control: unpaired, from each side's own bootstrap.
    binaryRow('ft', 'b', [0, 1, 1, 0], [C, C, W, W], ['x0', 'x1', 'x2', 'x3']),
    binaryRow('base', 'b', [0, 1, 1, 0], [C, W, W, C], ['y0', 'y1', 'y2', 'y3']),
    // A run without a control row for its task: its own bootstrap only.
    binaryRow('ft', 'c', [1, 0, 1, 0, 1], [C, C, W, C, C]),
  ];

  it('lists every bootstrap the analysis asks for: given marked results, the analysis uses only those', () => {
    const requests = plannedBootstraps(runs, rows);
    // base/b is asked for twice (for the unpaired Δ, then as the control's own row): one result.
    expect(requests.map((request) => request.kind).sort()).toEqual([
      'paired',
      'single',
      'single',
      'single',
      'single',
      'single',
    ]);
    expect(new Set(requests.map(bootstrapKey)).size).toBe(5);
    // Each result with its true estimate but a marked interval no bootstrap of these rows gives.
    const marked = new Map<string, BootstrapResult>();
    for (const request of requests) {
      const real = computeBootstrap(request);
      marked.set(bootstrapKey(request), {
        ...real,
        low: -0.25,
        high: 1.25,
        ...('aInterval' in real ? { aInterval: { low: -0.5, high: 1.5 } } : {}),
      });
    }
    const analysis = analyse(runs, rows, knownBootstraps(marked));
    const balanced = analysis.rows.map((findings) => findings.balanced_accuracy_ci);
    // ft/a's interval comes from the paired replicates; the others from their own.
    expect(balanced).toEqual([
      { low: -0.5, high: 1.5, method: 'bootstrap' },
      { low: -0.25, high: 1.25, method: 'bootstrap' },
      { low: -0.25, high: 1.25, method: 'bootstrap' },
      { low: -0.25, high: 1.25, method: 'bootstrap' },
      { low: -0.25, high: 1.25, method: 'bootstrap' },
    ]);
    expect(analysis.rows[0]!.vs_control).toMatchObject({
      method: 'paired-bootstrap',
      low: -0.25,
      high: 1.25,
    });
  });

  it('lists nothing for rows without 0/1 classes', () => {
    expect(
      plannedBootstraps(runs, [
        row('ft', { accuracy: 0.5, samples: 4, sample_scores: scores([0, 1, 1, 0]) }),
      ]),
    ).toEqual([]);
    const fresh = [binaryRow('ft', 'd', [0, 1, 0, 1, 0, 1, 1], [C, C, W, C, C, W, C])];
    const [request] = plannedBootstraps(runs, fresh);
    expect(request).toMatchObject({ kind: 'single', seed: DEFAULT_SEED, resamples: 2000, level: 0.95 });
  });

  it('gives the same analysis with results computed elsewhere and copied across, as computed here', () => {
    // 40 tasks, each a fine-tuned row paired with the control on 30 samples, every answer sheet its
    // own (a sweep's shape), and a task the control lacks; results copied as between threads.
    const sweep = Array.from({ length: 40 }, (_, k) => {
      const target = Array.from({ length: 30 }, (_, i) => (i * 7 + k) % 2);
      const ft = target.map((_, i) => ((i * 5 + k * 3) % 7 < 5 ? C : W));
      const base = target.map((_, i) => ((i * 3 + k) % 5 < 3 ? C : i % 11 === 0 ? OTHER : W));
      return [binaryRow('ft', `t${k}`, target, ft), binaryRow('base', `t${k}`, target, base)];
    }).flat();
    sweep.push(binaryRow('ft', 'alone', [0, 1, 1, 0, 1], [C, W, C, C, C]));
    const requests = plannedBootstraps(runs, sweep);
    expect(requests.filter((request) => request.kind === 'paired')).toHaveLength(40);
    // Counts the answers it gives, so the test shows they were used, not computed again.
    class Answers extends Map<string, BootstrapResult> {
      given = 0;
      override get(key: string): BootstrapResult | undefined {
        const result = super.get(key);
        if (result) this.given++;
        return result;
      }
    }
    const copied = new Answers(
      requests.map((request) => [bootstrapKey(request), structuredClone(computeBootstrap(request))]),
    );
    expect(analyse(runs, sweep, knownBootstraps(copied))).toEqual(analyse(runs, sweep));
    expect(copied.given).toBe(requests.length);
  });
});
