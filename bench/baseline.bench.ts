// The baseline comparison's error rates, measured over many seeds (the unit test runs fewer):
// the share of sweeps of 400 unchanged rows that flag any regression (family-wise false alarms, the
// Holm–Bonferroni target is at most 5%), and how often one real drop of 0.2 on 500 samples is found.
import { mulberry32 } from '../src/model/stats/index.js';
import { rerun, sweep } from '../test/helpers/baseline-sim.js';

function falseAlarms(seeds: number, paired: boolean): { regressed: number; any: number; ms: number } {
  const started = performance.now();
  let regressed = 0;
  let any = 0;
  for (let seed = 1; seed <= seeds; seed++) {
    const random = mulberry32(seed);
    const comparison = rerun(sweep(random, 100, 100), random, paired);
    if (comparison.regressions > 0) regressed++;
    if (comparison.regressions + comparison.improvements > 0) any++;
  }
  return { regressed: regressed / seeds, any: any / seeds, ms: performance.now() - started };
}

function power(seeds: number): number {
  let found = 0;
  for (let seed = 1; seed <= seeds; seed++) {
    const random = mulberry32(90_000 + seed);
    const truths = sweep(random, 100, 100);
    truths[123] = {
      ...truths[123]!,
      p: Float64Array.from({ length: 500 }, () => 0.3 + 0.7 * random()),
      drop: 0.2,
    };
    const comparison = rerun(truths, random, true);
    const row = comparison.rows.find(
      (r) => r.run === truths[123]!.run && r.task === truths[123]!.task && r.epoch === truths[123]!.epoch,
    );
    if (row?.verdict === 'regressed') found++;
  }
  return found / seeds;
}

export async function run(): Promise<void> {
  const seeds = 500;
  for (const paired of [true, false]) {
    const rates = falseAlarms(paired ? seeds : seeds / 2, paired);
    console.log(
      `${paired ? 'paired' : 'unpaired'}: sweeps of 400 unchanged rows × 100 samples, ${paired ? seeds : seeds / 2} seeds: ` +
        `${(rates.regressed * 100).toFixed(1)}% flag a regression, ${(rates.any * 100).toFixed(1)}% flag any change ` +
        `(target ≤ 5%; ${(rates.ms / 1000).toFixed(1)} s)`,
    );
  }
  console.log(
    `one drop of 0.2 on 500 samples among 399 unchanged rows: found in ${(power(200) * 100).toFixed(1)}% of 200 seeds`,
  );
}
