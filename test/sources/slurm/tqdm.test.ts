import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  lastTqdmProgress,
  parseTqdmClock,
  readTqdmProgress,
  TqdmTracker,
  tqdmRenders,
  tqdmTrainingSeconds,
} from '../../../src/sources/slurm/tqdm.js';
import { buildTrainingLog } from '../../../scripts/lib/training-log.js';
import { useTempDir } from '../../helpers/temp-dir.js';

const fixture = (name: string) =>
  readFileSync(new URL(`../../fixtures/cruijff_kit/${name}`, import.meta.url), 'utf8');
const tempDir = useTempDir('tqdm-');

describe('one render', () => {
  it('reads the reference render of an epoch end', () => {
    const text = '1|250|Loss: 0.22619308531284332: 100%|██████████| 250/250 [01:55<00:00,  2.22it/s]';
    expect(lastTqdmProgress(text)).toEqual({
      epoch: 1,
      globalStep: 250,
      step: 250,
      totalSteps: 250,
      loss: 0.22619308531284332,
      elapsedS: 115,
      remainingS: 0,
      rate: 2.22,
    });
  });

  it('reads a mid-epoch render with hours, s/it and a loss in exponent form', () => {
    const text = '3|620|Loss: 6.05e-06:  48%|████▊     | 120/250 [1:02:03<1:07:10, 31.00s/it]';
    const p = lastTqdmProgress(text)!;
    expect(p).toMatchObject({ epoch: 3, globalStep: 620, step: 120, totalSteps: 250, loss: 6.05e-6 });
    // 1:02:03 = 3600 + 120 + 3; 1:07:10 = 3600 + 420 + 10.
    expect(p.elapsedS).toBe(3723);
    expect(p.remainingS).toBe(4030);
    expect(p.rate).toBeCloseTo(1 / 31, 10);
  });

  it('reads the first render, whose remaining time and rate are still unknown', () => {
    expect(lastTqdmProgress('  0%|          | 0/250 [00:00<?, ?it/s]')).toEqual({
      epoch: null,
      globalStep: null,
      step: 0,
      totalSteps: 250,
      loss: null,
      elapsedS: 0,
      remainingS: null,
      rate: null,
    });
  });

  it('reads nan and inf losses', () => {
    expect(
      lastTqdmProgress('2|300|Loss: nan:  20%|██        | 50/250 [00:20<01:20,  2.50it/s]')!.loss,
    ).toBeNaN();
    expect(lastTqdmProgress('2|300|Loss: -inf:  20%|██        | 50/250 [00:20<01:20,  2.50it/s]')!.loss).toBe(
      -Infinity,
    );
  });

  it("reads main's first render of an epoch (0-based epoch, no loss) as the 1-based epoch", () => {
    expect(lastTqdmProgress('1|250:   0%|          | 0/250 [00:00<?, ?it/s]')).toMatchObject({
      epoch: 2,
      globalStep: 250,
      loss: null,
    });
  });

  it('reads bars drawn in ASCII when the stream is not Unicode', () => {
    expect(
      lastTqdmProgress('1|130|Loss: 0.5:  52%|#####2    | 130/250 [01:00<00:55,  2.17it/s]'),
    ).toMatchObject({ step: 130, totalSteps: 250 });
  });

  it('ignores other bars, validation lines and wandb lines', () => {
    const text = [
      'Packing dataset: 100%|██████████| 1000/1000 [00:01<00:00, 812.33it/s]',
      'Map: 100%|██████████| 800/800 [00:00<00:00, 5000.00it/s]',
      'Validation loss: 0.7890',
      'wandb:                      loss 0.26427',
    ].join('\n');
    expect(lastTqdmProgress(text)).toBeNull();
  });

  it('parses tqdm clocks', () => {
    expect(parseTqdmClock('08:15')).toBe(495);
    expect(parseTqdmClock('0:00')).toBe(0);
    expect(parseTqdmClock('26:03:01')).toBe(26 * 3600 + 181);
    expect(parseTqdmClock('?')).toBeNull();
  });
});

describe('the last render of a tail', () => {
  it('is the last render of the realistic cruijff_kit fixture, not its closing ghost repeat', () => {
    const text = fixture('slurm_training_output.realistic_HEAD.txt');
    expect(lastTqdmProgress(text)).toMatchObject({
      epoch: 2,
      globalStep: 500,
      step: 250,
      totalSteps: 250,
      loss: 0.26427456736564636,
    });
  });

  it('finds renders glued to each other and to log text, split by \\r, with ANSI cursor codes', () => {
    const text =
      '\r1|40|Loss: 10.480173110961914:  16%|█▌        | 40/250 [00:19<01:44,  2.00it/s]' +
      '1|41|Loss: 11.064162254333496:  16%|█▋        | 41/250 [00:20<01:42,  2.03it/s]Setting `pad_token_id`' +
      '\n\r1|42|Loss: 9.401386260986328:  17%|█▋        | 42/250 [00:20<01:42,  2.04it/s]\x1b[A';
    expect([...tqdmRenders(text)].map((r) => r.globalStep)).toEqual([40, 41, 42]);
    expect(lastTqdmProgress(text)).toMatchObject({ epoch: 1, globalStep: 42, step: 42, rate: 2.04 });
  });

  it('puts a fresh bar after a finished epoch in the next epoch, and drops the ghost repeat that follows', () => {
    const text = [
      '1|250|Loss: 0.22619308531284332: 100%|██████████| 250/250 [01:55<00:00,  2.22it/s]',
      'Checkpoint saved in 33.06 seconds.',
      '  0%|          | 0/250 [00:00<?, ?it/s]',
      '1|250|Loss: 0.22619308531284332: 100%|██████████| 250/250 [02:28<00:00,  1.68it/s]',
      'Setting `pad_token_id` to `eos_token_id`:128001 for open-end generation.',
    ].join('\n');
    expect(lastTqdmProgress(text)).toMatchObject({
      epoch: 2,
      globalStep: 250,
      step: 0,
      totalSteps: 250,
      loss: 0.22619308531284332,
      remainingS: null,
    });
  });

  it('keeps the last complete render when the output was cut in the middle of one (time limit)', () => {
    const text =
      '\r1|120|Loss: 0.29993346333503723:  48%|████▊     | 120/250 [00:55<00:59,  2.18it/s]' +
      '\r1|121|Loss: 0.3:  48%|████▊     | 121/2';
    expect(lastTqdmProgress(text)).toMatchObject({ globalStep: 120, step: 120 });
  });

  it('is the last render of a generated multi-epoch output, whatever the ending', () => {
    for (const ending of ['completed', 'cuda-oom', 'timeout', 'host-oom'] as const) {
      const log = buildTrainingLog({
        jobId: '7',
        epochs: 3,
        stepsPerEpoch: 40,
        loss: (s) => 1 / s,
        stopAfterStep: 97,
        ending,
      });
      // Step 97 is step 17 of epoch 3 (2 × 40 before it).
      expect(lastTqdmProgress(log)).toMatchObject({
        epoch: 3,
        globalStep: 97,
        step: 17,
        totalSteps: 40,
        loss: 1 / 97,
      });
    }
  });

  it('reads a file tail, going further back when the last 64 KiB holds no render', async () => {
    const file = join(tempDir(), 'slurm-9.out');
    const render = '1|7|Loss: 0.5:   3%|▎         | 7/250 [00:03<01:50,  2.20it/s]';
    await writeFile(file, `${render}\n${'wandb: x\n'.repeat(20_000)}`);
    expect(await readTqdmProgress(file)).toMatchObject({ globalStep: 7, step: 7 });
    await writeFile(file, 'no bar here\n');
    expect(await readTqdmProgress(file)).toBeNull();
    await expect(readTqdmProgress(join(tempDir(), 'missing.out'))).rejects.toThrow(/ENOENT/);
  });

  it('never goes back in training time, whatever text surrounds the renders (seeded random cases)', () => {
    // A small LCG keeps the cases the same on every run (fast-check is not a dependency here).
    let seed = 12345;
    const next = (max: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % max;
    };
    const noise = [
      '\r',
      '\n',
      '\x1b[A',
      'Setting `pad_token_id`',
      '  0%|          | 0/400 [00:00<?, ?it/s]',
      '',
    ];
    for (let round = 0; round < 300; round++) {
      let text = '';
      let maxEpoch = 0;
      for (let i = next(30); i > 0; i--) {
        const epoch = 1 + next(5);
        const n = 1 + next(400);
        const t = next(3600);
        const clock = `${String(Math.floor(t / 60)).padStart(2, '0')}:${String(t % 60).padStart(2, '0')}`;
        text += `${epoch}|${(epoch - 1) * 400 + n}|Loss: ${1 / n}: ${String(Math.round(n / 4)).padStart(3)}%|█         | ${n}/400 [${clock}<00:10,  2.00it/s]`;
        text += noise[next(noise.length)];
        maxEpoch = Math.max(maxEpoch, epoch);
      }
      const latest = lastTqdmProgress(text);
      if (maxEpoch === 0) continue;
      expect(latest).not.toBeNull();
      expect(latest!.epoch!).toBeGreaterThanOrEqual(maxEpoch);
    }
  });
});

describe('training time from the bars', () => {
  it('sums each epoch’s longest elapsed (the ghost repeat includes the checkpoint save)', () => {
    const tracker = new TqdmTracker();
    for (const r of tqdmRenders(fixture('slurm_training_output.realistic_HEAD.txt'))) tracker.add(r);
    // Epoch 1: ghost [02:28] = 148 s; epoch 2: closing repeat [02:26] = 146 s; 148 + 146 = 294.
    expect(tqdmTrainingSeconds(tracker.epochElapsed)).toEqual({ seconds: 294, epochs: [1, 2] });
  });

  it('is null when no render names its epoch', () => {
    expect(tqdmTrainingSeconds(new TqdmTracker().epochElapsed)).toBeNull();
  });
});
