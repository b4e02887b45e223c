// The Evaluation Results section: one table row per evaluation, the notes under the table, and
// the best run of each task.
import type { BestRow, EvaluationRow } from '../../model/summary.js';
import type { Part } from '../fit.js';
import { codeSpan, escapeInline, formatCount, formatMetric, formatPercent } from '../format.js';
import { deltaCell, metricWithInterval } from './analysis.js';

/**
 * The row's cells; with `delta`, a last Δ vs control cell, its marks judged against the experiment's
 * number of comparisons.
 */
export function evaluationCells(
  row: EvaluationRow,
  delta: { comparisons: number } | false = false,
): string[] {
  const cells = statusCells(row);
  if (!delta) return cells;
  return [...cells, row.status === 'success' ? deltaCell(row.vs_control, delta.comparisons) : '-'];
}

function statusCells(row: EvaluationRow): string[] {
  const epoch = row.epoch === null ? '-' : String(row.epoch);
  const start = [escapeInline(row.run), escapeInline(row.task), epoch];
  switch (row.status) {
    case 'success': {
      // Bal. Acc and F1 exist only for binary (0/1) tasks: "-" elsewhere, as in the skill.
      const binary = row.balanced_accuracy !== null || row.f1 !== null;
      return [
        ...start,
        metricWithInterval(row.accuracy, row.accuracy_ci),
        binary ? metricWithInterval(row.balanced_accuracy, row.balanced_accuracy_ci) : '-',
        binary ? formatMetric(row.f1) : '-',
        formatCount(row.samples),
      ];
    }
    case 'missing':
      return [...start, 'N/A', '-', '-', '-'];
    case 'started':
      return [
        ...start,
        'RUNNING',
        '-',
        '-',
        row.samples_total === undefined
          ? formatCountOrDash(row.samples)
          : `${formatCountOrDash(row.samples ?? 0)}/${formatCount(row.samples_total)}`,
      ];
    case 'cancelled':
      return [...start, 'CANCELLED', '-', '-', formatCountOrDash(row.samples)];
    case 'error':
    case 'unreadable':
      return [...start, 'ERROR', '-', '-', formatCountOrDash(row.samples)];
  }
}

function formatCountOrDash(value: number | null): string {
  return value === null ? '-' : formatCount(value);
}

export function evaluationNotes(
  rows: EvaluationRow[],
  runType: Map<string, string>,
  details: boolean,
  analysis: string[] = [],
): string | null {
  const lines: string[] = [...analysis];
  if (rows.some((row) => row.status === 'success' && row.balanced_accuracy === null && row.f1 === null)) {
    lines.push('- Bal. Acc and F1 are shown as - for tasks that are not binary (targets other than 0/1)');
  }
  if (rows.some((row) => row.status === 'error' || row.status === 'unreadable')) {
    lines.push('- ERROR: the evaluation failed or its log could not be read');
  }
  if (rows.some((row) => row.status === 'missing')) lines.push('- N/A: no log for this evaluation yet');
  if (rows.some((row) => row.status === 'started'))
    lines.push(
      rows.some((row) => row.samples_total !== undefined)
        ? '- RUNNING: the evaluation log is still being written; Samples: scored so far / planned (its header)'
        : '- RUNNING: the evaluation log is still being written',
    );
  const noEpoch = rows.filter((row) => row.epoch === null);
  if (noEpoch.some((row) => runType.get(row.run) === 'control')) {
    lines.push('- Epoch -: control run (the base model, no checkpoint)');
  }
  if (noEpoch.some((row) => runType.get(row.run) !== 'control' && row.status !== 'missing')) {
    lines.push('- Epoch - for a fine-tuned run: the epoch could not be determined (see Warnings)');
  }
  if (details) {
    for (const row of rows) {
      if (row.status === 'success' || row.status === 'missing') continue;
      const where = `${escapeInline(row.run)} / ${escapeInline(row.task)}${row.epoch === null ? '' : ` / epoch ${row.epoch}`}`;
      const pieces = [row.status === 'started' ? 'running' : row.status];
      if (row.error) pieces.push(escapeInline(row.error));
      if (row.log) pieces.push(codeSpan(row.log));
      lines.push(`- ${where}: ${pieces.join('; ')}`);
    }
  }
  return lines.length > 0 ? `**Notes:**\n${lines.join('\n')}\n` : null;
}

export function bestPerforming(
  best: BestRow[],
  runType: Map<string, string>,
  hasEvaluations: boolean,
): Part[] {
  if (!hasEvaluations) return [];
  const describeBest = (row: BestRow): string => {
    const when =
      row.epoch !== null
        ? `epoch ${row.epoch}`
        : runType.get(row.run) === 'control'
          ? 'control'
          : 'epoch unknown';
    const metric = row.metric === 'balanced_accuracy' ? 'balanced accuracy' : 'accuracy';
    return `${escapeInline(row.run)} (${when}) with ${formatPercent(row.value)} ${metric}`;
  };
  if (best.length === 0) return ['**Best performing:** none yet (no successful evaluation)\n'];
  const only = best[0];
  if (best.length === 1 && only) {
    return [`**Best performing:** ${describeBest(only)} on ${escapeInline(only.task)}\n`];
  }
  return [
    {
      head: '**Best performing** (balanced accuracy for binary tasks, else accuracy):\n\n',
      items: best.map((row) => `- ${escapeInline(row.task)}: ${describeBest(row)}\n`),
      noun: 'tasks',
    },
  ];
}
