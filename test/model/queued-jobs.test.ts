import { describe, expect, it } from 'vitest';
import { matchQueuedJobs, type QueueRun } from '../../src/model/queued-jobs.js';
import type { QueuedJob } from '../../src/sources/slurm/squeue.js';

const runs: QueueRun[] = [
  { name: 'rank4', type: 'fine-tuned', runDir: '/exp/rank4', outputDir: '/scratch/out/ck-out-rank4' },
  {
    name: 'rank4_lr',
    type: 'fine-tuned',
    runDir: '/exp/rank4_lr',
    outputDir: '/scratch/out/ck-out-rank4_lr',
  },
  { name: 'base', type: 'control', runDir: '/exp/base', outputDir: null },
];
const job = (over: Partial<QueuedJob>): QueuedJob => ({
  jobId: '1',
  jobName: 'x',
  state: 'PENDING',
  rawState: 'PENDING',
  runSeconds: null,
  workDir: '/elsewhere',
  reason: 'Priority',
  ...over,
});

describe('placing queued jobs on runs and stages', () => {
  it('by working directory: run folder → fine-tuning, eval folder → evaluation, output folder → fine-tuning', () => {
    const matched = matchQueuedJobs(
      [
        job({ jobId: '10', workDir: '/exp/rank4' }),
        job({
          jobId: '11',
          workDir: '/exp/rank4/eval/capitalization_epoch0',
          state: 'RUNNING',
          runSeconds: 30,
        }),
        job({ jobId: '12', workDir: '/exp/rank4_lr/' }),
        job({ jobId: '13', workDir: '/scratch/out/ck-out-rank4_lr' }),
        job({ jobId: '14', workDir: '/exp/base' }),
        job({ jobId: '15', workDir: '/exp' }),
        job({ jobId: '16', workDir: '/exp/rank4', state: 'ENDED' }),
      ],
      runs,
      ['capitalization'],
    );
    expect(matched.map((m) => [m.jobId, m.run, m.stage, m.state, m.matchedBy])).toEqual([
      ['10', 'rank4', 'fine-tuning', 'PENDING', 'working-directory'],
      ['11', 'rank4', 'evaluation', 'RUNNING', 'working-directory'],
      ['12', 'rank4_lr', 'fine-tuning', 'PENDING', 'working-directory'],
      ['13', 'rank4_lr', 'fine-tuning', 'PENDING', 'working-directory'],
      ['14', 'base', 'evaluation', 'PENDING', 'working-directory'],
    ]);
    expect(matched[0]).toMatchObject({ reason: 'Priority', runSeconds: null });
    expect(matched[1]).toMatchObject({ reason: null, runSeconds: 30 });
  });

  it('by job name: the run name, or eval-{task}-{run}[-epN]; names without a run need the working directory', () => {
    const matched = matchQueuedJobs(
      [
        job({ jobId: '20', jobName: 'rank4_lr' }),
        job({ jobId: '21', jobName: 'eval-capitalization-rank4-ep0' }),
        job({ jobId: '22', jobName: 'eval-capitalization-base' }),
        job({ jobId: '23', jobName: 'eval-capitalization-ep0' }),
        job({ jobId: '24', jobName: 'base' }),
        job({ jobId: '25', jobName: 'eval-capitalization-ep1', workDir: '/exp/rank4_lr/eval' }),
      ],
      runs,
      ['capitalization'],
    );
    expect(matched.map((m) => [m.jobId, m.run, m.stage, m.matchedBy])).toEqual([
      ['20', 'rank4_lr', 'fine-tuning', 'job-name'],
      ['21', 'rank4', 'evaluation', 'job-name'],
      ['22', 'base', 'evaluation', 'job-name'],
      ['25', 'rank4_lr', 'evaluation', 'working-directory'],
    ]);
  });
});
