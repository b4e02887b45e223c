import { readFileSync } from 'node:fs';
import { stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTqdmBars, type TqdmDurationOptions } from '../../../src/sources/slurm/tqdm-duration.js';

const readTqdmDuration = async (path: string, options?: TqdmDurationOptions) =>
  (await readTqdmBars(path, options)).duration;
import { readTqdmProgress } from '../../../src/sources/slurm/tqdm.js';
import { buildTrainingLog } from '../../../scripts/lib/training-log.js';
import { useTempDir } from '../../helpers/temp-dir.js';

const tempDir = useTempDir('tqdm-duration-');

describe('training time from the bars', () => {
  it('sums the realistic fixture’s epochs, each at its closing repeat', async () => {
    const file = join(tempDir(), 'realistic.out');
    await writeFile(
      file,
      readFileSync(
        new URL('../../fixtures/cruijff_kit/slurm_training_output.realistic_HEAD.txt', import.meta.url),
      ),
    );
    // Epoch 1 ends at its ghost [02:28] = 148 s, epoch 2 at its closing repeat [02:26] = 146 s: 294 s.
    expect(await readTqdmDuration(file)).toMatchObject({ seconds: 294, epochs: [1, 2] });
  });

  it('finds every epoch’s end in a large output by bisection, reading a fraction of it', async () => {
    const file = join(tempDir(), 'large.out');
    // The helper draws step n of an epoch at n × 0.46 s: 3000 steps end at 1380 s (23:00).
    await writeFile(
      file,
      buildTrainingLog({ jobId: '5', epochs: 4, stepsPerEpoch: 3000, loss: (s) => 1 / s }),
    );
    const size = (await stat(file)).size;
    const whole = await readTqdmDuration(file, { fullReadBytes: 8 * 1024 * 1024 });
    // 4 epochs × 1380 s = 5520 s.
    expect(whole).toMatchObject({ seconds: 5520, epochs: [1, 2, 3, 4] });
    expect(whole!.bytesRead).toBeGreaterThanOrEqual(size);
    const bisected = await readTqdmDuration(file, { fullReadBytes: 64 * 1024, windowBytes: 8 * 1024 });
    expect(bisected).toMatchObject({ seconds: 5520, epochs: [1, 2, 3, 4] });
    expect(bisected!.bytesRead).toBeLessThan(size / 4);
  });

  it('finds the epoch ends of an irregular output, where guessing from the progress misleads', async () => {
    const file = join(tempDir(), 'irregular.out');
    const log = buildTrainingLog({ jobId: '8', epochs: 4, stepsPerEpoch: 3000, loss: (s) => 1 / s });
    // 600 KB of evaluation chatter between epochs 2 and 3: epochs no longer take equal stretches.
    const third = log.indexOf('3|6001|');
    const chatter = 'INFO:evaluation: scoring batch of validation samples, no bar here\n'.repeat(9000);
    await writeFile(file, log.slice(0, third) + chatter + log.slice(third));
    const bars = await readTqdmBars(file, { fullReadBytes: 64 * 1024 });
    // 4 epochs × 1380 s = 5520 s, as without the chatter.
    expect(bars.duration).toMatchObject({ seconds: 5520, epochs: [1, 2, 3, 4] });
    // The chatter is read once to know it holds no render; the renders only around each epoch's end.
    expect(bars.duration!.bytesRead).toBeLessThan(chatter.length + 300 * 1024);
  });

  it('counts the epochs of a run stopped mid-epoch up to where it stopped', async () => {
    const file = join(tempDir(), 'stopped.out');
    await writeFile(
      file,
      buildTrainingLog({
        jobId: '6',
        epochs: 3,
        stepsPerEpoch: 3000,
        loss: () => 0.5,
        stopAfterStep: 7000,
        ending: 'timeout',
      }),
    );
    // Epochs 1 and 2 whole (1380 s each); epoch 3 stopped at its step 1000: floor(460) = 460 s; 3220 s.
    for (const options of [{}, { fullReadBytes: 64 * 1024, windowBytes: 8 * 1024 }]) {
      expect(await readTqdmDuration(file, options)).toMatchObject({ seconds: 3220, epochs: [1, 2, 3] });
    }
  });

  it('looks back past a long traceback for the last render, and gives it as the latest', async () => {
    const file = join(tempDir(), 'crashed.out');
    const log = buildTrainingLog({
      jobId: '7',
      epochs: 3,
      stepsPerEpoch: 3000,
      loss: () => 0.5,
      stopAfterStep: 7000,
    });
    // 40 KiB of traceback after the last render: ten 4 KiB windows without one.
    const frames = Array.from(
      { length: 400 },
      (_, i) => `  File "/opt/torchtune/recipes/lora_finetune_single_device.py", line ${i}, in train\n`,
    );
    await writeFile(
      file,
      `${log}\nTraceback (most recent call last):\n${frames.join('')}RuntimeError: CUDA error\n`,
    );
    // Epochs 1 and 2 whole (1380 s each), epoch 3 stopped at its step 1000 (460 s): 3220 s.
    const found = await readTqdmBars(file, { fullReadBytes: 64 * 1024 });
    expect(found.duration).toMatchObject({ seconds: 3220, epochs: [1, 2, 3] });
    expect(found.latest).toEqual(await readTqdmProgress(file));
    expect(found.latest).toMatchObject({ epoch: 3, step: 1000, totalSteps: 3000 });
  });

  it('is null without bars, and throws the fs error for a missing file', async () => {
    const file = join(tempDir(), 'none.out');
    await writeFile(file, 'Traceback (most recent call last):\nValueError: bad config\n');
    expect(await readTqdmDuration(file)).toBeNull();
    await expect(readTqdmDuration(join(tempDir(), 'missing.out'))).rejects.toThrow(/ENOENT/);
  });

  it('gives the latest render of a bar that has no epoch number yet, with no duration', async () => {
    // A job that just started: only the first render of its first bar, which torchtune draws
    // without a description, after 200 KiB of config dump.
    const file = join(tempDir(), 'starting.out');
    await writeFile(file, `${'config: value\n'.repeat(15_000)}  0%|          | 0/250 [00:00<?, ?it/s]`);
    const bars = await readTqdmBars(file);
    expect(bars.duration).toBeNull();
    expect(bars.latest).toEqual(await readTqdmProgress(file));
    expect(bars.latest).toMatchObject({ epoch: null, step: 0, totalSteps: 250 });
  });
});
