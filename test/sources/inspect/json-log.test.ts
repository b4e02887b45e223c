import { describe, expect, it } from 'vitest';
import { LogFormatError, parseInspectJson } from '../../../src/sources/inspect/json-log.js';
import { readEvalLog } from '../../../src/sources/inspect/eval-log.js';
import { useTempDir } from '../../helpers/temp-dir.js';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const tempDir = useTempDir('inspect-json-');

describe('JSON as inspect writes it', () => {
  it('reads bare NaN and ±Infinity outside strings, and leaves them alone inside strings', () => {
    expect(parseInspectJson('{"a": NaN, "b": -Infinity, "c": "NaN Infinity", "d": [Infinity]}', 'x')).toEqual(
      {
        a: NaN,
        b: -Infinity,
        c: 'NaN Infinity',
        d: [Infinity],
      },
    );
  });

  it('refuses a string cut off mid-way quickly, even one full of escaped quotes (a truncated traceback)', () => {
    // The fallback scanner once restarted at every \" of an unterminated string: about a minute for this
    // text (past the test timeout); it is now read once.
    const text = `{"error": {"traceback": "${'File \\"x.py\\", line 1, in f\\n'.repeat(24_000)}`;
    expect(() => parseInspectJson(text, 'header.json')).toThrow(LogFormatError);
  });
});

describe('.json logs from other writers', () => {
  it('reads a log whose samples member is null, with more members after it', async () => {
    const dir = tempDir();
    const path = join(dir, '2026-03-16T10-00-00+00-00_capitalization_abc.json');
    await writeFile(
      path,
      JSON.stringify({
        version: 2,
        status: 'success',
        samples: null,
        eval: { task: 'capitalization', model: 'hf/r4_epoch_0', created: '2026-03-16T10:00:00+00:00' },
        results: {
          completed_samples: 3,
          scores: [{ name: 'match', scorer: 'match', metrics: { accuracy: { value: 0.5 } } }],
        },
      }),
    );
    const log = await readEvalLog(path, { summaries: true });
    expect(log.status).toBe('success');
    if (log.status === 'unreadable') return;
    expect(log.task).toBe('capitalization');
    expect(log.results?.scores[0]?.metrics['accuracy']).toBe(0.5);
  });
});
