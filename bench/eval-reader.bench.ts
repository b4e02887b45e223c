// Speed and memory of the inspect log reader:
// 1. a ~1.5 GB `.eval` full of large samples: reading its header and summaries (what a report
//    needs) must stay well under 0.5 s and 150 MB peak RSS, because it never touches the samples;
// 2. 2,000 logs of 500 samples each, read with bounded concurrency (no EMFILE).
// Data is generated once under bench/.data/ and reused.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildZip, StreamingZipWriter } from '../scripts/lib/zip-writer.js';
import { inspectJson } from '../test/helpers/eval-log-writer.js';

const DATA = join(import.meta.dirname, '.data');
export const BIG_LOG = join(DATA, 'big-1.5GB.eval');
const MANY_DIR = join(DATA, 'many-2000x500');
const BIG_SAMPLES = 1500;
const SAMPLE_BYTES = 1024 * 1024;
const MANY_LOGS = 2000;
const MANY_SAMPLES = 500;

function spec(task: string, model: string): Record<string, unknown> {
  return {
    eval_id: 'BenchEvalId',
    run_id: 'BenchRunId',
    created: '2026-04-20T10:00:00+00:00',
    task,
    task_id: 'BenchTaskId',
    task_version: 0,
    dataset: { samples: BIG_SAMPLES },
    model,
    model_args: { model_path: '/scratch/ck-outputs/bench/ck-out-rank4/epoch_1' },
    config: { epochs: 1 },
    packages: { inspect_ai: '0.3.214' },
    scorers: [{ name: 'match', options: {}, metrics: [], metadata: {} }],
  };
}

function summary(id: number, target: string, answer: string): Record<string, unknown> {
  return {
    id,
    epoch: 1,
    input: `Question ${id}: is this statement true? Answer 0 or 1.`,
    target,
    metadata: {},
    scores: { match: { value: answer === target ? 'C' : 'I', answer } },
    model_usage: { 'hf/bench': { input_tokens: 120, output_tokens: 2, total_tokens: 122 } },
    total_time: 0.4,
    working_time: 0.3,
    uuid: `BenchSampleUuid${id}`,
    retries: 0,
    completed: true,
  };
}

function finalHeader(samples: number, accuracy: number): Record<string, unknown> {
  return {
    version: 2,
    status: 'success',
    eval: spec('capitalization', 'hf/Llama-3.2-1B-Instruct_rank4_epoch_1'),
    plan: { name: 'plan', steps: [{ solver: 'generate', params: {} }], config: {} },
    results: {
      total_samples: samples,
      completed_samples: samples,
      scores: [
        {
          name: 'match',
          scorer: 'match',
          scored_samples: samples,
          unscored_samples: 0,
          params: {},
          metrics: {
            accuracy: { name: 'accuracy', value: accuracy, params: {} },
            stderr: { name: 'stderr', value: 0.01, params: {} },
          },
        },
      ],
    },
    stats: {
      started_at: '2026-04-20T10:00:00+00:00',
      completed_at: '2026-04-20T11:00:00+00:00',
      model_usage: {},
    },
    invalidated: false,
    tags: [],
    metadata: {},
  };
}

/** The big log: stored (uncompressed) samples of ~1 MiB each, written one member at a time. */
export function generateBigLog(): void {
  if (existsSync(BIG_LOG) && statSync(BIG_LOG).size > 1.4e9) return;
  mkdirSync(DATA, { recursive: true });
  const started = performance.now();
  const partial = `${BIG_LOG}.partial`;
  const writer = new StreamingZipWriter(partial);
  writer.add({
    name: '_journal/start.json',
    data: inspectJson({ version: 2, eval: spec('capitalization', 'hf/x'), plan: {} }),
  });
  // One long assistant turn of varied text, shared by all samples (only its id changes).
  const words = ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta', 'iota', 'kappa'];
  let filler = '';
  for (let i = 0; filler.length < SAMPLE_BYTES; i++) filler += `${words[(i * 7) % 10]}${i % 97} `;
  const summaries: Record<string, unknown>[] = [];
  let journal: Record<string, unknown>[] = [];
  let flush = 0;
  for (let id = 1; id <= BIG_SAMPLES; id++) {
    const target = String(id % 2);
    const answer = id % 5 === 0 ? String(1 - (id % 2)) : target;
    const sample = JSON.stringify({
      id,
      epoch: 1,
      input: `Question ${id}`,
      target,
      messages: [
        { role: 'user', content: `Question ${id}` },
        { role: 'assistant', content: `${filler}\n${answer}` },
      ],
      scores: { match: { value: answer === target ? 'C' : 'I', answer } },
    });
    writer.add({ name: `samples/${id}_epoch_1.json`, data: sample, method: 0 });
    const s = summary(id, target, answer);
    summaries.push(s);
    journal.push(s);
    if (journal.length === 10) {
      writer.add({ name: `_journal/summaries/${++flush}.json`, data: inspectJson(journal), deflateLevel: 1 });
      journal = [];
    }
  }
  writer.add({ name: 'summaries.json', data: inspectJson(summaries), deflateLevel: 1 });
  writer.add({ name: 'header.json', data: inspectJson(finalHeader(BIG_SAMPLES, 0.8)), deflateLevel: 1 });
  writer.finish();
  renameSync(partial, BIG_LOG);
  console.log(
    `generated ${BIG_LOG} (${(statSync(BIG_LOG).size / 1e9).toFixed(2)} GB) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
}

function generateManyLogs(): void {
  if (existsSync(MANY_DIR) && readdirSync(MANY_DIR).length === MANY_LOGS) return;
  rmSync(MANY_DIR, { recursive: true, force: true });
  mkdirSync(MANY_DIR, { recursive: true });
  const started = performance.now();
  for (let n = 0; n < MANY_LOGS; n++) {
    const summaries = Array.from({ length: MANY_SAMPLES }, (_, i) => {
      const target = String((i + n) % 2);
      return summary(i + 1, target, (i * 7 + n) % 10 < 8 ? target : String(1 - Number(target)));
    });
    const writer = new StreamingZipWriter(join(MANY_DIR, `log-${String(n).padStart(4, '0')}.eval`));
    writer.add({
      name: '_journal/start.json',
      data: inspectJson({ version: 2, eval: spec('capitalization', 'hf/x') }),
      deflateLevel: 1,
    });
    writer.add({ name: 'summaries.json', data: inspectJson(summaries), deflateLevel: 1 });
    writer.add({ name: 'header.json', data: inspectJson(finalHeader(MANY_SAMPLES, 0.8)), deflateLevel: 1 });
    writer.finish();
  }
  console.log(
    `generated ${MANY_LOGS} logs of ${MANY_SAMPLES} samples in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
}

interface Measurement {
  ms: number;
  maxRssMB: number;
  [key: string]: unknown;
}

function measure(mode: string, target: string): Measurement {
  const output = execFileSync(
    process.execPath,
    ['--import', 'tsx', join(import.meta.dirname, 'eval-reader.child.ts'), mode, target],
    {
      encoding: 'utf8',
    },
  );
  return JSON.parse(output.trim().split('\n').pop()!) as Measurement;
}

const median = (values: number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const verdict = (ok: boolean): string => (ok ? 'OK' : 'OVER TARGET');

/** Zip bombs: logs whose summaries.json declares 400 MB (of blanks, a few hundred KB compressed). */
const BOMB_DIR = join(DATA, 'bombs-16x400MB.v1');
const BOMBS = 16;
const BOMB_BYTES = 400 * 1024 * 1024;

function generateBombs(): void {
  if (existsSync(BOMB_DIR)) return;
  const partial = `${BOMB_DIR}.partial`;
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(partial, { recursive: true });
  const blanks = Buffer.alloc(BOMB_BYTES, 0x20);
  blanks[0] = 0x5b; // '['
  blanks[BOMB_BYTES - 1] = 0x5d; // ']'
  const archive = buildZip([
    {
      name: 'header.json',
      data: inspectJson({ version: 2, status: 'success', eval: { task: 'bomb', model: 'm' } }),
    },
    { name: 'summaries.json', data: blanks, method: 93 },
  ]);
  for (let i = 0; i < BOMBS; i++) writeFileSync(join(partial, `bomb-${i}.eval`), archive);
  renameSync(partial, BOMB_DIR);
}

export async function run(): Promise<void> {
  generateBigLog();
  generateManyLogs();
  generateBombs();
  const gb = (statSync(BIG_LOG).size / 1e9).toFixed(2);
  const baseline = measure('baseline', '');
  console.log(
    `child baseline (Node + tsx loader + reader modules): peak RSS ${baseline.maxRssMB.toFixed(0)} MB`,
  );

  const header = [1, 2, 3].map(() => measure('header', BIG_LOG));
  console.log(
    `${gb} GB .eval, ${BIG_SAMPLES} samples of ~1 MiB: header only ${median(header.map((m) => m.ms)).toFixed(1)} ms, ` +
      `peak RSS ${Math.max(...header.map((m) => m.maxRssMB)).toFixed(0)} MB`,
  );
  const summary = [1, 2, 3].map(() => measure('summary', BIG_LOG));
  const summaryMs = median(summary.map((m) => m.ms));
  const summaryRss = Math.max(...summary.map((m) => m.maxRssMB));
  console.log(
    `${gb} GB .eval: header + summaries + metrics (summarizeEvalLog) ${summaryMs.toFixed(1)} ms ` +
      `[target < 500 ms: ${verdict(summaryMs < 500)}], peak RSS ${summaryRss.toFixed(0)} MB [target < 150 MB: ${verdict(summaryRss < 150)}]` +
      ` -> samples ${String(summary[0]!['samples'])}, accuracy ${String(summary[0]!['accuracy'])}`,
  );

  const many = measure('many', MANY_DIR);
  console.log(
    `${MANY_LOGS} logs x ${MANY_SAMPLES} samples, concurrency 16: ${(many.ms / 1000).toFixed(2)} s ` +
      `(${(many.ms / MANY_LOGS).toFixed(2)} ms/log), peak RSS ${many.maxRssMB.toFixed(0)} MB; ` +
      `statuses ${JSON.stringify(many['statuses'])}, with binary metrics ${String(many['binary'])}`,
  );

  const bombs = measure('many', BOMB_DIR);
  console.log(
    `${BOMBS} zip bombs (summaries.json of ${BOMB_BYTES / 1024 / 1024} MB each) read at once: ${(bombs.ms / 1000).toFixed(2)} s, ` +
      `peak RSS ${bombs.maxRssMB.toFixed(0)} MB [target: bounded by the 512 MiB decompression budget, not ${BOMBS} x]`,
  );
}
