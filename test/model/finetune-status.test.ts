import { describe, expect, it } from 'vitest';
import {
  FINETUNE_STATUS_RULES,
  decideFinetuneStatus,
  type FinetuneEvidence,
} from '../../src/model/finetune-status.js';
import type { SacctJob, SlurmJobState } from '../../src/sources/slurm/sacct.js';
import type { FailureEvidence, FinalLoss } from '../../src/sources/slurm/training-log.js';

function job(state: SlurmJobState, extra: Partial<SacctJob> = {}): FinetuneEvidence['sacctJob'] {
  return { state, rawState: state, elapsedSeconds: 495, exitCode: { exitStatus: 0, signal: 0 }, ...extra };
}

const FINISHED_LOSS: FinalLoss = {
  finalLoss: 0.26427456736564636,
  totalSteps: 500,
  epochs: 2,
  epochProgress: { done: 250, total: 250 },
};
const HALFWAY_LOSS: FinalLoss = {
  finalLoss: 0.3,
  totalSteps: 120,
  epochs: 1,
  epochProgress: { done: 120, total: 250 },
};
const CUDA_OOM: FailureEvidence = {
  status: 'OUT_OF_MEMORY',
  reason: 'CUDA out of memory. Tried to allocate 2.00 GiB.',
};
const TRACEBACK: FailureEvidence = { status: 'FAILED', reason: 'ValueError: batch_size must be positive' };
const TIME_LIMIT: FailureEvidence = {
  status: 'TIMEOUT',
  reason: 'time limit reached: job 1 on n1 cancelled at 2025-05-01T12:34:56',
};
const SCANCEL: FailureEvidence = { status: 'CANCELLED', reason: 'job 1 on n1 cancelled at t (scancel)' };

/** A run whose log sits in its run folder and says nothing yet; each case overrides what matters. */
function evidence(over: Partial<FinetuneEvidence>): FinetuneEvidence {
  return {
    sacctJob: null,
    logLocation: 'run',
    loss: null,
    failure: null,
    checkpointEpochs: [],
    configuredEpochs: 2,
    logIdleSeconds: null,
    ...over,
  };
}

// One situation per row of the decision table (some rows get two), in table order.
const cases: Array<{
  situation: string;
  evidence: FinetuneEvidence;
  rule: string;
  status: string;
  reason: string | RegExp | null;
  durationSeconds?: number | null;
}> = [
  {
    situation: 'a queued job',
    evidence: evidence({ sacctJob: job('PENDING', { elapsedSeconds: 0 }), logLocation: null }),
    rule: 'sacct-pending',
    status: 'PENDING',
    reason: 'waiting in the SLURM queue',
    durationSeconds: null,
  },
  {
    situation: 'a job training right now',
    evidence: evidence({ sacctJob: job('RUNNING', { elapsedSeconds: 60 }), loss: HALFWAY_LOSS }),
    rule: 'sacct-running',
    status: 'RUNNING',
    reason: 'at epoch 1, step 120 (120/250 of the epoch)',
    durationSeconds: 60,
  },
  {
    situation: 'a suspended job',
    evidence: evidence({ sacctJob: job('SUSPENDED'), loss: null }),
    rule: 'sacct-running',
    status: 'RUNNING',
    reason: 'SLURM state SUSPENDED',
  },
  {
    situation: 'sacct FAILED and a CUDA OOM in the log (torch exits 1, so SLURM cannot tell)',
    evidence: evidence({
      sacctJob: job('FAILED', { exitCode: { exitStatus: 1, signal: 0 } }),
      failure: CUDA_OOM,
    }),
    rule: 'oom-in-log',
    status: 'OUT_OF_MEMORY',
    reason: 'CUDA out of memory. Tried to allocate 2.00 GiB.',
    durationSeconds: 495,
  },
  {
    situation: 'no sacct and a CUDA OOM in the log',
    evidence: evidence({ failure: CUDA_OOM }),
    rule: 'oom-in-log',
    status: 'OUT_OF_MEMORY',
    reason: /^CUDA out of memory/,
    durationSeconds: null,
  },
  {
    situation: 'sacct OUT_OF_MEMORY (host RAM) with nothing in the log',
    evidence: evidence({
      sacctJob: job('OUT_OF_MEMORY', { exitCode: { exitStatus: 0, signal: 125 } }),
      loss: HALFWAY_LOSS,
    }),
    rule: 'sacct-out-of-memory',
    status: 'OUT_OF_MEMORY',
    reason:
      'SLURM killed the job for using more host memory than requested; last loss at epoch 1, step 120 (120/250 of the epoch)',
  },
  {
    situation: 'sacct TIMEOUT',
    evidence: evidence({
      sacctJob: job('TIMEOUT', { elapsedSeconds: 14_417 }),
      loss: HALFWAY_LOSS,
      failure: TIME_LIMIT,
    }),
    rule: 'sacct-timeout',
    status: 'TIMEOUT',
    reason: 'hit the SLURM time limit after 4h 17s; last loss at epoch 1, step 120 (120/250 of the epoch)',
    durationSeconds: 14_417,
  },
  {
    situation: 'sacct DEADLINE',
    evidence: evidence({ sacctJob: job('DEADLINE', { elapsedSeconds: 61 }) }),
    rule: 'sacct-timeout',
    status: 'TIMEOUT',
    reason: 'hit its deadline after 1m 1s',
  },
  {
    situation: 'sacct PREEMPTED',
    evidence: evidence({ sacctJob: job('PREEMPTED') }),
    rule: 'sacct-preempted',
    status: 'PREEMPTED',
    reason: 'preempted by a higher-priority job',
  },
  {
    situation: 'sacct NODE_FAIL',
    evidence: evidence({ sacctJob: job('NODE_FAIL'), loss: HALFWAY_LOSS }),
    rule: 'sacct-node-fail',
    status: 'NODE_FAIL',
    reason: /^the node failed; last loss at epoch 1/,
  },
  {
    situation: 'sacct CANCELLED while the log says the time limit cancelled it',
    evidence: evidence({ sacctJob: job('CANCELLED'), failure: TIME_LIMIT }),
    rule: 'cancelled-log-names-cause',
    status: 'TIMEOUT',
    reason: TIME_LIMIT.reason,
  },
  {
    situation: 'scancel by a user (CANCELLED by 1000)',
    evidence: evidence({
      sacctJob: job('CANCELLED', { rawState: 'CANCELLED by 1000' }),
      failure: SCANCEL,
      loss: HALFWAY_LOSS,
    }),
    rule: 'sacct-cancelled',
    status: 'CANCELLED',
    reason: 'cancelled by user id 1000; at epoch 1, step 120 (120/250 of the epoch)',
  },
  {
    situation: 'sacct CANCELLED without a uid, the log says scancel',
    evidence: evidence({ sacctJob: job('CANCELLED'), failure: SCANCEL }),
    rule: 'sacct-cancelled',
    status: 'CANCELLED',
    reason: SCANCEL.reason,
  },
  {
    situation: 'sacct FAILED with a Python traceback in the log',
    evidence: evidence({
      sacctJob: job('FAILED', { exitCode: { exitStatus: 1, signal: 0 } }),
      failure: TRACEBACK,
    }),
    rule: 'sacct-failed',
    status: 'FAILED',
    reason: TRACEBACK.reason,
  },
  {
    situation: 'sacct FAILED and the log shows no error',
    evidence: evidence({ sacctJob: job('FAILED', { exitCode: { exitStatus: 2, signal: 0 } }) }),
    rule: 'sacct-failed',
    status: 'FAILED',
    reason: 'exit code 2; no error found in the log tail',
  },
  {
    situation: 'sacct COMPLETED but the log ends in a traceback (the job script swallowed the exit code)',
    evidence: evidence({ sacctJob: job('COMPLETED'), failure: TRACEBACK }),
    rule: 'completed-but-log-failed',
    status: 'FAILED',
    reason: `${TRACEBACK.reason} (SLURM says COMPLETED: the job script did not pass the error on)`,
  },
  {
    situation: 'sacct COMPLETED and the files agree',
    evidence: evidence({
      sacctJob: job('COMPLETED'),
      logLocation: 'output',
      loss: FINISHED_LOSS,
      checkpointEpochs: [0, 1],
    }),
    rule: 'sacct-completed',
    status: 'COMPLETED',
    reason: null,
    durationSeconds: 495,
  },
  {
    situation: 'sacct COMPLETED, training finished, then a traceback (e.g. wandb at exit)',
    evidence: evidence({
      sacctJob: job('COMPLETED'),
      loss: FINISHED_LOSS,
      checkpointEpochs: [0, 1],
      failure: TRACEBACK,
    }),
    rule: 'sacct-completed',
    status: 'COMPLETED',
    reason: `training finished (checkpoint epoch_1 saved), but the log then shows: ${TRACEBACK.reason}`,
  },
  {
    situation:
      'sacct COMPLETED, training finished, then a CUDA OOM (e.g. in a generation step after the last epoch)',
    evidence: evidence({
      sacctJob: job('COMPLETED'),
      loss: FINISHED_LOSS,
      checkpointEpochs: [0, 1],
      failure: CUDA_OOM,
    }),
    rule: 'sacct-completed',
    status: 'COMPLETED',
    reason: `training finished (checkpoint epoch_1 saved), but the log then shows: ${CUDA_OOM.reason}`,
  },
  {
    situation: 'sacct COMPLETED but the final checkpoint is missing',
    evidence: evidence({ sacctJob: job('COMPLETED'), loss: FINISHED_LOSS, checkpointEpochs: [0] }),
    rule: 'sacct-completed',
    status: 'COMPLETED',
    reason: /^SLURM says COMPLETED but checkpoint epoch_1 is missing; last loss at epoch 2, step 500/,
  },
  {
    situation: 'no sacct; the log shows a time limit',
    evidence: evidence({ failure: TIME_LIMIT, loss: HALFWAY_LOSS }),
    rule: 'log-failure',
    status: 'TIMEOUT',
    reason: TIME_LIMIT.reason,
  },
  {
    situation: 'no sacct; final epoch checkpoint present and the loss reached the last step',
    evidence: evidence({ loss: FINISHED_LOSS, checkpointEpochs: [0, 1] }),
    rule: 'log-finished',
    status: 'COMPLETED',
    reason: null,
    durationSeconds: null,
  },
  {
    situation: 'no sacct; training finished, then a traceback',
    evidence: evidence({ loss: FINISHED_LOSS, checkpointEpochs: [0, 1], failure: TRACEBACK }),
    rule: 'log-finished',
    status: 'COMPLETED',
    reason: /^training finished \(checkpoint epoch_1 saved\), but the log then shows: ValueError/,
  },
  {
    situation:
      'no sacct, epochs not configured; the last epoch the log reached was saved (synthetic log, no bar)',
    evidence: evidence({
      configuredEpochs: null,
      loss: { finalLoss: 0.6234, totalSteps: 20, epochs: 1, epochProgress: null },
      checkpointEpochs: [0],
    }),
    rule: 'log-finished',
    status: 'COMPLETED',
    reason: null,
  },
  {
    situation: 'no sacct; the log was moved into ck-out (cruijff_kit does that only after success)',
    evidence: evidence({ logLocation: 'output', loss: FINISHED_LOSS, checkpointEpochs: [] }),
    rule: 'log-moved-to-output',
    status: 'COMPLETED',
    reason: /^checkpoint epoch_1 is missing/,
  },
  {
    situation: 'no sacct; the log was written a minute ago and shows no end',
    evidence: evidence({ loss: HALFWAY_LOSS, logIdleSeconds: 60 }),
    rule: 'log-still-written',
    status: 'RUNNING',
    reason: 'no SLURM record; the log is still being written; at epoch 1, step 120 (120/250 of the epoch)',
  },
  {
    situation: 'no sacct; an old log stops halfway without an error',
    evidence: evidence({ loss: HALFWAY_LOSS, checkpointEpochs: [], logIdleSeconds: 86_400 }),
    rule: 'log-stopped',
    status: 'FAILED',
    reason:
      'the log stops at epoch 1, step 120 (120/250 of the epoch) with no error in its tail, and no SLURM record says why',
  },
  {
    situation:
      'no sacct; the final epoch’s bar stopped short of the last step although its checkpoint exists',
    evidence: evidence({
      loss: { ...FINISHED_LOSS, epochProgress: { done: 240, total: 250 } },
      checkpointEpochs: [0, 1],
    }),
    rule: 'log-stopped',
    status: 'FAILED',
    reason: /^the log stops at epoch 2, step 500 \(240\/250 of the epoch\)/,
  },
  {
    situation: 'no sacct; a log with no loss line and no error',
    evidence: evidence({}),
    rule: 'log-stopped',
    status: 'FAILED',
    reason: 'the log has no loss line and no error in its tail, and no SLURM record says why',
  },
  {
    situation: 'no sacct, no log, but the final checkpoint exists',
    evidence: evidence({ logLocation: null, checkpointEpochs: [0, 1] }),
    rule: 'final-checkpoint-without-log',
    status: 'COMPLETED',
    reason: 'no training SLURM output found; judged from checkpoint epoch_1',
  },
  {
    situation: 'no sacct, no log, only the first epoch’s checkpoint',
    evidence: evidence({ logLocation: null, checkpointEpochs: [0] }),
    rule: 'checkpoints-without-log',
    status: 'FAILED',
    reason: 'no training SLURM output found; checkpoints only up to epoch_0 of 2 epochs',
  },
  {
    situation: 'no sacct, no log, no checkpoint, but both epochs were evaluated (outputs moved away)',
    evidence: evidence({
      logLocation: null,
      evaluatedEpochs: [0, 1],
      noLogReason: 'no training output in r/',
    }),
    rule: 'evaluated-without-log',
    status: 'COMPLETED',
    reason: 'no training output in r/; inferred from its evaluated checkpoints (up to epoch 1)',
  },
  {
    situation: 'no sacct, no log, no checkpoint, only the first of two epochs evaluated',
    evidence: evidence({ logLocation: null, evaluatedEpochs: [0], noLogReason: 'no training output in r/' }),
    rule: 'evaluated-partly-without-log',
    status: 'PARTIAL',
    reason: 'no training output in r/; but its evaluated checkpoints (up to epoch 0 of 2)',
  },
  {
    situation: 'no log and no job: never started, where the output was looked for as the reason',
    evidence: evidence({ logLocation: null, noLogReason: 'no training output in r/' }),
    rule: 'nothing',
    status: 'NOT_STARTED',
    reason: 'no training output in r/',
    durationSeconds: null,
  },
  {
    situation: 'no log and no job: never started',
    evidence: evidence({ logLocation: null }),
    rule: 'nothing',
    status: 'NOT_STARTED',
    reason: null,
    durationSeconds: null,
  },
  {
    situation: 'a SLURM state this table does not know',
    evidence: evidence({ sacctJob: job('UNKNOWN', { rawState: 'SPECIAL_THING' }) }),
    rule: 'sacct-other',
    status: 'FAILED',
    reason: 'SLURM state SPECIAL_THING',
  },
];

describe('fine-tuning status from sacct and the files, row by row', () => {
  it.each(cases)(
    '$situation → $status ($rule)',
    ({ evidence: input, rule, status, reason, durationSeconds }) => {
      const decided = decideFinetuneStatus(input);
      expect(decided.rule).toBe(rule);
      expect(decided.status).toBe(status);
      if (reason instanceof RegExp) expect(decided.reason).toMatch(reason);
      else expect(decided.reason).toBe(reason);
      if (durationSeconds !== undefined) expect(decided.durationSeconds).toBe(durationSeconds);
    },
  );

  it('every row of the table is exercised by a situation above', () => {
    const exercised = new Set(cases.map((c) => c.rule));
    expect(FINETUNE_STATUS_RULES.map((r) => r.id).filter((id) => !exercised.has(id))).toEqual([]);
  });

  it('rule ids are unique and every row describes itself', () => {
    const ids = FINETUNE_STATUS_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const row of FINETUNE_STATUS_RULES) expect(row.description).toMatch(/→/);
  });

  it('the duration is the job’s Elapsed, null when unknown', () => {
    expect(
      decideFinetuneStatus(evidence({ sacctJob: job('COMPLETED', { elapsedSeconds: null }) }))
        .durationSeconds,
    ).toBeNull();
    expect(
      decideFinetuneStatus(evidence({ sacctJob: job('TIMEOUT', { elapsedSeconds: 86_429 }) }))
        .durationSeconds,
    ).toBe(86_429);
  });
});
