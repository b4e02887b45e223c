// `summarize-experiment [EXPERIMENT_DIR] [--no-sacct] [--sacct PATH] [--no-charts] [--quiet]`: the main job.
// Exit 0 whenever a summary was written (failed runs and partial results included); 1 when no
// summary can be made (no YAML, YAML that does not parse, no runs); 2 for a usage error.
import { parseArgs } from 'node:util';
import type { CliIo } from './io.js';
import { summarizeExperiment, type SacctSetting, type SummarizeResult } from '../sinks/files.js';
import { baselineFromPath, type BaselineOptions } from '../pipeline/baseline.js';
import { formatDiagnostic, formatMetric } from '../render/format.js';

export const SUMMARIZE_USAGE = `usage: summarize-experiment [EXPERIMENT_DIR] [--no-sacct] [--sacct PATH] [--no-charts]
                            [--baseline PATH [--margin X]] [--quiet]
       summarize-experiment read-eval PATH... [--json] [--scorer NAME]
       summarize-experiment read-loss PATH... [--json]

Summarizes a fine-tuning + evaluation experiment: writes summary.md, summary.json and
logs/summarize-experiment.log into EXPERIMENT_DIR (default: the current directory), which must
hold experiment_summary.yaml (the path of that file is accepted too).

  --no-sacct    do not ask SLURM accounting (statuses and durations come from the files)
  --sacct PATH  the sacct executable to use (default: sacct from PATH)
  --baseline PATH
                compare with an earlier summary.json (or a directory holding one):
                adds "Changes since baseline" (regressed, improved, no change, inconclusive)
  --margin X    differences within ±X do not matter (accuracy, 0 ≤ X < 1; default 0)
  --no-charts   no mermaid charts (loss curves, metric by epoch) in summary.md
  --quiet       print nothing but errors (unreadable files included)
  --help        this text
`;

/** Progress is for long runs only: a small experiment finishes before anything is shown. */
const PROGRESS_AFTER_MS = 750;

export async function summarizeCommand(args: string[], io: CliIo): Promise<number> {
  const options = parseOptions(args, io);
  if (typeof options === 'number') return options;
  const { sacct, quiet } = options;
  const clock = io.clock ?? Date.now;
  const started = clock();
  const showProgress = io.stderrIsTTY && !quiet;

  let result;
  try {
    result = await summarizeExperiment({
      experimentPath: options.experimentPath,
      sacct,
      ...(options.baseline ? { baseline: options.baseline } : {}),
      charts: options.charts,
      progress: (message) => {
        if (showProgress && clock() - started > PROGRESS_AFTER_MS) io.stderr(`… ${message}\n`);
      },
    });
  } catch (error) {
    io.stderr(`summarize-experiment: ${(error as Error).message}\n`);
    return 1;
  }
  report(result, quiet, io);
  return 0;
}

interface CommandOptions {
  experimentPath: string;
  sacct: SacctSetting;
  quiet: boolean;
  charts: boolean;
  baseline: BaselineOptions | null;
}

/** The command's options, or the exit code when there is nothing to run (usage error, --help). */
function parseOptions(args: string[], io: CliIo): CommandOptions | number {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        'no-sacct': { type: 'boolean' },
        sacct: { type: 'string' },
        baseline: { type: 'string' },
        margin: { type: 'string' },
        'no-charts': { type: 'boolean' },
        quiet: { type: 'boolean', short: 'q' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    io.stderr(`summarize-experiment: ${(error as Error).message}\n\n${SUMMARIZE_USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(SUMMARIZE_USAGE);
    return 0;
  }
  if (positionals.length > 1) {
    io.stderr(
      `summarize-experiment: one experiment at a time, got ${positionals.length} paths\n\n${SUMMARIZE_USAGE}`,
    );
    return 2;
  }
  const sacct = sacctOption(values['no-sacct'] === true, values.sacct, io);
  if (typeof sacct === 'number') return sacct;
  const baseline = baselineOption(values.baseline, values.margin, io);
  if (typeof baseline === 'number') return baseline;
  return {
    experimentPath: positionals[0] ?? '.',
    sacct,
    quiet: values.quiet === true,
    charts: values['no-charts'] !== true,
    baseline,
  };
}

/** `--no-sacct` / `--sacct PATH`, or the usage error's exit code. */
function sacctOption(off: boolean, path: string | undefined, io: CliIo): SacctSetting | number {
  if (off && path !== undefined) {
    io.stderr(`summarize-experiment: --no-sacct and --sacct PATH contradict each other\n`);
    return 2;
  }
  if (path === '') {
    io.stderr(`summarize-experiment: --sacct needs the path of the sacct executable\n`);
    return 2;
  }
  return off ? { mode: 'off' } : path !== undefined ? { mode: 'path', path } : { mode: 'auto' };
}

/** `--baseline PATH [--margin X]`, or the usage error's exit code. */
function baselineOption(
  given: string | undefined,
  marginText: string | undefined,
  io: CliIo,
): BaselineOptions | null | number {
  if (given === '') {
    io.stderr(`summarize-experiment: --baseline needs the path of a summary.json or of its directory\n`);
    return 2;
  }
  const margin = marginText === undefined ? 0 : Number(marginText);
  if (marginText !== undefined && (marginText.trim() === '' || !(margin >= 0 && margin < 1))) {
    io.stderr(`summarize-experiment: --margin must be a number from 0 up to 1 (got '${marginText}')\n`);
    return 2;
  }
  if (marginText !== undefined && given === undefined) {
    io.stderr(`summarize-experiment: --margin applies to a comparison: give --baseline PATH too\n`);
    return 2;
  }
  return given === undefined ? null : { load: baselineFromPath(given), margin };
}

/** Warnings on stderr (errors only with --quiet), then the outcome and the files written on stdout. */
function report(result: SummarizeResult, quiet: boolean, io: CliIo): void {
  const { summary, files } = result;
  for (const warning of summary.warnings) {
    // --quiet keeps errors (an unreadable log, a training output that cannot be read).
    if (!quiet || warning.level === 'error') io.stderr(`${warning.level}: ${formatDiagnostic(warning)}\n`);
  }
  if (quiet) return;
  for (const notice of result.notices) io.stderr(`notice: ${notice}\n`);
  const lines = [`${summary.experiment.name}: ${summary.complete}/${summary.total} runs complete`];
  for (const best of summary.best) {
    const epoch = best.epoch === null ? '' : ` (epoch ${best.epoch})`;
    const metric = best.metric === 'balanced_accuracy' ? 'balanced accuracy' : 'accuracy';
    lines.push(`  best on ${best.task}: ${best.run}${epoch}, ${metric} ${formatMetric(best.value)}`);
  }
  for (const row of summary.incomplete) lines.push(`  incomplete: ${row.run} ${row.stage} ${row.status}`);
  if (summary.baseline) {
    const { regressions, improvements, compared } = summary.baseline;
    lines.push(
      `  since the baseline: ${regressions} regressed, ${improvements} improved of ${compared} rows compared`,
    );
  }
  lines.push(`wrote ${files.markdown}`, `      ${files.json}`, `      ${files.log}`);
  io.stdout(lines.join('\n') + '\n');
}
