import { describe, expect, it } from 'vitest';
import { headerEpochCandidates } from '../../src/model/eval-metrics.js';

const header = (
  evalMetadata: Record<string, unknown>,
  modelArgs: Record<string, unknown>,
  model: string,
) => ({
  evalMetadata,
  modelArgs,
  model,
});

describe('the checkpoint epoch a log header states', () => {
  it('lists every statement, most trusted first: metadata, model_path, model name', () => {
    expect(
      headerEpochCandidates(
        header(
          { epoch: 1 },
          { model_path: '/scratch/ck-out-r4/epoch_1' },
          'hf/Llama-3.2-1B-Instruct_rank4_epoch_1',
        ),
      ),
    ).toEqual([
      { epoch: 1, source: 'eval.metadata.epoch' },
      { epoch: 1, source: 'model_args.model_path' },
      { epoch: 1, source: 'model' },
    ]);
  });

  it('keeps statements that disagree, so the caller can warn', () => {
    expect(
      headerEpochCandidates(
        header({ epoch: '0' }, { model_path: '/scratch/ck-out-r4/epoch_1/' }, 'hf/r4'),
      ).map((c) => c.epoch),
    ).toEqual([0, 1]);
  });

  it('states nothing for a base model, a negative or non-integer epoch, or an epoch_N elsewhere in the path', () => {
    expect(headerEpochCandidates(header({}, {}, 'hf/Llama-3.2-1B-Instruct_base'))).toEqual([]);
    expect(headerEpochCandidates(header({ epoch: -1 }, {}, 'hf/x'))).toEqual([]);
    expect(headerEpochCandidates(header({ epoch: 1.5 }, {}, 'hf/x'))).toEqual([]);
    expect(headerEpochCandidates(header({}, { model_path: '/a/epoch_3/merged' }, 'hf/x'))).toEqual([]);
  });
});
