// What the results mean, as markdown: intervals in the metric cells, the Δ vs control cell, the
// headline under the title, the noise floor per task and the notes saying how each number was made.
import type { MetricInterval, NoiseFloor, VsControl } from '../../model/analysis.js';
import type { BestRow, EvaluationRow, ExperimentSummary } from '../../model/summary.js';
import { escapeInline, formatMetric } from '../format.js';

/** Marks a difference whose 95% interval excludes 0. */
export const BEYOND_NOISE = '✱';
/** Marks a difference that is also beyond noise after Holm–Bonferroni over the experiment's comparisons. */
export const BEYOND_NOISE_CORRECTED = '✱✱';

type BeyondNoise = { comparisons: number; excluding_zero: number; after_holm: number };

const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;

const bound = (value: number): string => (Number.isFinite(value) ? value.toFixed(2) : formatMetric(value));
const signed = (value: number, digits: number): string =>
  `${value > 0 ? '+' : value < 0 ? '−' : ''}${Math.abs(value).toFixed(digits)}`;

/** `0.892 [0.79, 0.95]`: the value with three decimals, its 95% interval with two. */
export function metricWithInterval(
  value: number | null,
  interval: MetricInterval | null | undefined,
): string {
  const shown = formatMetric(value);
  if (value === null || !interval) return shown;
  return `${shown} [${bound(interval.low)}, ${bound(interval.high)}]`;
}

export function excludesZero(vs: VsControl): boolean {
  return vs.low !== null && vs.high !== null && (vs.low > 0 || vs.high < 0);
}

/** Beyond noise after the correction for `comparisons` comparisons (never with a single one). */
const corrected = (vs: VsControl, comparisons: number): boolean =>
  comparisons > 1 && vs.after_holm && excludesZero(vs);

/**
 * `+0.337 [+0.19, +0.48] ✱` (✱✱ when it also survives Holm–Bonferroni over the experiment's
 * `comparisons` comparisons), `unpaired` when not paired; `-` without a comparison.
 */
export function deltaCell(vs: VsControl | null | undefined, comparisons: number): string {
  if (!vs) return '-';
  const interval =
    vs.low === null || vs.high === null ? '' : ` [${signed(vs.low, 2)}, ${signed(vs.high, 2)}]`;
  const mark = corrected(vs, comparisons)
    ? ` ${BEYOND_NOISE_CORRECTED}`
    : excludesZero(vs)
      ? ` ${BEYOND_NOISE}`
      : '';
  return `${signed(vs.delta, 3)}${interval}${mark}${vs.paired ? '' : ' (unpaired)'}`;
}

const METRIC_WORDS: Record<VsControl['metric'], string> = {
  balanced_accuracy: 'balanced accuracy',
  accuracy: 'accuracy',
};

export interface HeadlineInput {
  task: string;
  run: string;
  /** "epoch 1", "control", "epoch unknown". */
  when: string;
  metric: VsControl['metric'];
  value: number;
  interval: MetricInterval | null;
  vs: VsControl | null;
}

/** Whether Δ is beyond noise, and with several comparisons whether it still is after the correction. */
function verdict(vs: VsControl, comparisons: number): string {
  if (!excludesZero(vs)) return ' — within noise';
  if (comparisons <= 1) return ' — beyond noise';
  const family = `correcting for the ${comparisons} comparisons`;
  return corrected(vs, comparisons)
    ? ` — beyond noise (also after ${family})`
    : ` — beyond noise for this comparison alone (not after ${family})`;
}

/**
 * The line a reviewer reads: per task, the best run, its metric with interval and its Δ vs control,
 * judged against the noise with the experiment's `comparisons` comparisons in mind.
 */
export function headline(items: HeadlineInput[], comparisons: number): string | null {
  if (items.length === 0) return null;
  const line = (item: HeadlineInput): string => {
    const best = `${escapeInline(item.run)} (${item.when}): ${METRIC_WORDS[item.metric]} ${metricWithInterval(item.value, item.interval)}`;
    if (!item.vs) return best;
    return `${best}, Δ vs control ${deltaCell(item.vs, comparisons)}${verdict(item.vs, comparisons)}`;
  };
  const only = items[0]!;
  if (items.length === 1) return `**Headline** (${escapeInline(only.task)}): ${line(only)}\n`;
  return `**Headline:**\n\n${items.map((item) => `- ${escapeInline(item.task)}: ${line(item)}`).join('\n')}\n`;
}

/** One line per task: the smallest difference these samples can tell from noise. */
export function noiseFloorLines(floors: readonly NoiseFloor[]): string[] {
  return floors.map((floor) => {
    const samples = `${floor.n} ${floor.paired ? 'shared ' : ''}samples`;
    if (floor.half_width === 0) {
      return `- Noise floor, ${escapeInline(floor.task)}: with ${samples}, the runs compared agree with the control on every sample, so these samples give no estimate of the noise`;
    }
    return (
      `- Noise floor, ${escapeInline(floor.task)}: with ${samples}, differences in ${METRIC_WORDS[floor.metric]} ` +
      `under ±${floor.half_width.toFixed(2)} are not distinguishable from noise` +
      `${floor.paired ? '' : ' (unpaired: the samples are not shared)'}`
    );
  });
}

export interface MethodsUsed {
  wilson: boolean;
  t: boolean;
  bootstrap: boolean;
  pairedT: boolean;
  pairedBootstrap: boolean;
  unpaired: boolean;
}

/** How each interval was computed, only for the methods this summary uses. */
export function methodNotes(used: MethodsUsed, beyond: BeyondNoise): string[] {
  const lines: string[] = [];
  const intervals: string[] = [];
  if (used.wilson) intervals.push('0/1-scored accuracy: Wilson score interval from the counts');
  if (used.t) intervals.push('other mean scores: mean ± t(0.975, n−1)·stderr');
  if (used.bootstrap)
    intervals.push('balanced accuracy: percentile bootstrap over samples (2,000 resamples, fixed seed)');
  if (intervals.length > 0) lines.push(`- [low, high]: 95% interval; ${intervals.join('; ')}`);
  const deltas: string[] = [];
  if (used.pairedT)
    deltas.push('paired t interval of the per-sample differences on the samples both logs scored');
  if (used.pairedBootstrap)
    deltas.push(
      'for balanced accuracy a paired bootstrap (the same resampled samples for both, 2,000 resamples, fixed seed)',
    );
  if (used.unpaired)
    deltas.push('(unpaired): the logs share no samples, so from the two standard errors (Welch t)');
  if (deltas.length > 0) {
    lines.push(
      `- Δ vs control: this run’s metric minus the control’s on the same task, 95% interval: ${deltas.join('; ')}`,
    );
    lines.push(marksLegend(beyond));
  }
  return lines;
}

/** What ✱ and ✱✱ mean, with how many comparisons carry each. */
function marksLegend(beyond: BeyondNoise): string {
  const excluding = `- ${BEYOND_NOISE}: the interval excludes 0 (${beyond.excluding_zero} of ${plural(beyond.comparisons, 'comparison')})`;
  if (beyond.comparisons <= 1) return excluding;
  return (
    `${excluding}; ${BEYOND_NOISE_CORRECTED}: also after a Holm–Bonferroni correction for the ${beyond.comparisons} ` +
    `comparisons at 5% (${beyond.after_holm} of ${beyond.comparisons}): by chance about 1 comparison in 20 gets ` +
    `${BEYOND_NOISE}, while the chance of even one false ${BEYOND_NOISE_CORRECTED} stays under 5%`
  );
}

/** The headline items: per task, its best row with the row's interval and Δ vs control. */
export function headlineItems(
  best: readonly BestRow[],
  rows: readonly EvaluationRow[],
  runType: ReadonlyMap<string, string>,
): HeadlineInput[] {
  return best.map((winner) => {
    const row = rows.find(
      (r) =>
        r.task === winner.task && r.run === winner.run && r.epoch === winner.epoch && r.status === 'success',
    );
    const when =
      winner.epoch !== null
        ? `epoch ${winner.epoch}`
        : runType.get(winner.run) === 'control'
          ? 'control'
          : 'epoch unknown';
    const interval = winner.metric === 'balanced_accuracy' ? row?.balanced_accuracy_ci : row?.accuracy_ci;
    const vs = row?.vs_control && row.vs_control.metric === winner.metric ? row.vs_control : null;
    return {
      task: winner.task,
      run: winner.run,
      when,
      metric: winner.metric,
      value: winner.value,
      interval: interval ?? null,
      vs,
    };
  });
}

/** Which interval methods the rows use, for the notes. */
export function methodsUsed(rows: readonly EvaluationRow[]): MethodsUsed {
  const some = (test: (row: EvaluationRow) => boolean): boolean => rows.some(test);
  return {
    wilson: some((r) => r.accuracy_ci?.method === 'wilson'),
    t: some((r) => r.accuracy_ci?.method === 't'),
    bootstrap: some((r) => r.balanced_accuracy_ci?.method === 'bootstrap'),
    pairedT: some((r) => r.vs_control?.method === 'paired-t'),
    pairedBootstrap: some((r) => r.vs_control?.method === 'paired-bootstrap'),
    unpaired: some((r) => r.vs_control?.paired === false),
  };
}

/** How many comparisons the summary makes, and how many are beyond noise before and after correction. */
export function beyondNoise(summary: Pick<ExperimentSummary, 'analysis'>): BeyondNoise {
  return summary.analysis?.beyond_noise ?? { comparisons: 0, excluding_zero: 0, after_holm: 0 };
}

/** Every note about the analysis: noise floors, how the intervals were computed, which control. */
export function analysisNotes(
  summary: Pick<ExperimentSummary, 'evaluations' | 'noise_floor' | 'analysis'>,
): string[] {
  const beyond = beyondNoise(summary);
  const partial = summary.evaluations.filter(
    (row) => row.vs_control?.paired && row.samples !== null && row.vs_control.n < row.samples,
  );
  const subset =
    partial.length === 0
      ? []
      : [
          `- Paired Δ uses only the samples both logs scored with the same sample id and target (fewer than the row's samples for ${partial.length} row${partial.length === 1 ? '' : 's'}), so it can differ from the difference of the values shown`,
        ];
  return [
    ...noiseFloorLines(summary.noise_floor ?? []),
    ...methodNotes(methodsUsed(summary.evaluations), beyond),
    ...subset,
    ...(summary.analysis?.notes ?? []).map((note) => `- ${escapeInline(note)}`),
  ];
}
