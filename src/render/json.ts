// summary.json (schema 1): the summary model as JSON other tooling reads. Keys in a fixed order (the
// documented fields first, any added field after them in alphabetical order) so two runs over the same
// experiment differ only in `generated`. Non-finite numbers (a nan loss) become null, as JSON.stringify
// writes them.
import type { EvaluationRow, ExperimentSummary } from '../model/summary.js';
import { encodeSampleScores, sampleIdsFingerprint } from '../util/sample-codec.js';

const ORDER: Record<string, readonly string[]> = {
  summary: [
    'schema',
    'experiment',
    'generated',
    'complete',
    'total',
    'runs',
    'training',
    'evaluations',
    'best',
    'incomplete',
    'warnings',
    'queue',
    'watch',
    'noise_floor',
    'baseline',
  ],
  experiment: ['name', 'dir'],
  run: ['name', 'type', 'model', 'parameters', 'finetune', 'evaluation'],
  finetune: ['status', 'reason', 'slurm_out', 'job_id', 'progress'],
  progress: ['epoch', 'step', 'total_steps', 'loss', 'eta_s', 'eta_scope', 'rate'],
  watch: ['state', 'started', 'checks', 'interval_s', 'next'],
  evaluation: ['status'],
  training: [
    'run',
    'final_loss',
    'total_steps',
    'epochs',
    'duration_s',
    'duration_source',
    'job_id',
    'slurm_out',
    'checkpoints',
  ],
  evaluations: [
    'run',
    'task',
    'epoch',
    'accuracy',
    'balanced_accuracy',
    'f1',
    'samples',
    'samples_total',
    'stderr',
    'status',
    'log',
    'scorer',
    'epoch_source',
    'error',
    'accuracy_ci',
    'balanced_accuracy_ci',
    'vs_control',
  ],
  interval: ['low', 'high', 'method'],
  vs_control: ['run', 'metric', 'delta', 'low', 'high', 'paired', 'n', 'method', 'p', 'p_holm', 'after_holm'],
  noise_floor: ['task', 'metric', 'half_width', 'n', 'paired'],
  best: ['task', 'run', 'epoch', 'metric', 'value'],
  incomplete: ['run', 'stage', 'status', 'notes'],
  warnings: ['level', 'file', 'line', 'key', 'message'],
};

/** In-memory fields of the model that summary.json leaves out (per-sample data, chart curves). */
const IN_MEMORY: ReadonlySet<string> = new Set(['analysis', 'sample_scores', 'loss_curve']);

export function renderJson(summary: ExperimentSummary): string {
  const s = summary as unknown as Record<string, unknown>;
  const out = ordered(s, ORDER.summary);
  out['experiment'] = ordered(summary.experiment as unknown as Record<string, unknown>, ORDER.experiment);
  out['runs'] = summary.runs.map((run) => {
    const row = ordered(run as unknown as Record<string, unknown>, ORDER.run);
    // Parameters are the researcher's own mapping: keep the YAML's order.
    row['finetune'] = ordered(run.finetune as unknown as Record<string, unknown>, ORDER.finetune);
    if (run.finetune.progress) {
      (row['finetune'] as Record<string, unknown>)['progress'] = ordered(
        run.finetune.progress as unknown as Record<string, unknown>,
        ORDER.progress,
      );
    }
    row['evaluation'] = ordered(run.evaluation as unknown as Record<string, unknown>, ORDER.evaluation);
    return row;
  });
  for (const key of ['training', 'best', 'incomplete', 'warnings'] as const) {
    out[key] = (summary[key] as unknown as Array<Record<string, unknown>>).map((row) =>
      ordered(row, ORDER[key]),
    );
  }
  if (summary.watch) out['watch'] = ordered(summary.watch as unknown as Record<string, unknown>, ORDER.watch);
  out['evaluations'] = summary.evaluations.map((row) =>
    withEncodedSamples(ordered(row as unknown as Record<string, unknown>, ORDER.evaluations), row),
  );
  for (const row of out['evaluations'] as Array<Record<string, unknown>>) {
    for (const key of ['accuracy_ci', 'balanced_accuracy_ci'] as const) {
      if (row[key]) row[key] = ordered(row[key] as Record<string, unknown>, ORDER.interval);
    }
    if (row['vs_control'])
      row['vs_control'] = ordered(row['vs_control'] as Record<string, unknown>, ORDER.vs_control);
  }
  if (summary.noise_floor) {
    out['noise_floor'] = summary.noise_floor.map((floor) =>
      ordered(floor as unknown as Record<string, unknown>, ORDER.noise_floor),
    );
  }
  // No replacer: one makes V8 leave its fast serializer (~150 ms on the summary of 4,000 runs).
  return `${escapeRawControls(JSON.stringify(out, null, 2))}\n`;
}

/**
 * JSON.stringify escapes C0 controls and lone surrogates but writes DEL, the C1 controls, U+2028 /
 * U+2029 and the bidi controls raw. They only occur inside strings, where `\uXXXX` is the same value: names stay verbatim
 * when parsed, and no raw control character reaches a file, a terminal or a JavaScript embedding.
 */
export function escapeRawControls(json: string): string {
  return json.replace(
    /[\u007f-\u009f\u2028\u2029\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/**
 * The row's in-memory per-sample scores, last: the fingerprint of their ids and a compact encoding
 * (src/util/sample-codec.ts), so that a later run can pair with this one.
 */
function withEncodedSamples(out: Record<string, unknown>, row: EvaluationRow): Record<string, unknown> {
  const samples = row.sample_scores;
  if (!samples) return out;
  return {
    ...out,
    samples_fingerprint: sampleIdsFingerprint(samples.ids),
    sample_scores: encodeSampleScores(samples),
  };
}

/** The object's keys in the given order, then the others alphabetically; undefined values left out. */
function ordered(value: Record<string, unknown>, order: readonly string[] = []): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const known = new Set(order);
  const rest = Object.keys(value)
    .filter((key) => !known.has(key))
    .sort();
  for (const key of [...order, ...rest]) {
    if (IN_MEMORY.has(key)) continue;
    if (key in value && value[key] !== undefined) out[key] = value[key];
  }
  return out;
}
