import { describe, expect, it } from 'vitest';
import { lossChanges, stageStatusChanges, worseFirst } from '../../../src/model/baseline/changes.js';
import { lossChanged, matchRows, type RowSamples } from '../../../src/model/baseline/match.js';
import type { EvaluationRow, RunSummary } from '../../../src/model/summary.js';
import type { BaselineEvaluation } from '../../../src/sources/baseline/read-baseline.js';

const now = (extra: Partial<EvaluationRow> = {}): EvaluationRow => ({
  run: 'rank4',
  task: 'cap',
  epoch: 1,
  accuracy: 0.75,
  balanced_accuracy: 0.7,
  f1: 0.8,
  samples: 4,
  stderr: 0.25,
  status: 'success',
  log: 'rank4/eval/a.eval',
  scorer: 'match',
  ...extra,
});

const base = (extra: Partial<BaselineEvaluation> = {}): BaselineEvaluation => ({
  run: 'rank4',
  task: 'cap',
  epoch: 1,
  accuracy: 0.5,
  balanced_accuracy: 0.5,
  samples: 4,
  stderr: 0.2886751345948129,
  status: 'success',
  scorer: 'match',
  fingerprint: null,
  scores: null,
  ...extra,
});

const noSamples = () => null;

describe('matching rows with the baseline on (run, task, epoch)', () => {
  it('same scorer, count and ids with per-sample scores on both sides: paired on the samples', () => {
    const samples: RowSamples = { fingerprint: 'aaaaaaaaaaaaaaaa', scores: Float64Array.from([1, 1, 0, 1]) };
    const matching = matchRows([now()], () => samples, [
      base({ fingerprint: 'aaaaaaaaaaaaaaaa', scores: Float64Array.from([1, 0, 0, 1]) }),
    ]);
    expect(matching.matched).toEqual([
      {
        run: 'rank4',
        task: 'cap',
        epoch: 1,
        baseline: 0.5,
        now: 0.75,
        plan: {
          kind: 'paired',
          now: Float64Array.from([1, 1, 0, 1]),
          baseline: Float64Array.from([1, 0, 0, 1]),
        },
      },
    ]);
  });

  it('an older baseline without sample ids: unpaired from the two standard errors, with a caveat', () => {
    const matching = matchRows([now()], noSamples, [base()]);
    expect(matching.matched[0]).toMatchObject({
      plan: {
        kind: 'unpaired',
        now: { mean: 0.75, se: 0.25, n: 4 },
        baseline: { mean: 0.5, se: 0.2886751345948129, n: 4 },
      },
      caveat: 'the baseline did not record its sample ids: matched on scorer and sample count only',
    });
  });

  it('without a recorded stderr the standard error comes from the per-sample scores', () => {
    // scores 1,1,0,1: mean 0.75, sample variance ((3·0.0625) + 0.5625)/3 = 0.25, se = √(0.25/4) = 0.25
    const samples: RowSamples = { fingerprint: 'aaaaaaaaaaaaaaaa', scores: Float64Array.from([1, 1, 0, 1]) };
    const matching = matchRows([now({ stderr: null })], () => samples, [
      base({ fingerprint: 'aaaaaaaaaaaaaaaa' }),
    ]);
    expect(matching.matched[0]!.plan).toEqual({
      kind: 'unpaired',
      now: { mean: 0.75, se: 0.25, n: 4 },
      baseline: { mean: 0.5, se: 0.2886751345948129, n: 4 },
    });
    const none = matchRows([now({ stderr: null })], noSamples, [base()]);
    expect(none.matched[0]!.plan).toEqual({
      kind: 'no interval',
      why: 'no standard error or per-sample scores for this run',
    });
  });

  it('not comparable: another scorer, another sample count, other sample ids', () => {
    const samples: RowSamples = { fingerprint: 'bbbbbbbbbbbbbbbb', scores: Float64Array.from([1, 1, 0, 1]) };
    const plans = [
      matchRows([now()], noSamples, [base({ scorer: 'includes' })]),
      matchRows([now({ samples: 5 })], noSamples, [base()]),
      matchRows([now()], () => samples, [base({ fingerprint: 'aaaaaaaaaaaaaaaa' })]),
    ].map((matching) => matching.matched[0]!.plan);
    expect(plans).toEqual([
      { kind: 'not comparable', why: 'scorer includes → match' },
      { kind: 'not comparable', why: '4 → 5 samples' },
      { kind: 'not comparable', why: 'different sample ids (same count)' },
    ]);
  });

  it('rows on one side only are new or missing; a changed log status is a status change', () => {
    const matching = matchRows(
      [
        now({ epoch: 0, status: 'error', accuracy: null }),
        now({ run: 'rank16' }),
        now({ run: 'rank32', status: 'missing', accuracy: null }),
      ],
      noSamples,
      [base({ epoch: 0 }), base({ run: 'rank2', accuracy: 0.25 })],
    );
    expect(matching.matched).toEqual([]);
    expect(matching.new_rows).toEqual([{ run: 'rank16', task: 'cap', epoch: 1, accuracy: 0.75 }]);
    expect(matching.missing_rows).toEqual([{ run: 'rank2', task: 'cap', epoch: 1, accuracy: 0.25 }]);
    expect(matching.status_changes).toEqual([
      { run: 'rank4', stage: 'evaluation', task: 'cap', epoch: 0, from: 'success', to: 'error', worse: true },
    ]);
  });

  it('a control row (epoch null) matches the baseline control row', () => {
    const matching = matchRows([now({ run: 'base', epoch: null })], noSamples, [
      base({ run: 'base', epoch: null }),
    ]);
    expect(matching.matched).toHaveLength(1);
    expect(matching.new_rows).toEqual([]);
  });
});

describe('stage statuses and training losses', () => {
  const run = (
    name: string,
    finetune: RunSummary['finetune']['status'],
    evaluation: RunSummary['evaluation']['status'],
  ): RunSummary => ({
    name,
    type: 'fine-tuned',
    model: 'm',
    parameters: {},
    finetune: { status: finetune },
    evaluation: { status: evaluation },
  });

  it('COMPLETED → FAILED is worse and listed first; FAILED → COMPLETED is listed after', () => {
    const changes = stageStatusChanges(
      [
        run('a', 'COMPLETED', 'COMPLETED'),
        run('b', 'FAILED', 'NOT_STARTED'),
        run('c', 'COMPLETED', 'COMPLETED'),
      ],
      [
        { name: 'a', finetune: 'FAILED', evaluation: 'NOT_STARTED' },
        { name: 'b', finetune: 'COMPLETED', evaluation: 'COMPLETED' },
      ],
    );
    expect(worseFirst(changes)).toEqual([
      { run: 'b', stage: 'fine-tuning', from: 'COMPLETED', to: 'FAILED', worse: true },
      { run: 'a', stage: 'fine-tuning', from: 'FAILED', to: 'COMPLETED', worse: false },
      { run: 'a', stage: 'evaluation', from: 'NOT_STARTED', to: 'COMPLETED', worse: false },
      { run: 'b', stage: 'evaluation', from: 'COMPLETED', to: 'NOT_STARTED', worse: false },
    ]);
  });

  it('a loss that became nan, a changed loss; an unchanged loss and a nan still nan are not listed', () => {
    const row = (name: string, loss: number | null) => ({
      run: name,
      final_loss: loss,
      total_steps: 10,
      epochs: 1,
      duration_s: null,
    });
    expect(
      lossChanges(
        [row('a', Number.NaN), row('b', 0.2), row('c', 0.3), row('d', Number.NaN)],
        [
          { run: 'a', final_loss: 0.25 },
          { run: 'b', final_loss: 0.25 },
          { run: 'c', final_loss: 0.3 },
          { run: 'd', final_loss: null },
        ],
      ),
    ).toEqual([
      { run: 'a', from: 0.25, to: Number.NaN, became_nan: true },
      { run: 'b', from: 0.25, to: 0.2, became_nan: false },
    ]);
    expect(lossChanged(0.3, 0.3 + 1e-15)).toBe(false);
    expect(lossChanged(0.3, null)).toBe(true);
  });
});
