// Reader for inspect-ai evaluation logs: `.eval` ZIP archives (deflate or multi-frame zstd,
// finished, cancelled, errored or still being written) and `.json` logs (versions 1 and >= 2).
// It reads only what is asked for: the header, and the sample summaries when requested; a full
// sample only when the caller asks for its output completion. Problems are values: a log that
// cannot be read comes back as `{ status: 'unreadable', path, error }`, never as a throw.
import { ZipArchive, ZipError, type ZipReadOptions } from './zip/index.js';
import { forEachArrayElement } from './json-array.js';
import { LogFormatError, parseInspectJson, scanJsonLog } from './json-log.js';
import { fsProblem } from '../../util/fs-errors.js';
import {
  V1_SCORE_KEY,
  isRecord,
  lastAssistantText,
  configChanges,
  normalizeHeader,
  sampleToSummary,
  summaryList,
  toSummary,
} from './normalize.js';
import { type EvalLog, type EvalLogRead, type SampleSummary } from './types.js';

export * from './types.js';

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
      await readJournalConfigUpdates(archive, log, readJson);
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
      log.summaries = await readSummariesJson(archive, readJson);
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

/** Above this size summaries.json is parsed sample by sample (see json-array.ts). */
const SPLIT_SUMMARIES_BYTES = 2 * 1024 ** 2;

/**
 * summaries.json as sample summaries. A large one (tens of thousands of samples) is split into its
 * elements and each parsed alone: the decompressed bytes plus one sample's objects at a time,
 * instead of every sample's input, metadata and usage at once.
 */
async function readSummariesJson(
  archive: ZipArchive,
  readJson: (member: string) => Promise<unknown>,
): Promise<SampleSummary[]> {
  const member = 'summaries.json';
  if ((archive.entries.get(member)?.uncompressedSize ?? 0) <= SPLIT_SUMMARIES_BYTES)
    return summaryList(await readJson(member), member);
  const summaries: SampleSummary[] = [];
  forEachArrayElement(await archive.read(member), member, (element, index) => {
    const where = `${member}[${index}]`;
    summaries.push(toSummary(parseInspectJson(element.toString('utf8'), where), where));
  });
  return summaries;
}

async function readArchiveCompletion(archive: ZipArchive, summary: SampleSummary): Promise<void> {
  const flat = `samples/${summary.id}_epoch_${summary.epoch}.json`;
  const chunked = `samples/${summary.id}_epoch_${summary.epoch}/`;
  const member = !archive.has(flat) && archive.has(`${chunked}sample.json`) ? `${chunked}sample.json` : flat;
  try {
    const sample = parseInspectJson(await archive.readText(member), member);
    if (member !== flat && isRecord(sample) && !Array.isArray(sample['messages'])) {
      sample['messages'] = await chunkedMessages(archive, chunked);
    }
    summary.completion = isRecord(sample) ? lastAssistantText(sample) : null;
  } catch (error) {
    if (!(error instanceof ZipError || error instanceof LogFormatError)) throw error;
    summary.completion = null;
    summary.completionError = describeError(archive.path, error);
  }
}

/**
 * A chunked sample's messages (`samples/{id}_epoch_{n}/messages/{start}.json`, written by
 * `inspect log convert-chunked`): each chunk a JSON array, in order of its numeric start index.
 */
async function chunkedMessages(archive: ZipArchive, folder: string): Promise<unknown[]> {
  const prefix = `${folder}messages/`;
  const chunks = [...archive.entries.keys()]
    .filter((name) => name.startsWith(prefix))
    .map((name) => ({
      name,
      start: Number(/^(\d+)\.json$/.exec(name.slice(prefix.length))?.[1] ?? Number.NaN),
    }))
    .filter((chunk) => Number.isFinite(chunk.start))
    .sort((a, b) => a.start - b.start);
  const messages: unknown[] = [];
  for (const { name } of chunks) {
    const chunk = parseInspectJson(await archive.readText(name), name);
    if (Array.isArray(chunk)) messages.push(...(chunk as unknown[]));
  }
  return messages;
}

const JOURNAL_CONFIG_UPDATE = /^_journal\/config_updates\/(\d+)\.json$/;

/** A running log's journaled config updates, by their numeric index; a damaged one is a warning. */
async function readJournalConfigUpdates(
  archive: ZipArchive,
  log: EvalLog,
  readJson: (member: string) => Promise<unknown>,
): Promise<void> {
  const members = [...archive.entries.keys()]
    .map((name) => ({ name, index: Number(JOURNAL_CONFIG_UPDATE.exec(name)?.[1] ?? Number.NaN) }))
    .filter((member) => Number.isInteger(member.index))
    .sort((a, b) => a.index - b.index);
  for (const { name } of members) {
    try {
      log.configUpdates.push(...configChanges(await readJson(name)));
    } catch (error) {
      if (!(error instanceof ZipError || error instanceof LogFormatError)) throw error;
      log.warnings.push(`${name} could not be read: ${error.message}`);
    }
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
