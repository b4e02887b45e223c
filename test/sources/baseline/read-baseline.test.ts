import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBaselineJson, readBaselineFile } from '../../../src/sources/baseline/read-baseline.js';
import { useTempDir } from '../../helpers/temp-dir.js';

const olderSchema = new URL('../../fixtures/baseline/older-schema.demo.summary.json', import.meta.url)
  .pathname;
const scratch = useTempDir('read-baseline-');
let files = 0;

function write(text: string, name = 'summary.json'): string {
  const dir = join(scratch(), `case-${++files}`);
  mkdirSync(dir, { recursive: true });
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

const row = (extra: Record<string, unknown> = {}) => ({
  run: 'rank4',
  task: 'cap',
  epoch: 1,
  accuracy: 0.75,
  balanced_accuracy: 0.7,
  f1: 0.8,
  samples: 4,
  stderr: 0.25,
  status: 'success',
  log: 'rank4/eval/logs/a.eval',
  scorer: 'match',
  ...extra,
});

const summaryJson = (evaluations: unknown[], extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    schema: 1,
    experiment: { name: 'cap', dir: '/x' },
    generated: '2026-01-01T00:00:00.000Z',
    runs: [{ name: 'rank4', finetune: { status: 'COMPLETED' }, evaluation: { status: 'COMPLETED' } }],
    training: [{ run: 'rank4', final_loss: 0.25 }],
    evaluations,
    ...extra,
  });

describe('reading a baseline summary.json', () => {
  it('reads the older schema (no sample fingerprints or scores): every row, no per-sample data', async () => {
    const read = await readBaselineFile(olderSchema);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const { baseline } = read;
    expect(baseline.experiment).toBe('capitalization_lora_rank_demo');
    expect(baseline.evaluations).toHaveLength(5);
    expect(baseline.evaluations[0]).toEqual({
      run: 'Llama-3.2-1B-Instruct_rank4',
      task: 'capitalization',
      epoch: 0,
      accuracy: 0.72,
      balanced_accuracy: 0.7,
      samples: 50,
      stderr: 0.06414269805898185,
      status: 'success',
      scorer: 'match',
      fingerprint: null,
      scores: null,
    });
    expect(baseline.evaluations[4]!.epoch).toBeNull();
    expect(baseline.training).toEqual([
      { run: 'Llama-3.2-1B-Instruct_rank4', final_loss: 0.26427456736564636 },
      { run: 'Llama-3.2-1B-Instruct_rank8', final_loss: 0.180677443638305 },
    ]);
    expect(baseline.runs.map((run) => [run.name, run.finetune, run.evaluation])).toEqual([
      ['Llama-3.2-1B-Instruct_rank4', 'COMPLETED', 'COMPLETED'],
      ['Llama-3.2-1B-Instruct_rank8', 'COMPLETED', 'COMPLETED'],
      ['Llama-3.2-1B-Instruct_base', 'N/A', 'COMPLETED'],
    ]);
    expect(baseline.problems).toEqual([]);
  });

  it('reads the current schema: the fingerprint and the decoded per-sample scores', async () => {
    // scores 1,1,0,1 → bits 0b1011 = 0x0b → "Cw=="
    const file = write(
      summaryJson([
        row({
          samples_fingerprint: '0123456789abcdef',
          sample_scores: { encoding: 'bits', n: 4, data: 'Cw==' },
        }),
      ]),
    );
    const read = await readBaselineFile(file);
    expect(read.ok && read.baseline.evaluations[0]!.fingerprint).toBe('0123456789abcdef');
    expect(read.ok && Array.from(read.baseline.evaluations[0]!.scores!)).toEqual([1, 1, 0, 1]);
  });

  it('a directory means the summary.json inside it', async () => {
    const file = write(summaryJson([row()]));
    const read = await readBaselineFile(join(file, '..'));
    expect(read.ok && read.baseline.source).toBe(file);
  });

  it('bad input: a sentence naming the file and the problem, never a throw', async () => {
    const missing = join(scratch(), 'nowhere', 'summary.json');
    expect(await readBaselineFile(missing)).toEqual({ ok: false, problem: `${missing}: no such file` });
    const emptyDir = join(scratch(), 'empty-dir');
    mkdirSync(emptyDir);
    expect(await readBaselineFile(emptyDir)).toEqual({
      ok: false,
      problem: `${join(emptyDir, 'summary.json')}: no such file`,
    });
    const notJson = write('{"schema": 1, "evaluations": [');
    const read = await readBaselineFile(notJson);
    expect(read.ok).toBe(false);
    expect(!read.ok && read.problem).toMatch(new RegExp(`^${notJson}: not JSON \\(`));
    expect(await readBaselineFile(write('[1, 2]'))).toMatchObject({
      ok: false,
      problem: expect.stringContaining(': not a summary.json (not a JSON object)'),
    });
    expect(parseBaselineJson('{"evaluations": []}', 'b.json')).toEqual({
      ok: false,
      problem: 'b.json: not a summary.json (no "schema" field)',
    });
    expect(parseBaselineJson('{"schema": 2, "evaluations": []}', 'b.json')).toEqual({
      ok: false,
      problem: 'b.json: summary.json schema 2 is not known (schema 1 is)',
    });
    expect(parseBaselineJson('{"schema": 1, "evaluations": {}}', 'b.json')).toEqual({
      ok: false,
      problem: 'b.json: not a summary.json ("evaluations" is not a list)',
    });
  });

  it('an unreadable file names the file and says permission denied', async () => {
    if (process.getuid?.() === 0) return; // root reads anything
    const file = write(summaryJson([row()]));
    chmodSync(file, 0o000);
    expect(await readBaselineFile(file)).toEqual({ ok: false, problem: `${file}: permission denied` });
  });

  it('bad rows are left out with a sentence each; bad per-sample scores fall back to no scores', () => {
    const read = parseBaselineJson(
      summaryJson([
        row(),
        row({ run: 7 }),
        row({ epoch: 1.5 }),
        row({ accuracy: 'high' }),
        'text',
        row({ run: 'rank8', sample_scores: { encoding: 'bits', n: 4, data: '!!' } }),
      ]),
      'b.json',
    );
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.baseline.evaluations.map((e) => [e.run, e.scores])).toEqual([
      ['rank4', null],
      ['rank8', null],
    ]);
    expect(read.baseline.problems).toEqual([
      'evaluations[1] left out: "run" is not a name',
      'evaluations[2] left out: "epoch" is not a whole number or null',
      'evaluations[3] left out: "accuracy" is not a number or null',
      'evaluations[4] left out: not an object',
      'evaluations[5] (rank8, cap): sample_scores not used: data is not base64',
    ]);
  });
});
