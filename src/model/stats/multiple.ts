// Many comparisons at once: Holm–Bonferroni control of the family-wise error rate.

export interface HolmResult {
  /** Holm-adjusted p-values, in the input order (NaN stays NaN and is not counted). */
  adjusted: number[];
  /** adjusted ≤ alpha. */
  rejected: boolean[];
}

/**
 * Holm–Bonferroni: sort the m p-values; the k-th smallest (k = 1…m) is compared with α/(m−k+1), and
 * testing stops at the first that fails. Equivalently adjusted p_(k) = max_{j≤k} min(1, (m−j+1)·p_(j)).
 */
export function holmBonferroni(pValues: readonly number[], alpha = 0.05): HolmResult {
  const order = pValues
    .map((p, index) => ({ p, index }))
    .filter(({ p }) => !Number.isNaN(p))
    .sort((x, y) => x.p - y.p || x.index - y.index);
  const m = order.length;
  const adjusted = pValues.map(() => NaN);
  let running = 0;
  order.forEach(({ p, index }, k) => {
    running = Math.max(running, Math.min(1, (m - k) * p));
    adjusted[index] = running;
  });
  return { adjusted, rejected: adjusted.map((p) => p <= alpha) };
}
