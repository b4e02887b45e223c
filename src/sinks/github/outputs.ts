// The action's outputs, and the fail-on verdict, as pure functions of the summary and the sinks.
import { FAILED_STAGE_STATUSES, type ExperimentSummary } from '../../model/summary.js';
import type { ArtifactResult } from './artifact.js';
import type { CommentResult } from './comment.js';
import { Output } from './constants.js';
import type { FailOn } from './inputs.js';

export type ActionOutputs = Record<Output, string>;

export interface OutputSources {
  summary: ExperimentSummary;
  files: { markdown: string; json: string };
  comment: CommentResult | null;
  artifact: ArtifactResult | null;
}

/**
 * Every output, '' when unknown. `best-*` describe the first row of the summary's `best` list
 * (the Best table): the best run of the experiment's first evaluation task, by balanced accuracy
 * for 0/1 tasks, else accuracy. With several tasks the other rows are in summary.json's `best`.
 */
export function actionOutputs(sources: OutputSources): ActionOutputs {
  const { summary, comment, artifact } = sources;
  const best = summary.best[0];
  const posted =
    comment !== null && comment.action !== 'skipped' && comment.action !== 'failed' ? comment : null;
  return {
    [Output.SummaryPath]: sources.files.markdown,
    [Output.SummaryJsonPath]: sources.files.json,
    [Output.Complete]: String(summary.complete),
    [Output.Total]: String(summary.total),
    [Output.BestRun]: best?.run ?? '',
    [Output.BestEpoch]: best?.epoch === null || best?.epoch === undefined ? '' : String(best.epoch),
    [Output.BestMetric]: best?.metric ?? '',
    [Output.BestValue]: best ? String(best.value) : '',
    [Output.CommentId]: posted ? String(posted.id) : '',
    [Output.CommentUrl]: posted ? posted.url : '',
    [Output.ArtifactId]: artifact?.uploaded ? String(artifact.id) : '',
    [Output.ArtifactUrl]: artifact?.uploaded ? artifact.url : '',
    [Output.WaitResult]: summary.watch && summary.watch.state !== 'watching' ? summary.watch.state : '',
  };
}

/**
 * Why the step must fail under `fail-on`, or null. `incomplete`: some run has not finished every
 * stage (complete < total), which includes failed ones. `failed`: some fine-tuning or evaluation
 * ended in failure (FAILED, TIMEOUT, CANCELLED, OUT_OF_MEMORY, PREEMPTED, NODE_FAIL) or an
 * evaluation log reports an error; runs still RUNNING or PENDING do not count.
 */
export function failOnVerdict(summary: ExperimentSummary, failOn: FailOn): string | null {
  if (failOn === 'never') return null;
  if (failOn === 'incomplete') {
    return summary.complete < summary.total
      ? `fail-on: incomplete — ${summary.total - summary.complete} of ${summary.total} runs are not complete.`
      : null;
  }
  const failures: string[] = [];
  for (const run of summary.runs) {
    if (FAILED_STAGE_STATUSES.has(run.finetune.status))
      failures.push(`${run.name} fine-tuning ${run.finetune.status}`);
    if (FAILED_STAGE_STATUSES.has(run.evaluation.status))
      failures.push(`${run.name} evaluation ${run.evaluation.status}`);
  }
  for (const row of summary.evaluations) {
    if (row.status === 'error') failures.push(`${row.run} evaluation of ${row.task} error`);
  }
  if (failures.length === 0) return null;
  const shown = failures.slice(0, 5).join('; ');
  return `fail-on: failed — ${failures.length} failed stage${failures.length > 1 ? 's' : ''}: ${shown}${failures.length > 5 ? '; …' : ''}.`;
}
