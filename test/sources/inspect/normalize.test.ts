import { describe, expect, it } from 'vitest';
import { LogFormatError } from '../../../src/sources/inspect/json-log.js';
import { summaryList, toSummary } from '../../../src/sources/inspect/normalize.js';

describe('summaryList', () => {
  it('reduces each sample summary to what the metrics read', () => {
    const raw = [
      {
        id: 1,
        epoch: 2,
        target: '1',
        scores: { match: { value: 'C', answer: '1', explanation: 'long' } },
        input: 'x',
      },
      {
        id: 'b',
        target: ['A', 3, null],
        scores: { match: { value: 0 }, broken: 'not a score' },
        error: 'boom',
      },
    ];
    expect(summaryList(raw, 'summaries.json')).toEqual([
      { id: 1, epoch: 2, target: '1', scores: { match: { value: 'C', answer: '1' } }, error: null },
      { id: 'b', epoch: 1, target: ['A', 3], scores: { match: { value: 0, answer: null } }, error: 'boom' },
    ]);
  });

  it('names the member and the element in its errors', () => {
    expect(() => summaryList({}, 'summaries.json')).toThrow(
      new LogFormatError('summaries.json is not a JSON array'),
    );
    expect(() => summaryList([{ id: 1 }, 'x'], 'summaries.json')).toThrow(
      new LogFormatError('summaries.json[1] is not an object'),
    );
    expect(() => summaryList([{ id: 1 }, { id: 2 }, { epoch: 1 }], 'summaries.json')).toThrow(
      new LogFormatError('summaries.json[2] has no sample id'),
    );
    expect(() => toSummary({ id: true }, 'samples/3_epoch_1.json')).toThrow(
      new LogFormatError('samples/3_epoch_1.json has no sample id'),
    );
  });
});
