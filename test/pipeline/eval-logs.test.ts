import { readdirSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EvalLogSummary } from '../../src/model/eval-log-summary.js';
import { evalLogTasks, summarizeEvalLog, summarizeEvalLogs } from '../../src/pipeline/eval-logs.js';
import { header, writeEvalLog } from '../helpers/eval-log-writer.js';
import { useTempDir } from '../helpers/temp-dir.js';
import { useWorkerScript, type WorkerPool } from '../../src/util/worker-pool.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'inspect-logs');

type Expected = Pick<
  EvalLogSummary,
  'status' | 'task' | 'scorer' | 'accuracy' | 'stderr' | 'samples' | 'binary'
>;

// Expected values read from each file (header.json results, summaries.json or the journal, and for
// .json logs the whole object) with unzip -p and python's json module.
// prettier-ignore
const rows: Array<[file: string, status: Expected['status'], task: string, scorer: string | null, accuracy: number | null, stderr: number | null, samples: number]> = [
  ['derived/cancelled__no-samples__from-json.eval', 'cancelled', 'testtaskname', 'match', 2 / 3, 0.33333333333333337, 3],
  ['derived/cancelled__popularity__from-json.eval', 'cancelled', 'popularity', 'match', 2 / 3, 0.33333333333333337, 3],
  ['derived/error__log_read_sample__synthetic-header.eval', 'error', 'popularity', null, null, null, 1],
  // No header.json: status from _journal/start.json, samples = the 4 journal summaries.
  ['derived/in-progress__log_streaming.eval', 'started', 'popularity', null, null, null, 4],
  ['derived/synthetic__multi-scorer-binary-targets-nan.eval', 'success', 'binary_multi_scorer', 'match', 0.6, 0.24494897427831783, 5],
  // Only mean/std metrics (pass_at_1 reducer): no accuracy to report.
  ['inspect-action/2025-12-13T23-15-44+00-00_class-eval_XDtHXBaqEHGUBoFoinn2wS.eval', 'success', 'inspect_evals/class_eval', 'class_eval_scorer', null, null, 5],
  ['inspect-action/small.eval', 'success', 'oxdna_simple', 'score_metr_task', 1, null, 6],
  ['inspect_ai/2024-08-29T15-11-17+00-00_popularity_5EAmX6wjMFqea6WY7XHzZp.json', 'success', 'popularity', 'match', 0, 0, 1],
  ['inspect_ai/2024-08-29T15-11-18+00-00_popularity_5EAmX6wjMFqea6WY7XHzZp.json', 'error', 'popularity', 'match', 0, 0, 1],
  ['inspect_ai/2024-11-05T13-31-45-05-00_input-task_8zXjbRzCWrL9GXiXo2vus9.json', 'success', 'input_task', 'model_graded_fact', 1, 0, 1],
  ['inspect_ai/2024-11-05T13-32-37-05-00_input-task_hxs4q9azL3ySGkjJirypKZ.eval', 'success', 'input_task', 'model_graded_fact', 1, 0, 1],
  // results.scores is [].
  ['inspect_ai/2025-02-11T15-17-00-05-00_popularity_dPiJifoWeEQBrfWsAopzWr.eval', 'success', 'popularity', null, null, null, 10],
  ['inspect_ai/2025-02-11T15-18-04-05-00_popularity_mj7khqpMM4GBCfVQozKgzB.eval', 'success', 'popularity', 'match', 0.8, 0.13333333333333333, 10],
  ['inspect_ai/2025-05-12T20-28-13-04-00_no-samples.json', 'cancelled', 'testtaskname', 'match', 2 / 3, 0.33333333333333337, 3],
  ['inspect_ai/2025-05-12T20-28-13-04-00_popularity.json', 'cancelled', 'popularity', 'match', 2 / 3, 0.33333333333333337, 3],
  ['inspect_ai/log_formats.eval', 'success', 'popularity', 'match', 0, 0, 1],
  ['inspect_ai/log_formats.json', 'success', 'popularity', 'match', 0, 0, 1],
  ['inspect_ai/log_message_deduplication.eval', 'success', 'inspect_test_utils/guess_number', 'closeness_log', 0, 0, 1],
  ['inspect_ai/log_read_sample.eval', 'success', 'popularity', 'match', 1, 0, 1],
  ['inspect_ai/log_read_sample.json', 'success', 'popularity', 'match', 1, 0, 1],
  ['inspect_ai/log_streaming.eval', 'success', 'popularity', 'match', 0.75, 0.25, 4],
  ['inspect_ai/log_tool_call_error.json', 'success', '...', 'includes', 1, 0, 4],
  ['inspect_ai/mmlu-no-summary-choices.eval', 'success', 'inspect_evals/mmlu_0_shot', 'choice', 0, 0, 1],
  ['inspect_ai/mmlu-summary-choices.eval', 'success', 'inspect_evals/mmlu_0_shot', 'choice', 0, 0, 1],
  // zstd (method 93), inspect 0.3.208; no scorers.
  ['inspect_ai/retry-2-then-success__legacy.eval', 'success', 'task', null, null, null, 1],
  ['inspect_ai/retry-2-then-success__postfix.eval', 'success', 'task', null, null, null, 1],
  ['inspect_flow/2026-01-09T18-27-59+00-00_mmlu-0-shot_AaMwC64MK8EccYgfhUqy3n.eval', 'success', 'inspect_evals/mmlu_0_shot', 'choice', 0, 0, 1],
  ['inspect_scout/2025-09-23T08-09-58-04-00_security-guide_LuxZJVwvymC3S3SyoJczxB.eval', 'success', 'security_guide', 'model_graded_fact', 0.6875, 0.11967838846954226, 16],
  ['inspect_scout/2025-11-07T10-59-47-05-00_websearch-addition-problem_LqPDntDnkk4h2fSqQ8i6CE.eval', 'success', 'websearch_addition_problem', 'match', 1, 0, 1],
];

// The only fixture with 0/1 targets. match answers vs targets: sample 1 answers 1 for 1 (tp),
// 2 answers 0 for 0 (tn), 3 answers 0 for 1 (fn), 4 answers 0 for 0 (tn), 5 answers 0 for 1 (fn).
const binaryByFile: Record<string, Expected['binary']> = {
  'derived/synthetic__multi-scorer-binary-targets-nan.eval': {
    accuracy: 3 / 5,
    balanced_accuracy: (1 + 1 / 3) / 2,
    f1: 0.5,
    precision_1: 1,
    recall_1: 1 / 3,
    recall_0: 1,
    confusion_matrix: { tp: 1, tn: 2, fp: 0, fn: 2, other: 0 },
    samples: 5,
  },
};

const expected: Record<string, Expected> = Object.fromEntries(
  rows.map(([file, status, task, scorer, accuracy, stderr, samples]) => [
    file,
    { status, task, scorer, accuracy, stderr, samples, binary: binaryByFile[file] ?? null },
  ]),
);

function fixtureLogs(): string[] {
  return readdirSync(FIXTURES, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.(eval|json)$/.test(name))
    .map((name) => name.split('\\').join('/'))
    .sort();
}

describe('summarizeEvalLog on every real and derived fixture', () => {
  it('has an expectation for every log in test/fixtures/inspect-logs', () => {
    expect(fixtureLogs()).toEqual(Object.keys(expected).sort());
  });

  for (const [name, want] of Object.entries(expected)) {
    it(`${name}: ${want.status}, ${want.scorer ?? 'no score'} accuracy ${want.accuracy ?? '—'}`, async () => {
      const summary = await summarizeEvalLog(join(FIXTURES, name));
      const { status, task, scorer, accuracy, stderr, samples, binary } = summary;
      expect({ status, task, scorer, accuracy, stderr, samples, binary }).toEqual({
        ...want,
        accuracy: want.accuracy === null ? null : expect.closeTo(want.accuracy, 12),
        binary:
          want.binary === null
            ? null
            : { ...want.binary, balanced_accuracy: expect.closeTo(want.binary.balanced_accuracy, 12) },
      });
      expect(summary.warnings).toEqual([]);
    });
  }

  it('both zstd logs written by inspect 0.3.208 still report their status and samples with the pure-JS decoder', async () => {
    for (const name of [
      'inspect_ai/retry-2-then-success__legacy.eval',
      'inspect_ai/retry-2-then-success__postfix.eval',
    ]) {
      const summary = await summarizeEvalLog(join(FIXTURES, name), { zstdDecoder: 'fzstd' });
      expect([summary.status, summary.samples, summary.inspect_version]).toEqual([
        'success',
        1,
        '0.3.208.dev36+g74cc1c427.d20260418',
      ]);
    }
  });

  it("an error log carries inspect's error message", async () => {
    const summary = await summarizeEvalLog(
      join(FIXTURES, 'derived/error__log_read_sample__synthetic-header.eval'),
    );
    expect(summary.error).toBe("RuntimeError('Simulated failure for fixture')");
  });

  it('the multi-scorer log lists every score with all its metrics, NaN-free', async () => {
    const summary = await summarizeEvalLog(
      join(FIXTURES, 'derived/synthetic__multi-scorer-binary-targets-nan.eval'),
    );
    expect(summary.scores).toEqual([
      {
        name: 'match',
        scorer: 'match',
        reducer: null,
        metrics: { accuracy: 0.6, stderr: 0.24494897427831783 },
      },
      {
        name: 'exact',
        scorer: 'exact',
        reducer: null,
        metrics: { accuracy: 0.5, stderr: 0.28867513459481287 },
      },
      {
        name: 'correctness',
        scorer: 'rubric',
        reducer: null,
        metrics: { accuracy: 0.6, stderr: 0.24494897427831783 },
      },
      {
        name: 'style',
        scorer: 'rubric',
        reducer: null,
        metrics: { accuracy: 0.6, stderr: 0.18708286933869706 },
      },
    ]);
  });

  it('a preferred scorer without answers falls back to the samples\' completions ("Yes" is neither 0 nor 1)', async () => {
    const summary = await summarizeEvalLog(
      join(FIXTURES, 'derived/synthetic__multi-scorer-binary-targets-nan.eval'),
      {
        scorer: 'exact',
      },
    );
    expect([summary.scorer, summary.accuracy, summary.stderr]).toEqual(['exact', 0.5, 0.28867513459481287]);
    // Sample 4's exact score is NaN (unscored): left out, as inspect leaves it out of accuracy.
    expect(summary.binary?.confusion_matrix).toEqual({ tp: 0, tn: 0, fp: 0, fn: 0, other: 4 });
    expect(summary.binary?.samples).toBe(4);
    expect(summary.binary?.accuracy).toBe(0);
    expect(summary.warnings).toContain('1 unscored sample(s) (NaN score) left out of the binary metrics');
  });

  it('a dict-valued scorer is found by its scorer name; its first key is reported', async () => {
    const summary = await summarizeEvalLog(
      join(FIXTURES, 'derived/synthetic__multi-scorer-binary-targets-nan.eval'),
      {
        scorer: 'rubric',
      },
    );
    expect([summary.scorer, summary.stderr]).toEqual(['correctness', 0.24494897427831783]);
  });

  it('a scorer the log does not have gives a warning and the default choice', async () => {
    const summary = await summarizeEvalLog(join(FIXTURES, 'inspect_ai/log_streaming.eval'), {
      scorer: 'includes',
    });
    expect(summary.scorer).toBe('match');
    expect(summary.warnings).toEqual(['scorer "includes" is not in the log; reporting "match"']);
  });

  it('reads 60 logs with bounded concurrency, in order', async () => {
    const paths = Array.from({ length: 60 }, (_, i) => join(FIXTURES, Object.keys(expected)[i % 29]!));
    const summaries = await summarizeEvalLogs(paths, { concurrency: 4 });
    expect(summaries.map((s) => relative(FIXTURES, s.path))).toEqual(paths.map((p) => relative(FIXTURES, p)));
  });

  it('says no thread read anything when a shared pool meets no logs', async () => {
    // A pool started from the YAML's promise (pipeline/workers.ts) may find nothing to read.
    const threads: number[] = [];
    const pool = { size: 2 } as unknown as WorkerPool;
    expect(await summarizeEvalLogs([], { pool, onThreads: (n) => threads.push(n) })).toEqual([]);
    expect(threads).toEqual([0]);
  });

  it('reads every log on the main thread when its worker threads die, with the same results', async () => {
    // A worker script that exits on its first task, as a worker out of memory would.
    const script = join(crashDir(), 'crash.mjs');
    writeFileSync(
      script,
      "import { parentPort } from 'node:worker_threads';\nparentPort.on('message', () => process.exit(7));\n",
    );
    const paths = Array.from({ length: 70 }, (_, i) => join(FIXTURES, Object.keys(expected)[i % 29]!));
    const inline = await summarizeEvalLogs(paths);
    useWorkerScript(pathToFileURL(script));
    try {
      expect(await summarizeEvalLogs(paths, { onRead: () => undefined })).toEqual(inline);
    } finally {
      useWorkerScript(null);
    }
  });
});

describe('batches of logs on worker threads', () => {
  // The task a worker serves, run in this thread: the wire format without the threads.
  const task = evalLogTasks['summarizeEvalLogs']!;
  const files = Object.keys(expected).slice(0, 12);
  const paths = files.map((file) => join(FIXTURES, file));

  it('sends each distinct id list once per batch, and the summaries come back as read inline', async () => {
    const same = join(
      FIXTURES,
      'inspect_ai/2025-02-11T15-18-04-05-00_popularity_mj7khqpMM4GBCfVQozKgzB.eval',
    );
    const wire = (await task({ paths: [same, same, paths[0]], options: {} })) as {
      summaries: Array<{ sample_ids?: number; sample_scores: { ids: string[] } | null }>;
      idLists: string[];
    };
    expect(wire.summaries[0]!.sample_ids).toBe(0);
    expect(wire.summaries[1]!.sample_ids).toBe(0);
    expect(wire.summaries[0]!.sample_scores!.ids).toEqual([]);
    expect(wire.idLists).toHaveLength(1);
    expect(JSON.parse(wire.idLists[0]!)).toEqual((await summarizeEvalLog(same)).sample_scores!.ids);
  });

  it('answers null for a log whose reading threw, and the main thread reads that log itself', async () => {
    // A bad file is an unreadable summary, not a throw: only what no path can be (a symbol) throws.
    const wire = (await task({ paths: [paths[0], Symbol('no path'), paths[1]], options: {} })) as {
      summaries: unknown[];
    };
    expect(wire.summaries[1]).toBeNull();
    expect(wire.summaries[0]).not.toBeNull();

    // A pool whose batches lose their second log: it is read on the main thread, in its place.
    const batches: string[][] = [];
    const pool = {
      size: 2,
      run: async (_: string, payload: { paths: string[]; options: object }) => {
        batches.push(payload.paths);
        const batch = (await task(payload)) as { summaries: unknown[] };
        batch.summaries[1] = null;
        return batch;
      },
    } as unknown as WorkerPool;
    const many = Array.from({ length: 40 }, (_, i) => paths[i % paths.length]!);
    const done: number[] = [];
    const read = await summarizeEvalLogs(many, { pool, onRead: (n) => done.push(n) });
    expect(read).toEqual(await summarizeEvalLogs(many));
    expect(batches.map((batch) => batch.length)).toEqual([8, 8, 8, 8, 8]);
    expect(done).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
  });
});

const crashDir = useTempDir('eval-logs-crash-');

const tempDir = useTempDir('eval-summary-');

describe('binary metrics from answers and completions', () => {
  const sample = (id: number, target: unknown, assistant: unknown) => ({
    id,
    epoch: 1,
    input: 'q',
    target,
    messages: [
      { role: 'user', content: 'q' },
      { role: 'assistant', content: assistant },
    ],
  });

  it('uses the score answer when present and reads a full sample only when the answer is missing', async () => {
    const path = writeEvalLog(tempDir(), 'completions.eval', {
      header: header({
        results: {
          total_samples: 5,
          completed_samples: 5,
          scores: [
            { name: 'match', scorer: 'match', metrics: { accuracy: { name: 'accuracy', value: 0.4 } } },
          ],
        },
      }),
      summaries: [
        { id: 1, epoch: 1, target: '1', scores: { match: { value: 'C', answer: '1' } } },
        { id: 2, epoch: 1, target: 0, scores: { match: { value: 'I' } } },
        { id: 3, epoch: 1, target: ['1'], scores: { match: { value: 'I' } } },
        { id: 4, epoch: 1, target: ' 0 ', scores: { match: { value: 'C' } } },
        { id: 5, epoch: 1, target: '1', scores: { match: { value: 'I', answer: 'maybe' } } },
      ],
      samples: {
        '2_epoch_1': sample(2, 0, ' 1\n'),
        '3_epoch_1': sample(
          3,
          ['1'],
          [
            { type: 'reasoning', reasoning: '1' },
            { type: 'text', text: '0' },
          ],
        ),
        '4_epoch_1': sample(4, ' 0 ', '0'),
      },
      // Sample 1 has an answer in its summary: its damaged sample member must not be read.
      raw: { 'samples/1_epoch_1.json': '{not json' },
    });
    const summary = await summarizeEvalLog(path);
    expect(summary.warnings).toEqual([]);
    // 1: tp (answer 1); 2: fp (completion 1, target 0); 3: fn (text part 0); 4: tn; 5: other (answer "maybe").
    expect(summary.binary).toEqual({
      accuracy: 2 / 5,
      balanced_accuracy: (0.5 + 0.5) / 2,
      f1: 0.5,
      precision_1: 0.5,
      recall_1: 0.5,
      recall_0: 0.5,
      confusion_matrix: { tp: 1, tn: 1, fp: 1, fn: 1, other: 1 },
      samples: 5,
    });
  });

  it('a sample that cannot be read for its completion counts as "other", with a warning naming it', async () => {
    const path = writeEvalLog(tempDir(), 'missing-sample.eval', {
      header: header({ results: { completed_samples: 2, scores: [] } }),
      summaries: [
        { id: 'a', epoch: 1, target: '1', scores: {} },
        { id: 'b', epoch: 1, target: '0', scores: {} },
      ],
      samples: { a_epoch_1: sample(1, '1', '1') },
    });
    const summary = await summarizeEvalLog(path);
    expect(summary.binary?.confusion_matrix).toEqual({ tp: 1, tn: 0, fp: 0, fn: 0, other: 1 });
    expect(summary.warnings).toHaveLength(1);
    expect(summary.warnings[0]).toContain('samples/b_epoch_1.json: no such member');
  });

  it('zero denominators give 0, not NaN', async () => {
    const path = writeEvalLog(tempDir(), 'all-zero.eval', {
      header: header({ results: { completed_samples: 2, scores: [] } }),
      summaries: [
        { id: 1, epoch: 1, target: '0', scores: { match: { value: 'C', answer: '0' } } },
        { id: 2, epoch: 1, target: '0', scores: { match: { value: 'C', answer: '0' } } },
      ],
    });
    const summary = await summarizeEvalLog(path);
    expect(summary.binary).toMatchObject({
      accuracy: 1,
      precision_1: 0,
      recall_1: 0,
      recall_0: 1,
      f1: 0,
      balanced_accuracy: 0.5,
    });
  });

  it('a checkpoint epoch comes from eval.metadata.epoch first, then the model path, then the model name', async () => {
    const dir = tempDir();
    const read = async (name: string, spec: Record<string, unknown>) =>
      summarizeEvalLog(writeEvalLog(dir, name, { header: header({}, spec), summaries: [] }));
    const fromMetadata = await read('m.eval', {
      metadata: { epoch: 2 },
      model_args: { model_path: '/x/ck-out-r/epoch_1' },
    });
    expect([fromMetadata.epoch, fromMetadata.epoch_source]).toEqual([2, 'eval.metadata.epoch']);
    const fromPath = await read('p.eval', {
      model: 'hf/r_control',
      model_args: { model_path: '/x/ck-out-r/epoch_1/' },
    });
    expect([fromPath.epoch, fromPath.epoch_source, fromPath.model_path]).toEqual([
      1,
      'model_args.model_path',
      '/x/ck-out-r/epoch_1/',
    ]);
    const fromModel = await read('n.eval', {});
    expect([fromModel.epoch, fromModel.epoch_source]).toEqual([0, 'model']);
    const base = await read('b.eval', { model: 'hf/Llama-3.2-1B-Instruct_base' });
    expect([base.epoch, base.epoch_source]).toEqual([null, null]);
  });
});

describe('unreadable logs are values', () => {
  it('a missing file gives status unreadable naming the file', async () => {
    const path = join(tempDir(), 'gone.eval');
    const summary = await summarizeEvalLog(path);
    expect(summary).toMatchObject({
      status: 'unreadable',
      path,
      error: `${path}: no such file`,
      accuracy: null,
      binary: null,
    });
  });
});
