// End to end: experiment trees on disk → summarizeExperiment → summary.md, summary.json and the
// process log, compared with golden files where the rendering matters.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ExperimentSummary } from '../../src/model/summary.js';
import { summarizeExperiment, type SacctSetting } from '../../src/sinks/files.js';
import { SACCT_DELIMITER } from '../../src/sources/slurm/sacct.js';
import { binarySamples, buildEvalLog, type EvalSampleSpec } from '../../scripts/lib/eval-log.js';
import {
  TEST_NOW,
  copyDemo,
  evalJobOutput,
  experimentYaml,
  logFileName,
  writeTree,
  type TreeRun,
} from '../helpers/experiment-tree.js';
import { fakeSacct } from '../helpers/fake-sacct.js';
import { expectGolden } from '../helpers/golden.js';
import { buildTrainingLog, type TrainingEnding } from '../../scripts/lib/training-log.js';

const GOLDEN = path.join(import.meta.dirname, '__golden__');
const root = mkdtempSync(path.join(tmpdir(), 'pipeline-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

let counter = 0;
function freshDir(name: string): string {
  const dir = path.join(root, `${counter++}`, name);
  mkdirSync(dir, { recursive: true });
  return dir;
}

async function summarize(dir: string, sacct: SacctSetting = { mode: 'off' }) {
  return summarizeExperiment({ experimentPath: dir, sacct, now: () => TEST_NOW });
}

/** The written files with the temporary experiment path made stable, for golden comparison. */
function stable(dir: string, text: string): string {
  return text.split(dir).join('<EXPERIMENT>');
}

async function expectGoldenFiles(name: string, dir: string): Promise<void> {
  await expectGolden(
    GOLDEN,
    `${name}.summary.md`,
    stable(dir, readFileSync(path.join(dir, 'summary.md'), 'utf8')),
  );
  await expectGolden(
    GOLDEN,
    `${name}.summary.json`,
    stable(dir, readFileSync(path.join(dir, 'summary.json'), 'utf8')),
  );
}

const STEPS_PER_EPOCH = 50;
const loss = (step: number) => 0.2 + 2 / step;

function trainingOutput(jobId: string, ending: TrainingEnding = 'completed', stopAfterStep?: number): string {
  return buildTrainingLog({ jobId, epochs: 2, stepsPerEpoch: STEPS_PER_EPOCH, loss, ending, stopAfterStep });
}

/** The files of a fine-tuned run whose training finished: its output moved to ck-out, both checkpoints. */
function trainedRun(run: string, jobId: string): Record<string, string> {
  return {
    [`ck-outputs/ck-out-${run}/slurm-${jobId}.out`]: trainingOutput(jobId),
    [`ck-outputs/ck-out-${run}/epoch_0/adapter_config.json`]: '{}\n',
    [`ck-outputs/ck-out-${run}/epoch_1/adapter_config.json`]: '{}\n',
  };
}

interface EvalFileSpec {
  run: string;
  task: string;
  epoch: number | null;
  samples?: EvalSampleSpec[];
  status?: 'success' | 'error' | 'cancelled' | 'started';
  /** Leave the epoch out of the header (model name and metadata): only SLURM can tell it. */
  noEpochInHeader?: boolean;
  method?: 'deflate' | 'zstd';
  minute: number;
  errorMessage?: string;
}

/** One eval log in `{run}/eval/logs/`, with the header facts scaffold-inspect's jobs record. */
function evalLog(spec: EvalFileSpec): { file: string; content: Buffer; model: string } {
  const model =
    spec.epoch === null || spec.noEpochInHeader ? `hf/${spec.run}` : `hf/${spec.run}_epoch_${spec.epoch}`;
  const file = logFileName(
    `2026-03-16T13-${String(spec.minute).padStart(2, '0')}-00+00-00`,
    spec.task,
    `id${spec.minute}`,
  );
  const content = buildEvalLog({
    task: spec.task,
    model,
    created: `2026-03-16T13:${String(spec.minute).padStart(2, '0')}:00+00:00`,
    samples: spec.samples ?? binarySamples({ tp: 8, tn: 7, fp: 3, fn: 2 }),
    ...(spec.noEpochInHeader || spec.epoch === null ? {} : { metadata: { epoch: spec.epoch } }),
    ...(spec.status ? { status: spec.status } : {}),
    ...(spec.errorMessage ? { errorMessage: spec.errorMessage } : {}),
    ...(spec.method ? { method: spec.method } : {}),
  });
  return { file: `${spec.run}/eval/logs/${file}`, content, model };
}

function evalLogs(specs: EvalFileSpec[]): Record<string, Buffer> {
  return Object.fromEntries(specs.map((spec) => evalLog(spec)).map(({ file, content }) => [file, content]));
}

describe('the bundled demo experiment', () => {
  it('summarizes a complete LoRA-rank sweep: every run complete, rank8 epoch 1 best by balanced accuracy', async () => {
    const dir = freshDir('demo');
    copyDemo(dir);
    const { summary } = await summarize(dir);
    expect(summary.complete).toBe(3);
    expect(summary.best).toEqual([
      {
        task: 'capitalization',
        run: 'Llama-3.2-1B-Instruct_rank8',
        epoch: 1,
        metric: 'balanced_accuracy',
        value: expect.closeTo((28 / 30 + 17 / 20) / 2, 10),
      },
    ]);
    // The real cruijff_kit output's last loss line.
    expect(summary.training[0]).toMatchObject({
      final_loss: 0.26427456736564636,
      total_steps: 500,
      epochs: 2,
    });
    await expectGoldenFiles('demo', dir);
  });

  it('gives the same files on a second run, but for the time, and appends one block to the process log', async () => {
    const dir = freshDir('demo-twice');
    copyDemo(dir);
    await summarize(dir);
    const first = ['summary.md', 'summary.json'].map((f) => readFileSync(path.join(dir, f), 'utf8'));
    await summarizeExperiment({
      experimentPath: dir,
      sacct: { mode: 'off' },
      now: () => new Date('2026-03-17T09:30:00Z'),
    });
    const second = ['summary.md', 'summary.json'].map((f) => readFileSync(path.join(dir, f), 'utf8'));
    const withoutTime = (text: string) =>
      text
        .replace('2026-03-17 09:30:00 UTC', '2026-03-16 14:00:05 UTC')
        .replace('2026-03-17T09:30:00.000Z', '2026-03-16T14:00:05.000Z');
    expect(second.map(withoutTime)).toEqual(first);
    const log = readFileSync(path.join(dir, 'logs', 'summarize-experiment.log'), 'utf8');
    expect(log.match(/^===== summarize-experiment run /gm)).toHaveLength(2);
    expect(log).toContain('[2026-03-16 14:00:05] DISCOVER_EXPERIMENT');
    expect(log).toContain('[2026-03-17 09:30:00] COMPLETE');
  });
});

describe('a partly finished sweep', () => {
  const runs: TreeRun[] = [
    { name: 'r4_ok', type: 'fine-tuned' },
    { name: 'r8_eval_running', type: 'fine-tuned' },
    { name: 'r16_oom', type: 'fine-tuned' },
    { name: 'r32_timeout', type: 'fine-tuned' },
    { name: 'r64_never_ran', type: 'fine-tuned' },
    { name: 'base', type: 'control' },
  ];

  function partialTree(dir: string): void {
    const truncated = evalLog({ run: 'r4_ok', task: 'capitalization', epoch: 1, minute: 11 });
    writeTree(dir, {
      'experiment_summary.yaml': experimentYaml({ name: 'partial_sweep', runs, tasks: ['capitalization'] }),
      ...trainedRun('r4_ok', '7001'),
      ...trainedRun('r8_eval_running', '7002'),
      // Failed jobs keep their output in the run folder: cruijff_kit moves it only on success.
      'r16_oom/slurm-7003.out': trainingOutput('7003', 'cuda-oom', 30),
      'r32_timeout/slurm-7004.out': trainingOutput('7004', 'timeout', 75),
      'ck-outputs/ck-out-r32_timeout/epoch_0/adapter_config.json': '{}\n',
      ...evalLogs([
        { run: 'r4_ok', task: 'capitalization', epoch: 0, minute: 10 },
        { run: 'r8_eval_running', task: 'capitalization', epoch: 0, minute: 12 },
        { run: 'r8_eval_running', task: 'capitalization', epoch: 1, minute: 13, status: 'started' },
        { run: 'base', task: 'capitalization', epoch: null, minute: 14 },
      ]),
      // A log cut off mid-copy: no central directory.
      [truncated.file]: truncated.content.subarray(0, Math.floor(truncated.content.length / 2)),
    });
  }

  it('names every failure with its reason and file, and still reports what finished', async () => {
    const dir = freshDir('partial');
    partialTree(dir);
    const { summary } = await summarize(dir);
    const status = (run: string) => summary.runs.find((r) => r.name === run);
    expect(status('r16_oom')?.finetune).toMatchObject({
      status: 'OUT_OF_MEMORY',
      slurm_out: 'r16_oom/slurm-7003.out',
    });
    expect(status('r32_timeout')?.finetune.status).toBe('TIMEOUT');
    expect(status('r64_never_ran')?.finetune.status).toBe('NOT_STARTED');
    expect(status('r4_ok')?.evaluation.status).toBe('PARTIAL');
    expect(status('r8_eval_running')?.evaluation.status).toBe('RUNNING');
    expect(summary.training.find((t) => t.run === 'r64_never_ran')).toMatchObject({
      final_loss: null,
      total_steps: null,
    });
    expect(summary.training.find((t) => t.run === 'r16_oom')).toMatchObject({ total_steps: 30, epochs: 1 });
    const unreadable = summary.evaluations.find((e) => e.run === 'r4_ok' && e.epoch === 1);
    expect(unreadable).toMatchObject({ status: 'unreadable', accuracy: null });
    expect(unreadable?.error).toMatch(/truncated/);
    expect(unreadable?.log).toMatch(/^r4_ok\/eval\/logs\/.*_id11\.eval$/);
    expect(summary.warnings.some((w) => w.level === 'error' && w.file?.startsWith('r4_ok/eval/logs/'))).toBe(
      true,
    );
    expect(summary.complete).toBe(1);
    expect(summary.best[0]).toMatchObject({ task: 'capitalization', metric: 'balanced_accuracy' });
    await expectGoldenFiles('partial', dir);
    const markdown = readFileSync(path.join(dir, 'summary.md'), 'utf8');
    expect(markdown).toContain('| r4\\_ok | capitalization | 1 | ERROR |');
    const log = readFileSync(path.join(dir, 'logs', 'summarize-experiment.log'), 'utf8');
    expect(log).toMatch(
      /EXTRACT_ACCURACY: r4_ok\/capitalization\/epoch\?\nDetails: Reading r4_ok\/eval\/logs\/.*\nResult: ERROR - /,
    );
    expect(log).toContain('EXTRACT_LOSS: r64_never_ran');
  });
});

describe('an experiment where everything failed', () => {
  it('still writes a summary: failures in Incomplete Runs, troubleshooting steps, no best run', async () => {
    const dir = freshDir('all-failed');
    writeTree(dir, {
      'experiment_summary.yaml': experimentYaml({
        name: 'doomed',
        runs: [
          { name: 'r1', type: 'fine-tuned' },
          { name: 'r2', type: 'fine-tuned' },
          { name: 'base', type: 'control' },
        ],
        tasks: ['capitalization'],
      }),
      'r1/slurm-8001.out': trainingOutput('8001', 'python-error', 0),
      'r2/slurm-8002.out': trainingOutput('8002', 'host-oom', 12),
      ...evalLogs([
        {
          run: 'base',
          task: 'capitalization',
          epoch: null,
          minute: 20,
          status: 'error',
          errorMessage: 'OSError: __SCRATCH__/pretrained-llms/Llama-3.2-1B-Instruct does not exist',
        },
      ]),
    });
    const { summary } = await summarize(dir);
    expect(summary.complete).toBe(0);
    expect(summary.best).toEqual([]);
    expect(summary.runs.map((r) => [r.finetune.status, r.evaluation.status])).toEqual([
      ['FAILED', 'NOT_STARTED'],
      ['OUT_OF_MEMORY', 'NOT_STARTED'],
      ['N/A', 'FAILED'],
    ]);
    expect(summary.runs[0]?.finetune.reason).toContain('FileNotFoundError');
    await expectGoldenFiles('all-failed', dir);
  });
});

describe('epochs only SLURM knows', () => {
  it('maps each log to its checkpoint epoch through the eval job that wrote it, in one sacct call', async () => {
    const dir = freshDir('sacct-epochs');
    const ep0 = evalLog({
      run: 'rank4',
      task: 'capitalization',
      epoch: 0,
      minute: 30,
      noEpochInHeader: true,
    });
    const ep1 = evalLog({
      run: 'rank4',
      task: 'capitalization',
      epoch: 1,
      minute: 31,
      noEpochInHeader: true,
      method: 'zstd',
    });
    writeTree(dir, {
      'experiment_summary.yaml': experimentYaml({
        name: 'sacct_epochs',
        runs: [{ name: 'rank4', type: 'fine-tuned' }],
        tasks: ['capitalization'],
      }),
      ...trainedRun('rank4', '9001'),
      [ep0.file]: ep0.content,
      [ep1.file]: ep1.content,
      'rank4/eval/slurm-9002.out': evalJobOutput('capitalization', ep0.model, path.basename(ep0.file)),
      'rank4/eval/slurm-9003.out': evalJobOutput('capitalization', ep1.model, path.basename(ep1.file)),
    });
    const D = SACCT_DELIMITER;
    const sacct = await fakeSacct(root, {
      stdout:
        [
          `9001${D}rank4${D}COMPLETED${D}00:08:15${D}0:0`,
          `9001.batch${D}batch${D}COMPLETED${D}00:08:15${D}0:0`,
          // scaffold-inspect's job name, and a job submitted without --job-name (named after its script).
          `9002${D}eval-capitalization-rank4-ep0${D}COMPLETED${D}00:02:01${D}0:0`,
          `9003${D}capitalization_epoch1.slurm${D}COMPLETED${D}00:02:03${D}0:0`,
        ].join('\n') + '\n',
    });
    const { summary } = await summarize(dir, { mode: 'path', path: sacct.path });
    expect((await sacct.argv())[1]).toBe('9001,9002,9003');
    expect(summary.evaluations.map((e) => [e.epoch, e.epoch_source])).toEqual([
      [0, 'sacct-job-name'],
      [1, 'job-script'],
    ]);
    expect(summary.training[0]?.duration_s).toBe(495);
    expect(summary.runs[0]?.evaluation.status).toBe('COMPLETED');
    expect(summary.evaluations[1]?.accuracy).toBeCloseTo(0.75, 10);
    await expectGoldenFiles('sacct-epochs', dir);
  });

  it('says the epoch is unknown, with a warning naming the log, when sacct is off', async () => {
    const dir = freshDir('no-sacct-epochs');
    const ep0 = evalLog({
      run: 'rank4',
      task: 'capitalization',
      epoch: 0,
      minute: 30,
      noEpochInHeader: true,
    });
    writeTree(dir, {
      'experiment_summary.yaml': experimentYaml({
        name: 'unknown_epoch',
        runs: [{ name: 'rank4', type: 'fine-tuned', epochs: [0] }],
        tasks: ['capitalization'],
      }),
      ...trainedRun('rank4', '9001'),
      [ep0.file]: ep0.content,
    });
    const { summary } = await summarize(dir);
    expect(summary.evaluations.map((e) => [e.epoch, e.status])).toEqual([
      [0, 'missing'],
      [null, 'success'],
    ]);
    expect(summary.warnings).toContainEqual(
      expect.objectContaining({
        file: ep0.file,
        message: expect.stringContaining('checkpoint epoch unknown'),
      }),
    );
  });

  it('warns when the header and the eval job disagree about the epoch, and keeps the header', async () => {
    const dir = freshDir('disagree');
    const log = evalLog({ run: 'rank4', task: 'capitalization', epoch: 1, minute: 40 });
    writeTree(dir, {
      'experiment_summary.yaml': experimentYaml({
        name: 'disagree',
        runs: [{ name: 'rank4', type: 'fine-tuned' }],
        tasks: ['capitalization'],
      }),
      ...trainedRun('rank4', '9101'),
      [log.file]: log.content,
      'rank4/eval/slurm-9102.out': evalJobOutput('capitalization', log.model, path.basename(log.file)),
    });
    const D = SACCT_DELIMITER;
    const sacct = await fakeSacct(root, {
      stdout: `9102${D}eval-capitalization-ep0${D}COMPLETED${D}00:01:00${D}0:0\n`,
    });
    const { summary } = await summarize(dir, { mode: 'path', path: sacct.path });
    expect(summary.evaluations.find((e) => e.status === 'success')?.epoch).toBe(1);
    expect(summary.warnings).toContainEqual(
      expect.objectContaining({
        file: log.file,
        message: expect.stringMatching(
          /epoch 1 from the header.*but 0 from the job name eval-capitalization-ep0/,
        ),
      }),
    );
  });
});

describe('logs that are hard to place', () => {
  it('keeps a log of another task out of a vis_label cell, and says which of several retries it used', async () => {
    const dir = freshDir('competing');
    const real = evalLog({ run: 'r4', task: 'capitalization_rank4', epoch: 0, minute: 1 });
    const other = evalLog({
      run: 'r4',
      task: 'capitalization_hard',
      epoch: 0,
      minute: 2,
      samples: binarySamples({ tp: 1, tn: 1, fp: 9, fn: 9 }),
    });
    const retryFailed = evalLog({
      run: 'r4',
      task: 'capitalization_rank4',
      epoch: 1,
      minute: 3,
      status: 'error',
    });
    const retryOk = evalLog({ run: 'r4', task: 'capitalization_rank4', epoch: 1, minute: 4 });
    writeTree(dir, {
      'experiment_summary.yaml': experimentYaml({
        name: 'competing',
        runs: [{ name: 'r4', type: 'fine-tuned', visLabel: 'rank4' }],
        tasks: ['capitalization'],
      }),
      ...trainedRun('r4', '1'),
      ...Object.fromEntries([real, other, retryFailed, retryOk].map((l) => [l.file, l.content])),
    });
    const { summary } = await summarize(dir);
    const cell = (epoch: number) =>
      summary.evaluations.find((e) => e.task === 'capitalization' && e.epoch === epoch);
    expect(cell(0)?.log).toBe(real.file);
    expect(cell(0)?.accuracy).toBeCloseTo(0.75, 10);
    expect(cell(1)?.log).toBe(retryOk.file);
    expect(summary.runs[0]?.evaluation.status).toBe('COMPLETED');
    expect(summary.warnings).toContainEqual(
      expect.objectContaining({
        file: other.file,
        message: expect.stringContaining('"capitalization_hard" is not in the evaluation matrix'),
      }),
    );
    expect(summary.warnings).toContainEqual(
      expect.objectContaining({
        file: retryOk.file,
        message: expect.stringMatching(/2 logs; this one is used .*not .*_id3\.eval \(error\)/),
      }),
    );
  });

  it('puts unreadable logs in their cells through the eval jobs that wrote them, and calls the evaluation FAILED', async () => {
    const dir = freshDir('unreadable-with-jobs');
    const logs = [0, 1].map((epoch) =>
      evalLog({ run: 'r4', task: 'capitalization', epoch, minute: 10 + epoch }),
    );
    const D = SACCT_DELIMITER;
    writeTree(dir, {
      'experiment_summary.yaml': experimentYaml({
        name: 'unreadable',
        runs: [{ name: 'r4', type: 'fine-tuned' }],
        tasks: ['capitalization'],
      }),
      ...trainedRun('r4', '300'),
      ...Object.fromEntries(logs.map((l) => [l.file, l.content.subarray(0, 100)])),
      ...Object.fromEntries(
        logs.map((l, epoch) => [
          `r4/eval/slurm-30${epoch + 1}.out`,
          evalJobOutput('capitalization', l.model, path.basename(l.file)),
        ]),
      ),
    });
    const sacct = await fakeSacct(root, {
      stdout:
        [
          `301${D}eval-capitalization-ep0${D}FAILED${D}00:00:41${D}1:0`,
          `302${D}eval-capitalization-ep1${D}FAILED${D}00:00:40${D}1:0`,
        ].join('\n') + '\n',
    });
    const { summary } = await summarize(dir, { mode: 'path', path: sacct.path });
    expect(summary.evaluations.map((e) => [e.task, e.epoch, e.status, e.epoch_source])).toEqual([
      ['capitalization', 0, 'unreadable', 'sacct-job-name'],
      ['capitalization', 1, 'unreadable', 'sacct-job-name'],
    ]);
    expect(summary.runs[0]?.evaluation.status).toBe('FAILED');
  });

  it('does not leave an evaluation RUNNING when SLURM ended the job that was writing its log', async () => {
    const dir = freshDir('killed-eval');
    const killed = evalLog({ run: 'r4', task: 'capitalization', epoch: 1, minute: 21, status: 'started' });
    const done = evalLog({ run: 'r4', task: 'capitalization', epoch: 0, minute: 20 });
    writeTree(dir, {
      'experiment_summary.yaml': experimentYaml({
        name: 'killed',
        runs: [{ name: 'r4', type: 'fine-tuned' }],
        tasks: ['capitalization'],
      }),
      ...trainedRun('r4', '400'),
      [done.file]: done.content,
      [killed.file]: killed.content,
      'r4/eval/slurm-401.out':
        evalJobOutput('capitalization', killed.model, path.basename(killed.file)) +
        'slurmstepd: error: *** JOB 401 ON della-l01g3 CANCELLED AT 2026-03-16T13:51:00 DUE TO TIME LIMIT ***\n',
    });
    // Without sacct: the time-limit line in the job's output says it.
    const { summary } = await summarize(dir);
    const row = summary.evaluations.find((e) => e.epoch === 1);
    expect(row?.status).toBe('error');
    expect(row?.error).toMatch(/the eval job 401 failed before inspect finished this log: time limit/);
    expect(summary.runs[0]?.evaluation.status).toBe('PARTIAL');
    // With sacct: its state says it.
    const D = SACCT_DELIMITER;
    const sacct = await fakeSacct(root, {
      stdout: `401${D}eval-capitalization-ep1${D}TIMEOUT${D}00:30:02${D}0:0\n`,
    });
    const withSacct = await summarize(dir, { mode: 'path', path: sacct.path });
    expect(withSacct.summary.evaluations.find((e) => e.epoch === 1)?.error).toMatch(/ended TIMEOUT/);
  });

  it('counts successful logs of unknown epoch: PARTIAL, not NOT_STARTED, with a note saying why', async () => {
    const dir = freshDir('unknown-epochs');
    const logs = [0, 1].map((epoch) =>
      evalLog({ run: 'r4', task: 'capitalization', epoch, minute: 30 + epoch, noEpochInHeader: true }),
    );
    writeTree(dir, {
      'experiment_summary.yaml': experimentYaml({
        name: 'unknown',
        runs: [{ name: 'r4', type: 'fine-tuned' }],
        tasks: ['capitalization'],
      }),
      ...trainedRun('r4', '500'),
      ...Object.fromEntries(logs.map((l) => [l.file, l.content])),
    });
    const { summary } = await summarize(dir);
    expect(summary.runs[0]?.evaluation.status).toBe('PARTIAL');
    expect(summary.incomplete.find((row) => row.stage === 'evaluation')?.notes).toMatch(
      /2 log\(s\) whose task or checkpoint epoch is unknown/,
    );
  });

  it('warns when the header states two different epochs', async () => {
    const dir = freshDir('header-disagrees');
    const log = evalLog({ run: 'r4', task: 'capitalization', epoch: 1, minute: 40 });
    // metadata says 1 (from evalLog), the model name says epoch 0.
    const content = buildEvalLog({
      task: 'capitalization',
      model: 'hf/r4_epoch_0',
      created: '2026-03-16T13:40:00+00:00',
      samples: binarySamples({ tp: 8, tn: 7, fp: 3, fn: 2 }),
      metadata: { epoch: 1 },
    });
    writeTree(dir, {
      'experiment_summary.yaml': experimentYaml({
        name: 'header',
        runs: [{ name: 'r4', type: 'fine-tuned', epochs: [1] }],
        tasks: ['capitalization'],
      }),
      ...trainedRun('r4', '600'),
      [log.file]: content,
    });
    const { summary } = await summarize(dir);
    expect(summary.evaluations[0]?.epoch).toBe(1);
    expect(summary.warnings).toContainEqual(
      expect.objectContaining({
        file: log.file,
        message: expect.stringMatching(
          /epoch 1 from the header \(eval\.metadata\.epoch\), but 0 from the header \(model\)/,
        ),
      }),
    );
  });

  it('infers a finished training from its evaluated checkpoints when the outputs are not on this machine', async () => {
    const dir = freshDir('copied-off-cluster');
    const logs = [0, 1].map((epoch) =>
      evalLog({ run: 'r4', task: 'capitalization', epoch, minute: 50 + epoch }),
    );
    writeTree(dir, {
      'experiment_summary.yaml': experimentYaml({
        name: 'copied',
        runs: [{ name: 'r4', type: 'fine-tuned' }],
        tasks: ['capitalization'],
      }),
      ...Object.fromEntries(logs.map((l) => [l.file, l.content])),
    });
    const { summary } = await summarize(dir);
    expect(summary.runs[0]?.finetune).toMatchObject({
      status: 'COMPLETED',
      reason: expect.stringMatching(
        /^status inferred from its evaluated checkpoints \(up to epoch 1\) because output\.base_directory ck-outputs does not exist here; /,
      ),
    });
    expect(summary.complete).toBe(1);
    expect(summary.warnings).toContainEqual(
      expect.objectContaining({
        file: 'experiment_summary.yaml',
        message: expect.stringMatching(/^output\.base_directory ck-outputs does not exist here/),
      }),
    );
  });

  it('lists evaluation rows in matrix order, not in the order of runs', async () => {
    const dir = freshDir('matrix-order');
    const runs: TreeRun[] = [
      { name: 'r4', type: 'fine-tuned', epochs: [0] },
      { name: 'base', type: 'control' },
    ];
    const yaml = experimentYaml({ name: 'order', runs, tasks: ['capitalization'] });
    // Put the control's matrix row first.
    const [head, matrix] = yaml.split('  matrix:\n');
    const rows = matrix!.split(/(?= {4}- run: )/);
    writeTree(dir, {
      'experiment_summary.yaml': `${head}  matrix:\n${rows.reverse().join('')}`,
      ...trainedRun('r4', '700'),
      ...evalLogs([
        { run: 'r4', task: 'capitalization', epoch: 0, minute: 1 },
        { run: 'base', task: 'capitalization', epoch: null, minute: 2 },
      ]),
    });
    const { summary } = await summarize(dir);
    expect(summary.evaluations.map((e) => e.run)).toEqual(['base', 'r4']);
  });
});

describe('names that try to break the tables', () => {
  it('keeps every table intact for run and task names with pipes, backticks and markup', async () => {
    const dir = freshDir('odd-names');
    const run = 'rank|4 `x` *y* <b>';
    const task = 'cap|task';
    const log = evalLog({ run, task, epoch: 0, minute: 50 });
    writeTree(dir, {
      'experiment_summary.yaml': experimentYaml({
        name: 'odd | names',
        runs: [{ name: run, type: 'fine-tuned', epochs: [0] }],
        tasks: [task],
      }),
      ...trainedRun(run, '9201'),
      [log.file]: log.content,
    });
    const { summary } = await summarize(dir);
    expect(summary.evaluations[0]).toMatchObject({ run, task, epoch: 0, status: 'success' });
    await expectGoldenFiles('odd-names', dir);
    const markdown = readFileSync(path.join(dir, 'summary.md'), 'utf8');
    for (const row of markdown.split('\n').filter((line) => line.startsWith('| rank'))) {
      // Unescaped pipes would add columns.
      expect(row.replace(/\\\|/g, '').split('|').length, row).toBeLessThanOrEqual(9);
    }
  });
});

describe('bad input', () => {
  it('refuses a directory without experiment_summary.yaml, naming what is missing', async () => {
    const dir = freshDir('empty');
    await expect(summarize(dir)).rejects.toThrow(/experiment_summary\.yaml/);
  });

  it('refuses YAML that does not parse, naming the file and the line', async () => {
    const dir = freshDir('bad-yaml');
    writeFileSync(
      path.join(dir, 'experiment_summary.yaml'),
      'experiment:\n  name: "x"\nruns: [\n  - name: a\n',
    );
    await expect(summarize(dir)).rejects.toThrow(
      /experiment_summary\.yaml.*line \d+|experiment_summary\.yaml:\d+/,
    );
  });

  it('names a training output it cannot read relative to the experiment, without repeating its path', async () => {
    const dir = freshDir('symlink-loop');
    writeTree(dir, {
      'experiment_summary.yaml': experimentYaml({
        name: 'loop',
        runs: [{ name: 'r', type: 'fine-tuned', epochs: [0] }],
        tasks: ['t'],
      }),
    });
    mkdirSync(path.join(dir, 'ck-outputs', 'ck-out-r'), { recursive: true });
    const loop = path.join(dir, 'ck-outputs', 'ck-out-r', 'slurm-1.out');
    symlinkSync(loop, loop);
    const { summary } = await summarize(dir);
    const warning = summary.warnings.find((w) => w.file === 'ck-outputs/ck-out-r/slurm-1.out');
    expect(warning?.message).toMatch(/cannot read SLURM output/);
    expect(warning?.message).not.toContain(dir);
    expect(summary.runs[0]?.finetune.status).toBe('NOT_STARTED');
  });

  it('summarizes what it can when a run folder holds garbage instead of logs', async () => {
    const dir = freshDir('garbage');
    writeTree(dir, {
      'experiment_summary.yaml': experimentYaml({
        name: 'garbage',
        runs: [{ name: 'r', type: 'fine-tuned', epochs: [0] }],
        tasks: ['t'],
      }),
      'ck-outputs/ck-out-r/slurm-1.out': Buffer.from([0, 159, 146, 150, 255, 0, 10, 13]),
      'r/eval/logs/2026-03-16T13-00-00+00-00_t_x.eval': 'not a zip at all',
    });
    const { summary } = await summarize(dir);
    expect(summary.training[0]).toMatchObject({ final_loss: null });
    expect(summary.evaluations[0]).toMatchObject({ status: 'unreadable' });
    expect(summary.evaluations[0]?.error).toMatch(/not a ZIP|zip/i);
    const written = JSON.parse(readFileSync(path.join(dir, 'summary.json'), 'utf8')) as ExperimentSummary;
    expect(written.evaluations).toHaveLength(summary.evaluations.length);
  });
});
