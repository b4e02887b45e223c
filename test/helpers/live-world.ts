// A live experiment for watch tests: the bundled demo as it looks while its SLURM jobs still run.
// rank4 and the base model are done; rank8 is queued, then trains (its output growing between
// checks), then finishes and its evaluations are queued, then evaluated. Each step has what the fake
// `sacct` and `squeue` answer from that fake time on, and the files the jobs have written by then.
import { cpSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildTrainingLog } from '../../scripts/lib/training-log.js';
import { copyDemo } from './experiment-tree.js';
import { sacctRow, squeueRow } from './fake-slurm.js';

export const RANK8 = 'Llama-3.2-1B-Instruct_rank8';
const RANK4 = 'Llama-3.2-1B-Instruct_rank4';
const BASE = 'Llama-3.2-1B-Instruct_base';

export interface WorldStep {
  /** Fake time in seconds from which this step holds. */
  at: number;
  sacct: string;
  squeue: string;
  /** Makes the files what the jobs have written by `at`. */
  apply: () => void;
}

/** A rank8 training output cut after `steps` optimizer steps (250 per epoch), as a running job leaves it. */
function runningOutput(steps: number): string {
  const full = buildTrainingLog({
    jobId: '4172302',
    epochs: 2,
    stepsPerEpoch: 250,
    loss: (s) => 2 / (1 + s / 50),
    stopAfterStep: steps,
  });
  // Nothing after the last render yet: the job is still drawing its bar.
  return full.slice(0, full.lastIndexOf(']') + 1);
}

const doneSacct = [
  sacctRow('4172301', RANK4, 'COMPLETED', '00:08:15'),
  sacctRow('4172310', 'eval-capitalization-ep0', 'COMPLETED', '00:02:10'),
  sacctRow('4172311', 'eval-capitalization-ep1', 'COMPLETED', '00:02:05'),
  sacctRow('4172314', 'eval-capitalization', 'COMPLETED', '00:02:01'),
];

/** The demo in `root`, rank8's results put aside; and the steps of its life. */
export function liveWorld(root: string, interval: number): { dir: string; steps: WorldStep[] } {
  const dir = copyDemo(join(root, 'capitalization_lora_rank_demo'));
  const stash = join(root, 'stash');
  mkdirSync(stash, { recursive: true });
  const ckOut = join(dir, 'ck-outputs', `ck-out-${RANK8}`);
  const evalDir = join(dir, RANK8, 'eval');
  renameSync(ckOut, join(stash, 'ck-out'));
  renameSync(evalDir, join(stash, 'eval'));
  const runDir = join(dir, RANK8);
  const runOut = join(runDir, 'slurm-4172302.out');
  const lines = (...rows: string[]) => rows.map((row) => `${row}\n`).join('');
  const rank8Job = (state: string, time: string) =>
    squeueRow('4172302', RANK8, state, time, runDir, state === 'PENDING' ? 'Priority' : 'None');
  const steps: WorldStep[] = [
    {
      at: 0,
      sacct: lines(...doneSacct, sacctRow('4172302', RANK8, 'PENDING', '00:00:00')),
      squeue: lines(rank8Job('PENDING', '0:00')),
      apply: () => undefined,
    },
    {
      at: interval,
      sacct: lines(...doneSacct, sacctRow('4172302', RANK8, 'RUNNING', '00:01:00')),
      squeue: lines(rank8Job('RUNNING', '1:00')),
      apply: () => writeFileSync(runOut, runningOutput(120)),
    },
    {
      at: 2 * interval,
      sacct: lines(...doneSacct, sacctRow('4172302', RANK8, 'RUNNING', '00:03:00')),
      squeue: lines(rank8Job('RUNNING', '3:00')),
      apply: () => writeFileSync(runOut, runningOutput(380)),
    },
    {
      // Training done (the job script moves its output beside the checkpoints); the eval jobs wait.
      at: 3 * interval,
      sacct: lines(...doneSacct, sacctRow('4172302', RANK8, 'COMPLETED', '00:04:10')),
      squeue: lines(
        squeueRow('4172312', 'eval-capitalization-ep0', 'PENDING', '0:00', join(evalDir), 'Dependency'),
        squeueRow('4172313', 'eval-capitalization-ep1', 'PENDING', '0:00', join(evalDir), 'Dependency'),
      ),
      apply: () => {
        rmSync(runOut, { force: true });
        cpSync(join(stash, 'ck-out'), ckOut, { recursive: true });
      },
    },
    {
      at: 4 * interval,
      sacct: lines(
        ...doneSacct,
        sacctRow('4172302', RANK8, 'COMPLETED', '00:04:10'),
        sacctRow('4172312', 'eval-capitalization-ep0', 'COMPLETED', '00:02:00'),
        sacctRow('4172313', 'eval-capitalization-ep1', 'COMPLETED', '00:02:00'),
      ),
      squeue: '',
      apply: () => cpSync(join(stash, 'eval'), evalDir, { recursive: true }),
    },
  ];
  return { dir, steps };
}

export { BASE, RANK4 };
