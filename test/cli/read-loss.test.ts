import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/index.js';
import { fakeIo } from '../helpers/cli-io.js';

const REALISTIC = join(
  import.meta.dirname,
  '..',
  'fixtures',
  'cruijff_kit',
  'slurm_training_output.realistic_HEAD.txt',
);

let dir: string;
let completed: string;
let oom: string;
let diverged: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'read-loss-'));
  completed = join(dir, 'slurm-4242.out');
  await copyFile(REALISTIC, completed);
  oom = join(dir, 'slurm-1004672_3.out');
  await writeFile(
    oom,
    '1|12|Loss: 1.5e-03:   5%|▍         | 12/250 [00:30<09:00,  2.27s/it]\nTraceback (most recent call last):\n  File "x.py", line 1, in <module>\ntorch.OutOfMemoryError: CUDA out of memory. Tried to allocate 2.00 GiB. GPU 0 has a total capacity of 79.15 GiB of which 1.23 GiB is free. More advice.\n',
  );
  diverged = join(dir, 'diverged.log');
  await writeFile(diverged, '1|3|Loss: nan:   1%|          | 3/250 [00:01<01:40,  2.45it/s]\n');
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('summarize-experiment read-loss', () => {
  it('prints one JSON object per log: final loss, steps, epochs, and the failure when there is one', async () => {
    const io = fakeIo();
    const missing = join(dir, 'slurm-1.out');
    expect(await runCli(['read-loss', completed, oom, diverged, missing, '--json'], io)).toBe(0);
    expect(io.err()).toBe('');
    expect(JSON.parse(io.out())).toEqual([
      {
        path: completed,
        job_id: '4242',
        final_loss: 0.26427456736564636,
        total_steps: 500,
        epochs: 2,
        status: null,
        reason: null,
        error: null,
      },
      {
        path: oom,
        job_id: '1004672_3',
        final_loss: 0.0015,
        total_steps: 12,
        epochs: 1,
        status: 'OUT_OF_MEMORY',
        reason:
          'CUDA out of memory. Tried to allocate 2.00 GiB. GPU 0 has a total capacity of 79.15 GiB of which 1.23 GiB is free.',
        error: null,
      },
      {
        path: diverged,
        job_id: null,
        final_loss: null,
        final_loss_text: 'nan',
        total_steps: 3,
        epochs: 1,
        status: null,
        reason: null,
        error: null,
      },
      {
        path: missing,
        job_id: '1',
        final_loss: null,
        total_steps: null,
        epochs: null,
        status: null,
        reason: null,
        error: `cannot read training log ${missing}: no such file`,
      },
    ]);
  });

  it('prints a readable table without --json', async () => {
    const io = fakeIo();
    expect(await runCli(['read-loss', completed, oom, diverged], io)).toBe(0);
    const lines = io.out().trimEnd().split('\n');
    expect(lines[0]).toMatch(/^Path\s+Job\s+Final Loss\s+Steps\s+Epochs\s+Status\s+Reason$/);
    expect(lines[1]).toMatch(/slurm-4242\.out\s+4242\s+0\.26427456736564636\s+500\s+2\s+-$/);
    expect(lines[2]).toMatch(
      /slurm-1004672_3\.out\s+1004672_3\s+0\.0015\s+12\s+1\s+OUT_OF_MEMORY\s+CUDA out of memory\./,
    );
    expect(lines[3]).toMatch(/diverged\.log\s+-\s+nan\s+3\s+1\s+-$/);
  });

  it('says so in its row when a log is unreadable; exits 1 only when no log could be read', async () => {
    const io = fakeIo();
    expect(await runCli(['read-loss', dir], io)).toBe(1);
    expect(io.out()).toMatch(/ERROR\s+cannot read training log .*: is a directory/);
    expect(await runCli(['read-loss', dir, completed], fakeIo())).toBe(0);
  });

  it('is a usage error (exit 2) without a path or with an unknown option', async () => {
    const none = fakeIo();
    expect(await runCli(['read-loss', '--json'], none)).toBe(2);
    expect(none.err()).toMatch(/^read-loss: give at least one training log/);
    expect(none.out()).toBe('');

    const unknown = fakeIo();
    expect(await runCli(['read-loss', '--jsn', completed], unknown)).toBe(2);
    expect(unknown.err()).toMatch(
      /^read-loss: unknown option --jsn \(a path starting with - goes after --\)\n\nusage: summarize-experiment read-loss PATH\.\.\. \[--json\]/,
    );
  });

  it('--help prints the usage; -- lets a path start with a dash', async () => {
    const help = fakeIo();
    expect(await runCli(['read-loss', '--help'], help)).toBe(0);
    expect(help.out()).toMatch(/^usage: summarize-experiment read-loss/);

    const dashed = fakeIo();
    expect(await runCli(['read-loss', '--json', '--', '--odd-name.out'], dashed)).toBe(1);
    expect(JSON.parse(dashed.out())[0].error).toMatch(/--odd-name\.out: no such file/);
  });
});
