// The charts section from the summary model: loss curves of the fine-tuned runs, and per task the
// headline metric (the one the best row uses) by checkpoint epoch, the control drawn flat.
import type { EvaluationRow, ExperimentSummary } from '../../model/summary.js';
import { renderCharts, type MetricChart } from '../charts.js';

const METRIC_WORDS = { balanced_accuracy: 'balanced accuracy', accuracy: 'accuracy' } as const;

function metricCharts(summary: ExperimentSummary, runType: ReadonlyMap<string, string>): MetricChart[] {
  const tasks = [...new Set(summary.evaluations.map((row) => row.task))];
  return tasks.flatMap((task) => {
    const rows = summary.evaluations.filter((row) => row.task === task && row.status === 'success');
    const metric =
      summary.best.find((best) => best.task === task)?.metric ??
      (rows.some((row) => row.balanced_accuracy !== null) ? 'balanced_accuracy' : 'accuracy');
    const byRun = new Map<string, EvaluationRow[]>();
    for (const row of rows) byRun.set(row.run, [...(byRun.get(row.run) ?? []), row]);
    const lines = [...byRun].flatMap(([run, runRows]) => {
      const control = runType.get(run) === 'control';
      const values = runRows
        .filter(
          (row) => (control || row.epoch !== null) && row[metric] !== null && Number.isFinite(row[metric]),
        )
        .map((row) => ({ epoch: row.epoch ?? 0, value: row[metric]! }));
      return values.length === 0 ? [] : [{ run, control, values }];
    });
    return [{ task, metric: METRIC_WORDS[metric], lines }];
  });
}

/** The collapsible charts section, or '' when there is nothing to draw. */
export function chartsSection(summary: ExperimentSummary, runType: ReadonlyMap<string, string>): string {
  const loss = summary.training.flatMap((row) =>
    row.loss_curve && runType.get(row.run) !== 'control'
      ? [{ run: row.run, points: row.loss_curve.points, divergedAt: row.loss_curve.divergedAt }]
      : [],
  );
  const lossNotRead = summary.training.filter(
    (row) => !row.loss_curve && row.final_loss !== null && runType.get(row.run) !== 'control',
  ).length;
  const section = renderCharts({ loss, lossNotRead, metrics: metricCharts(summary, runType) });
  return section ? `${section}\n` : '';
}
