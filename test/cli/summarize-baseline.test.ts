// `summarize-experiment DIR --baseline PATH [--margin X]` on the demo experiment, against baselines
// made from the demo's own summary.json: unchanged, regressed, improved, not comparable, new and
// missing rows, status and loss changes, an older summary.json without per-sample scores, bad files.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/index.js';
import { fakeIo } from '../helpers/cli-io.js';
import { copyDemo } from '../helpers/experiment-tree.js';
import { expectGolden } from '../helpers/golden.js';
import { useTempDir } from '../helpers/temp-dir.js';

const GOLDEN = path.join(import.meta.dirname, '__golden__');
const olderSchema = new URL('../fixtures/baseline/older-schema.demo.summary.json', import.meta.url).pathname;
const scratch = useTempDir('cli-baseline-');
let counter = 0;

async function run(args: string[]) {
  const io = fakeIo();
  const code = await runCli(args, io);
  return { code, stdout: io.out(), stderr: io.err() };
}

function demoCopy(): string {
  const dir = path.join(scratch(), `demo-${counter++}`);
  copyDemo(dir);
  return dir;
}

interface Row {
  run: string;
  task: string;
  epoch: number | null;
  accuracy: number | null;
  samples: number | null;
  scorer?: string;
  sample_scores?: { encoding: string; n: number; data: string };
  [key: string]: unknown;
}
interface SummaryJson {
  runs: Array<{ name: string; finetune: { status: string } }>;
  training: Array<{ run: string; final_loss: number | null }>;
  evaluations: Row[];
  baseline?: { regressions: number; improvements: number; rows: Array<Record<string, unknown>> };
}

/** The demo's summary.json as this version writes it (with fingerprints and per-sample scores). */
let current: SummaryJson;
beforeAll(async () => {
  const dir = demoCopy();
  expect((await run([dir, '--no-sacct', '--quiet'])).code).toBe(0);
  current = JSON.parse(readFileSync(path.join(dir, 'summary.json'), 'utf8')) as SummaryJson;
});

const rowOf = (summary: SummaryJson, run: string, epoch: number | null) =>
  summary.evaluations.find((row) => row.run.endsWith(run) && row.epoch === epoch)!;

/** 50 samples all scored `value`: a bit set of 50 ones (7 bytes 0xff and 0x03 → "/////////wM=") or zeros. */
const allScored = (value: 0 | 1) => ({
  encoding: 'bits',
  n: 50,
  data: value === 1 ? Buffer.from([255, 255, 255, 255, 255, 255, 3]).toString('base64') : 'AAAAAAAAAA==',
});

function writeBaseline(edit: (summary: SummaryJson) => void): string {
  const baseline = structuredClone(current);
  edit(baseline);
  const file = path.join(scratch(), `baseline-${counter++}.json`);
  writeFileSync(file, JSON.stringify(baseline));
  return file;
}

async function compare(baseline: string, extra: string[] = []) {
  const dir = demoCopy();
  const result = await run([dir, '--no-sacct', '--baseline', baseline, ...extra]);
  const summary = JSON.parse(readFileSync(path.join(dir, 'summary.json'), 'utf8')) as SummaryJson;
  return { ...result, dir, summary, markdown: readFileSync(path.join(dir, 'summary.md'), 'utf8') };
}

describe('summarize-experiment --baseline', () => {
  it('the same results again: every row paired, no change, no regression in the headline', async () => {
    const unchanged = await compare(writeBaseline(() => {}));
    expect(unchanged.code).toBe(0);
    expect(unchanged.stdout).toContain('since the baseline: 0 regressed, 0 improved of 5 rows compared');
    const rows = unchanged.summary.baseline!.rows;
    expect(rows.map((row) => [row['verdict'], row['paired'], row['delta'], row['low'], row['high']])).toEqual(
      Array.from({ length: 5 }, () => ['no change', true, 0, 0, 0]),
    );
    expect(unchanged.markdown).toContain('## Changes since baseline');
    expect(unchanged.markdown).not.toContain('since the baseline** (see');
  });

  it('a regression and an improvement; worse first; the headline names the regression', async () => {
    const file = writeBaseline((summary) => {
      // rank4 epoch 0 had every sample right: now 14 of 50 wrong, exact McNemar p = 2·½¹⁴ = 0.000122.
      Object.assign(rowOf(summary, 'rank4', 0), { accuracy: 1, sample_scores: allScored(1) });
      // rank8 epoch 1 had every sample wrong: now 45 right.
      Object.assign(rowOf(summary, 'rank8', 1), { accuracy: 0, sample_scores: allScored(0) });
    });
    const result = await compare(file);
    expect(result.summary.baseline).toMatchObject({ regressions: 1, improvements: 1 });
    expect(
      result.summary.baseline!.rows.slice(0, 2).map((row) => [row['run'], row['epoch'], row['verdict']]),
    ).toEqual([
      ['Llama-3.2-1B-Instruct_rank4', 0, 'regressed'],
      ['Llama-3.2-1B-Instruct_rank8', 1, 'improved'],
    ]);
    expect(result.markdown).toContain('**1 regression since the baseline** (see Changes since baseline).');
    expect(result.markdown).toContain(
      '| Llama-3.2-1B-Instruct\\_rank4 | capitalization | 0 | 1.000 → 0.720 | -0.280 [',
    );
    expect(result.stdout).toContain('since the baseline: 1 regressed, 1 improved of 5 rows compared');
  });

  it('not comparable rows, new and missing rows, status and loss changes', async () => {
    const file = writeBaseline((summary) => {
      rowOf(summary, 'rank4', 0).scorer = 'includes';
      Object.assign(rowOf(summary, 'rank4', 1), {
        samples: 100,
        sample_scores: undefined,
        samples_fingerprint: undefined,
      });
      // rank8 epoch 0 was not evaluated in the baseline (new now); rank16 was (missing now).
      summary.evaluations = summary.evaluations.filter(
        (row) => !(row.run.endsWith('rank8') && row.epoch === 0),
      );
      summary.evaluations.push({ ...rowOf(summary, 'rank8', 1), run: 'Llama-3.2-1B-Instruct_rank16' });
      summary.runs[0]!.finetune.status = 'FAILED';
      summary.training[1]!.final_loss = 0.5;
    });
    const result = await compare(file);
    await expectGolden(
      GOLDEN,
      'demo-vs-baseline.changes.md',
      sectionOf(result.markdown).replaceAll(scratch(), '<SCRATCH>'),
    );
    const rows = result.summary.baseline!.rows;
    expect(rows.filter((row) => row['verdict'] === 'not comparable').map((row) => row['reason'])).toEqual([
      'scorer includes → match',
      '100 → 50 samples',
    ]);
    expect(result.markdown).toContain('Llama-3.2-1B-Instruct\\_rank4 fine-tuning: FAILED → COMPLETED');
    expect(result.markdown).toContain('| Llama-3.2-1B-Instruct\\_rank8 | 0.5000 → 0.1807 |');
  });

  it('an older summary.json (no per-sample scores): unpaired from the standard errors, said so; --margin', async () => {
    const dir = path.join(scratch(), 'older');
    mkdirSync(dir);
    copyFileSync(olderSchema, path.join(dir, 'summary.json'));
    const result = await compare(dir);
    const rows = result.summary.baseline!.rows;
    expect(rows).toHaveLength(5);
    expect(rows.every((row) => row['paired'] === false && row['verdict'] === 'inconclusive')).toBe(true);
    expect(rows[0]!['reason']).toBe(
      'the baseline did not record its sample ids: matched on scorer and sample count only',
    );
    expect(result.markdown).toContain('with its 95% interval: 5 unpaired from the two standard errors');
    // Δ = 0 with unpaired half-widths of at most t·√2·0.0693 ≈ 0.196: inside ±0.2 → no change.
    const margin = await compare(dir, ['--margin', '0.2']);
    expect(margin.summary.baseline!.rows.map((row) => row['verdict'])).toEqual(Array(5).fill('no change'));
  });

  it('a baseline that cannot be used: a warning naming the file and the problem, the summary without the section', async () => {
    const missing = path.join(scratch(), 'no-such', 'summary.json');
    const result = await compare(missing);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(`warning: baseline not used: ${missing}: no such file`);
    expect(result.markdown).not.toContain('## Changes since baseline');
    expect(result.summary.baseline).toBeUndefined();
    const broken = path.join(scratch(), 'broken.json');
    writeFileSync(broken, '{"schema": 1, "evaluations": [');
    const notJson = await compare(broken);
    expect(notJson.stderr).toMatch(new RegExp(`warning: baseline not used: ${broken}: not JSON`));
  });

  it('usage errors: an empty --baseline, a bad or lone --margin', async () => {
    expect((await run(['.', '--baseline', ''])).code).toBe(2);
    const bad = await run(['.', '--baseline', 'x.json', '--margin', 'lots']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(
      /^summarize-experiment: --margin must be a number from 0 up to 1 \(got 'lots'\)\n/,
    );
    expect((await run(['.', '--baseline', 'x.json', '--margin', '1'])).code).toBe(2);
    expect((await run(['.', '--margin', '0.1'])).code).toBe(2);
  });
});

/** The Changes since baseline section of summary.md, up to the next section. */
function sectionOf(markdown: string): string {
  const start = markdown.indexOf('## Changes since baseline');
  const end = markdown.indexOf('\n## ', start + 1);
  return markdown.slice(start, end === -1 ? undefined : end + 1);
}
