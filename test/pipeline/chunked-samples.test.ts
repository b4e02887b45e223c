// Chunked samples (`inspect log convert-chunked`): a sample lives in `samples/{id}_epoch_{n}/` with
// its messages in numbered chunks. The completion fallback reads the answer from there.
import { describe, expect, it } from 'vitest';
import { summarizeEvalLog } from '../../src/pipeline/eval-logs.js';
import { header, writeEvalLog } from '../helpers/eval-log-writer.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();

describe('chunked sample summaries', () => {
  it('reads the answer of a chunked sample from its last assistant message', async () => {
    const file = writeEvalLog(tempDir(), 'chunked.eval', {
      header: header({ results: { completed_samples: 2, scores: [] } }),
      summaries: [
        { id: 'a', epoch: 1, target: '1', scores: { match: { value: 'C' } } },
        { id: 'b', epoch: 1, target: '0', scores: { match: { value: 'I' } } },
      ],
      samples: {
        'a_epoch_1/sample': { id: 'a', epoch: 1 },
        'a_epoch_1/messages/0': [{ role: 'user', content: 'Is it? 1 or 0' }],
        'a_epoch_1/messages/1': [{ role: 'assistant', content: [{ type: 'text', text: '1' }] }],
        'b_epoch_1/sample': { id: 'b', epoch: 1 },
        'b_epoch_1/messages/0': [
          { role: 'user', content: 'Is it?' },
          { role: 'assistant', content: '0' },
        ],
        'b_epoch_1/messages/2': [{ role: 'assistant', content: '1' }],
      },
    });
    const summary = await summarizeEvalLog(file);
    // a: target 1, answered 1 → TP; b: target 0, last answer 1 (chunk 2 after chunk 0) → FP.
    expect(summary.binary?.confusion_matrix).toEqual({ tp: 1, tn: 0, fp: 1, fn: 0, other: 0 });
    expect(summary.warnings).toEqual([]);
  });
});
