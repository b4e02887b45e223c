// The whole job, shared by the CLI and the Action: read the experiment, build the summary model,
// write summary.md, summary.json and logs/summarize-experiment.log into the experiment directory.
import type { ExperimentSummary } from './model/summary.js';

export type SacctSetting = { mode: 'auto' } | { mode: 'off' } | { mode: 'path'; path: string };

export interface SummarizeOptions {
  /** The experiment directory, or the path of its experiment_summary.yaml. */
  experimentPath: string;
  sacct: SacctSetting;
  /** Clock, for reproducible tests. */
  now?: () => Date;
  /** Progress lines for a terminal; the caller decides whether to show them. */
  progress?: (message: string) => void;
}

export interface SummarizeResult {
  summary: ExperimentSummary;
  experimentDir: string;
  /** The full summary.md text as written. */
  markdown: string;
  /** Absolute paths of the files written. */
  files: { markdown: string; json: string; log: string };
}

/**
 * Throws only when no summary can be made (no YAML, YAML that does not parse, no runs);
 * everything else becomes warnings, statuses and notes inside the summary.
 */
export async function summarizeExperiment(_options: SummarizeOptions): Promise<SummarizeResult> {
  // Wired by the end-to-end issue; the readers and renderers are built first.
  throw new Error('summarizeExperiment: not wired yet');
}
