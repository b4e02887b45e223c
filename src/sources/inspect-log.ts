// Reader for inspect-ai evaluation logs: `.eval` ZIP archives (deflate or multi-frame zstd,
// finished, cancelled, errored or still being written) and `.json` logs (versions 1 and >= 2).
// It reads only what is asked for: the header, and the sample summaries when requested; a full
// sample only when the caller asks for its output completion. Problems are values: a log that
// cannot be read comes back as `{ status: 'unreadable', path, error }`, never as a throw.
import { ZipArchive, ZipError, type ZipReadOptions } from './zip.js';
import { LogFormatError, parseInspectJson, scanJsonLog } from './inspect-json.js';
import { fsProblem } from '../util/fs-errors.js';

export type EvalRunStatus = 'success' | 'cancelled' | 'error' | 'started';

/** A score value as Inspect stores it; NaN means unscored. */
export type ScoreValue = string | number | boolean | null | ScoreValue[] | { [key: string]: ScoreValue };

export interface EvalScore {
  /** The score's name (for dict-valued scorers, the key). */
  name: string;
  /** The scorer that produced it (the key of the sample summaries' `scores`). */
  scorer: string;
  /** Epoch reducer, e.g. `mean` or `pass_at_1`; null when Inspect recorded none. */
  reducer: string | null;
  /** Every metric by key, e.g. `{accuracy: 0.8, stderr: 0.13}`. NaN stays NaN. */
  metrics: Record<string, number>;
  scoredSamples: number | null;
  unscoredSamples: number | null;
}

export interface EvalResults {
  totalSamples: number | null;
  completedSamples: number | null;
  scores: EvalScore[];
}

export interface SampleScore {
  value: ScoreValue;
  /** The answer the scorer extracted, when it recorded one. */
  answer: string | null;
}

export interface SampleSummary {
  id: string | number;
  /** Inspect's repeat counter (1-based), not a training epoch. */
  epoch: number;
  /** As written: Inspect writes a string or a list of strings; other writers use numbers. */
  target: string | number | Array<string | number> | null;
  /** By scorer name. */
  scores: Record<string, SampleScore>;
  /** The sample's error message, when it failed. */
  error: string | null;
  /**
   * The sample's output completion (text of the last assistant message), trimmed. Present only
   * when it was asked for (`completionsFor`); null when the sample has no assistant message or
   * could not be read (then `completionError` says why).
   */
  completion?: string | null;
  completionError?: string;
}

export interface EvalLog {
  status: EvalRunStatus;
  path: string;
  format: 'eval' | 'json';
  /** Log schema version: 1 (`.json` only, single scorer), 2, or later. */
  version: number;
  /** Where the header came from: a running or crashed log has only `_journal/start.json`. */
  headerSource: 'header.json' | '_journal/start.json' | 'json';
  task: string;
  taskDisplayName: string | null;
  model: string;
  modelArgs: Record<string, unknown>;
  /** `eval.metadata` (e.g. `epoch`, `finetuned`, `source_model` from `inspect eval --metadata`). */
  evalMetadata: Record<string, unknown>;
  /** ISO 8601 time the eval was created. */
  created: string | null;
  inspectVersion: string | null;
  /** Scorer names from the eval spec (`eval.scorers`), in order; empty in older logs. */
  specScorers: string[];
  results: EvalResults | null;
  stats: { startedAt: string | null; completedAt: string | null };
  /** Inspect's error message, for status `error`. */
  error: string | null;
  /** Only when asked for (`summaries: true`). */
  summaries?: SampleSummary[];
  summariesSource?: 'summaries.json' | '_journal/summaries' | 'samples' | 'none';
  /** Problems that did not stop the header from being read, e.g. a damaged summaries.json. */
  warnings: string[];
}

export interface UnreadableEvalLog {
  status: 'unreadable';
  path: string;
  /** Names the file and the problem. */
  error: string;
}

export type EvalLogRead = EvalLog | UnreadableEvalLog;

export interface ReadEvalLogOptions extends ZipReadOptions {
  /** Read the sample summaries too. */
  summaries?: boolean;
  /**
   * Called once the header and summaries are read: the samples whose output completion should be
   * read as well (each one means reading its full sample from a `.eval`).
   */
  completionsFor?: (log: EvalLog) => readonly SampleSummary[];
}

export function isReadable(log: EvalLogRead): log is EvalLog {
  return log.status !== 'unreadable';
}

/** Read one log. Never throws: problems give `{status: 'unreadable', error}` naming the file. */
export async function readEvalLog(path: string, options: ReadEvalLogOptions = {}): Promise<EvalLogRead> {
  try {
    return path.toLowerCase().endsWith('.json')
      ? await readJsonLog(path, options)
      : await readEvalArchive(path, options);
  } catch (error) {
    return { status: 'unreadable', path, error: describeError(path, error) };
  }
}

function describeError(path: string, error: unknown): string {
  if (error instanceof ZipError) return error.message;
  if (error instanceof LogFormatError) return `${path}: ${error.message}`;
  return `${path}: ${fsProblem(error)}`;
}

// ---------------------------------------------------------------------------------------------
// .eval archives

const JOURNAL_SUMMARY = /^_journal\/summaries\/(\d+)\.json$/;

async function readEvalArchive(path: string, options: ReadEvalLogOptions): Promise<EvalLog> {
  const archive = await ZipArchive.open(path, options);
  try {
    const readJson = async (member: string): Promise<unknown> =>
      parseInspectJson(await archive.readText(member), `${member}`);
    let log: EvalLog;
    if (archive.has('header.json')) {
      log = normalizeHeader(path, 'eval', 'header.json', await readJson('header.json'));
    } else if (archive.has('_journal/start.json')) {
      // Still running, or crashed before finishing: Inspect itself reads it as `started`.
      log = normalizeHeader(path, 'eval', '_journal/start.json', await readJson('_journal/start.json'));
    } else {
      throw new LogFormatError(
        'has neither header.json nor _journal/start.json: not an inspect log, or damaged',
      );
    }
    if (options.summaries) {
      try {
        await readArchiveSummaries(archive, log, readJson);
      } catch (error) {
        if (!(error instanceof ZipError || error instanceof LogFormatError)) throw error;
        log.summaries = [];
        log.summariesSource = 'none';
        log.warnings.push(`sample summaries could not be read: ${describeError(path, error)}`);
      }
      if (options.completionsFor) {
        for (const summary of options.completionsFor(log)) await readArchiveCompletion(archive, summary);
      }
    }
    return log;
  } finally {
    await archive.close().catch(() => undefined);
  }
}

async function readArchiveSummaries(
  archive: ZipArchive,
  log: EvalLog,
  readJson: (member: string) => Promise<unknown>,
): Promise<void> {
  // Listed only when needed: a finished log has summaries.json, and thousands of members.
  const journalFlushes = () =>
    [...archive.entries.keys()]
      .map((name) => ({ name, match: JOURNAL_SUMMARY.exec(name) }))
      .filter((entry) => entry.match !== null)
      .sort((a, b) => Number(a.match![1]) - Number(b.match![1]));
  if (archive.has('summaries.json')) {
    try {
      log.summaries = summaryList(await readJson('summaries.json'), 'summaries.json');
      log.summariesSource = 'summaries.json';
      return;
    } catch (error) {
      const recoverable = error instanceof ZipError || error instanceof LogFormatError;
      if (!recoverable || journalFlushes().length === 0) throw error;
      // The journal holds the same summaries, flush by flush: a damaged summaries.json loses nothing.
      log.warnings.push(
        `summaries.json could not be read, the journal's summaries are used: ${error.message}`,
      );
    }
  }
  // Flushes can repeat a sample (retries): the last one for an (id, epoch) wins.
  const journal = journalFlushes();
  const byKey = new Map<string, SampleSummary>();
  for (const { name } of journal) {
    for (const summary of summaryList(await readJson(name), name)) byKey.set(sampleKey(summary), summary);
  }
  log.summaries = [...byKey.values()];
  log.summariesSource = journal.length > 0 ? '_journal/summaries' : 'none';
}

async function readArchiveCompletion(archive: ZipArchive, summary: SampleSummary): Promise<void> {
  const member = `samples/${summary.id}_epoch_${summary.epoch}.json`;
  try {
    const sample = parseInspectJson(await archive.readText(member), member);
    summary.completion = isRecord(sample) ? lastAssistantText(sample) : null;
  } catch (error) {
    if (!(error instanceof ZipError || error instanceof LogFormatError)) throw error;
    summary.completion = null;
    summary.completionError = describeError(archive.path, error);
  }
}

function sampleKey(summary: { id: unknown; epoch: unknown }): string {
  return `${JSON.stringify(summary.id)}\u0000${String(summary.epoch)}`;
}

// ---------------------------------------------------------------------------------------------
// .json logs

async function readJsonLog(path: string, options: ReadEvalLogOptions): Promise<EvalLog> {
  const samples: SampleSummary[] = [];
  // Completions are cheap to take while each sample is in hand, and the file is read only once.
  const completions = new Map<string, string | null>();
  const members = await scanJsonLog(
    path,
    options.summaries
      ? (raw, index) => {
          const sample = parseInspectJson(raw.toString('utf8'), `sample ${index + 1}`);
          if (!isRecord(sample)) throw new LogFormatError(`sample ${index + 1} is not an object`);
          const summary = sampleToSummary(sample);
          samples.push(summary);
          completions.set(sampleKey(summary), lastAssistantText(sample));
        }
      : null,
  );
  const header: Record<string, unknown> = {};
  for (const [key, raw] of members)
    header[key] = parseInspectJson(raw.toString('utf8'), `the log's "${key}"`);
  const log = normalizeHeader(path, 'json', 'json', header);
  if (log.version === 1) {
    // v1 samples hold a single `score`; key it by the v1 scorer's name, as results.scores[0] is.
    const v1ScorerName = log.results?.scores[0]?.scorer ?? null;
    if (v1ScorerName !== null) {
      for (const summary of samples) {
        const single = summary.scores[V1_SCORE_KEY];
        if (single) summary.scores = { [v1ScorerName]: single };
      }
    }
  }
  if (options.summaries) {
    log.summaries = samples;
    log.summariesSource = 'samples';
    if (options.completionsFor) {
      for (const summary of options.completionsFor(log))
        summary.completion = completions.get(sampleKey(summary)) ?? null;
    }
  }
  return log;
}

const V1_SCORE_KEY = 'score';

function sampleToSummary(sample: Record<string, unknown>): SampleSummary {
  const summary = toSummary(sample, 'a sample');
  if (Object.keys(summary.scores).length === 0 && isRecord(sample['score'])) {
    summary.scores = { [V1_SCORE_KEY]: toSampleScore(sample['score']) };
  }
  if (isRecord(sample['error'])) summary.error = stringOrNull(sample['error']['message']);
  return summary;
}

/** Text of the last assistant message (or of the first output choice), trimmed. */
function lastAssistantText(sample: Record<string, unknown>): string | null {
  const messages = Array.isArray(sample['messages']) ? sample['messages'] : [];
  for (let i = messages.length - 1; i >= 0; i--) {
    const message: unknown = messages[i];
    if (isRecord(message) && message['role'] === 'assistant') return contentText(message['content']);
  }
  const output = sample['output'];
  if (isRecord(output) && Array.isArray(output['choices'])) {
    const choice: unknown = output['choices'][0];
    if (isRecord(choice) && isRecord(choice['message'])) return contentText(choice['message']['content']);
  }
  return null;
}

function contentText(content: unknown): string {
  if (typeof content === 'string') return content.trim();
  if (!Array.isArray(content)) return '';
  // Content parts: only the text ones (not reasoning, images, tool use) make the completion.
  return content
    .filter((part): part is Record<string, unknown> => isRecord(part) && part['type'] === 'text')
    .map((part) => (typeof part['text'] === 'string' ? part['text'] : ''))
    .join('')
    .trim();
}

// ---------------------------------------------------------------------------------------------
// Normalization shared by every format

function normalizeHeader(
  path: string,
  format: 'eval' | 'json',
  source: EvalLog['headerSource'],
  raw: unknown,
): EvalLog {
  if (!isRecord(raw))
    throw new LogFormatError(`${source === 'json' ? 'the log' : source} is not a JSON object`);
  const where = source === 'json' ? 'the log' : source;
  const version = raw['version'] ?? 2;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new LogFormatError(`${where} has an unsupported version ${JSON.stringify(version)}`);
  }
  let status: EvalRunStatus;
  if (source === '_journal/start.json') status = 'started';
  else {
    const rawStatus = raw['status'] ?? 'started';
    if (
      rawStatus !== 'success' &&
      rawStatus !== 'cancelled' &&
      rawStatus !== 'error' &&
      rawStatus !== 'started'
    ) {
      throw new LogFormatError(`${where} has an unknown status ${JSON.stringify(rawStatus)}`);
    }
    status = rawStatus;
  }
  const spec = raw['eval'];
  if (!isRecord(spec)) throw new LogFormatError(`${where} has no "eval" section`);
  const task = spec['task'];
  const model = spec['model'];
  if (typeof task !== 'string') throw new LogFormatError(`${where} has no eval.task`);
  if (typeof model !== 'string') throw new LogFormatError(`${where} has no eval.model`);
  const packages = spec['packages'];
  const stats = isRecord(raw['stats']) ? raw['stats'] : {};
  const error = raw['error'];
  return {
    status,
    path,
    format,
    version,
    headerSource: source,
    task,
    taskDisplayName: stringOrNull(spec['task_display_name']),
    model,
    modelArgs: isRecord(spec['model_args']) ? spec['model_args'] : {},
    evalMetadata: isRecord(spec['metadata']) ? spec['metadata'] : {},
    created: stringOrNull(spec['created']),
    inspectVersion: isRecord(packages) ? stringOrNull(packages['inspect_ai']) : null,
    specScorers: Array.isArray(spec['scorers'])
      ? spec['scorers'].flatMap((scorer: unknown) =>
          isRecord(scorer) && typeof scorer['name'] === 'string' ? [scorer['name']] : [],
        )
      : [],
    results: normalizeResults(raw['results']),
    stats: { startedAt: stringOrNull(stats['started_at']), completedAt: stringOrNull(stats['completed_at']) },
    error: isRecord(error) ? stringOrNull(error['message']) : stringOrNull(error),
    warnings: [],
  };
}

function normalizeResults(raw: unknown): EvalResults | null {
  if (!isRecord(raw)) return null;
  let scores: EvalScore[] = [];
  if (Array.isArray(raw['scores'])) {
    scores = raw['scores'].flatMap((score: unknown) => (isRecord(score) ? [normalizeScore(score)] : []));
  } else if (isRecord(raw['scorer'])) {
    // Version 1: one scorer, its metrics beside it.
    const name = stringOrNull(raw['scorer']['name']) ?? 'score';
    scores = [normalizeScore({ name, scorer: name, metrics: raw['metrics'] })];
  }
  return {
    totalSamples: integerOrNull(raw['total_samples']),
    completedSamples: integerOrNull(raw['completed_samples']),
    scores,
  };
}

function normalizeScore(raw: Record<string, unknown>): EvalScore {
  const name = stringOrNull(raw['name']) ?? stringOrNull(raw['scorer']) ?? 'score';
  const metrics: Record<string, number> = {};
  if (isRecord(raw['metrics'])) {
    for (const [key, metric] of Object.entries(raw['metrics'])) {
      // `{name, value, params}`; very old logs may hold the bare number. Null was NaN before
      // Inspect wrote NaN tokens.
      const value: unknown = isRecord(metric) ? metric['value'] : metric;
      if (typeof value === 'number') metrics[key] = value;
      else if (value === null) metrics[key] = Number.NaN;
    }
  }
  return {
    name,
    scorer: stringOrNull(raw['scorer']) ?? name,
    reducer: stringOrNull(raw['reducer']),
    metrics,
    scoredSamples: integerOrNull(raw['scored_samples']),
    unscoredSamples: integerOrNull(raw['unscored_samples']),
  };
}

function summaryList(raw: unknown, member: string): SampleSummary[] {
  if (!Array.isArray(raw)) throw new LogFormatError(`${member} is not a JSON array`);
  return raw.map((entry: unknown, index) => toSummary(entry, `${member}[${index}]`));
}

function toSummary(raw: unknown, where: string): SampleSummary {
  if (!isRecord(raw)) throw new LogFormatError(`${where} is not an object`);
  const id = raw['id'];
  if (typeof id !== 'string' && typeof id !== 'number') throw new LogFormatError(`${where} has no sample id`);
  const epoch = typeof raw['epoch'] === 'number' ? raw['epoch'] : 1;
  const target = raw['target'];
  const scores: Record<string, SampleScore> = {};
  if (isRecord(raw['scores'])) {
    for (const [scorer, score] of Object.entries(raw['scores']))
      if (isRecord(score)) scores[scorer] = toSampleScore(score);
  }
  return {
    id,
    epoch,
    target:
      typeof target === 'string' || typeof target === 'number'
        ? target
        : Array.isArray(target)
          ? target.filter(
              (t: unknown): t is string | number => typeof t === 'string' || typeof t === 'number',
            )
          : null,
    scores,
    // Summaries hold the message string; full samples an object (handled by the caller).
    error: stringOrNull(raw['error']),
  };
}

function toSampleScore(score: Record<string, unknown>): SampleScore {
  const answer = score['answer'];
  return {
    value: (score['value'] ?? null) as ScoreValue,
    answer: typeof answer === 'string' ? answer : null,
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringOrNull(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

function integerOrNull(value: unknown): number | null {
  return typeof value === 'number' && Number.isInteger(value) ? value : null;
}
