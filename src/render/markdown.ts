// summary.md: the skill's structure (title, status line, Run Status, Training Results, Evaluation
// Results, Best performing, Incomplete Runs, Next Steps, footer), from the summary model alone.
// Pure. Every name from the experiment is escaped, so no run or task name can break a table or add
// markup. With a size budget (GitHub job summary: 1 MiB; PR comment: 65,536 characters) it drops
// detail step by step and cuts tables at row boundaries instead of cutting the text blindly.
import {
  FAILED_STAGE_STATUSES,
  type BestRow,
  type EvaluationRow,
  type ExperimentSummary,
  type RunSummary,
  type StageStatus,
  type TrainingRow,
} from '../model/summary.js';
import {
  codeSpan,
  escapeInline,
  formatCount,
  formatDiagnostic,
  formatDuration,
  formatLoss,
  formatMetric,
  formatPercent,
  formatTimestamp,
  shellQuote,
} from './format.js';
import { baselineSectionParts, regressionHeadline } from './baseline-section.js';

export interface MarkdownOptions {
  /** Size budget of the whole text; no budget when absent. */
  maxLength?: number;
  /** What maxLength counts: UTF-8 bytes (job summary) or UTF-16 code units (PR comment). Default bytes. */
  unit?: 'bytes' | 'chars';
  /** Markdown shown wherever detail was left out, e.g. a link to the full summary.md. Trusted text. */
  fullReportNote?: string;
  /** The footer's tool name. */
  generator?: string;
}

const WAITING: ReadonlySet<StageStatus> = new Set(['RUNNING', 'PENDING']);

/** Per-row notes are cut to this length when detail is dropped for the budget. */
const SHORT_NOTE = 160;

export function renderMarkdown(summary: ExperimentSummary, options: MarkdownOptions = {}): string {
  const full = assemble(buildParts(summary, options, true), Infinity, options);
  const max = options.maxLength;
  if (max === undefined || !Number.isFinite(max)) return full;
  const measure = measurer(options.unit ?? 'bytes');
  if (measure(full) <= max) return full;

  // Step 1: drop per-row details, per-row notes and the warning list.
  const compactParts = buildParts(summary, options, false);
  const compact = assemble(compactParts, Infinity, options);
  if (measure(compact) <= max) return compact;

  // Step 2: keep at most `keep` rows of every table and list, the largest ones are cut first.
  const sizer = new PartsSizer(compactParts, options, measure);
  if (sizer.size(0) <= max) {
    let fits = 0;
    let tooBig = sizer.longest;
    while (tooBig - fits > 1) {
      const middle = Math.floor((fits + tooBig) / 2);
      if (sizer.size(middle) <= max) fits = middle;
      else tooBig = middle;
    }
    const cut = assemble(compactParts, fits, options);
    if (measure(cut) <= max) return cut;
  }

  // Step 3: a summary too big even without rows (a huge name or warning): the title lines only.
  return minimal(summary, options, max, measure);
}

// ---------------------------------------------------------------------------------------------
// Document parts: plain blocks of markdown, and tables or lists that may be cut at an item boundary.

interface Cuttable {
  /** Table header and delimiter row, or the line a list follows. */
  head: string;
  /** One table row or list item each, with its newline. */
  items: string[];
  /** What is counted in the cut note: "rows", "tasks". */
  noun: string;
}
type Part = string | Cuttable;

function buildParts(summary: ExperimentSummary, options: MarkdownOptions, details: boolean): Part[] {
  const parts: Part[] = [];
  const runType = new Map(summary.runs.map((run) => [run.name, run.type]));
  const noneCompleted = summary.total > 0 && summary.complete === 0;
  const anySuccess = summary.evaluations.some((row) => row.status === 'success');

  parts.push('# Experiment Summary\n');
  parts.push(
    `**Experiment:** ${codeSpan(summary.experiment.name)} | **Generated:** ${escapeInline(
      formatTimestamp(summary.generated),
    )} | **Status:** ${summary.complete}/${summary.total} complete\n`,
  );
  if (noneCompleted) {
    parts.push(
      anySuccess
        ? '**No run is complete yet.** The results below are partial; see Incomplete Runs.\n'
        : '**No run has completed and there are no evaluation results yet.** See Incomplete Runs and Troubleshooting below.\n',
    );
  }

  // Headline hook: the number of regressions since the baseline (the analysis headline goes here too).
  const regressions = regressionHeadline(summary.baseline);
  if (regressions) parts.push(`${regressions}\n`);

  // Run Status
  parts.push('## Run Status\n');
  parts.push(
    table(
      ['Run', 'Type', 'Fine-tuning', 'Evaluation'],
      summary.runs.map((run) => [
        escapeInline(run.name),
        run.type === 'control' ? 'Control' : 'Fine-tuned',
        run.finetune.status,
        run.evaluation.status,
      ]),
      'runs',
    ),
  );

  // Training Results
  parts.push('## Training Results\n');
  if (summary.training.length > 0) {
    parts.push(
      table(
        ['Run', 'Final Loss', 'Total Steps', 'Epochs', 'Duration'],
        summary.training.map((row) => [
          escapeInline(row.run),
          formatLoss(row.final_loss),
          formatCount(row.total_steps),
          formatCount(row.epochs),
          formatDuration(row.duration_s),
        ]),
        'rows',
      ),
    );
  } else {
    parts.push('No fine-tuning results.\n');
  }
  parts.push(trainingNotes(summary, details));

  // Evaluation Results
  parts.push('## Evaluation Results\n');
  if (summary.evaluations.length > 0) {
    parts.push(
      table(
        ['Run', 'Task', 'Epoch', 'Accuracy', 'Bal. Acc', 'F1', 'Samples'],
        summary.evaluations.map((row) => evaluationCells(row)),
        'rows',
      ),
    );
    const notes = evaluationNotes(summary.evaluations, runType, details);
    if (notes) parts.push(notes);
  } else {
    parts.push('No evaluations in the matrix.\n');
  }
  parts.push(...bestPerforming(summary.best, runType, summary.evaluations.length > 0));

  // Changes since baseline
  if (summary.baseline) parts.push(...baselineSectionParts(summary.baseline, details));

  // Incomplete Runs
  parts.push('## Incomplete Runs\n');
  if (summary.incomplete.length > 0) {
    parts.push(
      table(
        ['Run', 'Stage', 'Status', 'Notes'],
        summary.incomplete.map((row) => [
          escapeInline(row.run),
          row.stage === 'fine-tuning' ? 'Fine-tuning' : 'Evaluation',
          row.status,
          escapeInline(details ? row.notes : shorten(row.notes, SHORT_NOTE)),
        ]),
        'rows',
      ),
    );
  } else {
    parts.push('None: every run completed fine-tuning and evaluation.\n');
  }

  const troubleshooting = troubleshootingSteps(summary, details);
  if (troubleshooting) parts.push('## Troubleshooting\n', troubleshooting);

  parts.push('## Next Steps\n', nextSteps(summary));

  if (summary.warnings.length > 0) {
    parts.push('## Warnings\n');
    if (details) {
      parts.push({
        head: '',
        items: summary.warnings.map((warning) => `- ${escapeInline(formatDiagnostic(warning))}\n`),
        noun: 'warnings',
      });
    } else {
      const note = options.fullReportNote ? ` ${oneLine(options.fullReportNote)}` : '';
      parts.push(
        `${summary.warnings.length} warning${summary.warnings.length === 1 ? '' : 's'}: listed in the full summary and in logs/summarize-experiment.log.${note}\n`,
      );
    }
  }

  if (!details) {
    const note = options.fullReportNote ? ` ${oneLine(options.fullReportNote)}` : '';
    parts.push(`*Per-run details are left out here to keep this short.*${note}\n`);
  }

  parts.push(`---\n*Generated by ${escapeInline(options.generator ?? 'summarize-experiment')}*\n`);
  return parts;
}

function table(header: string[], rows: string[][], noun: string): Cuttable {
  const line = (cells: string[]): string => `| ${cells.join(' | ')} |\n`;
  return {
    // The skill's delimiter style: |-----|------|
    head: `${line(header)}|${header.map((title) => '-'.repeat(Math.max(3, title.length + 2))).join('|')}|\n`,
    items: rows.map(line),
    noun,
  };
}

function evaluationCells(row: EvaluationRow): string[] {
  const epoch = row.epoch === null ? '-' : String(row.epoch);
  const start = [escapeInline(row.run), escapeInline(row.task), epoch];
  switch (row.status) {
    case 'success': {
      // Bal. Acc and F1 exist only for binary (0/1) tasks: "-" elsewhere, as in the skill.
      const binary = row.balanced_accuracy !== null || row.f1 !== null;
      return [
        ...start,
        formatMetric(row.accuracy),
        binary ? formatMetric(row.balanced_accuracy) : '-',
        binary ? formatMetric(row.f1) : '-',
        formatCount(row.samples),
      ];
    }
    case 'missing':
      return [...start, 'N/A', '-', '-', '-'];
    case 'started':
      return [...start, 'RUNNING', '-', '-', formatCountOrDash(row.samples)];
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

function trainingNotes(summary: ExperimentSummary, details: boolean): string {
  const lines: string[] = [];
  const controls = summary.runs.filter((run) => run.type === 'control');
  if (controls.length > 0) {
    lines.push(
      `- Control runs have no training loss: ${joinNames(
        controls.map((run) => run.name),
        details,
      )}`,
    );
  }
  lines.push(
    '- Final Loss, Total Steps and Epochs from the last loss line of the training SLURM output; N/A when none was found',
  );
  lines.push('- Duration from SLURM elapsed time (sacct); - when unknown');
  if (details) {
    const byRun = new Map(summary.runs.map((run) => [run.name, run]));
    for (const row of summary.training) {
      const detail = trainingDetail(row, byRun.get(row.run));
      if (detail) lines.push(`- ${escapeInline(row.run)}: ${detail}`);
    }
  }
  return `**Notes:**\n${lines.join('\n')}\n`;
}

function trainingDetail(row: TrainingRow, run: RunSummary | undefined): string {
  const pieces: string[] = [];
  if (run && run.finetune.status !== 'COMPLETED') pieces.push(run.finetune.status);
  if (run?.finetune.reason) pieces.push(escapeInline(run.finetune.reason));
  const source = row.slurm_out ?? run?.finetune.slurm_out;
  if (source) pieces.push(`from ${codeSpan(source)}`);
  if (row.checkpoints && row.checkpoints.length > 0) {
    pieces.push(`checkpoints epoch ${row.checkpoints.join(', ')}`);
  }
  return pieces.join('; ');
}

function evaluationNotes(
  rows: EvaluationRow[],
  runType: Map<string, string>,
  details: boolean,
): string | null {
  const lines: string[] = [];
  if (rows.some((row) => row.status === 'success' && row.balanced_accuracy === null && row.f1 === null)) {
    lines.push('- Bal. Acc and F1 are shown as - for tasks that are not binary (targets other than 0/1)');
  }
  if (rows.some((row) => row.status === 'error' || row.status === 'unreadable')) {
    lines.push('- ERROR: the evaluation failed or its log could not be read');
  }
  if (rows.some((row) => row.status === 'missing')) lines.push('- N/A: no log for this evaluation yet');
  if (rows.some((row) => row.status === 'started'))
    lines.push('- RUNNING: the evaluation log is still being written');
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

function bestPerforming(best: BestRow[], runType: Map<string, string>, hasEvaluations: boolean): Part[] {
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

function troubleshootingSteps(summary: ExperimentSummary, details: boolean): string | null {
  const finetune = new Set(summary.runs.map((run) => run.finetune.status));
  const evalStatuses = new Set(summary.evaluations.map((row) => row.status));
  const steps: string[] = [];
  const anyFailed = summary.incomplete.some((row) => FAILED_STAGE_STATUSES.has(row.status));
  if (anyFailed) {
    steps.push(
      'Read the end of the SLURM output named in Incomplete Runs: the error is usually in its last lines.',
    );
    const jobIds = summary.runs
      .filter((run) => FAILED_STAGE_STATUSES.has(run.finetune.status) && run.finetune.job_id)
      .map((run) => run.finetune.job_id as string);
    if (jobIds.length > 0) {
      const shown = details ? jobIds : jobIds.slice(0, 10);
      steps.push(
        `Check what SLURM recorded: ${codeSpan(`sacct -j ${shown.map(shellQuote).join(',')} --format=JobID,JobName%60,State,Elapsed,ExitCode`)}`,
      );
    }
  }
  if (finetune.has('OUT_OF_MEMORY')) {
    steps.push(
      "Out of memory: lower `batch_size` (or enable activation checkpointing) in the run's finetune.yaml, then resubmit its finetune.slurm.",
    );
  }
  if (finetune.has('TIMEOUT')) {
    steps.push(
      "Time limit: raise `#SBATCH --time` in the run's finetune.slurm (or train fewer epochs), then resubmit.",
    );
  }
  if (finetune.has('CANCELLED') || finetune.has('PREEMPTED') || finetune.has('NODE_FAIL')) {
    steps.push(
      'Cancelled, preempted or node failure: resubmit the job (`sbatch finetune.slurm` in the run directory).',
    );
  }
  if (finetune.has('FAILED')) {
    steps.push(
      'Failed: the Notes show the last error line of the training output; fix the cause and resubmit.',
    );
  }
  if (evalStatuses.has('error') || evalStatuses.has('unreadable') || evalStatuses.has('cancelled')) {
    steps.push(
      "Failed or unreadable evaluations: `inspect log dump LOG --header-only` shows the error of a log; rerun the job script in the run's eval/ folder.",
    );
  }
  if (finetune.has('NOT_STARTED')) {
    steps.push('Fine-tuning not started: submit it with `sbatch finetune.slurm` in the run directory.');
  }
  if (
    summary.runs.some((run) => WAITING.has(run.finetune.status) || WAITING.has(run.evaluation.status)) ||
    evalStatuses.has('started')
  ) {
    steps.push(
      'Jobs still pending or running: check them with `squeue -u $USER` and summarize again when they finish.',
    );
  }
  if (steps.length === 0) return null;
  return `${steps.map((step, index) => `${index + 1}. ${step}`).join('\n')}\n`;
}

function nextSteps(summary: ExperimentSummary): string {
  const dir = summary.experiment.dir;
  const steps: string[] = [];
  const firstLog = summary.evaluations.find((row) => row.status === 'success' && row.log)?.log;
  if (summary.evaluations.some((row) => row.log)) {
    steps.push(
      `View detailed evaluation results (all runs): ${codeSpan(`inspect view --log-dir ${shellQuote(dir)}`)}`,
    );
  }
  if (firstLog) {
    const logPath = firstLog.startsWith('/') ? firstLog : `${dir.replace(/\/+$/, '')}/${firstLog}`;
    steps.push(
      `Dump a log as plain JSON (add --header-only to skip the samples): ${codeSpan(`inspect log dump ${shellQuote(logPath)}`)}`,
    );
  }
  steps.push(
    'Machine-readable results: `summary.json` in the experiment directory, beside `summary.md`; the process log is `logs/summarize-experiment.log` there',
  );
  if (summary.incomplete.length > 0) {
    steps.push(
      `After rerunning the incomplete runs, summarize again: ${codeSpan(`npx summarize-experiment ${shellQuote(dir)}`)}`,
    );
  }
  return `${steps.map((step, index) => `${index + 1}. ${step}`).join('\n')}\n`;
}

function joinNames(names: string[], details: boolean): string {
  const shown = details ? names : names.slice(0, 5);
  const rest = names.length - shown.length;
  return shown.map(escapeInline).join(', ') + (rest > 0 ? ` and ${rest} more` : '');
}

function shorten(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}

// ---------------------------------------------------------------------------------------------
// Assembly and the size budget.

function cutNote(left: number, noun: string, options: MarkdownOptions): string {
  const note = options.fullReportNote ? ` ${oneLine(options.fullReportNote)}` : '';
  return `\n*${left} more ${noun} in the full summary.*${note}\n`;
}

/** Parts joined by blank lines; every table and list keeps at most `keep` items. */
function assemble(parts: Part[], keep: number, options: MarkdownOptions): string {
  return parts
    .map((part) => {
      if (typeof part === 'string') return part;
      const shown = part.items.length <= keep ? part.items : part.items.slice(0, keep);
      const left = part.items.length - shown.length;
      return part.head + shown.join('') + (left > 0 ? cutNote(left, part.noun, options) : '');
    })
    .join('\n');
}

type Measure = (text: string) => number;

function measurer(unit: 'bytes' | 'chars'): Measure {
  return unit === 'chars' ? (text) => text.length : (text) => Buffer.byteLength(text, 'utf8');
}

/** The size of assemble(parts, keep) for any keep, without building the text (prefix sums). */
class PartsSizer {
  private readonly fixed: number;
  private readonly cuttables: Array<{ head: number; prefix: number[]; noun: string }>;
  readonly longest: number;

  constructor(
    parts: Part[],
    private readonly options: MarkdownOptions,
    private readonly measure: Measure,
  ) {
    let fixed = Math.max(0, parts.length - 1); // the joining newlines
    const cuttables: Array<{ head: number; prefix: number[]; noun: string }> = [];
    for (const part of parts) {
      if (typeof part === 'string') {
        fixed += measure(part);
        continue;
      }
      const prefix = [0];
      for (const item of part.items) prefix.push((prefix[prefix.length - 1] ?? 0) + measure(item));
      cuttables.push({ head: measure(part.head), prefix, noun: part.noun });
    }
    this.fixed = fixed;
    this.cuttables = cuttables;
    this.longest = Math.max(0, ...cuttables.map((part) => part.prefix.length - 1));
  }

  size(keep: number): number {
    let total = this.fixed;
    for (const part of this.cuttables) {
      const count = part.prefix.length - 1;
      const shown = Math.min(count, keep);
      total += part.head + (part.prefix[shown] ?? 0);
      if (shown < count) total += this.measure(cutNote(count - shown, part.noun, this.options));
    }
    return total;
  }
}

/** Title and status only, for budgets too small for any table; cut at a line boundary if even that is too big. */
function minimal(
  summary: ExperimentSummary,
  options: MarkdownOptions,
  max: number,
  measure: Measure,
): string {
  const name = shorten(summary.experiment.name, 200);
  const lines = [
    '# Experiment Summary\n',
    `**Experiment:** ${codeSpan(name)} | **Status:** ${summary.complete}/${summary.total} complete\n`,
    `The summary is too large to show here.${options.fullReportNote ? ` ${oneLine(options.fullReportNote)}` : ''}\n`,
  ];
  while (lines.length > 0) {
    const text = lines.join('\n');
    if (measure(text) <= max) return text;
    lines.pop();
  }
  return '';
}
