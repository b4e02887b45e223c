// The whole job on a large experiment: 60 fine-tuned runs and a control, 2 tasks, 5 epochs each
// (610 evaluation logs of 400 samples), every run with a 2 MB training output whose renders are
// `\r`-separated. Measured in a child process: wall time and peak RSS of summarizeExperiment.
import { execFileSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { binarySamples, buildEvalLog } from '../test/helpers/eval-log.js';
import { experimentYaml, logFileName, writeTree, type TreeRun } from '../test/helpers/experiment-tree.js';
import { buildTrainingLog } from '../test/helpers/training-log.js';

const DATA = join(import.meta.dirname, '.data');
const EXPERIMENT = join(DATA, 'large-experiment.v1');
const RUNS = 60;
const EPOCHS = [0, 1, 2, 3, 4];
const TASKS = ['capitalization', 'sentiment'];

function generate(): void {
  const partial = `${EXPERIMENT}.partial`;
  rmSync(partial, { recursive: true, force: true });
  const runs: TreeRun[] = [
    ...Array.from({ length: RUNS }, (_, i) => ({
      name: `rank${i}`,
      type: 'fine-tuned' as const,
      epochs: EPOCHS,
    })),
    { name: 'base', type: 'control' },
  ];
  writeTree(partial, {
    'experiment_summary.yaml': experimentYaml({ name: 'large', runs, tasks: TASKS, epochs: 5 }),
  });
  let minute = 0;
  for (const run of runs) {
    const files: Record<string, string | Buffer> = {};
    if (run.type === 'fine-tuned') {
      const jobId = String(100000 + minute);
      files[`ck-outputs/ck-out-${run.name}/slurm-${jobId}.out`] = buildTrainingLog({
        jobId,
        epochs: 5,
        stepsPerEpoch: 2000,
        loss: (step) => 0.1 + 3 / step,
      });
      for (const epoch of EPOCHS)
        files[`ck-outputs/ck-out-${run.name}/epoch_${epoch}/adapter_config.json`] = '{}';
    }
    for (const task of TASKS) {
      for (const epoch of run.type === 'control' ? [null] : EPOCHS) {
        minute++;
        const created = `2026-03-16T${String(Math.floor(minute / 60) % 24).padStart(2, '0')}-${String(minute % 60).padStart(2, '0')}-00+00-00`;
        files[`${run.name}/eval/logs/${logFileName(created, task, `id${minute}`)}`] = buildEvalLog({
          task,
          model: epoch === null ? `hf/${run.name}` : `hf/${run.name}_epoch_${epoch}`,
          created: '2026-03-16T13:00:00+00:00',
          samples: binarySamples({ tp: 150, tn: 120, fp: 70, fn: 60 }),
          ...(epoch === null ? {} : { metadata: { epoch } }),
        });
      }
    }
    writeTree(partial, files);
  }
  renameSync(partial, EXPERIMENT);
}

export async function run(): Promise<void> {
  if (!existsSync(EXPERIMENT)) {
    const started = performance.now();
    generate();
    console.log(`generated ${EXPERIMENT} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  const output = execFileSync(
    process.execPath,
    ['--import', 'tsx', join(import.meta.dirname, 'pipeline.child.ts'), EXPERIMENT],
    {
      encoding: 'utf8',
    },
  );
  const result = JSON.parse(output) as {
    ms: number;
    maxRssMb: number;
    complete: number;
    total: number;
    evaluations: number;
    losses: number;
  };
  console.log(
    `whole job, ${result.total} runs, ${result.evaluations} evaluation logs of 400 samples, ${result.losses} training outputs of ~2 MB: ` +
      `${(result.ms / 1000).toFixed(2)} s, peak RSS ${result.maxRssMb.toFixed(0)} MB (${result.complete}/${result.total} complete)`,
  );
}
