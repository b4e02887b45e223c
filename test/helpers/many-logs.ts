// An experiment of 96 evaluation logs (24 fine-tuned runs × 2 tasks × 2 epochs), above the threshold
// for worker threads, with different confusion matrices, a damaged log (the 7th) and a zstd log
// among them: for the tests that read logs on worker threads (the CLI's and the Action's).
import { binarySamples, buildEvalLog } from '../../scripts/lib/eval-log.js';
import { experimentYaml, logFileName, writeTree, type TreeRun } from './experiment-tree.js';

export function manyLogsExperiment(dir: string): void {
  const runs: TreeRun[] = Array.from({ length: 24 }, (_, i) => ({
    name: `r${i}`,
    type: 'fine-tuned' as const,
    epochs: [0, 1],
  }));
  const files: Record<string, string | Buffer> = {
    'experiment_summary.yaml': experimentYaml({ name: 'workers', runs, tasks: ['a', 'b'] }),
  };
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
                samples: binarySamples({ tp: 5 + (n % 4), tn: 6, fp: n % 3, fn: 1 + (n % 5) }),
                metadata: { epoch },
                ...(n % 10 === 0 ? { method: 'zstd' as const } : {}),
              });
      }
    }
  }
  writeTree(dir, files);
}
