// inspect's JSON (header, results, sample summaries, full samples) turned into the reader's types,
// tolerating every log format version.
import { LogFormatError } from './json-log.js';
import {
  type ConfigChange,
  type EvalLog,
  type EvalResults,
  type EvalRunStatus,
  type EvalScore,
  type SampleScore,
  type SampleSummary,
  type ScoreValue,
} from './types.js';

export const V1_SCORE_KEY = 'score';

export function sampleToSummary(sample: Record<string, unknown>): SampleSummary {
  const summary = toSummary(sample, 'a sample');
  if (Object.keys(summary.scores).length === 0 && isRecord(sample['score'])) {
    summary.scores = { [V1_SCORE_KEY]: toSampleScore(sample['score']) };
  }
  if (isRecord(sample['error'])) summary.error = stringOrNull(sample['error']['message']);
  return summary;
}

/** Text of the last assistant message (or of the first output choice), trimmed. */
export function lastAssistantText(sample: Record<string, unknown>): string | null {
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

/** Scorer names of `eval.scorers`, in order; empty in older logs. */
function specScorerNames(spec: Record<string, unknown>): string[] {
  if (!Array.isArray(spec['scorers'])) return [];
  return spec['scorers'].flatMap((scorer: unknown) =>
    isRecord(scorer) && typeof scorer['name'] === 'string' ? [scorer['name']] : [],
  );
}

/** `eval.dataset` and `eval.config` → how many samples the eval scores (see EvalLog.plannedSamples). */
function plannedSamples(spec: Record<string, unknown>): number | null {
  const dataset = isRecord(spec['dataset']) ? spec['dataset'] : {};
  const config = isRecord(spec['config']) ? spec['config'] : {};
  const count = (value: unknown): number | null =>
    typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : null;
  const ids = Array.isArray(dataset['sample_ids']) ? dataset['sample_ids'].length : null;
  const samples = count(dataset['samples']);
  const limit = count(config['limit']);
  const perEpoch = ids ?? (samples === null ? null : limit === null ? samples : Math.min(samples, limit));
  if (perEpoch === null) return null;
  return perEpoch * (count(config['epochs']) ?? 1);
}

export function normalizeHeader(
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
  const status = headerStatus(source, raw['status'], where);
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
    plannedSamples: plannedSamples(spec),
    specScorers: specScorerNames(spec),
    results: normalizeResults(raw['results']),
    stats: { startedAt: stringOrNull(stats['started_at']), completedAt: stringOrNull(stats['completed_at']) },
    error: isRecord(error) ? stringOrNull(error['message']) : stringOrNull(error),
    warnings: [],
    configUpdates: Array.isArray(raw['config_updates']) ? raw['config_updates'].flatMap(configChanges) : [],
  };
}

/** A running log's header (`_journal/start.json`) is `started`; else the status it states. */
function headerStatus(source: EvalLog['headerSource'], given: unknown, where: string): EvalRunStatus {
  if (source === '_journal/start.json') return 'started';
  const rawStatus = given ?? 'started';
  if (
    rawStatus !== 'success' &&
    rawStatus !== 'cancelled' &&
    rawStatus !== 'error' &&
    rawStatus !== 'started'
  ) {
    throw new LogFormatError(`${where} has an unknown status ${JSON.stringify(rawStatus)}`);
  }
  return rawStatus;
}

/** The changes of one ConfigUpdate (`{changes: [{config, name, value, previous}], scope, provenance}`). */
export function configChanges(update: unknown): ConfigChange[] {
  if (!isRecord(update) || !Array.isArray(update['changes'])) return [];
  return update['changes'].flatMap((change: unknown) =>
    isRecord(change) && typeof change['name'] === 'string'
      ? [
          {
            config: stringOrNull(change['config']) ?? 'eval',
            name: change['name'],
            value: change['value'] ?? null,
            previous: change['previous'] ?? null,
          },
        ]
      : [],
  );
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

export function summaryList(raw: unknown, member: string): SampleSummary[] {
  if (!Array.isArray(raw)) throw new LogFormatError(`${member} is not a JSON array`);
  const summaries = new Array<SampleSummary>(raw.length);
  for (let index = 0; index < raw.length; index++) summaries[index] = toSummary(raw[index], member, index);
  return summaries;
}

/**
 * One sample summary, checked and reduced to what the metrics read. `where` (and `index`, for an
 * element of a list) names it in an error; the name is only built then: this runs for every sample
 * of every log.
 */
export function toSummary(raw: unknown, where: string, index?: number): SampleSummary {
  const place = (): string => (index === undefined ? where : `${where}[${index}]`);
  if (!isRecord(raw)) throw new LogFormatError(`${place()} is not an object`);
  const id = raw['id'];
  if (typeof id !== 'string' && typeof id !== 'number')
    throw new LogFormatError(`${place()} has no sample id`);
  const epoch = typeof raw['epoch'] === 'number' ? raw['epoch'] : 1;
  const target = raw['target'];
  const scores: Record<string, SampleScore> = {};
  const rawScores = raw['scores'];
  if (isRecord(rawScores)) {
    for (const scorer in rawScores) {
      const score = rawScores[scorer];
      if (Object.hasOwn(rawScores, scorer) && isRecord(score)) scores[scorer] = toSampleScore(score);
    }
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

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringOrNull(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

function integerOrNull(value: unknown): number | null {
  return typeof value === 'number' && Number.isInteger(value) ? value : null;
}
