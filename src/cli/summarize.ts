// `summarize-experiment [EXPERIMENT_DIR] [--no-sacct] [--sacct PATH] [--fail-on WHEN] [--quiet]`: the
// main job. Exit 0 whenever a summary was written (failed runs and partial results included) and
// --fail-on did not trigger; 1 when no summary can be made (no YAML, YAML that does not parse, no
// runs); 2 for a usage error; 3 when the summary was written and --fail-on triggered.
import type { CliIo } from './io.js';
import { summarizeExperiment, type SacctSetting, type SummarizeResult } from '../sinks/files.js';
import { failOnVerdict } from '../sinks/github/outputs.js';
import { failOnValues } from '../sinks/github/constants.js';
import type { FailOn } from '../sinks/github/inputs.js';
import { formatDiagnostic, formatMetric } from '../render/format.js';
import { COMMAND_NAME } from './invocation.js';
import { parseCommandLine, usageError } from './options.js';
import { ProgressLine } from './progress.js';
import { FAIL_ON_EXIT, summarizeUsage } from './usage.js';

/** Progress is for long runs only: a small experiment finishes before anything is shown. */
const PROGRESS_AFTER_MS = 750;

interface SummarizeOptions {
  experimentPath: string;
  sacct: SacctSetting;
  failOn: FailOn;
  quiet: boolean;
}

export async function summarizeCommand(args: string[], io: CliIo): Promise<number> {
  const options = parseOptions(args, io);
  if (typeof options === 'number') return options;
  const progress = new ProgressLine({
    enabled: io.stderrIsTTY && !options.quiet,
    write: io.stderr,
    clock: io.clock ?? Date.now,
    afterMs: PROGRESS_AFTER_MS,
  });
  let result;
  try {
    result = await summarizeExperiment({
      experimentPath: options.experimentPath,
      sacct: options.sacct,
      progress: (phase, done, total) => progress.update(phase, done, total),
      rerunCommand: io.command ?? COMMAND_NAME,
    });
  } catch (error) {
    progress.clear();
    io.stderr(`${COMMAND_NAME}: ${(error as Error).message}\n`);
    return 1;
  }
  progress.clear();
  report(result, options.quiet, io);
  const verdict = failOnVerdict(result.summary, options.failOn);
  if (verdict === null) return 0;
  io.stderr(`${COMMAND_NAME}: ${verdict}\n`);
  return FAIL_ON_EXIT;
}

/** The command's options, or the exit code when there is nothing to run (usage error, --help). */
function parseOptions(args: string[], io: CliIo): SummarizeOptions | number {
  const usage = summarizeUsage(io.command);
  const parsed = parseCommandLine(
    COMMAND_NAME,
    usage,
    args,
    {
      'no-sacct': { type: 'boolean' },
      sacct: { type: 'string' },
      'fail-on': { type: 'string' },
      quiet: { type: 'boolean', short: 'q' },
    },
    io,
  );
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  const fail = (problem: string) => usageError(COMMAND_NAME, problem, usage, io);
  if (positionals.length > 1) return fail(`one experiment at a time, got ${positionals.length} paths`);
  if (values['no-sacct'] && values['sacct'] !== undefined)
    return fail('--no-sacct and --sacct PATH contradict each other');
  if (values['sacct'] === '') return fail('--sacct needs the path of the sacct executable');
  const failOn = values['fail-on'] ?? 'never';
  if (!failOnValues.includes(failOn as FailOn))
    return fail(`--fail-on must be one of ${failOnValues.join(', ')}, not ${JSON.stringify(failOn)}`);
  const sacct: SacctSetting = values['no-sacct']
    ? { mode: 'off' }
    : typeof values['sacct'] === 'string'
      ? { mode: 'path', path: values['sacct'] }
      : { mode: 'auto' };
  return {
    experimentPath: positionals[0] ?? '.',
    sacct,
    failOn: failOn as FailOn,
    quiet: values['quiet'] === true,
  };
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
