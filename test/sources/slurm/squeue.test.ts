import { readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  parseSqueueOutput,
  parseSqueueTime,
  querySqueue,
  SQUEUE_DELIMITER,
  squeueArguments,
} from '../../../src/sources/slurm/squeue.js';
import { fakeSlurm, squeueRow } from '../../helpers/fake-slurm.js';
import { useTempDir } from '../../helpers/temp-dir.js';

const tempDir = useTempDir('squeue-');

describe('parsing squeue', () => {
  it('reads id, name, state, time used, working directory and reason, with a delimiter no name holds', () => {
    const out = [
      squeueRow('123', 'Llama-3.2-1B-Instruct_rank4', 'RUNNING', '1:02:03', '/exp/rank4', 'None'),
      squeueRow('124', 'eval|capitalization ep0', 'PENDING', '0:00', '/exp/rank4/eval', 'Dependency'),
      squeueRow('125_[2-5]', 'sweep', 'PENDING', '0:00', '/exp with space', 'Priority'),
      squeueRow('126_1', 'x', 'CONFIGURING', '0:03', '/exp'),
      squeueRow('127', 'y', 'COMPLETED', '5:00', '/exp'),
      '',
    ].join('\n');
    const { jobs, warning } = parseSqueueOutput(out);
    expect(warning).toBeNull();
    expect(jobs[0]).toEqual({
      jobId: '123',
      jobName: 'Llama-3.2-1B-Instruct_rank4',
      state: 'RUNNING',
      rawState: 'RUNNING',
      // 1:02:03 = 3600 + 2·60 + 3
      runSeconds: 3723,
      workDir: '/exp/rank4',
      reason: null,
    });
    expect(jobs[1]).toMatchObject({
      jobName: 'eval|capitalization ep0',
      state: 'PENDING',
      runSeconds: null,
      reason: 'Dependency',
    });
    expect(jobs[2]).toMatchObject({ jobId: '125_[2-5]', workDir: '/exp with space' });
    expect(jobs[3]).toMatchObject({ state: 'PENDING', rawState: 'CONFIGURING' });
    expect(jobs[4]).toMatchObject({ state: 'ENDED' });
  });

  it('keeps a job name that holds the delimiter whole', () => {
    const { jobs } = parseSqueueOutput(squeueRow('9', `a${SQUEUE_DELIMITER}b`, 'RUNNING', '0:10', '/e'));
    expect(jobs[0]).toMatchObject({ jobName: `a${SQUEUE_DELIMITER}b`, workDir: '/e', runSeconds: 10 });
  });

  it('warns about lines it cannot read (a default squeue table) and reads the rest', () => {
    const out = [
      '             JOBID PARTITION     NAME     USER ST       TIME  NODES NODELIST(REASON)',
      squeueRow('5', 'n', 'RUNNING', '0:01', '/e'),
    ].join('\n');
    const { jobs, warning } = parseSqueueOutput(out);
    expect(jobs).toHaveLength(1);
    expect(warning).toMatch(/1 line\(s\) that could not be read, e.g. "\s+JOBID PARTITION/);
  });

  it('parses squeue times', () => {
    expect(parseSqueueTime('0:45')).toBe(45);
    expect(parseSqueueTime('12:05')).toBe(725);
    expect(parseSqueueTime('2-03:04:05')).toBe(2 * 86_400 + 3 * 3600 + 4 * 60 + 5);
    expect(parseSqueueTime('INVALID')).toBeNull();
  });
});

describe('the one squeue call', () => {
  it('asks for the current user with an argument array and reads the answer', async () => {
    const fake = await fakeSlurm(tempDir(), {
      squeue: [
        { from: 0, stdout: squeueRow('123', 'rank4', 'PENDING', '0:00', '/exp/rank4', 'Priority') + '\n' },
      ],
    });
    const result = await querySqueue({ squeuePath: fake.paths.squeue });
    expect(await fake.calls('squeue')).toEqual([squeueArguments()]);
    expect(squeueArguments()).toContain('--me');
    expect(result).toEqual({
      jobs: [
        {
          jobId: '123',
          jobName: 'rank4',
          state: 'PENDING',
          rawState: 'PENDING',
          runSeconds: null,
          workDir: '/exp/rank4',
          reason: 'Priority',
        },
      ],
      warning: null,
    });
  });

  it('an empty queue is an answer, not a failure', async () => {
    const fake = await fakeSlurm(tempDir(), { squeue: [{ from: 0, stdout: '' }] });
    expect(await querySqueue({ squeuePath: fake.paths.squeue })).toEqual({ jobs: [], warning: null });
  });

  it('warns when squeue is missing, fails, prints garbage or hangs; the hung process group is killed', async () => {
    expect(await querySqueue({ squeuePath: join(tempDir(), 'nope') })).toMatchObject({
      jobs: null,
      warning: expect.stringMatching(/^squeue not found at .*nope; queued jobs are not known/),
      notFound: true,
    });
    const fake = await fakeSlurm(tempDir(), {
      squeue: [
        {
          from: 0,
          exitCode: 1,
          stderr: 'slurm_load_jobs error: Unable to contact slurm controller (connect failure)\n',
        },
        { from: 10, stdout: 'garbage\n' },
        { from: 20, hang: true },
      ],
    });
    expect((await querySqueue({ squeuePath: fake.paths.squeue })).warning).toBe(
      'squeue exited with code 1: slurm_load_jobs error: Unable to contact slurm controller (connect failure); queued jobs are not known (a run with no output yet may be queued or never submitted)',
    );
    await fake.setTime(10);
    expect((await querySqueue({ squeuePath: fake.paths.squeue })).warning).toMatch(
      /could not be read, e.g. "garbage"/,
    );
    await fake.setTime(20);
    const started = Date.now();
    const hung = await querySqueue({ squeuePath: fake.paths.squeue, timeoutMs: 500 });
    expect(hung).toMatchObject({
      jobs: null,
      warning: expect.stringMatching(/did not answer within 0.5 s and was stopped/),
    });
    expect(Date.now() - started).toBeLessThan(15_000);
    // No fake squeue is left running (its process group was killed).
    expect(await stillRunning(fake.paths.squeue!)).toBe(false);
  });
});

/** Whether a process running `script` is still alive (not a zombie). */
async function stillRunning(script: string): Promise<boolean> {
  for (const pid of await readdir('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      if (cmd.includes(script) && !/^\d+ \(.*\) [ZX]/.test(stat)) return true;
    } catch {
      // gone meanwhile
    }
  }
  return false;
}
