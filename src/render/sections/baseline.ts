// The "Changes since baseline" section of summary.md: rows that got worse first, then better, then
// the rest of the compared rows, new and missing rows, changed stage statuses and final losses, and
// a note on how the verdicts were reached. Pure; every name is escaped. Tables and lists are handed
// to the size fitter as cuttable parts, so a budget drops their last items (the least important).
import type {
  BaselineComparison,
  ComparedRow,
  NewOrMissingRow,
  StatusChange,
} from '../../model/baseline/comparison.js';
import type { Cuttable, Part } from '../fit.js';
import { escapeInline, formatLoss, formatMetric } from '../format.js';

export const BASELINE_HEADING = '## Changes since baseline';

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

/** "+0.120" / "-0.050": a difference with its sign. */
export function formatDelta(value: number | null): string {
  if (value === null || !Number.isFinite(value)) return formatMetric(value);
  const text = Math.abs(value).toFixed(3);
  if (text === '0.000') return '0.000';
  return `${value < 0 ? '-' : '+'}${text}`;
}

/** The line the headline shows when something regressed; null when nothing did. */
export function regressionHeadline(comparison: BaselineComparison | undefined): string | null {
  if (!comparison || comparison.regressions === 0) return null;
  return `**${plural(comparison.regressions, 'regression')} since the baseline** (see Changes since baseline).`;
}

function rowName(row: { run: string; task: string; epoch: number | null }): string[] {
  return [escapeInline(row.run), escapeInline(row.task), row.epoch === null ? '-' : String(row.epoch)];
}

function verdictCell(row: ComparedRow): string {
  const shown =
    row.verdict === 'regressed' || row.verdict === 'improved' ? `**${row.verdict}**` : row.verdict;
  return row.reason ? `${shown}: ${escapeInline(row.reason)}` : shown;
}

function intervalCell(row: ComparedRow): string {
  if (row.low === null || row.high === null) return formatDelta(row.delta);
  return `${formatDelta(row.delta)} [${formatDelta(row.low)}, ${formatDelta(row.high)}]`;
}

function table(header: string[], rows: string[][], noun: string): Cuttable {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |\n`;
  return {
    head: `${line(header)}|${header.map((title) => '-'.repeat(Math.max(3, title.length + 2))).join('|')}|\n`,
    items: rows.map(line),
    noun,
  };
}

function list(head: string, items: string[], noun: string): Cuttable {
  return { head, items: items.map((item) => `- ${item}\n`), noun };
}

function statusItem(change: StatusChange): string {
  const where =
    change.task === undefined
      ? `${escapeInline(change.run)} ${change.stage}`
      : `${escapeInline(change.run)} / ${escapeInline(change.task)} / epoch ${change.epoch ?? '-'} (evaluation log)`;
  const text = `${where}: ${escapeInline(change.from)} → ${escapeInline(change.to)}`;
  return change.worse ? `**${text}**` : text;
}

function newOrMissing(row: NewOrMissingRow): string {
  const [run, task, epoch] = rowName(row);
  return `${run} / ${task} / epoch ${epoch}: accuracy ${formatMetric(row.accuracy)}`;
}

/** What the verdicts mean and how they were reached: one paragraph. */
function methodNote(comparison: BaselineComparison): string {
  const paired = comparison.rows.filter((row) => row.paired && row.p !== null).length;
  const unpaired = comparison.compared - paired;
  const margin = comparison.margin > 0 ? `±${comparison.margin}` : '0';
  const how = [
    paired > 0
      ? `${paired} paired on the per-sample scores of the same samples (t on the per-sample differences; exact McNemar p-values for 0/1 scores)`
      : '',
    unpaired > 0
      ? `${unpaired} unpaired from the two standard errors (Welch t; a side kept no per-sample scores)`
      : '',
  ].filter(Boolean);
  return (
    `Δ is now − baseline of accuracy (the mean per-sample score), with its 95% interval` +
    `${how.length > 0 ? `: ${how.join(', ')}` : ''}. ` +
    `Verdicts control the family-wise error across the ${plural(comparison.compared, 'row')} compared ` +
    `(${comparison.correction}, α = ${comparison.alpha}): *regressed* / *improved* = beyond the margin (${margin}) ` +
    `after the correction; *no change* = the interval lies inside the margin; *inconclusive* = neither, these ` +
    `samples cannot tell; *not comparable* = another scorer, sample count or set of sample ids.\n`
  );
}

export function baselineSectionParts(comparison: BaselineComparison, details: boolean): Part[] {
  const from =
    comparison.url && !comparison.source.includes(comparison.url)
      ? ` (run ${escapeInline(comparison.url)})`
      : '';
  const counts = [
    `**${plural(comparison.regressions, 'regression')}**`,
    plural(comparison.improvements, 'improvement'),
    `${comparison.compared} of ${plural(comparison.rows.length, 'row')} compared`,
  ];
  if (comparison.new_rows.length) counts.push(`${comparison.new_rows.length} new`);
  if (comparison.missing_rows.length) counts.push(`${comparison.missing_rows.length} missing`);
  const parts: Part[] = [
    `${BASELINE_HEADING}\n`,
    `Compared with ${escapeInline(comparison.source)}${from}.\n`,
    `${counts.join(', ')}.\n`,
  ];
  if (comparison.rows.length > 0) parts.push(comparedTable(comparison.rows));
  parts.push(...otherChanges(comparison), methodNote(comparison));
  if (details && comparison.problems.length > 0) {
    parts.push(list('Baseline caveats:\n\n', comparison.problems.map(escapeInline), 'caveats'));
  }
  return parts;
}

function comparedTable(rows: ComparedRow[]): Cuttable {
  return table(
    ['Run', 'Task', 'Epoch', 'Baseline → now', 'Δ [95% CI]', 'Pairing', 'Verdict'],
    rows.map((row) => [
      ...rowName(row),
      `${formatMetric(row.baseline)} → ${formatMetric(row.now)}`,
      intervalCell(row),
      row.p === null && row.low === null ? '-' : row.paired ? 'paired' : 'unpaired',
      verdictCell(row),
    ]),
    'compared rows',
  );
}

/** New and missing rows, status changes, loss changes: each only when there is one. */
function otherChanges(comparison: BaselineComparison): Part[] {
  const parts: Part[] = [];
  if (comparison.new_rows.length > 0) {
    parts.push(
      list('New rows (not in the baseline):\n\n', comparison.new_rows.map(newOrMissing), 'new rows'),
    );
  }
  if (comparison.missing_rows.length > 0) {
    const items = comparison.missing_rows.map(newOrMissing);
    parts.push(list('Missing rows (in the baseline, not now):\n\n', items, 'missing rows'));
  }
  if (comparison.status_changes.length > 0) {
    parts.push(list('Status changes:\n\n', comparison.status_changes.map(statusItem), 'status changes'));
  }
  if (comparison.loss_changes.length > 0) {
    const rows = comparison.loss_changes.map((change) => [
      escapeInline(change.run),
      `${formatLoss(change.from)} → ${formatLoss(change.to)}${change.became_nan ? ' **(became nan)**' : ''}`,
    ]);
    parts.push(
      'Final training loss changes:\n',
      table(['Run', 'Final loss: baseline → now'], rows, 'loss changes'),
    );
  }
  return parts;
}
