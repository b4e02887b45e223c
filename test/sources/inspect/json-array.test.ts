// summaries.json split into its samples: every element exactly as JSON.parse of the whole would
// give it, whatever the strings hold; and a clear error for bytes that are not one JSON array.
import { describe, expect, it } from 'vitest';
import { forEachArrayElement } from '../../../src/sources/inspect/json-array.js';

function elements(text: string): unknown[] {
  const out: unknown[] = [];
  forEachArrayElement(Buffer.from(text), 'summaries.json', (element, index) => {
    expect(index).toBe(out.length);
    out.push(JSON.parse(element.toString('utf8')));
  });
  return out;
}

/** A deterministic pseudo-random JSON value with the characters that trip a splitter. */
function value(seed: number, depth = 0): unknown {
  const pick = (seed * 2654435761) % 9;
  const text = ['a,b', '[x]', '{"y":1}', 'quote " inside', 'back\\slash', 'é,ü', '', ']', ','][seed % 9]!;
  if (depth > 2 || pick < 3) return [text, seed, null, true][pick % 4];
  if (pick < 6) return Array.from({ length: seed % 4 }, (_, i) => value(seed * 7 + i, depth + 1));
  return Object.fromEntries(
    Array.from({ length: seed % 4 }, (_, i) => [`k${i},]`, value(seed * 13 + i, depth + 1)]),
  );
}

describe('forEachArrayElement', () => {
  it('gives each element as JSON.parse of the whole array does, for 300 generated arrays', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const array = Array.from({ length: seed % 7 }, (_, i) => value(seed * 31 + i));
      const spaced = seed % 2 ? JSON.stringify(array) : JSON.stringify(array, null, seed % 4);
      expect(elements(spaced)).toEqual(array);
    }
  });

  it('handles the empty array and surrounding whitespace', () => {
    expect(elements('[]')).toEqual([]);
    expect(elements(' \n[ ]\n')).toEqual([]);
    expect(elements('\n[ {"id": 1} ,\n {"id": "2"} ]\n')).toEqual([{ id: 1 }, { id: '2' }]);
  });

  it('refuses what is not one JSON array, naming the member', () => {
    const cases: Array<[string, RegExp]> = [
      ['{"id": 1}', /^summaries\.json is not a JSON array$/],
      ['[{"id": 1}, {"id": 2}', /^summaries\.json ends before its array does \(truncated\?\)$/],
      ['[{"id": 1},]', /^summaries\.json: an empty element/],
      ['[,{"id": 1}]', /^summaries\.json: an empty element/],
      ['[1] [2]', /^summaries\.json has bytes after its array$/],
      ['["unterminated]', /ends before its array does/],
    ];
    for (const [text, message] of cases) expect(() => elements(text), text).toThrow(message);
  });
});

describe('a large summaries.json, read sample by sample', () => {
  it('gives the same summaries and metrics as a small one read whole', async () => {
    const { buildEvalLog, binarySamples } = await import('../../../scripts/lib/eval-log.js');
    const { readEvalLog } = await import('../../../src/sources/inspect/eval-log.js');
    const { writeFileSync, mkdtempSync, rmSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'json-array-'));
    try {
      // 16,000 summaries of ~220 bytes (3.5 MB): over the 2 MiB above which summaries.json is split.
      const samples = binarySamples({ tp: 6000, tn: 5000, fp: 3000, fn: 2000 });
      const path = join(dir, 'big.eval');
      writeFileSync(
        path,
        buildEvalLog({ task: 't', model: 'm', created: '2026-03-16T13:00:00+00:00', samples }),
      );
      const log = await readEvalLog(path, { summaries: true });
      if (log.status === 'unreadable') throw new Error(log.error);
      expect(log.summariesSource).toBe('summaries.json');
      expect(log.summaries).toHaveLength(16_000);
      expect(log.summaries![0]).toEqual({
        id: samples[0]!.id,
        epoch: 1,
        target: samples[0]!.target,
        scores: {
          match: {
            value: samples[0]!.prediction === samples[0]!.target ? 'C' : 'I',
            answer: samples[0]!.prediction,
          },
        },
        error: null,
      });
      const correct = log.summaries!.filter((s) => s.scores['match']!.value === 'C').length;
      expect(correct).toBe(11_000);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
