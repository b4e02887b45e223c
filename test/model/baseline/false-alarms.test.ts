// The baseline comparison must not cry wolf across a sweep: two summaries drawn from the same
// per-sample accuracies (a rerun with no real change) flag a regression in at most ~5% of sweeps,
// while one real drop of 0.2 on 500 samples is flagged. Deterministic: seeded mulberry32.
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../../src/model/stats/index.js';
import { rerun, sweep } from '../../helpers/baseline-sim.js';

describe('no false alarms across a sweep, and a real drop is found', () => {
  it('400 rows of 100 samples rerun without change, 100 seeds, paired: at most 5% of sweeps flag any regression', () => {
    let flagged = 0;
    let improvedAny = 0;
    const seeds = 100;
    for (let seed = 1; seed <= seeds; seed++) {
      const random = mulberry32(seed);
      const comparison = rerun(sweep(random, 100, 100), random, true);
      expect(comparison.compared).toBe(400);
      if (comparison.regressions > 0) flagged++;
      if (comparison.improvements > 0) improvedAny++;
    }
    expect(flagged / seeds).toBeLessThanOrEqual(0.05);
    expect((flagged + improvedAny) / seeds).toBeLessThanOrEqual(0.08);
  });

  it('the same with an older baseline (unpaired, from the two standard errors), 40 seeds', () => {
    let flagged = 0;
    const seeds = 40;
    for (let seed = 1001; seed <= 1000 + seeds; seed++) {
      const random = mulberry32(seed);
      const comparison = rerun(sweep(random, 100, 100), random, false);
      expect(comparison.rows.every((row) => !row.paired)).toBe(true);
      if (comparison.regressions > 0) flagged++;
    }
    expect(flagged / seeds).toBeLessThanOrEqual(0.05);
  });

  it('one real drop of 0.2 on 500 samples among 399 unchanged rows is flagged, in each of 20 seeds', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const random = mulberry32(7000 + seed);
      const truths = sweep(random, 100, 100);
      // The dropped row: 500 samples with chances in [0.3, 1], every one 0.2 lower now.
      truths[123] = {
        ...truths[123]!,
        p: Float64Array.from({ length: 500 }, () => 0.3 + 0.7 * random()),
        drop: 0.2,
      };
      const comparison = rerun(truths, random, true);
      const dropped = comparison.rows.find(
        (row) =>
          row.run === truths[123]!.run && row.task === truths[123]!.task && row.epoch === truths[123]!.epoch,
      )!;
      expect(dropped.verdict).toBe('regressed');
      expect(dropped.delta).toBeLessThan(-0.1);
      // Worse first.
      expect(comparison.rows[0]!.verdict).toBe('regressed');
    }
  });
});
