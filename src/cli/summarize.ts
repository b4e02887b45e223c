// `summarize-experiment [EXPERIMENT_DIR] [options]`: the main job, once or (--watch) until the
// experiment's SLURM jobs are done. Exit 0 whenever a summary was written (failed runs, partial
// results and a watch that timed out included) and --fail-on did not trigger; 1 when no summary can
// be made (no YAML, YAML that does not parse, no runs); 2 for a usage error; 3 when the summary was
// written and --fail-on triggered; 130/143 when a watch was stopped by SIGINT/SIGTERM (after writing
// the last summary).
import type { CliIo } from './io.js';
import { failOnVerdict } from '../sinks/github/outputs.js';
import { failOnValues } from '../sinks/github/constants.js';
import type { FailOn } from '../sinks/github/inputs.js';
import { COMMAND_NAME } from './invocation.js';
import { parseCommandLine, usageError } from './options.js';
import { ProgressLine } from './progress.js';
import { FAIL_ON_EXIT, summarizeUsage } from './usage.js';
import { summarizeExperiment, type SacctSetting, type SummarizeResult } from '../sinks/files.js';
import { watchExperiment } from '../sinks/live.js';
import { baselineFromPath, type BaselineOptions } from '../pipeline/baseline.js';
import { formatDiagnostic, formatMetric } from '../render/format.js';
import type { SqueueSetting } from '../sources/slurm/squeue.js';
import { parseDuration } from '../util/duration.js';

/** Progress is for long runs only: a small experiment finishes before anything is shown. */
const PROGRESS_AFTER_MS = 750;

export async function summarizeCommand(args: string[], io: CliIo): Promise<number> {
  const options = parseOptions(args, io);
  if (typeof options === 'number') return options;
  const { sacct, squeue, quiet } = options;
  const progress = new ProgressLine({
    enabled: !quiet && !options.watch && io.stderrIsTTY,
    write: io.progressWrite ?? io.stderr,
    clock: io.clock ?? Date.now,
    afterMs: PROGRESS_AFTER_MS,
  });
  const summarizeOptions = {
    experimentPath: options.experimentPath,
    sacct,
    squeue,
    charts: options.charts,
    progress: (phase: string, done?: number, total?: number) => progress.update(phase, done, total),
    rerunCommand: io.command ?? COMMAND_NAME,
    ...(options.baseline ? { baseline: options.baseline } : {}),
  };
  if (options.watch) return watchCommand(options.watch, summarizeOptions, options.failOn, quiet, io);

  let result;
  try {
    result = await summarizeExperiment(summarizeOptions);
  } catch (error) {
    progress.clear();
    io.stderr(`${COMMAND_NAME}: ${(error as Error).message}\n`);
    return 1;
  }
  progress.clear();
  report(result, quiet, io);
  return failOnExit(result, options.failOn, io);
}

/** 0, or 3 with the reason on stderr when --fail-on says the written summary is a failure. */
function failOnExit(result: SummarizeResult, failOn: FailOn, io: CliIo): number {
  const verdict = failOnVerdict(result.summary, failOn);
  if (verdict === null) return 0;
  io.stderr(`${COMMAND_NAME}: ${verdict}\n`);
  return FAIL_ON_EXIT;
}

/** --watch: one line per change while watching, then the usual report of the last summary. */
async function watchCommand(
  timing: { intervalMs: number; timeoutMs: number | null },
  summarizeOptions: Parameters<typeof summarizeExperiment>[0],
  failOn: FailOn,
  quiet: boolean,
  io: CliIo,
): Promise<number> {
  const controller = new AbortController();
  let stoppedBy: NodeJS.Signals | null = null;
  const stop = (signal: NodeJS.Signals) => () => {
    stoppedBy = signal;
    controller.abort();
  };
  const signal = io.signal ?? controller.signal;
  const onTerm = stop('SIGTERM');
  const onInt = stop('SIGINT');
  if (!io.signal) {
    process.once('SIGTERM', onTerm);
    process.once('SIGINT', onInt);
  }
  try {
    const live = await watchExperiment({
      summarize: summarizeOptions,
      ...timing,
      signal,
      ...(io.clock ? { clock: io.clock } : {}),
      ...(io.sleep ? { sleep: io.sleep } : {}),
      print: (line) => {
        if (!quiet) io.stdout(`${line}\n`);
      },
    });
    if (!live.result) {
      const message = live.error instanceof Error ? live.error.message : String(live.error ?? 'stopped');
      io.stderr(`summarize-experiment: ${message}\n`);
      return 1;
    }
    report(live.result, quiet, io);
    if (live.note.state !== 'stopped') return failOnExit(live.result, failOn, io);
    return stoppedBy === 'SIGINT' ? 130 : 143;
  } finally {
    process.removeListener('SIGTERM', onTerm);
    process.removeListener('SIGINT', onInt);
  }
}

/** The options the command accepts (parseArgs spec). */
const SUMMARIZE_OPTIONS = {
  'no-sacct': { type: 'boolean' },
  sacct: { type: 'string' },
  'no-squeue': { type: 'boolean' },
  squeue: { type: 'string' },
  watch: { type: 'boolean' },
  interval: { type: 'string' },
  timeout: { type: 'string' },
  'no-charts': { type: 'boolean' },
  'fail-on': { type: 'string' },
  baseline: { type: 'string' },
  margin: { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
} as const;

/** The command's options, or the exit code when there is nothing to run (usage error, --help). */
function parseOptions(args: string[], io: CliIo): ParsedOptions | number {
  const usage = summarizeUsage(io.command);
  const parsed = parseCommandLine(COMMAND_NAME, usage, args, SUMMARIZE_OPTIONS, io);
  if (typeof parsed === 'number') return parsed;
  const values = parsed.values as Record<string, string | boolean | undefined>;
  const { positionals } = parsed;
  const fail = (problem: string) => usageError(COMMAND_NAME, problem, usage, io);
  if (positionals.length > 1) return fail(`one experiment at a time, got ${positionals.length} paths`);
  const failOn = values['fail-on'] ?? 'never';
  if (typeof failOn !== 'string' || !failOnValues.includes(failOn as FailOn))
    return fail(`--fail-on must be one of ${failOnValues.join(', ')}, not ${JSON.stringify(failOn)}`);
  const sacct = commandSetting(
    'sacct',
    values['no-sacct'] as boolean | undefined,
    values['sacct'] as string | undefined,
    io,
  );
  if (typeof sacct === 'number') return sacct;
  const squeue = commandSetting(
    'squeue',
    values['no-squeue'] as boolean | undefined,
    values['squeue'] as string | undefined,
    io,
  );
  if (typeof squeue === 'number') return squeue;
  const watch = watchTiming(values as { watch?: boolean; interval?: string; timeout?: string }, io);
  if (typeof watch === 'number') return watch;
  const baseline = baselineOption(
    values['baseline'] as string | undefined,
    values['margin'] as string | undefined,
    fail,
  );
  if (typeof baseline === 'number') return baseline;
  return {
    experimentPath: positionals[0] ?? '.',
    sacct,
    squeue,
    watch,
    quiet: values['quiet'] === true,
    charts: values['no-charts'] !== true,
    failOn: failOn as FailOn,
    baseline,
  };
}

/** `--baseline PATH [--margin X]`, or the usage error's exit code. */
function baselineOption(
  given: string | undefined,
  marginText: string | undefined,
  fail: (problem: string) => number,
): BaselineOptions | null | number {
  if (given === '') return fail('--baseline needs the path of a summary.json or of its directory');
  const margin = marginText === undefined ? 0 : Number(marginText);
  if (marginText !== undefined && (marginText.trim() === '' || !(margin >= 0 && margin < 1))) {
    return fail(`--margin must be a number from 0 up to 1 (got '${marginText}')`);
  }
  if (marginText !== undefined && given === undefined) {
    return fail('--margin applies to a comparison: give --baseline PATH too');
  }
  return given === undefined ? null : { load: baselineFromPath(given), margin };
}

/** `--no-X` / `--X PATH` / neither (auto) for a SLURM command; exit code 2 when they contradict. */
function commandSetting(
  command: 'sacct' | 'squeue',
  off: boolean | undefined,
  path: string | undefined,
  io: CliIo,
): SacctSetting | SqueueSetting | number {
  if (off && path !== undefined) {
    io.stderr(`summarize-experiment: --no-${command} and --${command} PATH contradict each other\n`);
    return 2;
  }
  if (path === '') {
    io.stderr(`summarize-experiment: --${command} needs the path of the ${command} executable\n`);
    return 2;
  }
  return off ? { mode: 'off' } : path !== undefined ? { mode: 'path', path } : { mode: 'auto' };
}

interface ParsedOptions {
  experimentPath: string;
  sacct: SacctSetting;
  squeue: SqueueSetting;
  /** Set with --watch. */
  watch: { intervalMs: number; timeoutMs: number | null } | null;
  quiet: boolean;
  charts: boolean;
  failOn: FailOn;
  /** Set with --baseline PATH. */
  baseline: BaselineOptions | null;
}

/** --watch's interval and timeout, null without --watch, or exit code 2 for a bad value. */
function watchTiming(
  values: { watch?: boolean; interval?: string; timeout?: string },
  io: CliIo,
): ParsedOptions['watch'] | number {
  if (!values.watch) {
    if (values.interval !== undefined || values.timeout !== undefined) {
      io.stderr(`summarize-experiment: --interval and --timeout go with --watch\n`);
      return 2;
    }
    return null;
  }
  const interval = parseDuration(values.interval ?? '5m');
  const timeout = values.timeout === undefined ? null : parseDuration(values.timeout);
  for (const [name, value] of [
    ['--interval', interval],
    ['--timeout', timeout],
  ] as const) {
    if (value instanceof Error) {
      io.stderr(`summarize-experiment: ${name}: ${value.message}\n`);
      return 2;
    }
  }
  if ((interval as number) <= 0) {
    io.stderr(`summarize-experiment: --interval must be more than 0 seconds\n`);
    return 2;
  }
  return {
    intervalMs: (interval as number) * 1000,
    timeoutMs: timeout === null ? null : (timeout as number) * 1000,
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
  for (const notice of result.notices ?? []) io.stderr(`notice: ${notice}\n`);
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
