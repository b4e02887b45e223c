// An experiment of 96 evaluation logs (24 fine-tuned runs × 2 tasks × 2 epochs), above the threshold
// for worker threads, with different confusion matrices, a damaged log (the 7th) and a zstd log
// among them, and a training output per run (completed, out of memory, cut by the time limit, and
// one that is not text at all): for the tests that read on worker threads (the CLI's and the Action's).
// `sameAnswers`: every log the same confusion matrix (too few distinct bootstraps for the workers).
import { binarySamples, buildEvalLog } from '../../scripts/lib/eval-log.js';
import { buildTrainingLog, type TrainingEnding } from '../../scripts/lib/training-log.js';
import { experimentYaml, logFileName, writeTree, type TreeRun } from './experiment-tree.js';

export function manyLogsExperiment(dir: string, options: { sameAnswers?: boolean } = {}): void {
  const runs: TreeRun[] = Array.from({ length: 24 }, (_, i) => ({
    name: `r${i}`,
    type: 'fine-tuned' as const,
    epochs: [0, 1],
  }));
  const files: Record<string, string | Buffer> = {
    'experiment_summary.yaml': experimentYaml({ name: 'workers', runs, tasks: ['a', 'b'] }),
  };
  const endings: TrainingEnding[] = ['completed', 'completed', 'cuda-oom', 'timeout'];
  runs.forEach(({ name }, i) => {
    const jobId = String(4_100_000 + i);
    const ending = endings[i % endings.length]!;
    files[`ck-outputs/ck-out-${name}/slurm-${jobId}.out`] =
      i === 5
        ? Buffer.from([0, 159, 146, 150, 0, 0, 255])
        : buildTrainingLog({
            jobId,
            epochs: 2,
            stepsPerEpoch: 40 + i,
            loss: (step) => 0.3 + (1 + (i % 3)) / step,
            ending,
            ...(ending === 'completed' ? {} : { stopAfterStep: 50 }),
          });
    if (ending === 'completed' && i !== 5) {
      for (const epoch of [0, 1])
        files[`ck-outputs/ck-out-${name}/epoch_${epoch}/adapter_config.json`] = '{}\n';
    }
  });
  let n = 0;
  for (const { name } of runs) {
    for (const task of ['a', 'b']) {
      for (const epoch of [0, 1]) {
        n++;
        const file = `${name}/eval/logs/${logFileName(`2026-03-16T13-${String(n % 60).padStart(2, '0')}-00+00-00`, task, `id${n}`)}`;
        files[file] =
          n === 7
            ? Buffer.from('not a zip at all')
            : buildEvalLog({
                task,
                model: `hf/${name}_epoch_${epoch}`,
                created: '2026-03-16T13:00:00+00:00',
                samples: binarySamples(
                  options.sameAnswers
                    ? { tp: 6, tn: 6, fp: 1, fn: 2 }
                    : { tp: 5 + (n % 4), tn: 6, fp: n % 3, fn: 1 + (n % 5) },
                ),
                metadata: { epoch },
                ...(n % 10 === 0 ? { method: 'zstd' as const } : {}),
              });
      }
    }
  }
  writeTree(dir, files);
}
