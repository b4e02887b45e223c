// The one summary model. Readers in src/sources/ feed it; renderers in src/render/ and the sinks
// (files, GitHub) only read it. Field names follow summary.json (schema 1), which other tooling
// depends on: keep them, add freely.

import type { Diagnostic } from '../diagnostic.js';
import type { RunType } from '../sources/experiment/index.js';
import type { StageStatus } from '../sources/slurm/stage-status.js';
import type { WatchNote } from './watch-note.js';
import type { TrainingProgress } from './progress.js';
import type { Analysis, MetricInterval, NoiseFloor, VsControl } from './analysis.js';
import type { SampleScores } from './sample-scores.js';

// Defined below the model because readers need them; the model is where everyone else finds them.
export type { Diagnostic } from '../diagnostic.js';
export type { RunType } from '../sources/experiment/index.js';
export { FAILED_STAGE_STATUSES, type StageStatus } from '../sources/slurm/stage-status.js';

/** Status of one evaluation log; `missing` is a matrix cell for which no log exists. */
export type EvalLogStatus = 'success' | 'error' | 'cancelled' | 'started' | 'unreadable' | 'missing';

/**
 * Where an evaluation's checkpoint epoch came from: the log header, the SLURM job that wrote the log
 * (its sacct job name `eval-…-epN`, or a job script name `{task}_epoch{N}.slurm`), a per-cell folder
 * `{task}_epoch{N}/`, or the only cell of the run without a log.
 */
export type EpochSource = 'header' | 'sacct-job-name' | 'job-script' | 'folder' | 'only-empty-cell';

export interface RunSummary {
  name: string;
  type: RunType;
  model: string | null;
  parameters: Record<string, unknown>;
  finetune: {
    status: StageStatus;
    /** One human line: why it is not COMPLETED (or a caveat when it is). */
    reason?: string;
    /** The training SLURM output read, relative to the experiment directory when inside it. */
    slurm_out?: string;
    job_id?: string;
    /** Where a RUNNING fine-tuning stands, from its progress bar. */
    progress?: TrainingProgress;
  };
  evaluation: { status: StageStatus };
}

export interface TrainingRow {
  run: string;
  final_loss: number | null;
  total_steps: number | null;
  epochs: number | null;
  duration_s: number | null;
  /** `sacct` (SLURM's elapsed time) or `progress-bar` (the sum of each epoch bar's elapsed time). */
  duration_source?: 'sacct' | 'progress-bar';
  job_id?: string;
  slurm_out?: string;
  /** 0-based epochs whose checkpoint directory (epoch_N) exists. */
  checkpoints?: number[];
  /** The loss curve for the charts (≤ ~60 points; in memory only, not in summary.json). */
  loss_curve?: {
    points: Array<{ epoch: number; step: number; loss: number }>;
    divergedAt: { epoch: number; step: number; loss: number } | null;
  };
}

export interface EvaluationRow {
  run: string;
  task: string;
  /** 0-based checkpoint epoch evaluated; null for control runs or when unknown. */
  epoch: number | null;
  accuracy: number | null;
  balanced_accuracy: number | null;
  f1: number | null;
  samples: number | null;
  /** A running evaluation's progress: samples scored so far (`samples`) out of this many, as its log header plans. */
  samples_total?: number;
  stderr: number | null;
  status: EvalLogStatus;
  /** The log file, relative to the experiment directory when inside it; null when missing. */
  log: string | null;
  scorer?: string | null;
  /** Where the epoch came from. */
  epoch_source?: EpochSource | null;
  /** The reader's or inspect's error message for error / cancelled / unreadable logs. */
  error?: string;
  /** 95% interval of accuracy (Wilson for 0/1 scores, else mean ± t·stderr). */
  accuracy_ci?: MetricInterval | null;
  /** 95% interval of balanced accuracy (percentile bootstrap). */
  balanced_accuracy_ci?: MetricInterval | null;
  /** The headline metric's difference to the control run on the same task (fine-tuned runs). */
  vs_control?: VsControl | null;
  /** Per-sample scores (in memory only: the comparisons pair on them; not in summary.json). */
  sample_scores?: SampleScores | null;
}

export interface BestRow {
  task: string;
  run: string;
  epoch: number | null;
  metric: 'balanced_accuracy' | 'accuracy';
  value: number;
}

export interface IncompleteRow {
  run: string;
  stage: 'fine-tuning' | 'evaluation';
  status: StageStatus;
  notes: string;
}

export interface ExperimentSummary {
  schema: 1;
  experiment: { name: string; dir: string };
  /** ISO 8601 time the summary was generated. */
  generated: string;
  /** Runs whose every stage finished (fine-tuning COMPLETED or N/A, evaluation COMPLETED). */
  complete: number;
  total: number;
  runs: RunSummary[];
  training: TrainingRow[];
  evaluations: EvaluationRow[];
  best: BestRow[];
  incomplete: IncompleteRow[];
  warnings: Diagnostic[];
  /**
   * When squeue was asked: whether it answered (`squeue`) or not (`unavailable`: missing or
   * failing; then a run with nothing written may be queued or never submitted). Absent when off.
   */
  queue?: 'squeue' | 'unavailable';
  /** In live mode (--watch, wait: true): where the watch stands. */
  watch?: WatchNote;
  /** Per task: the smallest difference these samples can tell from noise. */
  noise_floor?: NoiseFloor[];
  /** How the comparisons came out and the notes about them (in memory only, for the renderers). */
  analysis?: Pick<Analysis, 'notes' | 'beyond_noise'>;
}

/** Actions of the process log (the skill's logging.md). */
export type ProcessAction =
  | 'DISCOVER_EXPERIMENT'
  | 'PARSE_STATUS'
  | 'EXTRACT_LOSS'
  | 'EXTRACT_ACCURACY'
  | 'GENERATE_SUMMARY'
  | 'COMPLETE';

/** One entry of logs/summarize-experiment.log, recorded while the summary is built. */
export interface ProcessEvent {
  /** ISO 8601. */
  time: string;
  action: ProcessAction;
  /** Shown after the action in the entry's header, e.g. `rank4/capitalization/epoch0`. */
  subject?: string;
  /** Labelled lines in order, e.g. [['Details', 'Parsing slurm-1.out'], ['Result', 'Final loss = 0.23']]. */
  lines: Array<[label: string, text: string]>;
}
