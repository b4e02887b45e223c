import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  isReadable,
  readEvalLog,
  type EvalLog,
  type EvalLogRead,
} from '../../../src/sources/inspect/eval-log.js';
import { parseInspectJson, scanJsonLog } from '../../../src/sources/inspect/json-log.js';
import { buildZip } from '../../../scripts/lib/zip-writer.js';
import {
  evalLogMembers,
  evalSpec,
  header,
  inspectJson,
  writeEvalLog,
} from '../../helpers/eval-log-writer.js';
import { useTempDir } from '../../helpers/temp-dir.js';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'inspect-logs');
const fixture = (name: string): string => join(FIXTURES, name);
const tempDir = useTempDir('inspect-log-');

function readable(log: EvalLogRead): EvalLog {
  if (!isReadable(log)) throw new Error(`expected a readable log, got: ${log.error}`);
  return log;
}

describe('readEvalLog: headers', () => {
  it('reads the header of a finished deflate log and leaves the summaries alone unless asked', async () => {
    const log = readable(await readEvalLog(fixture('inspect_ai/log_streaming.eval')));
    expect(log).toMatchObject({
      status: 'success',
      format: 'eval',
      version: 2,
      headerSource: 'header.json',
      task: 'popularity',
      model: 'azureai/Meta-Llama-3-1-405B-Instruct-jqf',
      created: '2024-11-05T20:04:20+00:00',
      inspectVersion: '0.3.42.dev228+g349eca8e.d20241022',
      results: {
        totalSamples: 4,
        completedSamples: 4,
        scores: [
          { name: 'match', scorer: 'match', reducer: null, metrics: { accuracy: 0.75, stderr: 0.25 } },
        ],
      },
      stats: { startedAt: '2024-11-05T20:04:20+00:00', completedAt: '2024-11-05T20:04:20+00:00' },
      error: null,
      warnings: [],
    });
    expect(log.summaries).toBeUndefined();
  });

  it('keeps the epoch reducer and non-accuracy metrics (pass_at_1, mean/std)', async () => {
    const log = readable(
      await readEvalLog(
        fixture('inspect-action/2025-12-13T23-15-44+00-00_class-eval_XDtHXBaqEHGUBoFoinn2wS.eval'),
      ),
    );
    expect(log.results?.scores).toEqual([
      {
        name: 'class_eval_scorer',
        scorer: 'class_eval_scorer',
        reducer: 'pass_at_1',
        metrics: { mean: 1, std: 0 },
        scoredSamples: 5,
        unscoredSamples: 0,
      },
    ]);
    expect(log.taskDisplayName).toBe('class_eval');
  });

  it('keeps model_args and eval.metadata', async () => {
    const log = readable(await readEvalLog(fixture('inspect_ai/log_message_deduplication.eval')));
    expect(log.version).toBe(3);
    expect(log.modelArgs).toEqual({ tool_calls: 'ls', repetitions: 5 });
    const small = readable(await readEvalLog(fixture('inspect-action/small.eval')));
    expect(small.evalMetadata).toMatchObject({ eval_set_id: 'claudes-post-degradation-hcast-n6-202409-v1' });
  });

  for (const zstdDecoder of ['node', 'fzstd'] as const) {
    it(`reads a zstd log written by inspect 0.3.208 (${zstdDecoder} decoder)`, async () => {
      const log = readable(
        await readEvalLog(fixture('inspect_ai/retry-2-then-success__postfix.eval'), {
          summaries: true,
          zstdDecoder,
        }),
      );
      expect([log.status, log.model, log.inspectVersion]).toEqual([
        'success',
        'mockllm/fake',
        '0.3.208.dev36+g74cc1c427.d20260418',
      ]);
      expect(log.summaries).toEqual([{ id: 1, epoch: 1, target: '', scores: {}, error: null }]);
    });
  }

  it('a log still being written (no header.json) is read from _journal/start.json as started', async () => {
    const log = readable(
      await readEvalLog(fixture('derived/in-progress__log_streaming.eval'), { summaries: true }),
    );
    expect([log.status, log.headerSource, log.results, log.summariesSource]).toEqual([
      'started',
      '_journal/start.json',
      null,
      '_journal/summaries',
    ]);
    expect(log.summaries?.map((s) => [s.id, s.epoch, s.scores['match']?.value])).toEqual([
      [2, 2, 'C'],
      [2, 1, 'C'],
      [1, 1, 'I'],
      [1, 2, 'C'],
    ]);
    // Its header plans 2 sample ids × 2 epochs = 4 samples: a running log's progress is summaries of this.
    expect(log.plannedSamples).toBe(4);
  });

  it('an error log has its status and message and no results', async () => {
    const log = readable(await readEvalLog(fixture('derived/error__log_read_sample__synthetic-header.eval')));
    expect([log.status, log.error, log.results]).toEqual([
      'error',
      "RuntimeError('Simulated failure for fixture')",
      null,
    ]);
  });

  it('after a header-only edit (old header.json left as dead bytes) the re-appended header counts', async () => {
    const path = join(tempDir(), 'edited.eval');
    writeFileSync(
      path,
      buildZip([
        { name: '_journal/start.json', data: inspectJson({ version: 2, eval: evalSpec() }) },
        { name: 'header.json', data: inspectJson(header({ status: 'error' })), dead: true },
        { name: 'header.json', data: inspectJson(header({ status: 'success' })) },
      ]),
    );
    expect(readable(await readEvalLog(path)).status).toBe('success');
  });
});

describe('readEvalLog: sample summaries', () => {
  it('journal summaries are taken in numeric order and deduplicated by (id, epoch), the last winning', async () => {
    const summary = (id: number | string, epoch: number, value: string) => ({
      id,
      epoch,
      target: '1',
      scores: { match: { value } },
    });
    const path = writeEvalLog(tempDir(), 'journal.eval', {
      start: { version: 2, eval: evalSpec() },
      journal: {
        1: [summary(1, 1, 'first'), summary(2, 1, 'only')],
        2: [summary(1, 1, 'second'), summary('1', 1, 'string id')],
        10: [summary(1, 1, 'tenth')],
      },
    });
    const log = readable(await readEvalLog(path, { summaries: true }));
    expect(log.summaries?.map((s) => [s.id, s.scores['match']?.value])).toEqual([
      [1, 'tenth'],
      [2, 'only'],
      ['1', 'string id'],
    ]);
  });

  it('summaries.json is preferred over the journal', async () => {
    const path = writeEvalLog(tempDir(), 'final.eval', {
      header: header(),
      journal: { 1: [{ id: 1, epoch: 1, target: 'a' }] },
      summaries: [{ id: 7, epoch: 1, target: 'b' }],
    });
    const log = readable(await readEvalLog(path, { summaries: true }));
    expect([log.summariesSource, log.summaries?.map((s) => s.id)]).toEqual(['summaries.json', [7]]);
  });

  it('bare NaN tokens parse: a NaN score value is kept as NaN (unscored)', async () => {
    const log = readable(
      await readEvalLog(fixture('derived/synthetic__multi-scorer-binary-targets-nan.eval'), {
        summaries: true,
      }),
    );
    expect(log.summaries?.map((s) => s.scores['exact']?.value)).toEqual([1, 0, 0, Number.NaN, 1]);
    expect(log.summaries?.[0]?.scores['rubric']?.value).toEqual({ correctness: 1, style: 0.5 });
    expect(log.results?.scores.find((s) => s.name === 'exact')).toMatchObject({
      scoredSamples: 4,
      unscoredSamples: 1,
    });
  });

  it('NaN and Infinity metric values in a header survive parsing', async () => {
    const path = writeEvalLog(tempDir(), 'nan-metrics.eval', {
      header: header({
        results: {
          completed_samples: 0,
          scores: [
            {
              name: 'match',
              scorer: 'match',
              metrics: { accuracy: { value: Number.NaN }, ratio: { value: Infinity } },
            },
          ],
        },
      }),
    });
    const log = readable(await readEvalLog(path));
    expect(log.results?.scores[0]?.metrics).toEqual({ accuracy: Number.NaN, ratio: Infinity });
  });

  it('a damaged summaries.json leaves the header readable, with a warning naming the member', async () => {
    const path = writeEvalLog(tempDir(), 'bad-summaries.eval', {
      header: header(),
      raw: { 'summaries.json': '[{"id": 1, "epoch": 1,' },
    });
    const log = readable(await readEvalLog(path, { summaries: true }));
    expect(log.summaries).toEqual([]);
    expect(log.warnings).toHaveLength(1);
    expect(log.warnings[0]).toMatch(
      /sample summaries could not be read: .*bad-summaries\.eval: summaries\.json is not valid JSON/,
    );
  });
  it('a damaged summaries.json falls back to the journal, which holds the same summaries', async () => {
    const summary = (id: number) => ({
      id,
      epoch: 1,
      target: '1',
      scores: { match: { value: 'C', answer: '1' } },
    });
    const path = writeEvalLog(tempDir(), 'bad-summaries-good-journal.eval', {
      header: header(),
      journal: { 1: [summary(1)], 2: [summary(2)] },
      raw: { 'summaries.json': '[{"id": 1, "epoch": 1,' },
    });
    const log = readable(await readEvalLog(path, { summaries: true }));
    expect(log.summariesSource).toBe('_journal/summaries');
    expect(log.summaries?.map((s) => s.id)).toEqual([1, 2]);
    expect(log.warnings).toEqual([
      expect.stringMatching(
        /^summaries\.json could not be read, the journal's summaries are used: .*not valid JSON/,
      ),
    ]);
  });
});

describe('readEvalLog: .json logs', () => {
  it('reads a cancelled .json log with its samples as summaries', async () => {
    const log = readable(
      await readEvalLog(fixture('inspect_ai/2025-05-12T20-28-13-04-00_popularity.json'), { summaries: true }),
    );
    expect([log.status, log.format, log.headerSource, log.summariesSource]).toEqual([
      'cancelled',
      'json',
      'json',
      'samples',
    ]);
    expect(log.summaries?.map((s) => [s.id, s.target, s.scores['match']])).toEqual([
      [1, ' Yes', { value: 'C', answer: 'Yes' }],
      [2, ' No', { value: 'C', answer: 'No' }],
      [3, ' Yes', { value: 'I', answer: 'No' }],
    ]);
  });

  it('the .json and .eval forms of the same eval read the same', async () => {
    const fromEval = readable(await readEvalLog(fixture('inspect_ai/log_formats.eval'), { summaries: true }));
    const fromJson = readable(await readEvalLog(fixture('inspect_ai/log_formats.json'), { summaries: true }));
    for (const key of ['status', 'task', 'model', 'created', 'results', 'stats', 'inspectVersion'] as const) {
      expect(fromJson[key]).toEqual(fromEval[key]);
    }
    expect(fromJson.summaries?.map((s) => [s.id, s.epoch, s.target, s.scores])).toEqual(
      fromEval.summaries?.map((s) => [s.id, s.epoch, s.target, s.scores]),
    );
  });

  it('a version 1 log (results.scorer, sample.score) reads as one score keyed by the scorer', async () => {
    const path = join(tempDir(), '2024-06-01T10-00-00+00-00_capitalization_v1.json');
    writeFileSync(
      path,
      inspectJson({
        version: 1,
        status: 'success',
        eval: { task: 'capitalization', model: 'hf/base', created: '2024-06-01T10:00:00+00:00' },
        plan: { name: 'plan', steps: [] },
        results: {
          scorer: { name: 'match', params: {} },
          metrics: { accuracy: { name: 'accuracy', value: 0.5, options: {} }, stderr: { value: Number.NaN } },
        },
        stats: { started_at: '2024-06-01T10:00:00+00:00', completed_at: '2024-06-01T10:01:00+00:00' },
        samples: [
          { id: 1, epoch: 1, input: 'a', target: '1', score: { value: 'C', answer: '1' }, messages: [] },
          { id: 2, epoch: 1, input: 'b', target: '0', score: { value: 'I', answer: '1' }, messages: [] },
        ],
      }),
    );
    const log = readable(await readEvalLog(path, { summaries: true }));
    expect(log.version).toBe(1);
    expect(log.results?.scores).toEqual([
      {
        name: 'match',
        scorer: 'match',
        reducer: null,
        metrics: { accuracy: 0.5, stderr: Number.NaN },
        scoredSamples: null,
        unscoredSamples: null,
      },
    ]);
    expect(log.summaries?.map((s) => s.scores)).toEqual([
      { match: { value: 'C', answer: '1' } },
      { match: { value: 'I', answer: '1' } },
    ]);
  });

  it('the chunked .json scan gives exactly what JSON.parse gives, at any chunk boundary', async () => {
    for (const name of [
      'inspect_ai/2025-05-12T20-28-13-04-00_popularity.json',
      'inspect_ai/log_tool_call_error.json',
      'inspect_ai/2024-11-05T13-31-45-05-00_input-task_8zXjbRzCWrL9GXiXo2vus9.json',
    ]) {
      const whole = JSON.parse(readFileSync(fixture(name), 'utf8')) as Record<string, unknown>;
      for (const chunkSize of [1, 7, 4096]) {
        const samples: unknown[] = [];
        const members = await scanJsonLog(
          fixture(name),
          (raw) => samples.push(JSON.parse(raw.toString('utf8'))),
          chunkSize,
        );
        const parsed = Object.fromEntries(
          [...members].map(([key, raw]) => [key, JSON.parse(raw.toString('utf8')) as unknown]),
        );
        const { samples: wholeSamples, reductions: _reductions, ...rest } = whole;
        expect(parsed).toEqual(rest);
        expect(samples).toEqual(wholeSamples);
      }
    }
  });

  it('a .json log with NaN tokens, and strings holding brackets, quotes and the word NaN', async () => {
    const path = join(tempDir(), 'tricky.json');
    writeFileSync(
      path,
      '{"version": 2, "status": "success", "eval": {"task": "t \\"NaN\\" ]}", "model": "m,{["},\n' +
        '"results": {"completed_samples": 1, "scores": [{"name": "s", "scorer": "s", "metrics": ' +
        '{"accuracy": {"value": NaN}, "hi": {"value": Infinity}, "lo": {"value": -Infinity}}}]},\n' +
        '"samples": [{"id": "x", "epoch": 1, "target": "NaN", "scores": {"s": {"value": NaN, "answer": "-Infinity"}}}]}',
    );
    const log = readable(await readEvalLog(path, { summaries: true }));
    expect([log.task, log.model]).toEqual(['t "NaN" ]}', 'm,{[']);
    expect(log.results?.scores[0]?.metrics).toEqual({ accuracy: Number.NaN, hi: Infinity, lo: -Infinity });
    expect(log.summaries).toEqual([
      {
        id: 'x',
        epoch: 1,
        target: 'NaN',
        scores: { s: { value: Number.NaN, answer: '-Infinity' } },
        error: null,
      },
    ]);
  });

  it('parseInspectJson leaves a string that merely contains NaN alone', () => {
    expect(parseInspectJson('{"a":"NaN","b":[NaN,-Infinity]}', 'x')).toEqual({
      a: 'NaN',
      b: [Number.NaN, -Infinity],
    });
  });
});

describe('readEvalLog: unreadable inputs are values naming the file and the problem', () => {
  const unreadable = async (path: string): Promise<string> => {
    const log = await readEvalLog(path, { summaries: true });
    if (log.status !== 'unreadable') throw new Error(`expected unreadable, got ${log.status}`);
    expect(log.path).toBe(path);
    expect(log.error.startsWith(`${path}: `)).toBe(true);
    return log.error;
  };

  it('a missing file', async () => {
    const path = join(tempDir(), 'missing.eval');
    expect(await unreadable(path)).toBe(`${path}: no such file`);
    expect(await unreadable(join(tempDir(), 'missing.json'))).toMatch(/no such file$/);
  });

  it('a directory', async () => {
    const path = join(tempDir(), 'logs.eval');
    mkdirSync(path, { recursive: true });
    expect(await unreadable(path)).toBe(`${path}: not a regular file`);
    const jsonDir = join(tempDir(), 'logs.json');
    mkdirSync(jsonDir, { recursive: true });
    expect(await unreadable(jsonDir)).toMatch(/is a directory|not a regular file/);
  });

  it('a file that is not a ZIP archive', async () => {
    const path = join(tempDir(), 'text.eval');
    writeFileSync(path, 'this is a text file that someone named .eval\n');
    expect(await unreadable(path)).toBe(`${path}: not a ZIP archive`);
  });

  it('a real log truncated at many offsets', async () => {
    const whole = readFileSync(fixture('inspect_ai/log_read_sample.eval'));
    const path = join(tempDir(), 'cut.eval');
    for (let length = 0; length < whole.length; length += 97) {
      writeFileSync(path, whole.subarray(0, length));
      expect(await unreadable(path)).toMatch(/truncated|not a ZIP archive|empty file/);
    }
  });

  it('bad JSON in header.json', async () => {
    const path = writeEvalLog(tempDir(), 'bad-header.eval', {
      raw: { 'header.json': '{"version": 2, "status": ' },
    });
    expect(await unreadable(path)).toMatch(/bad-header\.eval: header\.json is not valid JSON/);
  });

  it('an archive with neither header.json nor _journal/start.json', async () => {
    const path = writeEvalLog(tempDir(), 'no-start.eval', { samples: { '1_epoch_1': { id: 1, epoch: 1 } } });
    expect(await unreadable(path)).toBe(
      `${path}: has neither header.json nor _journal/start.json: not an inspect log, or damaged`,
    );
  });

  it('an unknown status, an unsupported version, a header without eval', async () => {
    const dir = tempDir();
    expect(await unreadable(writeEvalLog(dir, 's.eval', { header: header({ status: 'paused' }) }))).toMatch(
      /header\.json has an unknown status "paused"/,
    );
    expect(await unreadable(writeEvalLog(dir, 'v.eval', { header: header({ version: 'two' }) }))).toMatch(
      /unsupported version "two"/,
    );
    expect(
      await unreadable(writeEvalLog(dir, 'e.eval', { header: { version: 2, status: 'success' } })),
    ).toMatch(/has no "eval" section/);
  });

  it('a .json log with bad JSON, cut short, or empty', async () => {
    const dir = tempDir();
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"version": 2, "status": "success", "eval": {"task": oops}}');
    expect(await unreadable(bad)).toMatch(/the log's "eval" is not valid JSON/);
    const cut = join(dir, 'cut.json');
    writeFileSync(cut, readFileSync(fixture('inspect_ai/log_formats.json')).subarray(0, 3000));
    expect(await unreadable(cut)).toBe(`${cut}: ends before the log object is complete (truncated JSON)`);
    const empty = join(dir, 'empty.json');
    writeFileSync(empty, '');
    expect(await unreadable(empty)).toBe(`${empty}: is empty, not a JSON log`);
    const array = join(dir, 'array.json');
    writeFileSync(array, '[1, 2]');
    expect(await unreadable(array)).toBe(`${array}: is not a JSON object`);
  });

  it('a ZIP member over the size cap makes the log unreadable with the limit named', async () => {
    const path = join(tempDir(), 'capped.eval');
    writeFileSync(path, buildZip(evalLogMembers({ header: header({ padding: 'x'.repeat(5000) }) })));
    const log = await readEvalLog(path, { maxMemberBytes: 1000 });
    expect(log.status === 'unreadable' ? log.error : log.status).toMatch(
      /capped\.eval: header\.json: declared size \d+ bytes exceeds the 1000-byte limit$/,
    );
  });
});

describe('the samples an eval plans (header)', () => {
  const header = (dataset: unknown, config: unknown) => ({
    version: 2,
    status: 'started',
    eval: { task: 't', model: 'm', dataset, config },
  });
  it('is sample_ids, else samples capped by limit, times epochs; null when the header does not say', async () => {
    const { normalizeHeader } = await import('../../../src/sources/inspect/normalize.js');
    const planned = (dataset: unknown, config: unknown) =>
      normalizeHeader('x.eval', 'eval', 'header.json', header(dataset, config)).plannedSamples;
    // 3 ids × 2 epochs
    expect(planned({ samples: 100, sample_ids: [1, 2, 3] }, { epochs: 2 })).toBe(6);
    // min(100, 10) × 3
    expect(planned({ samples: 100 }, { limit: 10, epochs: 3 })).toBe(30);
    expect(planned({ samples: 50 }, {})).toBe(50);
    expect(planned(undefined, { epochs: 2 })).toBeNull();
    expect(planned({ samples: -1 }, {})).toBeNull();
  });
});
