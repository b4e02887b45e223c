// The status of a fine-tuning run from SLURM accounting and the files together.
//
// Neither source is enough alone: a CUDA OOM exits 1, so sacct says FAILED and only the log says
// why; cruijff_kit's job script ends in `if [ $? -eq 0 ]; then mv …; fi`, which exits 0 even when
// training failed, so sacct can say COMPLETED over a traceback; and sacct is often unavailable, so
// the files must stand alone. The rules are one table, read top to bottom; the first that applies
// decides.
import type { StageStatus } from './summary.js';
import type { FailureEvidence, FinalLoss } from '../sources/slurm/training-log.js';
import { UNFINISHED_SLURM_STATES, type SacctJob, type SlurmJobState } from '../sources/slurm/sacct.js';

export interface FinetuneEvidence {
  /** The fine-tune job's allocation row; null when sacct is unavailable or has no such job. */
  sacctJob: Pick<SacctJob, 'state' | 'rawState' | 'elapsedSeconds' | 'exitCode'> | null;
  /** Where the training SLURM output was found; null when there is none. */
  logLocation: 'output' | 'run' | null;
  /** The last loss render of that log (null when none, or no log). */
  loss: FinalLoss | null;
  /** Failure evidence from the log's tail (null when it shows none, or no log). */
  failure: FailureEvidence | null;
  /** 0-based epochs with an `epoch_N` checkpoint folder. */
  checkpointEpochs: number[];
  /** Epochs the run was configured to train, when the experiment says; null when unknown. */
  configuredEpochs: number | null;
  /** Seconds since the log was last written, when known: a recent write means training goes on. */
  logIdleSeconds?: number | null;
  /** 0-based checkpoint epochs that have a successful evaluation log (they prove training ran). */
  evaluatedEpochs?: number[];
  /** Where the training output was looked for, when there is none: the reason of rows with nothing better. */
  noLogReason?: string | null;
}

export interface FinetuneStatus {
  status: StageStatus;
  /** One human line: why it is not COMPLETED, or a caveat when it is; null when nothing to say. */
  reason: string | null;
  /** The job's Elapsed; null when unknown (no sacct row, or still pending). */
  durationSeconds: number | null;
  /** The id of the decision-table row that decided, for the process log. */
  rule: string;
}

/** Facts the table's rows test, derived once from the evidence. */
export interface FinetuneFacts {
  evidence: FinetuneEvidence;
  sacctState: SlurmJobState | null;
  hasLog: boolean;
  /** The 0-based epoch whose checkpoint means training finished, when it can be known. */
  finalEpoch: number | null;
  finalCheckpointPresent: boolean;
  /** The log's last render is the last step of the final epoch (its bar at n == total when shown). */
  lossReachedLastStep: boolean;
  /**
   * The log reached the last step and the final checkpoint exists. An error printed after that
   * (wandb sync, a late teardown traceback) does not undo the training.
   */
  trainingFinished: boolean;
}

export interface FinetuneRule {
  id: string;
  /** The row as a sentence: when it applies → what it decides. */
  description: string;
  applies: (facts: FinetuneFacts) => boolean;
  status: (facts: FinetuneFacts) => StageStatus;
  reason: (facts: FinetuneFacts) => string | null;
}

/** If the log was written this recently and nothing says it ended, training is still going. */
export const STILL_RUNNING_IDLE_SECONDS = 30 * 60;

const CAUSE_STATUSES: ReadonlySet<StageStatus> = new Set<StageStatus>(['TIMEOUT', 'PREEMPTED', 'NODE_FAIL']);

function formatSeconds(total: number): string {
  const s = Math.round(total);
  const d = Math.floor(s / 86_400);
  const h = Math.floor((s % 86_400) / 3600);
  const m = Math.floor((s % 3600) / 60);
  const parts = [d ? `${d}d` : '', h ? `${h}h` : '', m ? `${m}m` : '', `${s % 60}s`].filter(Boolean);
  return parts.join(' ');
}

/** `epoch 2, step 480 (240/250)`, or null when the log has no loss render. */
function progress(facts: FinetuneFacts): string | null {
  const loss = facts.evidence.loss;
  if (!loss) return null;
  const bar = loss.epochProgress
    ? ` (${loss.epochProgress.done}/${loss.epochProgress.total} of the epoch)`
    : '';
  return `epoch ${loss.epochs}, step ${loss.totalSteps}${bar}`;
}

function lastLossNote(facts: FinetuneFacts): string {
  const where = progress(facts);
  return where ? `; last loss at ${where}` : '';
}

function joinReason(...parts: Array<string | null | undefined>): string | null {
  const text = parts.filter((p): p is string => Boolean(p)).join('; ');
  return text === '' ? null : text;
}

function finishedButNote(facts: FinetuneFacts): string {
  return `training finished (checkpoint epoch_${facts.finalEpoch} saved), but the log then shows: ${failureReason(facts)}`;
}

function cancelledBy(rawState: string): string | null {
  const uid = / by (\d+)/.exec(rawState)?.[1];
  return uid ? `cancelled by user id ${uid}` : null;
}

function exitNote(facts: FinetuneFacts): string | null {
  const exit = facts.evidence.sacctJob?.exitCode;
  if (!exit) return null;
  return exit.signal ? `killed by signal ${exit.signal}` : `exit code ${exit.exitStatus}`;
}

const state =
  (...states: SlurmJobState[]) =>
  (facts: FinetuneFacts) =>
    facts.sacctState !== null && states.includes(facts.sacctState);
const failureIs =
  (...statuses: StageStatus[]) =>
  (facts: FinetuneFacts) =>
    facts.evidence.failure !== null && statuses.includes(facts.evidence.failure.status);
const fixed = (status: StageStatus) => () => status;
const fromFailure = (facts: FinetuneFacts): StageStatus => facts.evidence.failure?.status ?? 'FAILED';
const failureReason = (facts: FinetuneFacts): string | null => facts.evidence.failure?.reason ?? null;
const noSacct = (facts: FinetuneFacts) => facts.sacctState === null;
const noLogReason = (facts: FinetuneFacts) => facts.evidence.noLogReason ?? 'no training output found';
/** The last evaluated checkpoint epoch; null when none was evaluated. */
const evaluatedUpTo = (facts: FinetuneFacts): number | null => {
  const epochs = facts.evidence.evaluatedEpochs ?? [];
  return epochs.length > 0 ? Math.max(...epochs) : null;
};
const evaluatedAll = (facts: FinetuneFacts): boolean => {
  const configured = facts.evidence.configuredEpochs;
  return configured === null || (evaluatedUpTo(facts) ?? -1) + 1 >= configured;
};

/** The decision table. Order matters: the first row that applies decides. */
export const FINETUNE_STATUS_RULES: readonly FinetuneRule[] = [
  {
    id: 'sacct-pending',
    description: 'sacct says PENDING → PENDING',
    applies: state('PENDING'),
    status: fixed('PENDING'),
    reason: () => 'waiting in the SLURM queue',
  },
  {
    id: 'sacct-running',
    description: 'sacct says RUNNING (or COMPLETING, SUSPENDED, REQUEUED, …) → RUNNING',
    applies: (f) => f.sacctState !== null && UNFINISHED_SLURM_STATES.has(f.sacctState),
    status: fixed('RUNNING'),
    reason: (f) =>
      joinReason(
        f.sacctState !== 'RUNNING' ? `SLURM state ${f.evidence.sacctJob?.rawState}` : null,
        progress(f) ? `at ${progress(f)}` : null,
      ),
  },
  {
    id: 'oom-in-log',
    description:
      'the job ended (or sacct is silent) and the log shows a CUDA or host OOM before training finished → OUT_OF_MEMORY',
    applies: (f) => failureIs('OUT_OF_MEMORY')(f) && !f.trainingFinished,
    status: fixed('OUT_OF_MEMORY'),
    reason: failureReason,
  },
  {
    id: 'sacct-out-of-memory',
    description: 'sacct says OUT_OF_MEMORY, the log does not say more → OUT_OF_MEMORY',
    applies: state('OUT_OF_MEMORY'),
    status: fixed('OUT_OF_MEMORY'),
    reason: (f) => `SLURM killed the job for using more host memory than requested${lastLossNote(f)}`,
  },
  {
    id: 'sacct-timeout',
    description: 'sacct says TIMEOUT (or DEADLINE) → TIMEOUT',
    applies: state('TIMEOUT', 'DEADLINE'),
    status: fixed('TIMEOUT'),
    reason: (f) => {
      const elapsed = f.evidence.sacctJob?.elapsedSeconds;
      const limit = f.sacctState === 'DEADLINE' ? 'its deadline' : 'the SLURM time limit';
      return `hit ${limit}${elapsed != null ? ` after ${formatSeconds(elapsed)}` : ''}${lastLossNote(f)}`;
    },
  },
  {
    id: 'sacct-preempted',
    description: 'sacct says PREEMPTED → PREEMPTED',
    applies: state('PREEMPTED'),
    status: fixed('PREEMPTED'),
    reason: (f) => `preempted by a higher-priority job${lastLossNote(f)}`,
  },
  {
    id: 'sacct-node-fail',
    description: 'sacct says NODE_FAIL or BOOT_FAIL → NODE_FAIL',
    applies: state('NODE_FAIL', 'BOOT_FAIL'),
    status: fixed('NODE_FAIL'),
    reason: (f) =>
      `${f.sacctState === 'BOOT_FAIL' ? 'the node failed to boot' : 'the node failed'}${lastLossNote(f)}`,
  },
  {
    id: 'cancelled-log-names-cause',
    description: 'sacct says CANCELLED and the log names a time limit, preemption or node failure → that',
    applies: (f) =>
      state('CANCELLED')(f) && f.evidence.failure !== null && CAUSE_STATUSES.has(f.evidence.failure.status),
    status: fromFailure,
    reason: failureReason,
  },
  {
    id: 'sacct-cancelled',
    description: 'sacct says CANCELLED → CANCELLED',
    applies: state('CANCELLED'),
    status: fixed('CANCELLED'),
    reason: (f) =>
      joinReason(
        cancelledBy(f.evidence.sacctJob?.rawState ?? '') ?? failureReason(f) ?? 'cancelled',
        progress(f) ? `at ${progress(f)}` : null,
      ),
  },
  {
    id: 'sacct-failed',
    description: 'sacct says FAILED → FAILED, with the log’s error line when it has one',
    applies: state('FAILED'),
    status: (f) =>
      f.evidence.failure && f.evidence.failure.status !== 'CANCELLED' ? f.evidence.failure.status : 'FAILED',
    reason: (f) => failureReason(f) ?? joinReason(exitNote(f), 'no error found in the log tail'),
  },
  {
    id: 'completed-but-log-failed',
    description:
      'sacct says COMPLETED but the log shows a failure → the log’s status (the job script hid the error)',
    applies: (f) => state('COMPLETED')(f) && f.evidence.failure !== null && !f.trainingFinished,
    status: fromFailure,
    reason: (f) => `${failureReason(f)} (SLURM says COMPLETED: the job script did not pass the error on)`,
  },
  {
    id: 'sacct-completed',
    description: 'sacct says COMPLETED → COMPLETED (with a caveat when the files disagree)',
    applies: state('COMPLETED'),
    status: fixed('COMPLETED'),
    reason: (f) =>
      f.evidence.failure
        ? finishedButNote(f)
        : f.finalEpoch !== null && !f.finalCheckpointPresent && f.hasLog
          ? `SLURM says COMPLETED but checkpoint epoch_${f.finalEpoch} is missing${lastLossNote(f)}`
          : null,
  },
  {
    id: 'log-failure',
    description: 'no sacct row; the log shows a failure before training finished → the log’s status',
    applies: (f) => noSacct(f) && f.evidence.failure !== null && !f.trainingFinished,
    status: fromFailure,
    reason: failureReason,
  },
  {
    id: 'log-finished',
    description:
      'no sacct row; final epoch checkpoint present and the loss reached the last step → COMPLETED',
    applies: (f) => noSacct(f) && f.trainingFinished,
    status: fixed('COMPLETED'),
    reason: (f) => (f.evidence.failure ? finishedButNote(f) : null),
  },
  {
    id: 'log-moved-to-output',
    description:
      'no sacct row; the log sits in ck-out, where cruijff_kit moves it only after success → COMPLETED',
    applies: (f) => noSacct(f) && f.evidence.logLocation === 'output',
    status: fixed('COMPLETED'),
    reason: (f) =>
      f.finalEpoch !== null && !f.finalCheckpointPresent
        ? `checkpoint epoch_${f.finalEpoch} is missing${lastLossNote(f)}`
        : null,
  },
  {
    id: 'log-still-written',
    description: 'no sacct row; the log was written in the last 30 minutes and shows no end → RUNNING',
    applies: (f) =>
      noSacct(f) &&
      f.hasLog &&
      f.evidence.logIdleSeconds != null &&
      f.evidence.logIdleSeconds < STILL_RUNNING_IDLE_SECONDS,
    status: fixed('RUNNING'),
    reason: (f) =>
      joinReason('no SLURM record; the log is still being written', progress(f) ? `at ${progress(f)}` : null),
  },
  {
    id: 'log-stopped',
    description: 'no sacct row; the log stops without finishing and without an error → FAILED',
    applies: (f) => noSacct(f) && f.hasLog,
    status: fixed('FAILED'),
    reason: (f) =>
      progress(f)
        ? `the log stops at ${progress(f)} with no error in its tail, and no SLURM record says why`
        : 'the log has no loss line and no error in its tail, and no SLURM record says why',
  },
  {
    id: 'final-checkpoint-without-log',
    description: 'no sacct row, no log; the final epoch checkpoint exists → COMPLETED (with a caveat)',
    applies: (f) => noSacct(f) && !f.hasLog && f.finalCheckpointPresent,
    status: fixed('COMPLETED'),
    reason: (f) => `no training SLURM output found; judged from checkpoint epoch_${f.finalEpoch}`,
  },
  {
    id: 'checkpoints-without-log',
    description: 'no sacct row, no log; only earlier epoch checkpoints exist → FAILED',
    applies: (f) => noSacct(f) && !f.hasLog && f.evidence.checkpointEpochs.length > 0,
    status: fixed('FAILED'),
    reason: (f) => {
      const last = Math.max(...f.evidence.checkpointEpochs);
      const of = f.evidence.configuredEpochs !== null ? ` of ${f.evidence.configuredEpochs} epochs` : '';
      return `no training SLURM output found; checkpoints only up to epoch_${last}${of}`;
    },
  },
  {
    id: 'evaluated-without-log',
    description:
      'no sacct row, no log, no checkpoint; the final epoch was evaluated → COMPLETED (it ran elsewhere, or its outputs moved)',
    applies: (f) => noSacct(f) && !f.hasLog && evaluatedUpTo(f) !== null && evaluatedAll(f),
    status: fixed('COMPLETED'),
    reason: (f) =>
      `${noLogReason(f)}; inferred from its evaluated checkpoints (up to epoch ${evaluatedUpTo(f)})`,
  },
  {
    id: 'evaluated-partly-without-log',
    description: 'no sacct row, no log, no checkpoint; earlier epochs were evaluated → PARTIAL',
    applies: (f) => noSacct(f) && !f.hasLog && evaluatedUpTo(f) !== null,
    status: fixed('PARTIAL'),
    reason: (f) =>
      `${noLogReason(f)}; but its evaluated checkpoints (up to epoch ${evaluatedUpTo(f)} of ${f.evidence.configuredEpochs})`,
  },
  {
    id: 'nothing',
    description: 'no sacct row, no log, no checkpoint → NOT_STARTED',
    applies: (f) => noSacct(f) && !f.hasLog,
    status: fixed('NOT_STARTED'),
    reason: () => null,
  },
  {
    id: 'sacct-other',
    description: 'any other SLURM state (REVOKED, SPECIAL_EXIT, unknown) → FAILED, naming the state',
    applies: () => true,
    status: fixed('FAILED'),
    reason: (f) => joinReason(`SLURM state ${f.evidence.sacctJob?.rawState ?? 'unknown'}`, failureReason(f)),
  },
];

export function finetuneFacts(evidence: FinetuneEvidence): FinetuneFacts {
  const { loss, checkpointEpochs, configuredEpochs } = evidence;
  // The checkpoint that means "done": the configured last epoch, else the last epoch the log reached.
  const finalEpoch = configuredEpochs !== null ? configuredEpochs - 1 : loss ? loss.epochs - 1 : null;
  const finalCheckpointPresent = finalEpoch !== null && checkpointEpochs.includes(finalEpoch);
  const barDone = loss?.epochProgress ? loss.epochProgress.done >= loss.epochProgress.total : true;
  const lossReachedLastStep =
    loss !== null && barDone && (configuredEpochs === null || loss.epochs >= configuredEpochs);
  return {
    evidence,
    sacctState: evidence.sacctJob?.state ?? null,
    hasLog: evidence.logLocation !== null,
    finalEpoch,
    finalCheckpointPresent,
    lossReachedLastStep,
    trainingFinished: evidence.logLocation !== null && finalCheckpointPresent && lossReachedLastStep,
  };
}

export function decideFinetuneStatus(evidence: FinetuneEvidence): FinetuneStatus {
  const facts = finetuneFacts(evidence);
  // The last row applies to everything, so find() always succeeds.
  const rule = FINETUNE_STATUS_RULES.find((row) => row.applies(facts)) ?? FINETUNE_STATUS_RULES.at(-1)!;
  const elapsed = evidence.sacctJob?.elapsedSeconds ?? null;
  return {
    status: rule.status(facts),
    // Rows with nothing better to say about a run without output say where it was looked for.
    reason: rule.reason(facts) ?? (facts.hasLog ? null : (evidence.noLogReason ?? null)),
    durationSeconds: facts.sacctState === 'PENDING' ? null : elapsed,
    rule: rule.id,
  };
}
