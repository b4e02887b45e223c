// Builds inspect-ai `.eval` logs with the member layout and JSON shapes inspect writes
// (start journal, samples, journal summaries, summaries.json, reductions.json, header.json),
// for experiment trees in tests and for the demo experiment. Metrics are computed the way
// inspect computes them: accuracy = mean of the scores, stderr = std(ddof=1)/sqrt(n).
import { buildZip, type ZipMemberSpec } from './zip-writer.js';

export type ZipMethod = 'stored' | 'deflate' | 'zstd';
const METHOD_CODE = { stored: 0, deflate: 8, zstd: 93 } as const;

export interface EvalSampleSpec {
  id: number | string;
  target: string;
  /** What the model answered (the scorer's `answer` and the last assistant message). */
  prediction: string;
  /** Leave the answer out of the summary, so a reader must open the full sample. */
  omitAnswerInSummary?: boolean;
}

export interface EvalLogSpec {
  task: string;
  model: string;
  created: string;
  samples: EvalSampleSpec[];
  modelPath?: string;
  metadata?: Record<string, unknown>;
  status?: 'success' | 'error' | 'cancelled' | 'started';
  errorMessage?: string;
  scorer?: string;
  method?: ZipMethod;
  inspectVersion?: string;
}

function evalSpec(spec: EvalLogSpec) {
  return {
    eval_id: `eval-${spec.task}`,
    run_id: `run-${spec.task}`,
    created: spec.created,
    task: spec.task,
    task_id: `task-${spec.task}`,
    task_version: 0,
    task_file: 'inspect_task_capitalization.py',
    task_registry_name: spec.task,
    task_attribs: {},
    task_args: {},
    task_args_passed: {},
    dataset: { name: 'words_5L_80P_1000', samples: spec.samples.length, shuffled: false },
    model: spec.model,
    model_generate_config: { temperature: 0 },
    model_args: spec.modelPath ? { model_path: spec.modelPath } : {},
    config: { epochs: 1, epochs_reducer: ['mean'], fail_on_error: true, log_samples: true },
    packages: { inspect_ai: spec.inspectVersion ?? '0.3.170' },
    ...(spec.metadata ? { metadata: spec.metadata } : {}),
    scorers: [
      {
        name: spec.scorer ?? 'match',
        options: {},
        metrics: [
          { name: 'inspect_ai/accuracy', options: {} },
          { name: 'inspect_ai/stderr', options: {} },
        ],
        metadata: {},
      },
    ],
  };
}

const plan = {
  name: 'plan',
  steps: [
    { solver: 'system_message', params: { template: 'You are a helpful assistant.' } },
    { solver: 'generate', params: {} },
  ],
  config: {},
};

function score(sample: EvalSampleSpec) {
  return sample.prediction.trim() === sample.target ? 'C' : 'I';
}

export function inspectMetrics(values: number[]): { accuracy: number; stderr: number } {
  const n = values.length;
  if (n === 0) return { accuracy: 0, stderr: 0 };
  const mean = values.reduce((a, b) => a + b, 0) / n;
  if (n < 2) return { accuracy: mean, stderr: 0 };
  const variance = values.reduce((a, v) => a + (v - mean) ** 2, 0) / (n - 1);
  return { accuracy: mean, stderr: Math.sqrt(variance) / Math.sqrt(n) };
}

/** The `.eval` archive bytes for a log described by `spec`. */
export function buildEvalLog(spec: EvalLogSpec): Buffer {
  const scorer = spec.scorer ?? 'match';
  const status = spec.status ?? 'success';
  const evalPart = evalSpec(spec);
  const members: ZipMemberSpec[] = [
    { name: '_journal/start.json', data: JSON.stringify({ version: 2, eval: evalPart, plan }) },
  ];
  const summaries = spec.samples.map((sample) => ({
    id: sample.id,
    epoch: 1,
    input: `Is "${sample.id}" correctly capitalized? Answer 1 or 0.`,
    target: sample.target,
    metadata: {},
    scores: {
      [scorer]: {
        value: score(sample),
        ...(sample.omitAnswerInSummary ? {} : { answer: sample.prediction }),
      },
    },
    model_usage: {},
    uuid: `uuid-${sample.id}`,
    retries: 0,
    completed: true,
  }));
  for (const sample of spec.samples) {
    const input = `Is "${sample.id}" correctly capitalized? Answer 1 or 0.`;
    const assistant = { role: 'assistant', content: sample.prediction, source: 'generate' };
    members.push({
      name: `samples/${sample.id}_epoch_1.json`,
      data: JSON.stringify({
        id: sample.id,
        epoch: 1,
        input,
        target: sample.target,
        messages: [
          { role: 'system', content: 'You are a helpful assistant.' },
          { role: 'user', content: input, source: 'input' },
          assistant,
        ],
        output: { model: spec.model, choices: [{ message: assistant, stop_reason: 'stop' }] },
        scores: { [scorer]: { value: score(sample), answer: sample.prediction } },
        metadata: {},
        store: {},
        events: [],
        model_usage: {},
        attachments: {},
      }),
    });
  }
  members.push({ name: '_journal/summaries/1.json', data: JSON.stringify(summaries) });
  if (status !== 'started') {
    const values = spec.samples.map((s) => (score(s) === 'C' ? 1 : 0));
    const { accuracy, stderr } = inspectMetrics(values);
    members.push({ name: 'summaries.json', data: JSON.stringify(summaries) });
    members.push({
      name: 'reductions.json',
      data: JSON.stringify([
        {
          scorer,
          samples: spec.samples.map((s) => ({ value: score(s) === 'C' ? 1 : 0, sample_id: s.id })),
        },
      ]),
    });
    const header = {
      version: 2,
      status,
      eval: evalPart,
      plan,
      ...(status === 'error'
        ? {}
        : {
            results: {
              total_samples: spec.samples.length,
              completed_samples: spec.samples.length,
              scores: [
                {
                  name: scorer,
                  scorer,
                  scored_samples: spec.samples.length,
                  unscored_samples: 0,
                  params: {},
                  metrics: {
                    accuracy: { name: 'accuracy', value: accuracy, params: {} },
                    stderr: { name: 'stderr', value: stderr, params: {} },
                  },
                },
              ],
            },
          }),
      stats: { started_at: spec.created, completed_at: spec.created, model_usage: {} },
      ...(status === 'error'
        ? {
            error: {
              message: spec.errorMessage ?? 'RuntimeError: evaluation failed',
              traceback: 'Traceback (most recent call last):\n  ...',
              traceback_ansi: '',
            },
          }
        : {}),
      invalidated: false,
      tags: [],
      metadata: {},
    };
    members.push({ name: 'header.json', data: JSON.stringify(header) });
  }
  const method = METHOD_CODE[spec.method ?? 'deflate'];
  // zstd members as inspect writes them since 0.3.214: several concatenated frames.
  return buildZip(
    members.map((member) => ({ ...member, method, ...(method === 93 ? { zstdFrameSize: 4096 } : {}) })),
  );
}

/** Binary samples with a given confusion matrix, ids 1..n. */
export function binarySamples(counts: {
  tp: number;
  tn: number;
  fp: number;
  fn: number;
  /** Answers that are neither 0 nor 1, for a target of 0. */
  other?: number;
}): EvalSampleSpec[] {
  const samples: EvalSampleSpec[] = [];
  const push = (n: number, target: string, prediction: string) => {
    for (let i = 0; i < n; i++) samples.push({ id: samples.length + 1, target, prediction });
  };
  push(counts.tp, '1', '1');
  push(counts.tn, '0', '0');
  push(counts.fp, '0', '1');
  push(counts.fn, '1', '0');
  push(counts.other ?? 0, '0', 'Yes');
  // Interleave classes deterministically so sample order does not group by outcome.
  return samples
    .map((s, i) => ({ s, k: (i * 7919) % samples.length }))
    .sort((a, b) => a.k - b.k)
    .map(({ s }, i) => ({ ...s, id: i + 1 }));
}
