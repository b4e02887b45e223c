// One evaluation log → the numbers a report shows for it: the `read-eval` object
// `{status, path, task, model, scorer, accuracy, stderr, samples, metrics, epoch, binary}`
// plus the details the experiment summary needs (error message, times, checkpoint path, ...).
// Pure: src/pipeline/eval-logs.ts reads the files.
import type { EvalLog, EvalLogRead } from '../sources/inspect/eval-log.js';
import {
  binaryMetrics,
  binaryTarget,
  headerEpochCandidates,
  choosePrimaryScore,
  finiteOrNull,
  hasBinaryTargets,
  prediction,
  primaryScorerKey,
  sampleScore,
  type BinaryLabel,
  type BinaryMetrics,
  type CheckpointEpochSource,
} from './eval-metrics.js';
import { outcomeOf, sampleScoresFromSummaries, type SampleScores } from './sample-scores.js';

export interface EvalLogSummary {
  status: 'success' | 'cancelled' | 'error' | 'started' | 'unreadable';
  path: string;
  task: string | null;
  model: string | null;
  /** Name of the score reported (see choosePrimaryScore). */
  scorer: string | null;
  accuracy: number | null;
  stderr: number | null;
  /** results.completed_samples, else the number of sample summaries. */
  samples: number | null;
  /** Every metric of the reported score; NaN (no value) as null. */
  metrics: Record<string, number | null>;
  /** 0-based training epoch of the evaluated checkpoint; null when unknown or a base model. */
  epoch: number | null;
  /** When every target is 0/1; else null. */
  binary: BinaryMetrics | null;

  /** Why the log is unreadable, or inspect's error message for status `error`. */
  error: string | null;
  /** Problems that did not stop the log from being read. */
  warnings: string[];
  epoch_source: CheckpointEpochSource;
  /** Every epoch the header states, most trusted first; two different values disagree. */
  epoch_candidates: Array<{ epoch: number; source: Exclude<CheckpointEpochSource, null> }>;
  task_display_name: string | null;
  /** `eval.model_args.model_path`: the checkpoint directory evaluated. */
  model_path: string | null;
  eval_metadata: Record<string, unknown>;
  created: string | null;
  started_at: string | null;
  completed_at: string | null;
  inspect_version: string | null;
  /** Config values changed while the evaluation ran (inspect's config updates), oldest first. */
  config_updates: Array<{ config: string; name: string; value: unknown; previous: unknown }>;
  total_samples: number | null;
  /** Samples the eval will score, from its header (a running log's progress: samples of this). */
  planned_samples: number | null;
  /** Every score of the log, in inspect's order. */
  /**
   * Per-sample scores of the reported score, reduced over inspect's epochs (in memory only: the
   * comparisons pair on them; not part of the read-eval object).
   */
  sample_scores?: SampleScores | null;
  scores: Array<{
    name: string;
    scorer: string;
    reducer: string | null;
    metrics: Record<string, number | null>;
  }>;
}

/** The pure part: a log as read (with summaries, and completions where answers are missing). */
export function summarizeReadLog(log: EvalLogRead, preferredScorer?: string | null): EvalLogSummary {
  if (log.status === 'unreadable') return unreadableSummary(log.path, log.error);
  return summarizeLog(log, preferredScorer ?? null);
}

function summarizeLog(log: EvalLog, preferred: string | null): EvalLogSummary {
  const warnings = [...log.warnings];
  const scores = log.results?.scores ?? [];
  const primary = choosePrimaryScore(scores, preferred);
  if (preferred && primary && primary.name !== preferred && primary.scorer !== preferred) {
    warnings.push(`scorer "${preferred}" is not in the log; reporting "${primary.name}"`);
  }
  const summaries = log.summaries ?? [];
  const candidates = headerEpochCandidates(log);
  const epoch = candidates[0]?.epoch ?? null;
  const source = candidates[0]?.source ?? null;
  const modelPath = log.modelArgs['model_path'];

  const binaryTargets = hasBinaryTargets(summaries);
  const binary = binaryTargets ? binaryOf(log, primary, preferred, warnings) : null;

  return {
    status: log.status,
    path: log.path,
    task: log.task,
    model: log.model,
    scorer: primary?.name ?? null,
    accuracy: finiteOrNull(primary?.metrics['accuracy']),
    stderr: finiteOrNull(primary?.metrics['stderr']),
    samples:
      log.results?.completedSamples ??
      (log.summaries && log.summariesSource !== 'none' ? log.summaries.length : null),
    metrics: primary ? nullForNaN(primary.metrics) : {},
    epoch,
    binary,
    error: log.error,
    warnings,
    epoch_source: source,
    epoch_candidates: candidates,
    task_display_name: log.taskDisplayName,
    model_path: typeof modelPath === 'string' ? modelPath : null,
    eval_metadata: log.evalMetadata,
    created: log.created,
    started_at: log.stats.startedAt,
    completed_at: log.stats.completedAt,
    inspect_version: log.inspectVersion,
    config_updates: log.configUpdates,
    total_samples: log.results?.totalSamples ?? null,
    planned_samples: log.plannedSamples,
    sample_scores: perSampleScores(log, primary, preferred, binaryTargets),
    scores: scores.map((score) => ({
      name: score.name,
      scorer: score.scorer,
      reducer: score.reducer,
      metrics: nullForNaN(score.metrics),
    })),
  };
}

/** The reported score per sample (epochs reduced as inspect does); 0/1 classes for binary targets. */
function perSampleScores(
  log: EvalLog,
  primary: ReturnType<typeof choosePrimaryScore>,
  preferred: string | null,
  binaryTargets: boolean,
): SampleScores | null {
  const key = primaryScorerKey(log, primary, preferred);
  const name = primary?.name;
  return sampleScoresFromSummaries(log.summaries ?? [], {
    scorerKey: key,
    ...(name === undefined ? {} : { scoreName: name }),
    reducer: primary?.reducer ?? null,
    ...(binaryTargets
      ? {
          classOf: (summary) => {
            const target = binaryTarget(summary.target) === '1' ? 1 : 0;
            return {
              target,
              outcome: outcomeOf(target, prediction(summary, sampleScore(summary, key, name))),
            };
          },
        }
      : {}),
  });
}

/** Binary metrics of a log whose targets are all 0/1, over its scored samples. */
function binaryOf(
  log: EvalLog,
  primary: ReturnType<typeof choosePrimaryScore>,
  preferred: string | null,
  warnings: string[],
): BinaryMetrics {
  const key = primaryScorerKey(log, primary, preferred);
  // One pass over the samples (a log can hold tens of thousands). Only scored samples count, as in
  // inspect's own metrics: a sample that errored under `fail_on_error` tolerance has no score at all,
  // and a NaN score means it went unscored.
  let unreadable = 0;
  let firstUnreadable = '';
  let unscored = 0;
  let withoutScore = 0;
  const pairs: Array<{ target: BinaryLabel; prediction: string | null }> = [];
  for (const summary of log.summaries ?? []) {
    const score = sampleScore(summary, key, primary?.name);
    if (summary.error != null && score === undefined) withoutScore++;
    else if (Number.isNaN(score?.value)) unscored++;
    else {
      if (summary.completionError !== undefined && unreadable++ === 0)
        firstUnreadable = summary.completionError;
      pairs.push({
        target: binaryTarget(summary.target) as BinaryLabel,
        prediction: prediction(summary, score),
      });
    }
  }
  if (unreadable > 0) {
    warnings.push(
      `${unreadable} sample(s) without an answer could not be read; counted as "other" (${firstUnreadable})`,
    );
  }
  if (withoutScore > 0)
    warnings.push(`${withoutScore} sample(s) without a score (errored) left out of the binary metrics`);
  if (unscored > 0)
    warnings.push(`${unscored} unscored sample(s) (NaN score) left out of the binary metrics`);
  return binaryMetrics(pairs);
}

export function unreadableSummary(path: string, error: string): EvalLogSummary {
  return {
    status: 'unreadable',
    path,
    task: null,
    model: null,
    scorer: null,
    accuracy: null,
    stderr: null,
    samples: null,
    metrics: {},
    epoch: null,
    binary: null,
    error,
    warnings: [],
    epoch_source: null,
    epoch_candidates: [],
    task_display_name: null,
    model_path: null,
    eval_metadata: {},
    created: null,
    started_at: null,
    completed_at: null,
    inspect_version: null,
    config_updates: [],
    total_samples: null,
    planned_samples: null,
    scores: [],
  };
}

function nullForNaN(metrics: Record<string, number>): Record<string, number | null> {
  return Object.fromEntries(Object.entries(metrics).map(([key, value]) => [key, finiteOrNull(value)]));
}
