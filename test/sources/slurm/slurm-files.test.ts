import { chmod, mkdir, mkdtemp, rm, symlink, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  epochFromEvalJobName,
  epochFromJobScriptName,
  EVAL_OUTPUT_TAIL_BYTES,
  evalLogNamesInSlurmOutput,
  findTrainingSlurmOutput,
  jobIdFromSlurmFileName,
  listCheckpointEpochs,
} from '../../../src/sources/slurm/slurm-files.js';

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'slurm-files-'));
});
afterAll(async () => {
  await chmod(root, 0o755).catch(() => undefined);
  await rm(root, { recursive: true, force: true });
});

let counter = 0;
/** An experiment dir and an output base dir, empty. */
async function experiment(): Promise<{ experimentDir: string; outputBaseDir: string }> {
  const base = join(root, `case-${counter++}`);
  const experimentDir = join(base, 'ck-experiments', 'sweep');
  const outputBaseDir = join(base, 'ck-outputs', 'sweep');
  await mkdir(experimentDir, { recursive: true });
  await mkdir(outputBaseDir, { recursive: true });
  latest = { experimentDir, outputBaseDir };
  return latest;
}
let latest = { experimentDir: '', outputBaseDir: '' };

/** Where trainingLocation puts a run of the latest experiment (ck-out layout). */
function where(run: string): { outputDir: string; runDir: string } {
  return { outputDir: join(latest.outputBaseDir, `ck-out-${run}`), runDir: join(latest.experimentDir, run) };
}

async function file(path: string, content = '', mtimeSeconds?: number): Promise<void> {
  await mkdir(join(path, '..'), { recursive: true });
  await writeFile(path, content);
  if (mtimeSeconds !== undefined) await utimes(path, mtimeSeconds, mtimeSeconds);
}

const isRoot = process.getuid?.() === 0;

describe('job ids from SLURM output names', () => {
  it.each([
    ['slurm-12345678.out', '12345678'],
    ['slurm-1004672_3.out', '1004672_3'],
    ['/a/b/slurm-42.out', '42'],
    ['slurm-abc.out', null],
    ['slurm-12.err', null],
    ['run-12.out', null],
  ])('%s → %s', (name, id) => {
    expect(jobIdFromSlurmFileName(name)).toBe(id);
  });
});

describe('finding the training SLURM output of a run', () => {
  it('takes the log in ck-out-{run} (moved there after a successful run)', async () => {
    const { experimentDir, outputBaseDir } = await experiment();
    await file(join(outputBaseDir, 'ck-out-rank4', 'slurm-100.out'));
    await file(join(experimentDir, 'rank4', 'slurm-99.out'));
    const found = await findTrainingSlurmOutput(where('rank4'));
    expect(found.slurmOut).toMatchObject({
      path: join(outputBaseDir, 'ck-out-rank4', 'slurm-100.out'),
      jobId: '100',
      location: 'output',
    });
    expect(found.warnings).toEqual([]);
  });

  it('takes the most recently modified of several, listing the others', async () => {
    const { outputBaseDir } = await experiment();
    const ck = join(outputBaseDir, 'ck-out-rank8');
    await file(join(ck, 'slurm-300.out'), '', 1_700_000_000);
    await file(join(ck, 'slurm-200.out'), '', 1_700_000_500);
    await file(join(ck, 'slurm-250_1.out'), '', 1_700_000_100);
    const found = await findTrainingSlurmOutput(where('rank8'));
    expect(found.slurmOut?.jobId).toBe('200');
    expect(found.others.map((f) => f.jobId)).toEqual(['250_1', '300']);
  });

  it('falls back to {experiment}/{run}/slurm-*.out where a failed run’s log stays', async () => {
    const { experimentDir, outputBaseDir } = await experiment();
    await mkdir(join(outputBaseDir, 'ck-out-rank4'), { recursive: true });
    await file(join(experimentDir, 'rank4', 'slurm-1004672_0.out'));
    await file(join(experimentDir, 'rank4', 'finetune.slurm'));
    const found = await findTrainingSlurmOutput(where('rank4'));
    expect(found.slurmOut).toMatchObject({ jobId: '1004672_0', location: 'run' });
  });

  it('looks only in the run folder when the experiment names no output base directory', async () => {
    const { experimentDir } = await experiment();
    await file(join(experimentDir, 'rank4', 'slurm-7.out'));
    const found = await findTrainingSlurmOutput({ outputDir: null, runDir: join(experimentDir, 'rank4') });
    expect(found.slurmOut?.jobId).toBe('7');
  });

  it('finds nothing, without warnings, for a run that never started (no folders at all)', async () => {
    await experiment();
    expect(await findTrainingSlurmOutput(where('ghost'))).toEqual({
      slurmOut: null,
      others: [],
      warnings: [],
    });
  });

  it('keeps a slurm-*.out whose name carries no job id, with jobId null', async () => {
    const { experimentDir } = await experiment();
    await file(join(experimentDir, 'r', 'slurm-rank4.out'));
    const found = await findTrainingSlurmOutput({ outputDir: null, runDir: join(experimentDir, 'r') });
    expect(found.slurmOut).toMatchObject({ jobId: null, location: 'run' });
  });

  it.skipIf(isRoot)(
    'warns, naming the folder, when ck-out cannot be read, and still looks in the run folder',
    async () => {
      const { experimentDir, outputBaseDir } = await experiment();
      const ck = join(outputBaseDir, 'ck-out-locked');
      await file(join(ck, 'slurm-1.out'));
      await file(join(experimentDir, 'locked', 'slurm-2.out'));
      await chmod(ck, 0o000);
      try {
        const found = await findTrainingSlurmOutput(where('locked'));
        expect(found.slurmOut?.jobId).toBe('2');
        expect(found.warnings).toEqual([
          { level: 'warning', file: ck, message: `cannot read folder ${ck}: permission denied` },
        ]);
      } finally {
        await chmod(ck, 0o755);
      }
    },
  );
});

describe('training outputs that are symbolic links', () => {
  it('follows a link that stays inside the roots and refuses, by name, one that leads out', async () => {
    const { experimentDir, outputBaseDir } = await experiment();
    const ck = join(outputBaseDir, 'ck-out-linked');
    await mkdir(ck, { recursive: true });
    await file(join(outputBaseDir, 'real.out'), '1|1|Loss: 0.5\n');
    const outside = join(root, `outside-${counter++}.out`);
    await file(outside, '1|1|Loss: 0.5\n');
    await symlink(join(outputBaseDir, 'real.out'), join(ck, 'slurm-7.out'));
    await symlink(outside, join(ck, 'slurm-8.out'));
    const roots = [experimentDir, join(outputBaseDir, '..')];
    const found = await findTrainingSlurmOutput({ outputDir: ck, runDir: join(experimentDir, 'r') }, roots);
    expect(found.slurmOut?.path).toBe(join(ck, 'slurm-7.out'));
    expect(found.warnings.map((w) => w.message)).toEqual([
      expect.stringMatching(/^cannot read SLURM output .*slurm-8\.out: it resolves to .*outside/),
    ]);
  });
});

describe('checkpoint epochs', () => {
  it('lists the 0-based epoch_N folders in ck-out, ascending, ignoring files and other names', async () => {
    const { outputBaseDir } = await experiment();
    const ck = join(outputBaseDir, 'ck-out-rank4');
    for (const name of ['epoch_10', 'epoch_0', 'epoch_2', 'recipe_state', 'logs'])
      await mkdir(join(ck, name), { recursive: true });
    await file(join(ck, 'epoch_5'));
    await file(join(ck, 'slurm-1.out'));
    expect(await listCheckpointEpochs(ck)).toEqual({ epochs: [0, 2, 10], warning: null });
  });

  it('counts a link to a folder as a checkpoint, and not a link to a file or a dangling one', async () => {
    // readdir's entry types spare a stat for a plain folder; a link still needs one.
    const { outputBaseDir } = await experiment();
    const ck = join(outputBaseDir, 'ck-out-linked');
    await mkdir(join(ck, 'epoch_1'), { recursive: true });
    await mkdir(join(outputBaseDir, 'elsewhere'), { recursive: true });
    await file(join(outputBaseDir, 'a-file'));
    await symlink(join(outputBaseDir, 'elsewhere'), join(ck, 'epoch_3'));
    await symlink(join(outputBaseDir, 'a-file'), join(ck, 'epoch_4'));
    await symlink(join(outputBaseDir, 'gone'), join(ck, 'epoch_6'));
    expect(await listCheckpointEpochs(ck)).toEqual({ epochs: [1, 3], warning: null });
  });

  it('counts nothing outside the experiment: not a ck-out that leads elsewhere, nor a checkpoint link that does', async () => {
    const { experimentDir, outputBaseDir } = await experiment();
    const roots = [experimentDir, outputBaseDir];
    const elsewhere = join(root, `elsewhere-${counter++}`);
    await mkdir(join(elsewhere, 'epoch_0'), { recursive: true });
    await mkdir(join(elsewhere, 'epoch_1'), { recursive: true });
    // A ck-out linked out of the roots: no checkpoints (its SLURM outputs' reader warns about it).
    await symlink(elsewhere, join(outputBaseDir, 'ck-out-linked-out'));
    expect(await listCheckpointEpochs(join(outputBaseDir, 'ck-out-linked-out'), undefined, roots)).toEqual({
      epochs: [],
      warning: null,
    });
    // Inside: a plain epoch folder and a link inside count; a link out of the roots does not.
    const ck = join(outputBaseDir, 'ck-out-mixed');
    await mkdir(join(ck, 'epoch_0'), { recursive: true });
    await mkdir(join(outputBaseDir, 'kept'), { recursive: true });
    await symlink(join(outputBaseDir, 'kept'), join(ck, 'epoch_1'));
    await symlink(join(elsewhere, 'epoch_1'), join(ck, 'epoch_2'));
    expect(await listCheckpointEpochs(ck, undefined, roots)).toEqual({ epochs: [0, 1], warning: null });
    // Without roots (a caller that follows any link), all three.
    expect((await listCheckpointEpochs(ck)).epochs).toEqual([0, 1, 2]);
  });

  it('gives no epochs and no warning when ck-out does not exist', async () => {
    expect(await listCheckpointEpochs(join(root, 'nowhere', 'ck-out-x'))).toEqual({
      epochs: [],
      warning: null,
    });
  });

  it('finds no checkpoints where a file stands in place of ck-out', async () => {
    const path = join(root, 'ck-out-file');
    await file(path, 'not a folder');
    expect((await listCheckpointEpochs(path)).epochs).toEqual([]);
  });
});

describe('epochs from eval job names and job script names', () => {
  it.each([
    ['eval-capitalization-Llama-3.2-1B-Instruct_rank4-ep0', 0],
    ['eval-capitalization-ep1', 1],
    ['eval-my-task-with-dashes-run_a-ep12', 12],
    ['eval-capitalization', null],
    ['Llama-3.2-1B-Instruct_rank4', null],
    ['eval-capitalization-ep', null],
    ['eval-cap\rx-run-ep2', 2],
    ['eval-cap\u2028y-run-ep3', 3],
  ])('%j → %s', (name, epoch) => {
    expect(epochFromEvalJobName(name)).toBe(epoch);
  });

  it.each([
    ['capitalization_epoch0.slurm', 0],
    ['/exp/rank4/eval/capitalization_epoch3.slurm', 3],
    ['capitalization_base.slurm', null],
    ['finetune.slurm', null],
    ['capitalization_epoch1.slurm.bak', null],
  ])('%s → %s', (name, epoch) => {
    expect(epochFromJobScriptName(name)).toBe(epoch);
  });
});

describe('inspect log names announced in an eval job’s SLURM output', () => {
  const pad = (line: string): string => line.padEnd(80);

  it('reads `Log: logs/<file>.eval` after the score block (rich display, lines padded to 80)', async () => {
    const path = join(root, 'eval-simple', 'slurm-500.out');
    await file(
      path,
      [
        pad('match'),
        pad('accuracy  0.850'),
        pad('stderr    0.036'),
        pad(''),
        pad('Log: logs/2025-01-01T00-00-00+00-00_popularity_abc.eval'),
        '',
      ].join('\n'),
    );
    expect(await evalLogNamesInSlurmOutput(path)).toEqual({
      logNames: ['2025-01-01T00-00-00+00-00_popularity_abc.eval'],
      failure: null,
      warning: null,
    });
  });

  it('joins a path folded over several lines at 80 columns', async () => {
    const name = '2026-01-20T10-00-00+00-00_capitalization-rank4_Ab3dE5fG7hJ9kL1mN3pQ5r.eval';
    const announced = `Log: logs/${name}`;
    const lines = [announced.slice(0, 80), announced.slice(80)].map(pad);
    const path = join(root, 'eval-folded', 'slurm-501.out');
    await file(path, ['accuracy  0.900', ...lines, ''].join('\n'));
    expect(announced.length).toBeGreaterThan(80);
    expect((await evalLogNamesInSlurmOutput(path)).logNames).toEqual([name]);
  });

  it('finds the announcement at the end of a long progress output, reading only its tail', async () => {
    const path = join(root, 'eval-long', 'slurm-504.out');
    const progress = 'Steps:  10/100  10% | Samples:  10/100 | accuracy: 0.85\r'.repeat(60_000);
    const name = '2026-03-16T13-00-00+00-00_capitalization_abc.eval';
    // An announcement only in the head of the file (an older task of the same job) lies outside the tail.
    await file(path, `Log: logs/head_only.eval\n${progress}\nLog: logs/${name}\n`);
    expect(progress.length).toBeGreaterThan(2 * EVAL_OUTPUT_TAIL_BYTES);
    expect((await evalLogNamesInSlurmOutput(path)).logNames).toEqual([name]);
  });

  it('keeps what it found, not the 1 MiB tail it was found in (one per eval job of a sweep)', async () => {
    // A substring is a view that keeps its whole text alive; 24 jobs would hold ~48 MB.
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    // tqdm's bars: not ASCII, so the decoded tail is a two-byte string (~2 MB) on the V8 heap.
    const progress = 'Steps:  50%|█████     | 50/100 [00:10<00:10, 4.00it/s]\r'.repeat(20_000);
    const paths: string[] = [];
    for (let i = 0; i < 24; i++) {
      paths.push(join(root, 'eval-kept', `slurm-${600 + i}.out`));
      await file(
        paths[i]!,
        `${progress}\nTraceback (most recent call last):\nRuntimeError: boom ${i}\nLog: logs/2026-03-16T13-00-00+00-00_capitalization_job${i}.eval\n`,
      );
    }
    // The heap only (the tails' buffers are freed after a collection, in the background). One read
    // first, so that compiling the code on its first run is not counted.
    const used = () => process.memoryUsage().heapUsed;
    await evalLogNamesInSlurmOutput(paths[0]!);
    gc();
    const before = used();
    const kept = [];
    for (const path of paths) kept.push(await evalLogNamesInSlurmOutput(path));
    gc();
    const grown = used() - before;
    expect(kept.map((found) => found.logNames[0])).toEqual(
      paths.map((_, i) => `2026-03-16T13-00-00+00-00_capitalization_job${i}.eval`),
    );
    expect(kept[3]!.failure?.reason).toBe('RuntimeError: boom 3');
    expect(grown).toBeLessThan(6 * 1024 * 1024);
  });

  it('joins a path that rich moved wholly onto the next lines', async () => {
    const name = 'x'.repeat(90) + '.eval';
    const path = join(root, 'eval-moved', 'slurm-502.out');
    await file(path, [pad('Log:'), `logs/${name}`.slice(0, 80), `logs/${name}`.slice(80), ''].join('\n'));
    expect((await evalLogNamesInSlurmOutput(path)).logNames).toEqual([name]);
  });

  it('reads several announcements, .json logs and the plain display, in order, once each', async () => {
    const path = join(root, 'eval-many', 'slurm-503.out');
    await file(
      path,
      [
        '---------------------------------------------------------',
        'Log: /abs/eval/logs/a_task1.eval',
        '---------------------------------------------------------',
        'Log: ./logs/b_task2.json\r',
        'Log: logs/a_task1.eval',
        '',
      ].join('\n'),
    );
    expect((await evalLogNamesInSlurmOutput(path)).logNames).toEqual(['a_task1.eval', 'b_task2.json']);
  });

  it('ignores a `Log:` line that is not followed by a log path', async () => {
    const path = join(root, 'eval-none', 'slurm-504.out');
    await file(
      path,
      [
        'Log: logs/cut-off-by-the-time-li',
        '',
        'slurmstepd: error: *** JOB 504 ON n CANCELLED AT t ***',
        '',
      ].join('\n'),
    );
    expect(await evalLogNamesInSlurmOutput(path)).toEqual({
      logNames: [],
      failure: { status: 'CANCELLED', reason: 'job 504 on n cancelled at t (scancel)' },
      warning: null,
    });
  });

  it("reports the job's failure text from the same tail: a time limit after the last progress line", async () => {
    const path = join(root, 'eval-timeout', 'slurm-505.out');
    await file(
      path,
      'Steps:  10/100  10% | Samples:  10/100\n' +
        'slurmstepd: error: *** JOB 505 ON della-l01g3 CANCELLED AT 2026-03-16T13:51:00 DUE TO TIME LIMIT ***\n',
    );
    const read = await evalLogNamesInSlurmOutput(path);
    expect(read.logNames).toEqual([]);
    expect(read.failure?.status).toBe('TIMEOUT');
  });

  it('gives no names and no warning when the output does not exist', async () => {
    expect(await evalLogNamesInSlurmOutput(join(root, 'nope', 'slurm-1.out'))).toEqual({
      logNames: [],
      failure: null,
      warning: null,
    });
  });

  it('warns, naming the file, when it is a directory', async () => {
    const path = join(root, 'eval-dir', 'slurm-9.out');
    await mkdir(path, { recursive: true });
    const { logNames, warning } = await evalLogNamesInSlurmOutput(path);
    expect(logNames).toEqual([]);
    expect(warning).toMatchObject({ level: 'warning', file: path });
    expect(warning?.message).toContain(`cannot read eval SLURM output ${path}`);
  });

  it.skipIf(isRoot)('warns, naming the file, when it cannot be read', async () => {
    const path = join(root, 'eval-locked', 'slurm-10.out');
    await file(path, 'Log: logs/x.eval\n');
    await chmod(path, 0o000);
    expect(await evalLogNamesInSlurmOutput(path)).toEqual({
      logNames: [],
      failure: null,
      warning: {
        level: 'warning',
        file: path,
        message: `cannot read eval SLURM output ${path}: permission denied`,
      },
    });
  });
});
