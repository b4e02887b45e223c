import { describe, expect, it } from 'vitest';
import type { MatchedRow } from '../../../src/model/baseline/match.js';
import {
  decideVerdicts,
  mcnemarExactP,
  PAIRED_METHOD,
  UNPAIRED_METHOD,
} from '../../../src/model/baseline/verdict.js';

const key = (run: string) => ({ run, task: 'cap', epoch: 1 });

/**
 * 10 samples with partial credit: 6 scored 1 in the baseline and 0.5 now, 4 scored 1 on both sides.
 * d = −0.5 (6×), 0 (4×): d̄ = −0.3; sd = √((6·0.2² + 4·0.3²)/9) = √(0.6/9) = 0.258199;
 * se = sd/√10 = 0.0816497; t(0.975, 9) = 2.262157 → interval −0.3 ± 0.184704 = [−0.484704, −0.115296];
 * p = 2·P(T₉ > 0.3/0.0816497 = 3.674235) = 0.005121 (scipy.stats.t.sf).
 */
const dropRow = (run = 'rank4'): MatchedRow => ({
  ...key(run),
  baseline: 1,
  now: 0.7,
  plan: {
    kind: 'paired',
    now: Float64Array.from([0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 1, 1, 1, 1]),
    baseline: Float64Array.from([1, 1, 1, 1, 1, 1, 1, 1, 1, 1]),
  },
});

/** 0/1 scores: `wrongNow` samples right before and wrong now, `rightNow` the reverse, of 20. */
const binaryRow = (wrongNow: number, rightNow: number): MatchedRow => {
  const now = new Float64Array(20).fill(1);
  const baseline = new Float64Array(20).fill(1);
  for (let i = 0; i < wrongNow; i++) now[i] = 0;
  for (let i = 0; i < rightNow; i++) baseline[19 - i] = 0;
  return { ...key('bin'), baseline: 0.5, now: 0.5, plan: { kind: 'paired', now, baseline } };
};

/** The same 10 scores on both sides: d = 0 everywhere, se = 0, interval [0, 0], p = 1. */
const sameRow = (run: string): MatchedRow => ({
  ...key(run),
  baseline: 0.5,
  now: 0.5,
  plan: {
    kind: 'paired',
    now: Float64Array.from([1, 0, 1, 0, 1, 0, 1, 0, 1, 0]),
    baseline: Float64Array.from([1, 0, 1, 0, 1, 0, 1, 0, 1, 0]),
  },
});

/**
 * Unpaired: now 0.70 (se 0.0458, n 100), baseline 0.80 (se 0.04, n 100). se = √(0.0458² + 0.04²) =
 * 0.060808; Welch df = (va + vb)²/(va²/99 + vb²/99) = 194.48; t(0.975, 194.48) = 1.97233 →
 * interval −0.1 ± 0.119934 = [−0.219928, 0.019928]; p = 2·P(T > 0.1/0.060808) = 0.101685.
 */
const unpairedRow: MatchedRow = {
  ...key('rank8'),
  baseline: 0.8,
  now: 0.7,
  plan: {
    kind: 'unpaired',
    now: { mean: 0.7, se: 0.0458, n: 100 },
    baseline: { mean: 0.8, se: 0.04, n: 100 },
  },
  caveat: 'the baseline did not record its sample ids: matched on scorer and sample count only',
};

describe('verdicts against the baseline', () => {
  it('a paired drop beyond noise regresses; an unpaired one inside noise is inconclusive (Holm over 2 rows)', () => {
    // Holm, m = 2: 2·0.005121 = 0.010242 ≤ 0.05 → rejected; then 1·0.101685 > 0.05 → not rejected.
    const [paired, unpaired] = decideVerdicts([dropRow(), unpairedRow], 0);
    expect(paired).toMatchObject({ verdict: 'regressed', paired: true, n: 10, method: PAIRED_METHOD });
    expect(paired!.delta).toBeCloseTo(-0.3, 12);
    expect(paired!.low).toBeCloseTo(-0.484704, 5);
    expect(paired!.high).toBeCloseTo(-0.115296, 5);
    expect(paired!.p).toBeCloseTo(0.005121, 5);
    expect(unpaired).toMatchObject({
      verdict: 'inconclusive',
      paired: false,
      n: 100,
      method: UNPAIRED_METHOD,
      reason: 'the baseline did not record its sample ids: matched on scorer and sample count only',
    });
    expect(unpaired!.low).toBeCloseTo(-0.219928, 5);
    expect(unpaired!.high).toBeCloseTo(0.019928, 5);
    expect(unpaired!.p).toBeCloseTo(0.101685, 5);
  });

  it('the same row among 20 compared rows is no longer beyond noise: 20·0.005121 = 0.1024 > 0.05', () => {
    const rows = [dropRow(), ...Array.from({ length: 19 }, (_, i) => sameRow(`same${i}`))];
    const verdicts = decideVerdicts(rows, 0);
    expect(verdicts[0]!.verdict).toBe('inconclusive');
    // Identical scores: interval [0, 0] lies inside ±0.
    expect(
      verdicts.slice(1).every((row) => row.verdict === 'no change' && row.low === 0 && row.high === 0),
    ).toBe(true);
  });

  it('an improvement is the mirror image', () => {
    const row = dropRow();
    if (row.plan.kind !== 'paired') throw new Error('paired');
    const [improved] = decideVerdicts(
      [{ ...row, plan: { kind: 'paired', now: row.plan.baseline, baseline: row.plan.now } }],
      0,
    );
    expect(improved).toMatchObject({ verdict: 'improved' });
    expect(improved!.delta).toBeCloseTo(0.3, 12);
  });

  it('a margin: p of |Δ| ≤ margin, and "no change" when the interval lies inside ±margin', () => {
    // margin 0.15: p = 2·P(T₉ > (0.3 − 0.15)/0.0816497 = 1.837117) = 0.099366 → not beyond the margin;
    // the interval [−0.48, −0.12] is not inside ±0.15 → inconclusive.
    const [within] = decideVerdicts([dropRow()], 0.15);
    expect(within!.p).toBeCloseTo(0.099366, 5);
    expect(within!.verdict).toBe('inconclusive');
    // margin 0.5: |Δ| = 0.3 ≤ 0.5 → p = 1; the interval lies inside ±0.5 → no change.
    const [ignored] = decideVerdicts([dropRow()], 0.5);
    expect(ignored).toMatchObject({ p: 1, verdict: 'no change' });
  });

  it('0/1 scores paired: the exact McNemar p-value of the discordant pairs', () => {
    // 12 wrong now, 0 the other way: p = 2·(½)¹² = 0.000488; 12 vs 2: 2·P(Bin(14, ½) ≤ 2) =
    // 2·(1 + 14 + 91)/16384 = 0.012939 (scipy.stats.binomtest); 6 vs 0: 2/64 = 0.03125.
    const twelveWrong = binaryRow(12, 0).plan as { now: Float64Array; baseline: Float64Array };
    expect(mcnemarExactP(twelveWrong.now, twelveWrong.baseline)).toBeCloseTo(0.00048828125, 12);
    const p = (row: MatchedRow) => decideVerdicts([row], 0)[0]!.p;
    expect(p(binaryRow(12, 2))).toBeCloseTo(0.012939453125, 12);
    expect(p(binaryRow(6, 0))).toBeCloseTo(0.03125, 12);
    expect(p(binaryRow(3, 3))).toBe(1);
    expect(mcnemarExactP(Float64Array.from([0.5]), Float64Array.from([1]))).toBeNull();
    // Among 2 rows (Holm): 2·0.03125 = 0.0625 > 0.05 → the 6-pair drop is not enough any more.
    expect(decideVerdicts([binaryRow(6, 0), binaryRow(3, 3)], 0).map((row) => row.verdict)).toEqual([
      'inconclusive',
      'inconclusive',
    ]);
  });

  it('a sample unscored (NaN) on either side is left out of the pairs', () => {
    const row: MatchedRow = {
      ...key('rank4'),
      baseline: 1,
      now: 0,
      plan: {
        kind: 'paired',
        now: Float64Array.from([0, Number.NaN, 0]),
        baseline: Float64Array.from([1, 1, Number.NaN]),
      },
    };
    const [verdict] = decideVerdicts([row], 0);
    // one pair left: no interval from one sample.
    expect(verdict).toMatchObject({
      n: 1,
      low: null,
      p: null,
      verdict: 'inconclusive',
      reason: 'too few samples for an interval (n = 1)',
    });
  });

  it('not comparable and no-interval rows get no verdict and stay out of the family', () => {
    const rows: MatchedRow[] = [
      {
        ...key('a'),
        baseline: 0.8,
        now: 0.2,
        plan: { kind: 'not comparable', why: 'scorer includes → match' },
      },
      {
        ...key('b'),
        baseline: 0.8,
        now: 0.2,
        plan: { kind: 'no interval', why: 'no standard error or per-sample scores for either side' },
      },
      dropRow(),
    ];
    const verdicts = decideVerdicts(rows, 0);
    expect(verdicts.map((row) => [row.verdict, row.p === null, row.reason])).toEqual([
      ['not comparable', true, 'scorer includes → match'],
      ['inconclusive', true, 'no standard error or per-sample scores for either side'],
      // Alone in the family: 0.005121 ≤ 0.05.
      ['regressed', false, undefined],
    ]);
    expect(verdicts[0]!.delta).toBeCloseTo(-0.6, 12);
  });
});
