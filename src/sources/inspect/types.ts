// An inspect evaluation log as the readers return it, whatever the file format (.eval or .json).

export type EvalRunStatus = 'success' | 'cancelled' | 'error' | 'started';

/** A score value as Inspect stores it; NaN means unscored. */
export type ScoreValue = string | number | boolean | null | ScoreValue[] | { [key: string]: ScoreValue };

export interface EvalScore {
  /** The score's name (for dict-valued scorers, the key). */
  name: string;
  /** The scorer that produced it (the key of the sample summaries' `scores`). */
  scorer: string;
  /** Epoch reducer, e.g. `mean` or `pass_at_1`; null when Inspect recorded none. */
  reducer: string | null;
  /** Every metric by key, e.g. `{accuracy: 0.8, stderr: 0.13}`. NaN stays NaN. */
  metrics: Record<string, number>;
  scoredSamples: number | null;
  unscoredSamples: number | null;
}

export interface EvalResults {
  totalSamples: number | null;
  completedSamples: number | null;
  scores: EvalScore[];
}

export interface SampleScore {
  value: ScoreValue;
  /** The answer the scorer extracted, when it recorded one. */
  answer: string | null;
}

export interface SampleSummary {
  id: string | number;
  /** Inspect's repeat counter (1-based), not a training epoch. */
  epoch: number;
  /** As written: Inspect writes a string or a list of strings; other writers use numbers. */
  target: string | number | Array<string | number> | null;
  /** By scorer name. */
  scores: Record<string, SampleScore>;
  /** The sample's error message, when it failed. */
  error: string | null;
  /**
   * The sample's output completion (text of the last assistant message), trimmed. Present only
   * when it was asked for (`completionsFor`); null when the sample has no assistant message or
   * could not be read (then `completionError` says why).
   */
  completion?: string | null;
  completionError?: string;
}

export interface EvalLog {
  status: EvalRunStatus;
  path: string;
  format: 'eval' | 'json';
  /** Log schema version: 1 (`.json` only, single scorer), 2, or later. */
  version: number;
  /** Where the header came from: a running or crashed log has only `_journal/start.json`. */
  headerSource: 'header.json' | '_journal/start.json' | 'json';
  task: string;
  taskDisplayName: string | null;
  model: string;
  modelArgs: Record<string, unknown>;
  /** `eval.metadata` (e.g. `epoch`, `finetuned`, `source_model` from `inspect eval --metadata`). */
  evalMetadata: Record<string, unknown>;
  /** ISO 8601 time the eval was created. */
  created: string | null;
  inspectVersion: string | null;
  /**
   * Samples the eval will score: the dataset's samples (its `sample_ids`, else `samples` capped by
   * `config.limit`) times `config.epochs`; null when the header does not say. A running log's
   * progress is its sample summaries out of this.
   */
  plannedSamples: number | null;
  /** Scorer names from the eval spec (`eval.scorers`), in order; empty in older logs. */
  specScorers: string[];
  results: EvalResults | null;
  stats: { startedAt: string | null; completedAt: string | null };
  /** Inspect's error message, for status `error`. */
  error: string | null;
  /** Only when asked for (`summaries: true`). */
  summaries?: SampleSummary[];
  summariesSource?: 'summaries.json' | '_journal/summaries' | 'samples' | 'none';
  /** Problems that did not stop the header from being read, e.g. a damaged summaries.json. */
  warnings: string[];
  /**
   * Mid-run config changes (`inspect ctl config`), in the order inspect made them: from the header's
   * `config_updates`, or for a log still being written from `_journal/config_updates/{n}.json`.
   */
  configUpdates: ConfigChange[];
}

/** One change of one config value, e.g. `eval.max_samples` 4 → 8. */
export interface ConfigChange {
  config: string;
  name: string;
  value: unknown;
  previous: unknown;
}

export interface UnreadableEvalLog {
  status: 'unreadable';
  path: string;
  /** Names the file and the problem. */
  error: string;
}

export type EvalLogRead = EvalLog | UnreadableEvalLog;
