// A baseline: an earlier summary.json (or a directory holding one), read for the comparison with this
// summary. Both the current schema (evaluations carry `samples_fingerprint` and `sample_scores`) and
// the older one without them are accepted. A file that cannot be used is never an error of the job:
// the caller gets a sentence naming the file and the problem, and summarizes without the comparison.
import { open, stat } from 'node:fs/promises';
import path from 'node:path';
import { fsProblem } from '../../util/fs-errors.js';
import { decodeSampleScores } from '../../util/sample-codec.js';

export interface BaselineEvaluation {
  run: string;
  task: string;
  epoch: number | null;
  accuracy: number | null;
  balanced_accuracy: number | null;
  samples: number | null;
  stderr: number | null;
  /** The log status (`success`, `error`, …) as the baseline recorded it. */
  status: string;
  /** null when the baseline did not record it. */
  scorer: string | null;
  /** The sample ids' fingerprint; null in summaries written before it existed. */
  fingerprint: string | null;
  /** Per-sample scores in sample-id order (NaN = unscored); null when not recorded. */
  scores: Float64Array | null;
}

export interface BaselineRun {
  name: string;
  finetune: string;
  evaluation: string;
}

export interface BaselineTraining {
  run: string;
  final_loss: number | null;
}

export interface BaselineSummary {
  /** The file read, as given (a path, or `artifact NAME of run URL`). */
  source: string;
  experiment: string;
  generated: string | null;
  runs: BaselineRun[];
  training: BaselineTraining[];
  evaluations: BaselineEvaluation[];
  /** Rows that were left out, and per-sample scores that could not be used: one sentence each. */
  problems: string[];
}

export type BaselineRead = { ok: true; baseline: BaselineSummary } | { ok: false; problem: string };

/** A baseline bigger than this is not a summary.json (the large preset's is well under 2 MB). */
export const MAX_BASELINE_BYTES = 64 * 1024 * 1024;

export const SUMMARY_JSON = 'summary.json';

/** Reads a summary.json, or the summary.json inside a directory. Never throws. */
export async function readBaselineFile(given: string): Promise<BaselineRead> {
  let file = given;
  try {
    const info = await stat(file);
    if (info.isDirectory()) file = path.join(file, SUMMARY_JSON);
  } catch (error) {
    return { ok: false, problem: `${given}: ${fsProblem(error)}` };
  }
  let text: string;
  try {
    const handle = await open(file, 'r');
    try {
      const info = await handle.stat();
      if (!info.isFile()) return { ok: false, problem: `${file}: not a regular file` };
      if (info.size > MAX_BASELINE_BYTES) {
        return {
          ok: false,
          problem: `${file}: ${info.size} bytes, more than a summary.json can be (${MAX_BASELINE_BYTES})`,
        };
      }
      text = await handle.readFile('utf8');
    } finally {
      await handle.close();
    }
  } catch (error) {
    return { ok: false, problem: `${file}: ${fsProblem(error)}` };
  }
  return parseBaselineJson(text, file);
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** A number, or null for null/absent; undefined when the value is something else. */
function numberOrNull(value: unknown): number | null | undefined {
  if (value === null || value === undefined) return null;
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** The summary.json text of a baseline, checked field by field. Never throws. */
export function parseBaselineJson(text: string, source: string): BaselineRead {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return { ok: false, problem: `${source}: not JSON (${(error as Error).message})` };
  }
  if (!isObject(parsed)) return { ok: false, problem: `${source}: not a summary.json (not a JSON object)` };
  if (parsed['schema'] !== 1) {
    const schema = parsed['schema'];
    return {
      ok: false,
      problem:
        schema === undefined
          ? `${source}: not a summary.json (no "schema" field)`
          : `${source}: summary.json schema ${JSON.stringify(schema)} is not known (schema 1 is)`,
    };
  }
  if (!Array.isArray(parsed['evaluations'])) {
    return { ok: false, problem: `${source}: not a summary.json ("evaluations" is not a list)` };
  }
  const experiment = isObject(parsed['experiment']) ? parsed['experiment']['name'] : undefined;
  const problems: string[] = [];
  const evaluations: BaselineEvaluation[] = [];
  parsed['evaluations'].forEach((row, index) => {
    const read = readEvaluation(row);
    if (typeof read === 'string') problems.push(`evaluations[${index}] left out: ${read}`);
    else {
      if (read.problem)
        problems.push(`evaluations[${index}] (${read.row.run}, ${read.row.task}): ${read.problem}`);
      evaluations.push(read.row);
    }
  });
  return {
    ok: true,
    baseline: {
      source,
      experiment: typeof experiment === 'string' ? experiment : '',
      generated: typeof parsed['generated'] === 'string' ? parsed['generated'] : null,
      runs: listOf(parsed['runs'], readRun),
      training: listOf(parsed['training'], readTraining),
      evaluations,
      problems,
    },
  };
}

function listOf<T>(value: unknown, read: (row: Json) => T | null): T[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((row) => {
    const item = isObject(row) ? read(row) : null;
    return item === null ? [] : [item];
  });
}

function readRun(row: Json): BaselineRun | null {
  const name = row['name'];
  if (typeof name !== 'string') return null;
  const status = (stage: unknown) =>
    isObject(stage) && typeof stage['status'] === 'string' ? stage['status'] : 'N/A';
  return { name, finetune: status(row['finetune']), evaluation: status(row['evaluation']) };
}

function readTraining(row: Json): BaselineTraining | null {
  const run = row['run'];
  const loss = numberOrNull(row['final_loss']);
  return typeof run === 'string' && loss !== undefined ? { run, final_loss: loss } : null;
}

/** One evaluation row, or why it cannot be used at all. */
function readEvaluation(row: unknown): { row: BaselineEvaluation; problem?: string } | string {
  if (!isObject(row)) return 'not an object';
  const { run, task, epoch, status, scorer } = row;
  if (typeof run !== 'string' || run === '') return '"run" is not a name';
  if (typeof task !== 'string' || task === '') return '"task" is not a name';
  if (epoch !== null && epoch !== undefined && !(typeof epoch === 'number' && Number.isSafeInteger(epoch))) {
    return '"epoch" is not a whole number or null';
  }
  const numbers: Record<string, number | null> = {};
  for (const key of ['accuracy', 'balanced_accuracy', 'samples', 'stderr']) {
    const value = numberOrNull(row[key]);
    if (value === undefined) return `"${key}" is not a number or null`;
    numbers[key] = value;
  }
  const fingerprint = row['samples_fingerprint'];
  let scores: Float64Array | null = null;
  let problem: string | undefined;
  if (row['sample_scores'] !== undefined) {
    const decoded = decodeSampleScores(row['sample_scores']);
    if (typeof decoded === 'string') problem = `sample_scores not used: ${decoded}`;
    else scores = decoded;
  }
  return {
    row: {
      run,
      task,
      epoch: typeof epoch === 'number' ? epoch : null,
      accuracy: numbers['accuracy']!,
      balanced_accuracy: numbers['balanced_accuracy']!,
      samples: numbers['samples']!,
      stderr: numbers['stderr']!,
      status: typeof status === 'string' ? status : 'success',
      scorer: typeof scorer === 'string' ? scorer : null,
      fingerprint: typeof fingerprint === 'string' && /^[0-9a-f]{16}$/.test(fingerprint) ? fingerprint : null,
      scores,
    },
    ...(problem ? { problem } : {}),
  };
}
