// Which run and stage each job in the SLURM queue belongs to. A job is the experiment's when its
// working directory lies in a run's folder or output folder, or when its name follows the
// experiment's conventions: the run name for fine-tuning (cruijff_kit's finetune.slurm), and
// `eval-{task}-{run}-ep{N}` for evaluations (older scaffolds; newer `eval-{task}-ep{N}` names carry
// no run, so only the working directory places them). Pure.
import path from 'node:path';
import type { QueuedJob } from '../sources/slurm/squeue.js';

export interface QueueRun {
  name: string;
  type: 'fine-tuned' | 'control';
  /** `{experiment}/{run}`, absolute. */
  runDir: string;
  /** Where training writes checkpoints (`ck-out-{run}`), absolute; null when unknown. */
  outputDir: string | null;
}

export interface QueuedStage {
  run: string;
  stage: 'fine-tuning' | 'evaluation';
  state: 'PENDING' | 'RUNNING';
  jobId: string;
  /** Why it waits, as squeue says (`Priority`, `Dependency`); null when running or none. */
  reason: string | null;
  runSeconds: number | null;
  matchedBy: 'working-directory' | 'job-name';
}

function inside(dir: string, parent: string): boolean {
  const relative = path.relative(parent, dir);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

function byWorkDir(job: QueuedJob, runs: readonly QueueRun[]): Omit<QueuedStage, keyof QueuedJobBits> | null {
  if (!path.isAbsolute(job.workDir)) return null;
  const dir = path.resolve(job.workDir);
  // The deepest folder wins: `rank4_lr` is not inside `rank4`, and an output folder may sit inside the experiment.
  let best: { run: QueueRun; stage: QueuedStage['stage']; depth: number } | null = null;
  for (const run of runs) {
    const candidates: Array<[string, QueuedStage['stage']]> = [
      [path.join(run.runDir, 'eval'), 'evaluation'],
      [run.runDir, run.type === 'control' ? 'evaluation' : 'fine-tuning'],
      ...(run.outputDir && run.type === 'fine-tuned'
        ? [[run.outputDir, 'fine-tuning'] as [string, 'fine-tuning']]
        : []),
    ];
    for (const [folder, stage] of candidates) {
      const depth = path.resolve(folder).length;
      if (inside(dir, folder) && (best === null || depth > best.depth)) best = { run, stage, depth };
    }
  }
  return best ? { run: best.run.name, stage: best.stage, matchedBy: 'working-directory' } : null;
}

function byJobName(
  job: QueuedJob,
  runs: readonly QueueRun[],
  tasks: readonly string[],
): Omit<QueuedStage, keyof QueuedJobBits> | null {
  const name = job.jobName;
  const fineTuned = runs.find((run) => run.type === 'fine-tuned' && run.name === name);
  if (fineTuned) return { run: fineTuned.name, stage: 'fine-tuning', matchedBy: 'job-name' };
  if (!name.startsWith('eval-')) return null;
  // `eval-{task}-{run}-ep{N}` or `eval-{task}-{run}` (base runs); task and run may hold dashes.
  const rest = name.slice('eval-'.length).replace(/-ep\d+$/, '');
  for (const task of tasks) {
    if (!rest.startsWith(`${task}-`)) continue;
    const runName = rest.slice(task.length + 1);
    const run = runs.find((r) => r.name === runName);
    if (run) return { run: run.name, stage: 'evaluation', matchedBy: 'job-name' };
  }
  return null;
}

type QueuedJobBits = Pick<QueuedStage, 'state' | 'jobId' | 'reason' | 'runSeconds'>;

/** The queue's PENDING and RUNNING jobs that belong to the experiment, each placed on its run and stage. */
export function matchQueuedJobs(
  jobs: readonly QueuedJob[],
  runs: readonly QueueRun[],
  tasks: readonly string[],
): QueuedStage[] {
  const matched: QueuedStage[] = [];
  for (const job of jobs) {
    if (job.state === 'ENDED') continue;
    const place = byWorkDir(job, runs) ?? byJobName(job, runs, tasks);
    if (!place) continue;
    matched.push({
      ...place,
      state: job.state,
      jobId: job.jobId,
      reason: job.state === 'PENDING' ? job.reason : null,
      runSeconds: job.runSeconds,
    });
  }
  return matched;
}
