// The experiment as read from experiment_summary.yaml: its types, and the error thrown when no
// summary can be made at all.
import type { Diagnostic } from '../../diagnostic.js';

export const EXPERIMENT_FILE = 'experiment_summary.yaml';

/** The end of the messages about a path that leads to no experiment; the Action words it its own way. */
export const HOW_TO_POINT =
  'run summarize-experiment inside an experiment directory or pass its path (the directory or its experiment_summary.yaml)';

/** No summary can be made from this experiment; the message is one line naming the file. */
export class ExperimentError extends Error {
  override name = 'ExperimentError';
  constructor(
    message: string,
    /** The YAML file (or the path that was given), absolute. */
    readonly file: string,
    /** 1-based line in `file`, when the problem has one. */
    readonly line?: number,
  ) {
    super(message);
  }
}

/** A run trains a model from the base (fine-tuned) or evaluates the base model as it is (control). */
export type RunType = 'fine-tuned' | 'control';

export interface ExperimentRun {
  name: string;
  /** From `type`; inferred (with a warning) when missing or not one of the two values. */
  type: RunType;
  model: string | null;
  parameters: Record<string, unknown>;
  /** Training epochs of this run: `parameters.epochs`, else `controls.epochs`; null when neither says. */
  epochs: number | null;
  /** 1-based line of the run's entry in the YAML. */
  line: number | null;
}

export interface ExperimentTask {
  name: string;
  script: string | null;
  description: string | null;
  line: number | null;
}

export interface MatrixEntry {
  run: string;
  tasks: string[];
  /** 0-based checkpoint epochs to evaluate; null for control runs (the base model). */
  epochs: number[] | null;
  /** With a vis_label, inspect's task name carries it as a suffix (`capitalization_rank4`). */
  visLabel: string | null;
  /** Whether `run` names a run of `runs[]`. */
  knownRun: boolean;
  line: number | null;
}

/**
 * Where training outputs live:
 * - `ck-out` (schema with `output.base_directory`, Jan–Apr 2026): `{output.base_directory}/ck-out-{run}/`
 *   holds the `epoch_N` checkpoints and, when training succeeded, its `slurm-*.out`;
 * - `artifacts` (later schema, cruijff_kit 41d4c85): `{experiment}/{run}/artifacts/`, no ck-out.
 * In both, a failed run's `slurm-*.out` stays in the run directory `{experiment}/{run}/`.
 */
export type TrainingLayout = 'ck-out' | 'artifacts';

export interface Experiment {
  /** Absolute path of experiment_summary.yaml. */
  yamlPath: string;
  /** The experiment directory: the YAML's own directory (never the path written inside it). */
  dir: string;
  /** `experiment.name`, or the directory's name when missing. */
  name: string;
  project: string | null;
  /** `experiment.directory` / `experiment.dir` as written (may be a path on another machine). */
  declaredDir: string | null;
  /** `output.base_directory` as written (placeholders such as `__SCRATCH__` kept). */
  outputBaseDirectory: string | null;
  layout: TrainingLayout;
  /** `controls.epochs`. */
  trainingEpochs: number | null;
  runs: ExperimentRun[];
  tasks: ExperimentTask[];
  matrix: MatrixEntry[];
  /** Scorer names from `evaluation.scorer` (string or list) or `evaluation.scorers`. */
  scorers: string[];
}

export interface ExperimentReadResult {
  experiment: Experiment;
  warnings: Diagnostic[];
}

export interface TrainingLocation {
  /**
   * Where the `epoch_N` checkpoints and a successful run's `slurm-*.out` are:
   * `{output.base_directory}/ck-out-{run}` (resolved against the experiment directory when relative),
   * or `{experiment}/{run}/artifacts` in the later schema.
   */
  outputDir: string;
  /** The run's own directory, where a failed run's `slurm-*.out` stays. */
  runDir: string;
}
