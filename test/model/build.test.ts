import { describe, expect, it } from 'vitest';
import { summaryBootstraps, type PreparedSummary } from '../../src/model/build.js';
import type { EvaluationRow } from '../../src/model/summary.js';
import { bootstrapKey, CORRECT, WRONG } from '../../src/model/stats/index.js';

// A success row of a 0/1 task with its classes: `right` of 4 target-1 samples right, the 4 target-0 all right.
function binaryRow(run: string, right: number): EvaluationRow {
  const target = [0, 0, 0, 0, 1, 1, 1, 1];
  const outcome = target.map((t, i) => (t === 0 || i - 4 < right ? CORRECT : WRONG));
  return {
    run,
    task: 'cap',
    epoch: null,
    status: 'success',
    accuracy: (4 + right) / 8,
    balanced_accuracy: (1 + right / 4) / 2,
    stderr: null,
    samples: 8,
    sample_scores: {
      ids: target.map((_, i) => `s${i}`),
      scores: Float64Array.from(outcome, (o) => (o === CORRECT ? 1 : 0)),
      binary: true,
      epochs: 1,
      reducer: 'mean',
      classes: { target: Uint8Array.from(target), outcome: Uint8Array.from(outcome) },
    },
  } as EvaluationRow;
}

describe('summaryBootstraps', () => {
  const runs = [{ name: 'a', type: 'fine-tuned', model: null }] as unknown as PreparedSummary['runs'];
  // Six rows, three answer sheets.
  const evaluations = [1, 2, 3, 1, 2, 3].map((right) => binaryRow('a', right));
  const prepared = { runs, evaluations } as unknown as PreparedSummary;

  it("lists the analysis's bootstraps, one per row", () => {
    const requests = summaryBootstraps(prepared);
    expect(requests).toHaveLength(6);
    expect(requests.every((request) => request.kind === 'single')).toBe(true);
  });

  it("asks with each row's counts: three answer sheets, three distinct requests", () => {
    const requests = summaryBootstraps(prepared);
    expect(new Set(requests.map(bootstrapKey)).size).toBe(3);
    // One of 4 target-1 samples right, all 4 target-0 right: categories target·9 + outcome·3.
    const expected = new Array<number>(18).fill(0);
    expected[0 * 9 + CORRECT * 3] = 4;
    expected[1 * 9 + WRONG * 3] = 3;
    expected[1 * 9 + CORRECT * 3] = 1;
    expect(requests[0]!.observed).toEqual(expected);
  });
});
