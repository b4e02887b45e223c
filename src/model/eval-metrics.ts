// The metric definitions of the manual workflow's tools (parse_eval_log.py, summary_binary.py),
// as pure functions of a parsed log. See the reference notes on cruijff_kit §2.
import type { EvalLog, EvalScore, SampleScore, SampleSummary } from '../sources/inspect/eval-log.js';

/**
 * "The" score of a log, whose accuracy, stderr and metrics are reported:
 * 1. the score named `preferred` (by score name, then by scorer name), when given and present —
 *    the experiment names its scorer, e.g. `match`;
 * 2. else the first score that has an `accuracy` metric — the manual tool took the first score,
 *    and for every log with an accuracy-bearing first score this is the same; when the first score
 *    has none (e.g. a `mean`/`std` scorer listed before `match`), reporting the first one that does
 *    gives the accuracy column a value, and `scorer` says which score it is;
 * 3. else the first score (accuracy null, its metrics still reported);
 * 4. null when the log has no scores.
 */
export function choosePrimaryScore(
  scores: readonly EvalScore[],
  preferred?: string | null,
): EvalScore | null {
  if (preferred) {
    const chosen =
      scores.find((score) => score.name === preferred) ?? scores.find((score) => score.scorer === preferred);
    if (chosen) return chosen;
  }
  return scores.find((score) => 'accuracy' in score.metrics) ?? scores[0] ?? null;
}

/** The key of the primary score in the sample summaries' `scores`. */
export function primaryScorerKey(
  log: EvalLog,
  primary: EvalScore | null,
  preferred?: string | null,
): string | null {
  return primary?.scorer ?? preferred ?? log.specScorers[0] ?? null;
}

/** A sample's entry for the primary score; a lone entry is it whatever its key (v1 logs). */
export function sampleScore(
  summary: SampleSummary,
  scorerKey: string | null,
  scoreName?: string,
): SampleScore | undefined {
  // Called for every sample of every log: look the key up first, list the entries only if needed.
  if (scorerKey !== null) {
    const found =
      summary.scores[scorerKey] ?? (scoreName === undefined ? undefined : summary.scores[scoreName]);
    if (found) return found;
    return onlyScore(summary.scores);
  }
  for (const key in summary.scores) return summary.scores[key];
  return undefined;
}

function onlyScore(scores: Record<string, SampleScore>): SampleScore | undefined {
  let only: SampleScore | undefined;
  let count = 0;
  for (const key in scores) {
    if (++count > 1) return undefined;
    only = scores[key];
  }
  return only;
}

export type BinaryLabel = '0' | '1';

/** `"0"`/`"1"` for a 0/1 target (string, number, or a one-element list of either); else null. */
export function binaryTarget(target: SampleSummary['target']): BinaryLabel | null {
  const single = Array.isArray(target) ? (target.length === 1 ? target[0] : undefined) : target;
  if (single === 0 || single === 1) return single === 1 ? '1' : '0';
  if (typeof single === 'string') {
    const trimmed = single.trim();
    if (trimmed === '0' || trimmed === '1') return trimmed;
  }
  return null;
}

/** Binary metrics apply when there are samples and every target is 0 or 1. */
export function hasBinaryTargets(summaries: readonly SampleSummary[]): boolean {
  return summaries.length > 0 && summaries.every((summary) => binaryTarget(summary.target) !== null);
}

/**
 * The model's prediction: the primary score's extracted answer, else the sample's output
 * completion (last assistant message), trimmed. Null when neither is known.
 */
export function prediction(summary: SampleSummary, score: SampleScore | undefined): string | null {
  if (score?.answer != null) return score.answer.trim();
  if (typeof summary.completion === 'string') return summary.completion.trim();
  return null;
}

export interface ConfusionMatrix {
  /** target 1, predicted 1 */
  tp: number;
  /** target 0, predicted 0 */
  tn: number;
  /** target 0, predicted 1 */
  fp: number;
  /** target 1, predicted 0 */
  fn: number;
  /** predicted neither 0 nor 1 */
  other: number;
}

export interface BinaryMetrics {
  /** (tp + tn) / all samples, "other" predictions included in the denominator. */
  accuracy: number;
  balanced_accuracy: number;
  f1: number;
  precision_1: number;
  recall_1: number;
  recall_0: number;
  confusion_matrix: ConfusionMatrix;
  /** Samples counted (every sample summary, all epochs). */
  samples: number;
}

const ratio = (numerator: number, denominator: number): number =>
  denominator === 0 ? 0 : numerator / denominator;

/** summary_binary.py's metrics; 0 wherever a denominator is 0. */
export function binaryMetrics(
  pairs: ReadonlyArray<{ target: BinaryLabel; prediction: string | null }>,
): BinaryMetrics {
  const matrix: ConfusionMatrix = { tp: 0, tn: 0, fp: 0, fn: 0, other: 0 };
  for (const { target, prediction } of pairs) {
    if (prediction !== '0' && prediction !== '1') matrix.other++;
    else if (target === '1') {
      if (prediction === '1') matrix.tp++;
      else matrix.fn++;
    } else if (prediction === '0') matrix.tn++;
    else matrix.fp++;
  }
  const precision1 = ratio(matrix.tp, matrix.tp + matrix.fp);
  const recall1 = ratio(matrix.tp, matrix.tp + matrix.fn);
  const recall0 = ratio(matrix.tn, matrix.tn + matrix.fp);
  return {
    accuracy: ratio(matrix.tp + matrix.tn, pairs.length),
    balanced_accuracy: (recall0 + recall1) / 2,
    f1: ratio(2 * precision1 * recall1, precision1 + recall1),
    precision_1: precision1,
    recall_1: recall1,
    recall_0: recall0,
    confusion_matrix: matrix,
    samples: pairs.length,
  };
}

export type CheckpointEpochSource = 'eval.metadata.epoch' | 'model_args.model_path' | 'model' | null;

/**
 * Every checkpoint epoch the header states, in order of trust: `eval.metadata.epoch` (scripts since
 * late Jan 2026), `model_args.model_path` ending in `epoch_N`, a model name ending in `_epoch_N`.
 * Empty for base/control models or when nothing says. More than one value means they disagree.
 */
export function headerEpochCandidates(
  log: Pick<EvalLog, 'evalMetadata' | 'modelArgs' | 'model'>,
): Array<{ epoch: number; source: Exclude<CheckpointEpochSource, null> }> {
  const candidates: Array<{ epoch: number; source: Exclude<CheckpointEpochSource, null> }> = [];
  const fromMetadata = log.evalMetadata['epoch'];
  if (typeof fromMetadata === 'number' && Number.isInteger(fromMetadata) && fromMetadata >= 0) {
    candidates.push({ epoch: fromMetadata, source: 'eval.metadata.epoch' });
  } else if (typeof fromMetadata === 'string' && /^\d+$/.test(fromMetadata.trim())) {
    candidates.push({ epoch: Number(fromMetadata.trim()), source: 'eval.metadata.epoch' });
  }
  const modelPath = log.modelArgs['model_path'];
  const pathMatch = typeof modelPath === 'string' ? /(?:^|[/_-])epoch_(\d+)\/*$/.exec(modelPath) : null;
  if (pathMatch) candidates.push({ epoch: Number(pathMatch[1]), source: 'model_args.model_path' });
  const modelMatch = /_epoch_(\d+)$/.exec(log.model);
  if (modelMatch) candidates.push({ epoch: Number(modelMatch[1]), source: 'model' });
  return candidates;
}

/** NaN and ±Infinity become null: inspect's NaN means "no value". */
export function finiteOrNull(value: number | undefined): number | null {
  return value === undefined || !Number.isFinite(value) ? null : value;
}
