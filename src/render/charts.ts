// Charts GitHub renders natively: mermaid `xychart-beta` blocks (training loss per fine-tuned run,
// the headline metric by checkpoint epoch per task), each with a text legend under it because
// GitHub's mermaid may draw none. Pure: data in, markdown out. Names are data: every label is quoted
// and escaped so no name can break a chart (see the mermaid-xychart notes in the README).
import { cleanLine } from '../util/clean-text.js';
import { escapeInline } from './format.js';

export interface LossChartRun {
  run: string;
  /** By step; NaN/±Infinity losses mark a divergence. */
  points: ReadonlyArray<{ step: number; loss: number }>;
  divergedAt: { step: number; loss: number } | null;
}

export interface MetricChartLine {
  run: string;
  /** Value by checkpoint epoch (0-based, as in the tables); a control has one value, drawn flat. */
  values: ReadonlyArray<{ epoch: number; value: number }>;
  control: boolean;
}

export interface MetricChart {
  task: string;
  /** e.g. "balanced accuracy". */
  metric: string;
  lines: MetricChartLine[];
}

export interface ChartsInput {
  loss: LossChartRun[];
  /** Fine-tuned runs with a loss whose curve was not read. */
  lossNotRead?: number;
  metrics: MetricChart[];
}

export interface ChartOptions {
  /** Lines per chart at most (default 8, the palette's size); more runs are summarised. */
  maxLines?: number;
}

export interface LossChartOptions extends ChartOptions {
  /** Runs with a training loss whose curve was not read (only the ones drawn are): counted as not drawn. */
  notRead?: number;
}

const PALETTE: ReadonlyArray<{ color: string; swatch: string }> = [
  { color: '#2563eb', swatch: '🟦' },
  { color: '#dc2626', swatch: '🟥' },
  { color: '#16a34a', swatch: '🟩' },
  { color: '#ea580c', swatch: '🟧' },
  { color: '#9333ea', swatch: '🟪' },
  { color: '#92400e', swatch: '🟫' },
  { color: '#ca8a04', swatch: '🟨' },
  { color: '#111827', swatch: '⬛' },
];
const GRID = 50;
/** Lines per chart at most (the palette's size); the pipeline reads only as many loss curves. */
export const MAX_CHART_LINES = 8;
const LABEL_LENGTH = 40;
const LEGEND_LENGTH = 80;

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const MERMAID_ENTITY: Record<string, string> = { '#': '#35;', '"': '#quot;', '<': '#lt;', ';': '#59;' };

function shorten(text: string, max: number): string {
  // cleanLine also names a U+FFFD or a lone surrogate, which would show as U+FFFD in a chart.
  const chars = Array.from(cleanLine(text.replace(CONTROL, ' ')));
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('')}…`;
}

/** Untrusted text as a quoted mermaid label: `"` `<` `#` `;` become mermaid entities, nothing else can end it. */
export function mermaidLabel(text: string, max = LABEL_LENGTH): string {
  return `"${shorten(text, max).replace(/[#"<;]/g, (char) => MERMAID_ENTITY[char]!)}"`;
}

/** A number mermaid's lexer accepts: plain decimal, no exponent, no `-0`. */
export function mermaidNumber(value: number): string {
  const text = Number(value.toFixed(6)).toString();
  if (!/e/.test(text)) return text === '-0' ? '0' : text;
  return Math.abs(value) < 1 ? '0' : BigInt(Math.round(value)).toString();
}

/** Round up to a tidy axis maximum (1, 2, 2.5 or 5 times a power of ten). */
function niceCeiling(value: number): number {
  if (!(value > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  const step = [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10].find(
    (factor) => factor * power >= value * (1 - 1e-12),
  )!;
  return step * power;
}

function frontMatter(colors: string[]): string {
  return [
    '---',
    'config:',
    '  xyChart:',
    '    width: 900',
    '    height: 420',
    '  themeVariables:',
    '    xyChart:',
    `      plotColorPalette: "${colors.join(', ')}"`,
    '---',
  ].join('\n');
}

function mermaidBlock(colors: string[], lines: string[]): string {
  return ['```mermaid', frontMatter(colors), 'xychart-beta', ...lines.map((line) => `  ${line}`), '```'].join(
    '\n',
  );
}

function legendLine(entries: string[]): string {
  return entries.join(' · ');
}

/** Value at `x` by linear interpolation between points sorted by x; flat outside them. */
function interpolate(points: ReadonlyArray<{ x: number; y: number }>, x: number): number {
  if (x <= points[0]!.x) return points[0]!.y;
  for (let i = 1; i < points.length; i++) {
    const right = points[i]!;
    if (x <= right.x) {
      const left = points[i - 1]!;
      return right.x === left.x ? right.y : left.y + ((right.y - left.y) * (x - left.x)) / (right.x - left.x);
    }
  }
  return points[points.length - 1]!.y;
}

interface LossAxes {
  /** Each run on its own progress (0–100%) instead of a shared step axis. */
  byPercent: boolean;
  first: number;
  longest: number;
  top: number;
  bottom: number;
  /** The first steps' losses exceed `top` and are drawn at it. */
  clipped: boolean;
}

function lossAxes(shown: LossChartRun[]): LossAxes {
  const lastSteps = shown.map((run) => run.points[run.points.length - 1]!.step);
  const longest = Math.max(...lastSteps);
  const first = Math.min(...shown.map((run) => run.points[0]!.step));
  const finite = shown.flatMap((run) => run.points.map((p) => p.loss).filter(Number.isFinite));
  // The first steps' loss is often many times the rest: past 2× the later maximum, it is drawn at
  // the top (and the legend says so) rather than flattening the part a reader looks at.
  const later = shown.flatMap((run) => {
    const end = run.points[run.points.length - 1]!.step;
    const from = run.points[0]!.step + 0.1 * (end - run.points[0]!.step);
    return run.points.filter((p) => p.step >= from && Number.isFinite(p.loss)).map((p) => p.loss);
  });
  const highest = Math.max(0, ...finite);
  const laterHighest = Math.max(0, ...later);
  const clipped = later.length > 0 && highest > 2 * laterHighest;
  return {
    // Runs of (about) the same length share a step axis; otherwise progress in % makes them comparable.
    byPercent: Math.min(...lastSteps) < 0.95 * longest,
    first,
    longest,
    top: niceCeiling(clipped ? laterHighest : highest),
    bottom: Math.min(0, ...finite),
    clipped,
  };
}

/** A run's loss on the chart's grid: interpolated, capped at the top, at the top once diverged. */
function lossLine(run: LossChartRun, axes: LossAxes): string {
  const end = run.points[run.points.length - 1]!.step;
  const start = axes.byPercent ? run.points[0]!.step : axes.first;
  const divergedStep = run.divergedAt?.step ?? Infinity;
  const finitePoints = run.points
    .filter((p) => Number.isFinite(p.loss) && p.step < divergedStep)
    .map((p) => ({ x: p.step, y: p.loss }));
  const values: number[] = [];
  for (let k = 0; k < GRID; k++) {
    const step = start + (k / (GRID - 1)) * ((axes.byPercent ? end : axes.longest) - start);
    const value =
      step >= divergedStep || finitePoints.length === 0 ? axes.top : interpolate(finitePoints, step);
    values.push(Math.min(axes.top, value));
  }
  return `line ${mermaidLabel(run.run)} [${values.map(mermaidNumber).join(', ')}]`;
}

/** The loss chart of the fine-tuned runs; empty when no run has two points. */
export function renderLossChart(runs: LossChartRun[], options: LossChartOptions = {}): string {
  const maxLines = Math.min(PALETTE.length, options.maxLines ?? PALETTE.length);
  const usable = runs.filter((run) => run.points.length >= 2);
  if (usable.length === 0) return '';
  const finalLoss = (run: LossChartRun): number => {
    const last = run.points[run.points.length - 1]!.loss;
    return Number.isFinite(last) ? last : Infinity;
  };
  const shown =
    usable.length <= maxLines
      ? usable
      : [...usable].sort((a, b) => finalLoss(a) - finalLoss(b)).slice(0, maxLines);
  const axes = lossAxes(shown);
  const chart = mermaidBlock(
    shown.map((_, index) => PALETTE[index]!.color),
    [
      `title ${mermaidLabel('Training loss')}`,
      axes.byPercent
        ? `x-axis ${mermaidLabel('% of each run')} 0 --> 100`
        : `x-axis ${mermaidLabel('step')} ${axes.first} --> ${axes.longest}`,
      `y-axis ${mermaidLabel('loss')} ${mermaidNumber(axes.bottom)} --> ${mermaidNumber(axes.top)}`,
      ...shown.map((run) => lossLine(run, axes)),
    ],
  );
  const legend = shown.map((run, index) => {
    const diverged = run.divergedAt
      ? ` (diverged: loss ${Number.isNaN(run.divergedAt.loss) ? 'nan' : 'inf'} at step ${run.divergedAt.step}, drawn at the top from there)`
      : '';
    return `${PALETTE[index]!.swatch} ${escapeInline(shorten(run.run, LEGEND_LENGTH))}${diverged}`;
  });
  const notes: string[] = [];
  if (axes.byPercent) notes.push('Runs differ in length: the x axis is each run’s progress.');
  if (axes.clipped)
    notes.push(`Losses above ${mermaidNumber(axes.top)} (the first steps) are drawn at the top.`);
  const notDrawn = usable.length - shown.length + (options.notRead ?? 0);
  if (notDrawn > 0) {
    notes.push(`${notDrawn} more run(s) not drawn; shown: the ${shown.length} with the lowest final loss.`);
  }
  return [chart, '', legendLine(legend), ...(notes.length > 0 ? ['', notes.join(' ')] : [])].join('\n');
}

/** The headline metric by checkpoint epoch for one task; empty with fewer than two epochs. */
export function renderMetricChart(chart: MetricChart, options: ChartOptions = {}): string {
  const maxLines = Math.min(PALETTE.length, options.maxLines ?? PALETTE.length);
  const runs = chart.lines.filter((line) => !line.control && line.values.length > 0);
  const controls = chart.lines.filter((line) => line.control && line.values.length > 0);
  const epochs = [...new Set(runs.flatMap((line) => line.values.map((v) => v.epoch)))].sort((a, b) => a - b);
  if (epochs.length < 2) return '';
  const control = controls.slice(0, 1);
  const best = (line: MetricChartLine): number => Math.max(...line.values.map((v) => v.value));
  const room = maxLines - control.length;
  const shown = runs.length <= room ? runs : [...runs].sort((a, b) => best(b) - best(a)).slice(0, room);
  const all = [...shown, ...control];
  const values = all.flatMap((line) => line.values.map((v) => v.value));
  const low = Math.max(0, Math.floor(Math.min(...values) * 10) / 10 - 0.1);
  const high = Math.min(1, Math.ceil(Math.max(...values) * 10) / 10 + 0.1);
  const [bottom, top] =
    Math.max(...values) > 1 || Math.min(...values) < 0
      ? [Math.min(...values), Math.max(...values)]
      : [low, high];
  const legend: string[] = [];
  const series = all.map((line, index) => {
    const points = [...line.values]
      .sort((a, b) => a.epoch - b.epoch)
      .map((v) => ({ x: v.epoch, y: v.value }));
    const missing = line.control ? [] : epochs.filter((epoch) => !points.some((p) => p.x === epoch));
    const swatch = line.control ? PALETTE[PALETTE.length - 1]!.swatch : PALETTE[index]!.swatch;
    const note = line.control
      ? ' (control: not fine-tuned, drawn flat)'
      : missing.length > 0
        ? ` (epoch ${missing.join(', ')} not evaluated: line interpolated)`
        : '';
    legend.push(`${swatch} ${escapeInline(shorten(line.run, LEGEND_LENGTH))}${note}`);
    const data = epochs.map((epoch) => (line.control ? points[0]!.y : interpolate(points, epoch)));
    return `line ${mermaidLabel(line.run)} [${data.map(mermaidNumber).join(', ')}]`;
  });
  const colors = all.map((line, index) =>
    line.control ? PALETTE[PALETTE.length - 1]!.color : PALETTE[index]!.color,
  );
  const block = mermaidBlock(colors, [
    `title ${mermaidLabel(`${chart.task}: ${chart.metric}`, 60)}`,
    `x-axis ${mermaidLabel('checkpoint epoch')} [${epochs.map((epoch) => mermaidLabel(String(epoch))).join(', ')}]`,
    `y-axis ${mermaidLabel(chart.metric)} ${mermaidNumber(bottom)} --> ${mermaidNumber(top === bottom ? top + 1 : top)}`,
    ...series,
  ]);
  const notes: string[] = [];
  if (shown.length < runs.length) {
    notes.push(
      `${runs.length - shown.length} more run(s) not drawn; shown: the ${shown.length} with the highest ${escapeInline(chart.metric)}.`,
    );
  }
  if (controls.length > 1) notes.push(`${controls.length - 1} more control run(s) not drawn.`);
  return [block, '', legendLine(legend), ...(notes.length > 0 ? ['', notes.join(' ')] : [])].join('\n');
}

/** The collapsible charts section (after the tables); empty when there is nothing to draw. */
export function renderCharts(input: ChartsInput, options: ChartOptions = {}): string {
  const parts: string[] = [];
  const loss = renderLossChart(input.loss, { ...options, notRead: input.lossNotRead ?? 0 });
  if (loss) parts.push('#### Training loss', '', loss);
  for (const chart of input.metrics) {
    const metric = renderMetricChart(chart, options);
    if (metric)
      parts.push(
        `#### ${escapeInline(shorten(chart.task, LEGEND_LENGTH))}: ${escapeInline(chart.metric)} by checkpoint epoch`,
        '',
        metric,
      );
  }
  if (parts.length === 0) return '';
  return ['<details>', '<summary>Charts</summary>', '', ...joinParts(parts), '', '</details>'].join('\n');
}

function joinParts(parts: string[]): string[] {
  // Blank line after each chart body so the next heading starts a block.
  return parts.flatMap((part) => (part.startsWith('```mermaid') ? [part, ''] : [part]));
}
