import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  countedClasses,
  NOT_COUNTED,
  outcomeOf,
  pairClasses,
  pairScores,
  reducerFor,
  sampleScoresFromSummaries,
  valueToFloat,
  type SampleScores,
} from '../../src/model/sample-scores.js';
import { CORRECT, OTHER, WRONG } from '../../src/model/stats/index.js';
import { readEvalLog, type SampleSummary, type ScoreValue } from '../../src/sources/inspect/eval-log.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'inspect-logs');

function summary(
  id: string | number,
  epoch: number,
  value: ScoreValue,
  target = '1',
  answer?: string,
): SampleSummary {
  return { id, epoch, target, scores: { match: { value, answer: answer ?? null } }, error: null };
}

describe('valueToFloat (inspect’s value_to_float)', () => {
  it('maps the documented values', () => {
    expect(['C', 'P', 'I', 'N', 'yes', 'TRUE', 'no', 'false', '0.25', 'maybe', ''].map(valueToFloat)).toEqual(
      [1, 0.5, 0, 0, 1, 1, 0, 0, 0.25, 0, 0],
    );
    expect([true, false, 3, null, [1], { a: 1 }].map((v) => valueToFloat(v as ScoreValue))).toEqual([
      1, 0, 3, 0, 0, 0,
    ]);
    expect(valueToFloat(NaN)).toBeNaN();
  });
});

describe('sampleScoresFromSummaries', () => {
  it('reduces inspect epochs with the mean, as reductions.json of log_streaming.eval shows', async () => {
    // summaries.json: id 1 epochs (I, C), id 2 epochs (C, C); reductions.json: 1 → 0.5, 2 → 1.0.
    const log = await readEvalLog(join(FIXTURES, 'inspect_ai', 'log_streaming.eval'), { summaries: true });
    if (log.status === 'unreadable') throw new Error(log.error);
    const scores = sampleScoresFromSummaries(log.summaries!, { scorerKey: 'match' })!;
    expect(scores.ids).toEqual(['1', '2']);
    expect([...scores.scores]).toEqual([0.5, 1]);
    expect(scores.binary).toBe(false);
    expect(scores.epochs).toBe(2);
    expect(scores.classes).toBeUndefined();
  });

  it('applies the named reducer (pass_at_1 of class_eval: all C → 1)', async () => {
    const log = await readEvalLog(
      join(FIXTURES, 'inspect-action', '2025-12-13T23-15-44+00-00_class-eval_XDtHXBaqEHGUBoFoinn2wS.eval'),
      { summaries: true },
    );
    if (log.status === 'unreadable') throw new Error(log.error);
    const scores = sampleScoresFromSummaries(log.summaries!, {
      scorerKey: 'class_eval_scorer',
      reducer: log.results!.scores[0]!.reducer,
    })!;
    expect(scores.reducer).toBe('pass_at_1');
    expect(scores.ids).toEqual(['ClassEval_0', 'ClassEval_1', 'ClassEval_2', 'ClassEval_3', 'ClassEval_4']);
    expect([...scores.scores]).toEqual([1, 1, 1, 1, 1]);
    expect(scores.binary).toBe(true);
  });

  it('leaves NaN epochs out and gives NaN to a sample with no scored epoch', () => {
    const scores = sampleScoresFromSummaries(
      [summary('b', 1, NaN), summary('a', 1, 'C'), summary('a', 2, NaN), summary('b', 2, NaN)],
      { scorerKey: 'match' },
    )!;
    expect(scores.ids).toEqual(['a', 'b']);
    expect(scores.scores[0]).toBe(1);
    expect(scores.scores[1]).toBeNaN();
    expect(scores.binary).toBe(true);
  });

  it('sorts each log on its own: the same ids in another order, numeric and string ids alike', () => {
    const first = sampleScoresFromSummaries([summary(10, 1, 'C'), summary(2, 1, 'I'), summary(1, 1, 'C')], {
      scorerKey: 'match',
    })!;
    // Sorted as strings: "1" < "10" < "2".
    expect(first.ids).toEqual(['1', '10', '2']);
    expect([...first.scores]).toEqual([1, 1, 0]);
    const again = sampleScoresFromSummaries([summary(10, 1, 'C'), summary(2, 1, 'I'), summary(1, 1, 'C')], {
      scorerKey: 'match',
    })!;
    expect(again.ids).toEqual(first.ids);
    const reordered = sampleScoresFromSummaries(
      [summary('2', 1, 'C'), summary(1, 1, 'I'), summary(10, 1, 'I')],
      { scorerKey: 'match' },
    )!;
    expect(reordered.ids).toEqual(['1', '10', '2']);
    expect([...reordered.scores]).toEqual([0, 0, 1]);
    // The same ids once more, now with an epoch each repeated: reduced, not taken as one epoch.
    const epochs = sampleScoresFromSummaries(
      [summary(10, 1, 'C'), summary(2, 1, 'I'), summary(1, 1, 'C'), summary(2, 2, 'C')],
      { scorerKey: 'match' },
    )!;
    expect(epochs.epochs).toBe(2);
    expect([...epochs.scores]).toEqual([1, 1, 0.5]);
  });

  it('is null without any score for the scorer, or with an unknown reducer', () => {
    expect(sampleScoresFromSummaries([], { scorerKey: 'match' })).toBeNull();
    expect(
      sampleScoresFromSummaries([summary(1, 1, 'C')], { scorerKey: 'match', reducer: 'custom' }),
    ).toBeNull();
  });

  it('takes the dict entry named by the score', () => {
    const scores = sampleScoresFromSummaries(
      [
        {
          id: 1,
          epoch: 1,
          target: '1',
          scores: { rubric: { value: { tone: 0.5, facts: 1 }, answer: null } },
          error: null,
        },
      ],
      { scorerKey: 'rubric', scoreName: 'tone' },
    )!;
    expect([...scores.scores]).toEqual([0.5]);
  });

  it('records classes for a single-epoch 0/1 task, with unscored samples not counted', () => {
    const classOf = (s: SampleSummary) => {
      const target = s.target === '1' ? 1 : 0;
      return { target: target as 0 | 1, outcome: outcomeOf(target, s.scores['match']?.answer ?? null) };
    };
    const scores = sampleScoresFromSummaries(
      [
        summary(1, 1, 'C', '1', '1'),
        summary(2, 1, 'I', '0', '1'),
        summary(3, 1, NaN, '0', 'x'),
        summary(4, 1, 'I', '1', 'x'),
      ],
      { scorerKey: 'match', classOf },
    )!;
    expect([...scores.classes!.target]).toEqual([1, 0, NOT_COUNTED, 1]);
    expect([...scores.classes!.outcome]).toEqual([CORRECT, WRONG, OTHER, OTHER]);
    expect(countedClasses(scores)).toEqual({
      target: Uint8Array.from([1, 0, 1]),
      outcome: Uint8Array.from([CORRECT, WRONG, OTHER]),
    });
  });

  it('counts every sample of a task where all were scored: the classes themselves, once per object', () => {
    const classOf = (s: SampleSummary) => ({ target: (s.target === '1' ? 1 : 0) as 0 | 1, outcome: CORRECT });
    const scores = sampleScoresFromSummaries([summary(1, 1, 'C', '1', '1'), summary(2, 1, 'C', '0', '0')], {
      scorerKey: 'match',
      classOf,
    })!;
    const counted = countedClasses(scores)!;
    expect([...counted.target]).toEqual([1, 0]);
    expect(counted.target).toBe(scores.classes!.target);
    expect(countedClasses(scores)).toBe(counted);
  });
});

describe('reducerFor', () => {
  it('computes inspect’s reducers', () => {
    // inspect's own reducer test values: [6, 2, 2, 3, 2, 3] → mean 3, median 2.5, mode 2, max 6.
    const values = [6, 2, 2, 3, 2, 3];
    expect(reducerFor('mean')!(values)).toBe(3);
    expect(reducerFor(null)!(values)).toBe(3);
    expect(reducerFor('median')!(values)).toBe(2.5);
    expect(reducerFor('mode')!(values)).toBe(2);
    expect(reducerFor('max')!(values)).toBe(6);
    // at_least_3 of [1, 0, 1, 1]: three values ≥ 1 → 1; at_least_4 → 0.
    expect(reducerFor('at_least_3')!([1, 0, 1, 1])).toBe(1);
    expect(reducerFor('at_least_4')!([1, 0, 1, 1])).toBe(0);
    // pass@2 with n = 4, c = 1: 1 − Π_{i=4}^{4}(1 − 2/i) = 1 − 0.5 = 0.5 (= 1 − C(3,2)/C(4,2) = 1 − 3/6).
    expect(reducerFor('pass_at_2')!([1, 0, 0, 0])).toBeCloseTo(0.5, 12);
    expect(reducerFor('pass_at_2')!([1])).toBeNaN();
    expect(reducerFor('weird')).toBeNull();
  });
});

describe('pairing', () => {
  const make = (ids: string[], values: number[]): SampleScores => ({
    ids,
    scores: Float64Array.from(values),
    binary: true,
    epochs: 1,
    reducer: 'mean',
  });

  it('joins on sample id and keeps pairs scored on both sides', () => {
    const paired = pairScores(
      make(['a', 'b', 'c', 'e'], [1, 0, NaN, 1]),
      make(['b', 'c', 'd', 'e'], [1, 1, 0, 0]),
    );
    // shared: b, c, e; c is unscored on the left.
    expect(paired.shared).toBe(3);
    expect([...paired.a]).toEqual([0, 1]);
    expect([...paired.b]).toEqual([1, 0]);
  });

  it('pairs classes only where both count the sample with the same target', () => {
    const x: SampleScores = {
      ...make(['a', 'b', 'c'], [1, 0, 1]),
      classes: {
        target: Uint8Array.from([1, 0, NOT_COUNTED]),
        outcome: Uint8Array.from([CORRECT, WRONG, CORRECT]),
      },
    };
    const y: SampleScores = {
      ...make(['a', 'b', 'c'], [0, 1, 1]),
      classes: { target: Uint8Array.from([1, 1, 1]), outcome: Uint8Array.from([WRONG, CORRECT, CORRECT]) },
    };
    expect(pairClasses(x, y)).toEqual({
      target: Uint8Array.from([1]),
      a: Uint8Array.from([CORRECT]),
      b: Uint8Array.from([WRONG]),
    });
    expect(pairClasses(x, make(['a'], [1]))).toBeNull();
  });
});
