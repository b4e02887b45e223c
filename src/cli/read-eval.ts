// `summarize-experiment read-eval PATH... [--json] [--scorer NAME]`: the numbers of each inspect log,
// replacing the manual workflow's parse_eval_log.py and summary_binary.py.
import { escapeRawControls } from '../render/json.js';
import { stat } from 'node:fs/promises';
import type { CliIo } from './io.js';
import { unreadableSummary, type EvalLogSummary } from '../model/eval-log-summary.js';
import { summarizeEvalLogs } from '../pipeline/eval-logs.js';
import { listEvalLogs } from '../sources/inspect/log-files.js';
import { textTableLines } from './text-table.js';
import { COMMAND_NAME } from './invocation.js';
import { parseCommandLine, usageError } from './options.js';

export const readEvalUsage = (
  command = COMMAND_NAME,
): string => `usage: ${command} read-eval PATH... [--json] [--scorer NAME]

Read inspect-ai evaluation logs (.eval or .json) and print, for each, its status, task, model,
scorer, accuracy, stderr, samples, metrics, checkpoint epoch and, when every target is 0/1, the
binary metrics (balanced accuracy, F1, precision/recall, confusion matrix).

  PATH           a log file, or a directory searched for logs
  --json         print a JSON array, one object per log
  --scorer NAME  report this score when a log has it (default: the first with an accuracy)
  -h, --help     show this help

Unreadable logs are reported (status "unreadable"). Exit codes: 0 when at least one log was read;
1 when none could be; 2 for a usage error.
`;

export async function readEvalCommand(args: string[], io: CliIo): Promise<number> {
  const usage = readEvalUsage(io.command);
  const parsed = parseCommandLine(
    'read-eval',
    usage,
    args,
    { json: { type: 'boolean' }, scorer: { type: 'string' } },
    io,
  );
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  if (positionals.length === 0) return usageError('read-eval', 'no log given', usage, io);
  if (values['scorer'] === '') return usageError('read-eval', '--scorer needs a scorer name', usage, io);
  const scorer = typeof values['scorer'] === 'string' ? values['scorer'] : null;
  const summaries = await readAll(positionals, scorer);
  // Per-sample scores stay in memory: the read-eval object is the log's numbers.
  const printed = summaries.map(({ sample_scores: _scores, ...rest }) => rest);
  io.stdout(
    values['json'] ? `${escapeRawControls(JSON.stringify(printed, null, 2))}\n` : formatTable(summaries),
  );
  return summaries.every((summary) => summary.status === 'unreadable') ? 1 : 0;
}

/** Each PATH in order; a directory contributes its logs (or one unreadable entry if it has none). */
async function readAll(paths: string[], scorer: string | null): Promise<EvalLogSummary[]> {
  const groups = await Promise.all(
    paths.map(async (path): Promise<Array<string | EvalLogSummary>> => {
      const isDirectory = await stat(path).then(
        (info) => info.isDirectory(),
        () => false,
      );
      if (!isDirectory) return [path];
      const logs = await listEvalLogs(path);
      return logs.length > 0 ? logs : [noLogs(path)];
    }),
  );
  const entries = groups.flat();
  const files = entries.filter((entry): entry is string => typeof entry === 'string');
  const read = new Map<string, EvalLogSummary>();
  for (const [i, summary] of (await summarizeEvalLogs(files, { scorer })).entries())
    read.set(files[i]!, summary);
  return entries.map((entry) => (typeof entry === 'string' ? read.get(entry)! : entry));
}

function noLogs(dir: string): EvalLogSummary {
  return unreadableSummary(
    dir,
    `${dir}: a directory with no inspect logs (.eval, or .json named like inspect's logs)`,
  );
}

const number = (value: number | null | undefined): string => (value == null ? '-' : value.toFixed(3));

/** A plain-text table, then the problems of each log below it. */
export function formatTable(summaries: readonly EvalLogSummary[]): string {
  const header = [
    'STATUS',
    'TASK',
    'MODEL',
    'EPOCH',
    'SCORER',
    'ACCURACY',
    'STDERR',
    'SAMPLES',
    'BAL_ACC',
    'F1',
    'LOG',
  ];
  const rows = summaries.map((s) => [
    s.status,
    s.task ?? '-',
    s.model ?? '-',
    s.epoch === null ? '-' : String(s.epoch),
    s.scorer ?? '-',
    number(s.accuracy),
    number(s.stderr),
    s.samples === null ? '-' : String(s.samples),
    number(s.binary?.balanced_accuracy),
    number(s.binary?.f1),
    s.path,
  ]);
  const out = textTableLines(header, rows);
  const notes = summaries.flatMap((s) => [
    // An unreadable log's message already names the file; inspect's error messages do not.
    ...(s.error
      ? [s.status === 'unreadable' ? `unreadable: ${s.error}` : `${s.status}: ${s.path}: ${s.error}`]
      : []),
    ...s.warnings.map((warning) => `warning: ${s.path}: ${warning}`),
  ]);
  const binary = summaries.filter((s) => s.binary !== null);
  for (const s of binary) {
    const m = s.binary!.confusion_matrix;
    notes.push(
      `binary: ${s.path}: tp ${m.tp}, tn ${m.tn}, fp ${m.fp}, fn ${m.fn}, other ${m.other}; ` +
        `precision_1 ${number(s.binary!.precision_1)}, recall_1 ${number(s.binary!.recall_1)}, recall_0 ${number(s.binary!.recall_0)}`,
    );
  }
  return `${[...out, ...(notes.length > 0 ? ['', ...notes] : [])].join('\n')}\n`;
}
