// A verdict per compared row, with the family-wise error controlled across all rows compared: a sweep
// of 400 rows rerun without any change must not light up because 5% of 400 intervals miss by chance.
//
// For each row: Δ = now − baseline with its 95% interval (paired t on the per-sample differences, or
// unpaired Welch t from the two standard errors), and the two-sided p-value of "|Δ| ≤ margin":
// p = 2·P(T > (|Δ| − margin)/se) for |Δ| > margin, else 1 (with margin 0 the usual test of Δ = 0).
// For 0/1 scores paired at margin 0 the p-value is the exact McNemar test instead (a two-sided binomial
// test of the discordant pairs): the t approximation is too liberal in the far tail the correction
// reaches (p < 0.05/400), where a few discordant pairs decide. Holm–Bonferroni over the rows' p-values at α = 0.05; a rejected row is regressed (Δ < 0) or
// improved (Δ > 0). A row not rejected whose interval lies inside ±margin is "no change"; the rest
// are inconclusive: these samples cannot tell.
import {
  holmBonferroni,
  pairedDifference,
  tTwoSidedP,
  unpairedDifference,
  type Difference,
} from '../stats/index.js';
import { incompleteBeta } from '../stats/special.js';
import type { ComparedRow } from './comparison.js';
import type { MatchedRow } from './match.js';

export const FAMILY_ALPHA = 0.05;

export const PAIRED_METHOD = 'paired t on the per-sample differences (exact McNemar p for 0/1 scores)';
export const UNPAIRED_METHOD = 'unpaired (Welch t) from the two standard errors';

/** Two-sided p-value of |Δ| ≤ margin. */
export function marginP(difference: Difference, margin: number): number | null {
  const { delta, se, df } = difference;
  if (!Number.isFinite(delta) || Number.isNaN(se)) return null;
  const excess = Math.abs(delta) - margin;
  if (excess <= 0) return 1;
  if (se === 0) return 0;
  return tTwoSidedP(excess / se, df);
}

/**
 * Exact McNemar p-value of paired 0/1 scores: b = right now and wrong before, c = the reverse;
 * p = min(1, 2·P(X ≤ min(b, c))) with X ~ Binomial(b + c, ½), P(X ≤ k) = I_½(n − k, k + 1).
 * null when a score is not 0 or 1 (unscored pairs are left out).
 */
export function mcnemarExactP(now: Float64Array, baseline: Float64Array): number | null {
  let b = 0;
  let c = 0;
  for (let i = 0; i < now.length; i++) {
    const x = now[i]!;
    const y = baseline[i]!;
    if (Number.isNaN(x) || Number.isNaN(y)) continue;
    if ((x !== 0 && x !== 1) || (y !== 0 && y !== 1)) return null;
    if (x > y) b++;
    else if (x < y) c++;
  }
  const n = b + c;
  const k = Math.min(b, c);
  if (2 * k >= n) return 1;
  return Math.min(1, 2 * incompleteBeta(n - k, k + 1, 0.5));
}

function differenceOf(row: MatchedRow): { difference: Difference; paired: boolean } | null {
  const { plan } = row;
  if (plan.kind === 'paired') return { difference: pairedDifference(plan.now, plan.baseline), paired: true };
  if (plan.kind === 'unpaired')
    return { difference: unpairedDifference(plan.now, plan.baseline), paired: false };
  return null;
}

/** Verdicts for the matched rows, in their order. */
export function decideVerdicts(
  rows: readonly MatchedRow[],
  margin: number,
  alpha = FAMILY_ALPHA,
): ComparedRow[] {
  const compared = rows.map((row): ComparedRow => {
    const { run, task, epoch, baseline, now, caveat } = row;
    const base = { run, task, epoch, metric: 'accuracy' as const, baseline, now };
    const computed = differenceOf(row);
    if (computed === null || computed.difference.low === null) {
      const why =
        row.plan.kind === 'not comparable' || row.plan.kind === 'no interval'
          ? row.plan.why
          : `too few samples for an interval (n = ${computed?.difference.n ?? 0})`;
      const verdict =
        row.plan.kind === 'not comparable' ? ('not comparable' as const) : ('inconclusive' as const);
      return {
        ...base,
        delta: now - baseline,
        low: null,
        high: null,
        paired: computed?.paired ?? false,
        n: computed?.difference.n ?? null,
        method: null,
        p: null,
        verdict,
        reason: caveat ? `${why}; ${caveat}` : why,
      } satisfies ComparedRow;
    }
    const { difference, paired } = computed;
    return {
      ...base,
      delta: difference.delta,
      low: difference.low,
      high: difference.high,
      paired,
      n: difference.n,
      method: paired ? PAIRED_METHOD : UNPAIRED_METHOD,
      p:
        (margin === 0 && row.plan.kind === 'paired'
          ? mcnemarExactP(row.plan.now, row.plan.baseline)
          : null) ?? marginP(difference, margin),
      verdict: 'inconclusive',
      ...(caveat ? { reason: caveat } : {}),
    } satisfies ComparedRow;
  });
  const family = compared.filter((row) => row.p !== null);
  const { rejected } = holmBonferroni(
    family.map((row) => row.p!),
    alpha,
  );
  family.forEach((row, index) => {
    if (rejected[index]) row.verdict = row.delta < 0 ? 'regressed' : 'improved';
    else if (row.low !== null && row.high !== null && row.low >= -margin && row.high <= margin)
      row.verdict = 'no change';
  });
  return compared;
}
