// The training side of each fine-tuned run, decided: its status (by the one table in
// finetune-status.ts), its loss figures, duration and checkpoints. Pure: facts in, facts out.
import type { Experiment } from '../sources/experiment/index.js';
import type { SacctJob } from '../sources/slurm/sacct.js';
import type { StageStatus } from '../sources/slurm/stage-status.js';
import type { FailureEvidence, FinalLoss } from '../sources/slurm/training-log.js';
import { groupBy } from '../util/group-by.js';
import { displayPath } from '../util/paths.js';
import { decideFinetuneStatus } from './finetune-status.js';
import type { TrainingProgress } from './progress.js';

/** What was found and read for one fine-tuned run. */
export interface TrainingEvidence {
  run: string;
  location: { outputDir: string; runDir: string };
  slurmOut: { path: string; jobId: string | null; modifiedMs: number; location: 'output' | 'run' } | null;
  reading: { loss: FinalLoss | null; failure: FailureEvidence | null } | null;
  checkpoints: number[];
  /** Why nothing of this run was read (a name that is not one folder name), or undefined. */
  refused?: string;
}

/** What the training side found for one fine-tuned run, decided. */
export interface TrainingFacts {
  status: StageStatus;
  reason?: string;
  /** The table row that decided (finetune-status.ts). */
  rule: string;
  /** Absolute path of the training SLURM output read, if any. */
  slurmOut: string | null;
  jobId: string | null;
  finalLoss: number | null;
  totalSteps: number | null;
  epochs: number | null;
  durationS: number | null;
  /** Where durationS came from: SLURM accounting, or the progress bars' elapsed times (live.ts). */
  durationSource?: 'sacct' | 'progress-bar';
  /** Where a RUNNING training stands (live.ts). */
  progress?: TrainingProgress;
  checkpoints: number[];
}

export interface TrainingInput {
  experiment: Experiment;
  training: readonly TrainingEvidence[];
  sacctJobs: ReadonlyMap<string, SacctJob>;
  /** Evaluation logs read, with the checkpoint epoch each one's header states. */
  evaluated: ReadonlyArray<{ run: string; summary: { status: string; epoch: number | null } }>;
  now: Date;
  /** output.base_directory as the YAML gives it, when it does not exist here; null otherwise. */
  missingBase?: string | null;
}

/** Fine-tuning facts of each fine-tuned run, keyed by run name, in the order given. */
export function decideTraining(input: TrainingInput): Map<string, TrainingFacts> {
  const { experiment, sacctJobs, now } = input;
  const runByName = new Map(experiment.runs.map((run) => [run.name, run]));
  const evaluatedByRun = groupBy(
    input.evaluated.filter(({ summary }) => summary.status === 'success' && summary.epoch !== null),
    (entry) => entry.run,
  );
  const facts = new Map<string, TrainingFacts>();
  for (const found of input.training) {
    const run = runByName.get(found.run)!;
    const sacctJob = found.slurmOut?.jobId ? (sacctJobs.get(found.slurmOut.jobId) ?? null) : null;
    const logIdleSeconds =
      found.slurmOut && sacctJobs.size === 0
        ? Math.max(0, (now.getTime() - found.slurmOut.modifiedMs) / 1000)
        : null;
    const dir = experiment.dir;
    const decision = decideFinetuneStatus({
      sacctJob,
      logLocation: found.slurmOut?.location ?? null,
      loss: found.reading?.loss ?? null,
      failure: found.reading?.failure ?? null,
      checkpointEpochs: found.checkpoints,
      configuredEpochs: run.epochs ?? experiment.trainingEpochs,
      logIdleSeconds,
      evaluatedEpochs: (evaluatedByRun.get(found.run) ?? []).map(({ summary }) => summary.epoch!),
      noLogReason: `no training output (slurm-*.out) in ${displayPath(dir, found.location.outputDir)}/ or ${displayPath(dir, found.location.runDir)}/`,
    });
    const loss = found.reading?.loss ?? null;
    const refused = found.refused !== undefined;
    const reason = found.refused ?? inferredReason(decision, input.missingBase ?? null);
    facts.set(found.run, {
      status: refused ? 'N/A' : decision.status,
      ...(reason ? { reason } : {}),
      rule: refused ? 'refused-name' : decision.rule,
      slurmOut: found.slurmOut?.path ?? null,
      jobId: found.slurmOut?.jobId ?? null,
      finalLoss: loss?.finalLoss ?? null,
      totalSteps: loss?.totalSteps ?? null,
      epochs: loss?.epochs ?? null,
      durationS: decision.durationSeconds,
      checkpoints: found.checkpoints,
    });
  }
  return facts;
}

/**
 * A status inferred from evaluated checkpoints says why it had to be inferred when the reason is that
 * output.base_directory does not exist on this machine.
 */
function inferredReason(
  decision: { rule: string; reason: string | null },
  missingBase: string | null,
): string | null {
  const inferred =
    decision.rule === 'evaluated-without-log' || decision.rule === 'evaluated-partly-without-log';
  if (!inferred || missingBase === null || decision.reason === null) return decision.reason;
  const upTo = /\(up to epoch [^)]*\)/.exec(decision.reason)?.[0] ?? '';
  return `status inferred from its evaluated checkpoints ${upTo} because output.base_directory ${missingBase} does not exist here; ${decision.reason}`;
}
