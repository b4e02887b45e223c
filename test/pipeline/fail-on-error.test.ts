// A log written by inspect-ai with `fail_on_error` tolerance: the run succeeds although 5 of 40
// samples errored. Errored samples carry `error` and NO score; inspect leaves them out of its metrics
// (accuracy 30/35 = 0.857 over 35 samples), and so must the 0/1 metrics here (not 30/40 = 0.75 with
// 5 "other" predictions).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { summarizeEvalLog } from '../../src/pipeline/eval-logs.js';
import { header, writeEvalLog } from '../helpers/eval-log-writer.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();

/** 40 samples: 20 with target 1, 20 with target 0; samples 36..40 errored (targets 1,0,1,0,1). */
function summaries(): unknown[] {
  const out: unknown[] = [];
  for (let id = 1; id <= 40; id += 1) {
    const target = id % 2 === 1 ? '1' : '0';
    if (id > 35) {
      out.push({
        id,
        epoch: 1,
        input: 'q',
        target,
        scores: {},
        error: 'RuntimeError: CUDA error',
        completed: true,
        metadata: {},
        model_usage: {},
      });
      continue;
    }
    // Of the 35 scored: ids 1..30 answered right, 31..35 wrong.
    const right = id <= 30;
    const answer = right ? target : target === '1' ? '0' : '1';
    out.push({
      id,
      epoch: 1,
      input: 'q',
      target,
      scores: { match: { value: right ? 'C' : 'I', answer } },
      completed: true,
      metadata: {},
      model_usage: {},
    });
  }
  return out;
}

describe('fail_on_error: errored samples have no score', () => {
  it('are left out of the 0/1 metrics as inspect leaves them out (0.857 on 35, not 0.75 on 40)', async () => {
    const file = writeEvalLog(tempDir(), '2026-03-16T10-00-00+00-00_capitalization_x.eval', {
      header: header(
        {
          results: {
            total_samples: 40,
            completed_samples: 35,
            scores: [
              {
                name: 'match',
                scorer: 'match',
                scored_samples: 35,
                unscored_samples: 0,
                params: {},
                metrics: {
                  accuracy: { name: 'accuracy', value: 30 / 35, params: {} },
                  stderr: { name: 'stderr', value: 0.06, params: {} },
                },
              },
            ],
          },
        },
        { config: { epochs: 1, fail_on_error: 0.2 } },
      ),
      summaries: summaries(),
    });
    const summary = await summarizeEvalLog(file);
    expect(summary.status).toBe('success');
    expect(summary.accuracy).toBeCloseTo(0.857, 3);
    expect(summary.samples).toBe(35);
    // Scored samples 1..35: ids 1..30 right (15 with target 1, 15 with target 0); 31..35 wrong
    // (31,33,35 target 1 → predicted 0: FN = 3; 32,34 target 0 → predicted 1: FP = 2).
    // TP = 15, TN = 15, FP = 2, FN = 3. Recall(1) = 15/18, recall(0) = 15/17.
    // Balanced accuracy = (15/18 + 15/17) / 2 = 0.857843…; F1(1) = 2·15 / (2·15 + 2 + 3) = 30/35 = 0.857142…
    expect(summary.binary?.accuracy).toBeCloseTo(30 / 35, 6);
    expect(summary.binary?.samples).toBe(35);
    expect(summary.binary?.confusion_matrix).toEqual({ tp: 15, tn: 15, fp: 2, fn: 3, other: 0 });
    expect(summary.binary?.balanced_accuracy).toBeCloseTo((15 / 18 + 15 / 17) / 2, 6);
    expect(summary.binary?.f1).toBeCloseTo(30 / 35, 6);
    expect(summary.warnings.join(' ')).toMatch(
      /5 sample\(s\) without a score \(errored\) left out of the binary metrics/,
    );
    expect(path.basename(file)).toContain('capitalization');
  });
});
