// The experiments `npm run bench` measures the CLI on, generated once under bench/.data/:
// - small:     10 fine-tuned runs x 2 tasks x 10 epochs = 200 `.eval` of 500 samples + 10 training logs of 30 MB
// - large:     100 runs, the same shape: 2,000 `.eval` of 500 samples + 100 training logs of 30 MB
// - huge-file: one run with one 1.5 GB `.eval` (1,500 samples of ~1 MiB: only the summaries are needed)
// - 20k-samples: one run with one `.eval` of 20,000 samples (memory must not grow with samples)
// - wide (only when asked for, BENCH_PRESETS=wide; also `npm run bench -- pipeline`): 4,000 small
//   runs, each with 2 `.eval` of 12 samples and a training output (work must not grow faster than
//   the experiment)
// The `.eval` files are real inspect layouts (samples, journal, summaries.json, header.json; deflate).
// The 30 MB training logs are hard links to one file: the readers read their tail, so their page
// cache is the same either way, and the preset does not need 3 GB of disk.
import { existsSync, linkSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { binarySamples, buildEvalLog } from '../scripts/lib/eval-log.js';
import { experimentYaml, logFileName, writeTree, type TreeRun } from '../test/helpers/experiment-tree.js';
import { buildTrainingLog } from '../scripts/lib/training-log.js';
import { BIG_LOG, generateBigLog } from './eval-reader.bench.js';

export const DATA = join(import.meta.dirname, '.data');
/** Bump when the generated content changes, so stale data is regenerated. */
const VERSION = 2;
const TASKS = ['capitalization', 'sentiment'];
const EPOCHS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
const SAMPLES = 500;

export interface Preset {
  name: string;
  dir: string;
  evalLogs: number;
  trainingLogs: number;
  samplesPerLog: number;
}

const sweep = (name: string, runs: number): Preset => ({
  name,
  dir: join(DATA, `preset-${name}.v${VERSION}`),
  evalLogs: runs * TASKS.length * EPOCHS.length,
  trainingLogs: runs,
  samplesPerLog: SAMPLES,
});

export const PRESETS: Preset[] = [
  sweep('small', 10),
  sweep('large', 100),
  {
    name: 'huge-file',
    dir: join(DATA, `preset-huge-file.v${VERSION}`),
    evalLogs: 1,
    trainingLogs: 0,
    samplesPerLog: 1500,
  },
  {
    name: '20k-samples',
    dir: join(DATA, `preset-20k-samples.v${VERSION}`),
    evalLogs: 1,
    trainingLogs: 0,
    samplesPerLog: 20_000,
  },
];

/** Many small runs: guards against work that grows faster than the experiment. */
const WIDE_RUNS = 4000;
export const WIDE: Preset = {
  name: 'wide',
  dir: join(DATA, 'wide-experiment.v1'),
  evalLogs: WIDE_RUNS * 2,
  trainingLogs: WIDE_RUNS,
  samplesPerLog: 12,
};

function write(path: string, data: string | Buffer): void {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, data);
}

/** A 30 MB torchtune output (tqdm renders on `\r`-separated lines), written once and linked. */
function trainingLog(): string {
  const path = join(DATA, `training-30mb.v${VERSION}.out`);
  if (!existsSync(path)) {
    // ~95 bytes per step: 320,000 steps is ~30 MB.
    const text = buildTrainingLog({
      jobId: '1',
      epochs: 10,
      stepsPerEpoch: 32_000,
      loss: (s) => 0.1 + 30 / s,
    });
    write(`${path}.partial`, text);
    renameSync(`${path}.partial`, path);
  }
  return path;
}

/** One log per (task, epoch), shared by every run (the reader does not compare logs across runs). */
function evalLogs(samples: number): Map<string, Buffer> {
  const logs = new Map<string, Buffer>();
  for (const task of TASKS) {
    for (const epoch of EPOCHS) {
      const wrong = Math.round(samples * (0.3 - epoch * 0.02));
      const half = Math.floor(wrong / 2);
      logs.set(
        `${task}\u0000${epoch}`,
        buildEvalLog({
          task,
          model: `hf/Llama-3.2-1B-Instruct_epoch_${epoch}`,
          created: '2026-03-16T13:00:00+00:00',
          samples: binarySamples({
            tp: Math.floor((samples - wrong) / 2),
            tn: samples - wrong - Math.floor((samples - wrong) / 2),
            fp: half,
            fn: wrong - half,
          }),
          metadata: { epoch },
        }),
      );
    }
  }
  return logs;
}

function generateSweep(preset: Preset): void {
  const partial = `${preset.dir}.partial`;
  rmSync(partial, { recursive: true, force: true });
  const runs: TreeRun[] = Array.from({ length: preset.trainingLogs }, (_, i) => ({
    name: `rank${i}`,
    type: 'fine-tuned' as const,
    epochs: EPOCHS,
  }));
  write(
    join(partial, 'experiment_summary.yaml'),
    experimentYaml({ name: preset.name, runs, tasks: TASKS, epochs: EPOCHS.length }),
  );
  const training = trainingLog();
  const logs = evalLogs(preset.samplesPerLog);
  let minute = 0;
  for (const run of runs) {
    const out = join(partial, 'ck-outputs', `ck-out-${run.name}`);
    mkdirSync(out, { recursive: true });
    linkSync(training, join(out, `slurm-${100000 + minute}.out`));
    for (const epoch of EPOCHS) write(join(out, `epoch_${epoch}`, 'adapter_config.json'), '{}');
    for (const task of TASKS) {
      for (const epoch of EPOCHS) {
        minute++;
        const created = `2026-03-16T${String(Math.floor(minute / 60) % 24).padStart(2, '0')}-${String(minute % 60).padStart(2, '0')}-00+00-00`;
        write(
          join(partial, run.name, 'eval', 'logs', logFileName(created, task, `id${minute}`)),
          logs.get(`${task}\u0000${epoch}`)!,
        );
      }
    }
  }
  renameSync(partial, preset.dir);
}

/** One control run evaluated once, on the given log (linked, not copied). */
function generateSingle(preset: Preset, log: string): void {
  const partial = `${preset.dir}.partial`;
  rmSync(partial, { recursive: true, force: true });
  write(
    join(partial, 'experiment_summary.yaml'),
    experimentYaml({
      name: preset.name,
      runs: [{ name: 'base', type: 'control' }],
      tasks: ['capitalization'],
    }),
  );
  const logs = join(partial, 'base', 'eval', 'logs');
  mkdirSync(logs, { recursive: true });
  linkSync(log, join(logs, logFileName('2026-04-20T10-00-00+00-00', 'capitalization', 'big')));
  renameSync(partial, preset.dir);
}

function manySamplesLog(samples: number): string {
  const path = join(DATA, `eval-${samples}-samples.v${VERSION}.eval`);
  if (!existsSync(path)) {
    const wrong = Math.round(samples * 0.2);
    write(
      `${path}.partial`,
      buildEvalLog({
        task: 'capitalization',
        model: 'hf/Llama-3.2-1B-Instruct',
        created: '2026-04-20T10:00:00+00:00',
        samples: binarySamples({
          tp: samples / 2 - wrong / 2,
          tn: samples / 2 - wrong / 2,
          fp: wrong / 2,
          fn: wrong / 2,
        }),
      }),
    );
    renameSync(`${path}.partial`, path);
  }
  return path;
}

/** Makes the preset's experiment unless it is already there. */
function generateWide(): void {
  const partial = `${WIDE.dir}.partial`;
  rmSync(partial, { recursive: true, force: true });
  const runs: TreeRun[] = Array.from({ length: WIDE_RUNS }, (_, i) => ({
    name: `r${i}`,
    type: 'fine-tuned' as const,
    epochs: [0, 1],
  }));
  writeTree(partial, { 'experiment_summary.yaml': experimentYaml({ name: 'wide', runs, tasks: ['t'] }) });
  const training = buildTrainingLog({ jobId: '1', epochs: 2, stepsPerEpoch: 20, loss: (step) => 1 / step });
  const logs = [0, 1].map((epoch) =>
    buildEvalLog({
      task: 't',
      model: 'hf/x',
      created: '2026-03-16T13:00:00+00:00',
      samples: binarySamples({ tp: 5, tn: 5, fp: 1, fn: 1 }),
      metadata: { epoch },
    }),
  );
  for (const { name } of runs) {
    writeTree(partial, {
      [`ck-outputs/ck-out-${name}/slurm-1.out`]: training,
      [`ck-outputs/ck-out-${name}/epoch_0/adapter_config.json`]: '{}',
      [`ck-outputs/ck-out-${name}/epoch_1/adapter_config.json`]: '{}',
      [`${name}/eval/logs/2026-03-16T13-00-00+00-00_t_a.eval`]: logs[0]!,
      [`${name}/eval/logs/2026-03-16T13-00-01+00-00_t_b.eval`]: logs[1]!,
    });
  }
  renameSync(partial, WIDE.dir);
}

export function ensurePreset(preset: Preset): void {
  if (existsSync(preset.dir)) return;
  const started = performance.now();
  if (preset.name === 'huge-file') {
    generateBigLog();
    generateSingle(preset, BIG_LOG);
  } else if (preset.name === '20k-samples') generateSingle(preset, manySamplesLog(preset.samplesPerLog));
  else if (preset.name === 'wide') generateWide();
  else generateSweep(preset);
  console.log(`generated ${preset.dir} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
