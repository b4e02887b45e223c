// `summarize-experiment [EXPERIMENT_DIR] [--no-sacct] [--sacct PATH] [--quiet]`: the main job.
// Exit 0 whenever a summary was written (failed runs and partial results included); 1 when no
// summary can be made (no YAML, YAML that does not parse, no runs); 2 for a usage error.
import { parseArgs } from 'node:util';
import type { CliIo } from './io.js';
import { summarizeExperiment, type SacctSetting, type SummarizeResult } from '../sinks/files.js';
import { formatDiagnostic, formatMetric } from '../render/format.js';

export const SUMMARIZE_USAGE = `usage: summarize-experiment [EXPERIMENT_DIR] [--no-sacct] [--sacct PATH] [--quiet]
       summarize-experiment read-eval PATH... [--json] [--scorer NAME]
       summarize-experiment read-loss PATH... [--json]

Summarizes a fine-tuning + evaluation experiment: writes summary.md, summary.json and
logs/summarize-experiment.log into EXPERIMENT_DIR (default: the current directory), which must
hold experiment_summary.yaml (the path of that file is accepted too).

  --no-sacct    do not ask SLURM accounting (statuses and durations come from the files)
  --sacct PATH  the sacct executable to use (default: sacct from PATH)
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

/** The command's options, or the exit code when there is nothing to run (usage error, --help). */
function parseOptions(
  args: string[],
  io: CliIo,
): { experimentPath: string; sacct: SacctSetting; quiet: boolean } | number {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        'no-sacct': { type: 'boolean' },
        sacct: { type: 'string' },
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
  if (values['no-sacct'] && values.sacct !== undefined) {
    io.stderr(`summarize-experiment: --no-sacct and --sacct PATH contradict each other\n`);
    return 2;
  }
  if (values.sacct === '') {
    io.stderr(`summarize-experiment: --sacct needs the path of the sacct executable\n`);
    return 2;
  }
  const sacct: SacctSetting = values['no-sacct']
    ? { mode: 'off' }
    : values.sacct !== undefined
      ? { mode: 'path', path: values.sacct }
      : { mode: 'auto' };
  return { experimentPath: positionals[0] ?? '.', sacct, quiet: values.quiet === true };
}

/** Warnings on stderr (errors only with --quiet), then the outcome and the files written on stdout. */
function report(result: SummarizeResult, quiet: boolean, io: CliIo): void {
  const { summary, files } = result;
  for (const warning of summary.warnings) {
    // --quiet keeps errors (an unreadable log, a training output that cannot be read).
    if (!quiet || warning.level === 'error') io.stderr(`${warning.level}: ${formatDiagnostic(warning)}\n`);
  }
  if (quiet) return;
  const lines = [`${summary.experiment.name}: ${summary.complete}/${summary.total} runs complete`];
  for (const best of summary.best) {
    const epoch = best.epoch === null ? '' : ` (epoch ${best.epoch})`;
    const metric = best.metric === 'balanced_accuracy' ? 'balanced accuracy' : 'accuracy';
    lines.push(`  best on ${best.task}: ${best.run}${epoch}, ${metric} ${formatMetric(best.value)}`);
  }
  for (const row of summary.incomplete) lines.push(`  incomplete: ${row.run} ${row.stage} ${row.status}`);
  lines.push(`wrote ${files.markdown}`, `      ${files.json}`, `      ${files.log}`);
  io.stdout(lines.join('\n') + '\n');
}
