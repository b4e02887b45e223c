// The whole job on a large experiment: 60 fine-tuned runs and a control, 2 tasks, 5 epochs each
// (610 evaluation logs of 400 samples), every run with a 2 MB training output whose renders are
// `\r`-separated; then the same sweep with a different answer sheet per log. Measured in a child
// process: wall time and peak RSS of summarizeExperiment.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { binarySamples, buildEvalLog, type EvalSampleSpec } from '../scripts/lib/eval-log.js';
import { mulberry32 } from '../src/model/stats/random.js';
import { experimentYaml, logFileName, writeTree, type TreeRun } from '../test/helpers/experiment-tree.js';
import { buildTrainingLog } from '../scripts/lib/training-log.js';
import { readLossCurve } from '../src/sources/slurm/loss-curve.js';
import { MAX_CHART_LINES } from '../src/render/charts.js';
import { ensurePreset, WIDE } from './presets.js';

const DATA = join(import.meta.dirname, '.data');
const EXPERIMENT = join(DATA, 'large-experiment.v1');
/**
 * The same sweep with a different answer sheet per log (the same questions and targets): what a
 * real sweep looks like to the statistics, where no two logs share their counts and every interval
 * and paired comparison is resampled anew. In the one above every log is the same, so they are not.
 */
const DISTINCT = join(DATA, 'large-experiment-distinct.v1');
const RUNS = 60;
const EPOCHS = [0, 1, 2, 3, 4];
const TASKS = ['capitalization', 'sentiment'];

/** 400 samples, targets fixed per id; this log answers right with probability 0.55…0.95 by `seed`. */
function distinctSamples(seed: number): EvalSampleSpec[] {
  const uniform = mulberry32(seed);
  const skill = 0.55 + (seed % 41) / 100;
  return Array.from({ length: 400 }, (_, i) => {
    const target = (i * 7919) % 5 < 2 ? '1' : '0';
    const right = uniform() < skill;
    return { id: i + 1, target, prediction: right ? target : target === '1' ? '0' : '1' };
  });
}

function generate(dir: string, distinct: boolean): void {
  const partial = `${dir}.partial`;
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
          samples: distinct ? distinctSamples(minute) : binarySamples({ tp: 150, tn: 120, fp: 70, fn: 60 }),
          ...(epoch === null ? {} : { metadata: { epoch } }),
        });
      }
    }
    writeTree(partial, files);
  }
  renameSync(partial, dir);
}

function measure(experiment: string) {
  const output = execFileSync(
    process.execPath,
    ['--import', 'tsx', join(import.meta.dirname, 'pipeline.child.ts'), experiment],
    { encoding: 'utf8' },
  );
  return JSON.parse(output) as {
    ms: number;
    maxRssMb: number;
    complete: number;
    total: number;
    evaluations: number;
    losses: number;
    /** summary.json, with every evaluation's sample fingerprint and per-sample scores (floor: 2 MB). */
    jsonBytes: number;
  };
}

export async function run(): Promise<void> {
  for (const [dir, make] of [
    [EXPERIMENT, () => generate(EXPERIMENT, false)],
    [DISTINCT, () => generate(DISTINCT, true)],
  ] as const) {
    if (!existsSync(dir)) {
      const started = performance.now();
      make();
      console.log(`generated ${dir} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    }
  }
  const large = measure(EXPERIMENT);
  console.log(
    `whole job, ${large.total} runs, ${large.evaluations} evaluation logs of 400 samples, ${large.losses} training outputs of ~2 MB: ` +
      `${(large.ms / 1000).toFixed(2)} s, peak RSS ${large.maxRssMb.toFixed(0)} MB (${large.complete}/${large.total} complete); ` +
      `summary.json ${(large.jsonBytes / 1024).toFixed(0)} KiB (floor 2048 KiB)`,
  );
  const distinct = measure(DISTINCT);
  console.log(
    `the same with a different answer sheet per log (every interval and comparison resampled anew): ` +
      `${(distinct.ms / 1000).toFixed(2)} s, peak RSS ${distinct.maxRssMb.toFixed(0)} MB ` +
      `(+${((distinct.ms - large.ms) / distinct.evaluations).toFixed(2)} ms per log)`,
  );
  await curveBytes(EXPERIMENT);
  ensurePreset(WIDE);
  const wide = measure(WIDE.dir);
  console.log(
    `whole job, ${wide.total} small runs, ${wide.evaluations} evaluation logs: ${(wide.ms / 1000).toFixed(2)} s ` +
      `(${(wide.ms / wide.total).toFixed(2)} ms/run), peak RSS ${wide.maxRssMb.toFixed(0)} MB (${wide.complete}/${wide.total} complete)`,
  );
}

/** What the charts' loss curves add to the job's reading: bytes read of the training outputs. */
async function curveBytes(experiment: string): Promise<void> {
  const outputs = join(experiment, 'ck-outputs');
  let read = 0;
  let size = 0;
  let count = 0;
  for (const run of readdirSync(outputs)) {
    for (const file of readdirSync(join(outputs, run)).filter((name) => name.endsWith('.out'))) {
      const curve = await readLossCurve(join(outputs, run, file));
      read += curve.bytesRead;
      size += curve.fileSize;
      count++;
    }
  }
  const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  const drawn = Math.min(count, MAX_CHART_LINES);
  console.log(
    `  extra reads for the charts' loss curves: ${mb(read / count)} per training output of ${mb(size / count)} ` +
      `(${((100 * read) / size).toFixed(1)}%); the job reads only the ${drawn} drawn: ${mb((drawn * read) / count)} in all`,
  );
}
