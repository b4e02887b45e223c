// The process log (logs/summarize-experiment.log, the skill's logging.md): entries made from what
// each phase found and decided, in the skill's order of actions.
import { formatDiagnostic } from '../render/format.js';
import type { EvalPlacement } from '../model/eval-placement.js';
import type { EvalLogSummary } from '../model/eval-log-summary.js';
import type { ExperimentSummary, ProcessAction, ProcessEvent } from '../model/summary.js';
import type { Experiment } from '../sources/experiment/index.js';
import type { TrainingLogReading } from '../sources/slurm/training-log.js';
import { displayPath } from '../util/paths.js';
import { thousands } from '../util/strings.js';
import type { TrainingOutput } from './discover.js';
import { plannedEvaluations } from './workers.js';
import type { ReadEvalLog, TrainingReading } from './read.js';

/** The skill's order of a log block: the experiment, each run's status, what was extracted, the outcome. */
const ACTION_ORDER: readonly ProcessAction[] = [
  'DISCOVER_EXPERIMENT',
  'PARSE_STATUS',
  'EXTRACT_LOSS',
  'EXTRACT_ACCURACY',
  'GENERATE_SUMMARY',
  'COMPLETE',
];

/** Collects the process log's entries while the summary is built (statuses are decided last). */
export class ProcessLog {
  private readonly recorded: ProcessEvent[] = [];
  constructor(private readonly now: () => Date) {}
  record(action: ProcessAction, subject: string | undefined, lines: Array<[string, string]>): void {
    this.recorded.push({ time: this.now().toISOString(), action, ...(subject ? { subject } : {}), lines });
  }
  /** In the skill's order of actions; entries of one action in the order they were recorded. */
  get events(): ProcessEvent[] {
    const rank = (event: ProcessEvent) => ACTION_ORDER.indexOf(event.action);
    return [...this.recorded].sort((a, b) => rank(a) - rank(b));
  }
}

export function recordDiscovery(log: ProcessLog, experiment: Experiment): void {
  const fineTuned = experiment.runs.filter((run) => run.type === 'fine-tuned').length;
  const plannedCells = plannedEvaluations(experiment);
  log.record('DISCOVER_EXPERIMENT', undefined, [
    ['Details', `${experiment.yamlPath}`],
    [
      'Result',
      `${experiment.name}: ${experiment.runs.length} runs (${fineTuned} fine-tuned, ` +
        `${experiment.runs.length - fineTuned} control), ${experiment.tasks.length} tasks, ` +
        `${plannedCells} evaluations planned`,
    ],
  ]);
}

/** One EXTRACT_LOSS entry per fine-tuned run: which output was read and its last loss. */
export function recordLosses(
  log: ProcessLog,
  dir: string,
  training: readonly TrainingOutput[],
  readings: readonly TrainingReading[],
): void {
  training.forEach((found, index) => {
    log.record('EXTRACT_LOSS', found.run, [
      [
        'Details',
        found.slurmOut
          ? `Parsing ${displayPath(dir, found.slurmOut.path)}`
          : 'Looking for the training SLURM output',
      ],
      ['Result', describeLoss(readings[index]?.reading ?? null, found)],
    ]);
  });
}

function describeLoss(reading: TrainingLogReading | null, found: TrainingOutput): string {
  if (!found.slurmOut) {
    return `N/A (no slurm-*.out in ${found.location.outputDir} or ${found.location.runDir})`;
  }
  if (reading?.error) return `ERROR - ${reading.error}`;
  const loss = reading?.loss;
  if (!loss) return 'N/A (no loss line in the output)';
  return `Final loss = ${loss.finalLoss} (epoch ${loss.epochs}, step ${loss.totalSteps})`;
}

/** The balanced-accuracy bootstraps computed on worker threads (pipeline/bootstraps.ts), when any were. */
export function recordBootstraps(log: ProcessLog, computed: number, threads: number): void {
  if (computed === 0) return;
  log.record('EXTRACT_ACCURACY', undefined, [
    ['Details', `Resampling ${thousands(computed)} distinct sets of balanced-accuracy counts (bootstrap)`],
    ['Result', `on ${threads} worker thread${threads === 1 ? '' : 's'}`],
  ]);
}

/** One EXTRACT_ACCURACY entry per evaluation log: where it was placed and what it says. */
export function recordAccuracies(
  log: ProcessLog,
  experiment: Experiment,
  evaluated: readonly ReadEvalLog[],
  placed: readonly EvalPlacement[],
  threads = 0,
): void {
  if (threads > 0) {
    log.record('EXTRACT_ACCURACY', undefined, [
      ['Details', `Reading ${thousands(evaluated.length)} evaluation logs`],
      ['Result', `on ${threads} worker thread${threads === 1 ? '' : 's'}`],
    ]);
  }
  const runType = new Map(experiment.runs.map((run) => [run.name, run.type]));
  evaluated.forEach(({ run, file, summary }, index) => {
    const placement = placed[index]!;
    const epochPart =
      runType.get(run) === 'control'
        ? 'base'
        : placement.epoch === null
          ? 'epoch?'
          : `epoch${placement.epoch}`;
    log.record('EXTRACT_ACCURACY', `${run}/${placement.task ?? summary.task ?? '?'}/${epochPart}`, [
      ['Details', `Reading ${displayPath(experiment.dir, file)}`],
      ['Result', describeAccuracy(summary, placement.error, placement.status)],
      ...(placement.explanation ? ([['Explanation', placement.explanation]] as Array<[string, string]>) : []),
    ]);
  });
}

function describeAccuracy(
  summary: EvalLogSummary,
  error: string | null,
  status: EvalLogSummary['status'] | 'error',
): string {
  if (status === 'unreadable') return `ERROR - ${error ?? 'unreadable'}`;
  const parts = [
    `Accuracy = ${summary.accuracy ?? 'N/A'}`,
    `samples = ${summary.samples ?? 'N/A'}`,
    `scorer = ${summary.scorer ?? 'none'}`,
  ];
  if (summary.binary) {
    parts.push(`balanced accuracy = ${summary.binary.balanced_accuracy}`, `F1 = ${summary.binary.f1}`);
  }
  const note = status === 'success' ? '' : ` (log status ${status}${error ? `: ${error}` : ''})`;
  return parts.join(', ') + note;
}

/** Each run's status, what was generated, and how long it took. */
export function recordOutcome(log: ProcessLog, summary: ExperimentSummary, startedAt: Date, now: Date): void {
  for (const run of summary.runs) {
    const reason = run.finetune.reason ? ` (${run.finetune.reason})` : '';
    log.record('PARSE_STATUS', run.name, [
      ['Result', `fine-tuning ${run.finetune.status}${reason}, evaluation ${run.evaluation.status}`],
    ]);
  }
  const best = summary.best.map(
    (b) => `${b.task}: ${b.run}${b.epoch === null ? '' : ` epoch ${b.epoch}`} ${b.metric} ${b.value}`,
  );
  log.record('GENERATE_SUMMARY', undefined, [
    ['Details', 'Writing summary.md and summary.json'],
    [
      'Result',
      `${summary.complete}/${summary.total} complete${best.length ? `; best ${best.join('; ')}` : ''}`,
    ],
    ...(summary.baseline
      ? ([
          [
            'Baseline',
            `${summary.baseline.source}: ${summary.baseline.regressions} regressed, ${summary.baseline.improvements} improved of ${summary.baseline.compared} rows compared`,
          ],
        ] as Array<[string, string]>)
      : []),
    ...summary.warnings.map((w): [string, string] => [
      w.level === 'error' ? 'Error' : 'Warning',
      formatDiagnostic(w),
    ]),
  ]);
  const losses = summary.training.filter((t) => t.final_loss !== null).length;
  const accuracies = summary.evaluations.filter((e) => e.accuracy !== null).length;
  log.record('COMPLETE', undefined, [
    [
      'Summary',
      `${losses} loss values extracted, ${accuracies} accuracy values extracted, ${summary.warnings.length} warnings`,
    ],
    ['Duration', `${Math.round((now.getTime() - startedAt.getTime()) / 1000)} seconds`],
  ]);
}
