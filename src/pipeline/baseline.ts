// The baseline step of the job: record each evaluation's sample fingerprint and per-sample scores in
// the summary (so a later run can pair with this one), then, when a baseline is asked for, load it
// (a file for the CLI and `baseline: PATH`; the base branch's artifact for `baseline: auto`, through a
// loader the GitHub sink passes in) and compare. A baseline that cannot be had never fails the job.
import { compareWithBaseline } from '../model/baseline/compare.js';
import type { RowSamples } from '../model/baseline/match.js';
import type { SampleScores } from '../model/sample-scores.js';
import type { EvaluationRow, ExperimentSummary } from '../model/summary.js';
import { readBaselineFile, type BaselineSummary } from '../sources/baseline/read-baseline.js';
import { encodeSampleScores, sampleIdsFingerprint } from '../util/sample-codec.js';

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

/**
 * Writes `samples_fingerprint` and `sample_scores` into each evaluation row whose log's per-sample
 * scores were read (keyed by the row's `log`), and returns them per row for the comparison.
 */
export function recordSampleScores(
  summary: ExperimentSummary,
  scoresByLog: ReadonlyMap<string, SampleScores>,
): Map<EvaluationRow, RowSamples> {
  const byRow = new Map<EvaluationRow, RowSamples>();
  for (const row of summary.evaluations) {
    const scores = row.log === null ? undefined : scoresByLog.get(row.log);
    if (!scores || row.status === 'missing') continue;
    const fingerprint = sampleIdsFingerprint(scores.ids);
    row.samples_fingerprint = fingerprint;
    row.sample_scores = encodeSampleScores(scores);
    byRow.set(row, { fingerprint, scores: scores.scores });
  }
  return byRow;
}

/** Loads the baseline and adds the comparison to the summary; returns the notices to show. */
export async function applyBaseline(
  summary: ExperimentSummary,
  options: BaselineOptions,
  samples: ReadonlyMap<EvaluationRow, RowSamples>,
): Promise<string[]> {
  const load = await options.load({ name: summary.experiment.name, dir: summary.experiment.dir });
  if (!load.ok) {
    if (load.level === 'notice') return [load.problem];
    summary.warnings.push({ level: 'warning', file: null, message: `baseline not used: ${load.problem}` });
    return [];
  }
  summary.baseline = compareWithBaseline(summary, load.baseline, {
    margin: options.margin,
    url: load.url,
    samplesOf: (row) => samples.get(row) ?? null,
  });
  return [];
}
