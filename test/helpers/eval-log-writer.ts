// Builds `.eval` logs with the layout Inspect writes, for situations no real fixture covers.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildZip, type ZipMemberSpec } from '../../scripts/lib/zip-writer.js';

export interface EvalLogSpec {
  /** header.json content; omitted for a running/crashed log. */
  header?: unknown;
  /** _journal/start.json content. */
  start?: unknown;
  /** summaries.json content. */
  summaries?: unknown;
  /** _journal/summaries/N.json contents, by N. */
  journal?: Record<number, unknown>;
  /** samples/{key}.json contents, key like `1_epoch_1`. */
  samples?: Record<string, unknown>;
  /** Raw member text instead of JSON (bad JSON tests), by member name. */
  raw?: Record<string, string>;
  method?: 0 | 8 | 93;
}

/** Serialise with NaN/Infinity written as bare tokens, the way Inspect writes them. */
export function inspectJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (typeof v === 'number' && !Number.isFinite(v)) return `\u0000${String(v)}\u0000`;
    return v;
  }).replace(/"\\u0000(NaN|Infinity|-Infinity)\\u0000"/g, '$1');
}

export function evalLogMembers(spec: EvalLogSpec): ZipMemberSpec[] {
  const method = spec.method ?? 8;
  const members: ZipMemberSpec[] = [];
  const add = (name: string, value: unknown): void => {
    members.push({ name, data: inspectJson(value), method });
  };
  if (spec.start !== undefined) add('_journal/start.json', spec.start);
  for (const [key, sample] of Object.entries(spec.samples ?? {})) add(`samples/${key}.json`, sample);
  for (const [n, summaries] of Object.entries(spec.journal ?? {}))
    add(`_journal/summaries/${n}.json`, summaries);
  if (spec.summaries !== undefined) add('summaries.json', spec.summaries);
  if (spec.header !== undefined) add('header.json', spec.header);
  for (const [name, text] of Object.entries(spec.raw ?? {})) members.push({ name, data: text, method });
  return members;
}

export function writeEvalLog(dir: string, name: string, spec: EvalLogSpec): string {
  const path = join(dir, name);
  writeFileSync(path, buildZip(evalLogMembers(spec)));
  return path;
}

/** A minimal eval spec as Inspect writes it. */
export function evalSpec(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    eval_id: 'TestEvalId',
    run_id: 'TestRunId',
    created: '2026-03-16T10:00:00+00:00',
    task: 'capitalization',
    task_id: 'TestTaskId',
    task_version: 0,
    dataset: { samples: 4 },
    model: 'hf/Llama-3.2-1B-Instruct_rank4_epoch_0',
    model_args: {},
    config: { epochs: 1 },
    packages: { inspect_ai: '0.3.210' },
    ...overrides,
  };
}

export function header(
  overrides: Record<string, unknown> = {},
  spec: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    version: 2,
    status: 'success',
    eval: evalSpec(spec),
    plan: { name: 'plan', steps: [], config: {} },
    stats: { started_at: '2026-03-16T10:00:00+00:00', completed_at: '2026-03-16T10:05:00+00:00' },
    ...overrides,
  };
}
