// The baseline step of the job: when a baseline is asked for, load it
// (a file for the CLI and `baseline: PATH`; the base branch's artifact for `baseline: auto`, through a
// loader the GitHub sink passes in) and compare. A baseline that cannot be had never fails the job.
import { compareWithBaseline } from '../model/baseline/compare.js';
import type { RowSamples } from '../model/baseline/match.js';
import type { EvaluationRow, ExperimentSummary } from '../model/summary.js';
import { readBaselineFile, type BaselineSummary } from '../sources/baseline/read-baseline.js';
import { sampleIdsFingerprint } from '../util/sample-codec.js';

export type BaselineLoad =
  | { ok: true; baseline: BaselineSummary; url: string | null }
  /** `notice`: there is none to be had (no run, no artifact); `warning`: one was given but is unusable. */
  | { ok: false; problem: string; level: 'notice' | 'warning' };

export interface BaselineOptions {
  /** Called once the experiment is read, before any file is written. */
  load: (experiment: { name: string; dir: string }) => Promise<BaselineLoad>;
  /** Differences within ±margin do not matter. */
  margin: number;
}

/** `--baseline PATH` / `baseline: PATH`: a summary.json or a directory holding one. */
export function baselineFromPath(given: string): BaselineOptions['load'] {
  return async () => {
    const read = await readBaselineFile(given);
    return read.ok
      ? { ok: true, baseline: read.baseline, url: null }
      : { ok: false, problem: read.problem, level: 'warning' };
  };
}

/** A row's per-sample scores as the comparison pairs them: the ids' fingerprint and the scores. */
export function rowSamples(row: EvaluationRow): RowSamples | null {
  const samples = row.sample_scores;
  return samples ? { fingerprint: sampleIdsFingerprint(samples.ids), scores: samples.scores } : null;
}

/** Loads the baseline and adds the comparison to the summary; returns the notices to show. */
export async function applyBaseline(summary: ExperimentSummary, options: BaselineOptions): Promise<string[]> {
  const load = await options.load({ name: summary.experiment.name, dir: summary.experiment.dir });
  if (!load.ok) {
    if (load.level === 'notice') return [load.problem];
    summary.warnings.push({ level: 'warning', file: null, message: `baseline not used: ${load.problem}` });
    return [];
  }
  summary.baseline = compareWithBaseline(summary, load.baseline, {
    margin: options.margin,
    url: load.url,
    samplesOf: rowSamples,
  });
  return [];
}
