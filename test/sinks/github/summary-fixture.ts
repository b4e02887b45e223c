// A small but realistic summary model (two fine-tuned runs, one control, two tasks), for the sink
// tests; the readers' own tests use the real fixtures.
import type { ExperimentSummary } from '../../../src/model/summary.js';

export function experimentSummary(overrides: Partial<ExperimentSummary> = {}): ExperimentSummary {
  return {
    schema: 1,
    experiment: { name: 'cap_4L_lora_comparison', dir: '/scratch/lab/cap_4L_lora_comparison' },
    generated: '2026-01-15T10:00:00.000Z',
    complete: 2,
    total: 3,
    runs: [
      {
        name: 'rank4',
        type: 'fine-tuned',
        model: 'Llama-3.2-1B-Instruct',
        parameters: { lora_rank: 4 },
        finetune: { status: 'COMPLETED', job_id: '1001' },
        evaluation: { status: 'COMPLETED' },
      },
      {
        name: 'rank8',
        type: 'fine-tuned',
        model: 'Llama-3.2-1B-Instruct',
        parameters: { lora_rank: 8 },
        finetune: { status: 'TIMEOUT', reason: 'DUE TO TIME LIMIT after 2 of 3 epochs', job_id: '1002' },
        evaluation: { status: 'PARTIAL' },
      },
      {
        name: 'base',
        type: 'control',
        model: 'Llama-3.2-1B-Instruct',
        parameters: {},
        finetune: { status: 'N/A' },
        evaluation: { status: 'COMPLETED' },
      },
    ],
    training: [
      { run: 'rank4', final_loss: 0.2314, total_steps: 300, epochs: 3, duration_s: 5400 },
      { run: 'rank8', final_loss: 0.3012, total_steps: 200, epochs: 2, duration_s: 7200 },
    ],
    evaluations: [
      {
        run: 'rank4',
        task: 'capitalization',
        epoch: 2,
        accuracy: 0.84,
        balanced_accuracy: 0.8125,
        f1: 0.8,
        samples: 200,
        stderr: 0.02,
        status: 'success',
        log: 'rank4/eval/logs/a.eval',
      },
      {
        run: 'base',
        task: 'capitalization',
        epoch: null,
        accuracy: 0.55,
        balanced_accuracy: 0.5,
        f1: 0.1,
        samples: 200,
        stderr: 0.03,
        status: 'success',
        log: 'base/eval/logs/b.eval',
      },
      {
        run: 'rank4',
        task: 'sentiment',
        epoch: 1,
        accuracy: 0.7,
        balanced_accuracy: null,
        f1: null,
        samples: 100,
        stderr: 0.04,
        status: 'success',
        log: 'rank4/eval/logs/c.eval',
      },
    ],
    best: [
      { task: 'capitalization', run: 'rank4', epoch: 2, metric: 'balanced_accuracy', value: 0.8125 },
      { task: 'sentiment', run: 'rank4', epoch: 1, metric: 'accuracy', value: 0.7 },
    ],
    incomplete: [
      {
        run: 'rank8',
        stage: 'fine-tuning',
        status: 'TIMEOUT',
        notes: 'DUE TO TIME LIMIT after 2 of 3 epochs',
      },
    ],
    warnings: [],
    ...overrides,
  };
}
