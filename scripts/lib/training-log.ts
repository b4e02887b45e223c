// Builds torchtune SLURM outputs the way torchtune + tqdm write them: one physical line per epoch
// of `\r`-separated renders `{epoch}|{step}|Loss: {value}: pct%|bar| n/total [...]`, logger lines
// glued after a render, checkpoint messages, and the failure text SLURM or PyTorch append.

export type TrainingEnding = 'completed' | 'cuda-oom' | 'timeout' | 'cancelled' | 'python-error' | 'host-oom';

export interface TrainingLogSpec {
  jobId: string;
  epochs: number;
  stepsPerEpoch: number;
  /** Loss at a global step (1-based). */
  loss: (step: number) => number;
  /** Stop after this many global steps (for failures mid-training). */
  stopAfterStep?: number;
  ending?: TrainingEnding;
}

function bar(n: number, total: number): string {
  const cells = Math.round((10 * n) / total);
  return '█'.repeat(cells) + ' '.repeat(10 - cells);
}

/** tqdm's format_interval: `MM:SS`, and `H:MM:SS` from an hour on. */
function clock(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = Math.floor(seconds % 60);
  const mmss = `${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
  return h > 0 ? `${h}:${mmss}` : mmss;
}

export function buildTrainingLog(spec: TrainingLogSpec): string {
  const out: string[] = [];
  out.push('Running LoRAFinetuneRecipeSingleDevice with resolved config:\n\nbatch_size: 4\nepochs: 2\n');
  out.push(
    'INFO:torchtune.utils._logging:Memory stats after model init:\n\tGPU peak memory active: 2.35 GiB\n',
  );
  const last = Math.min(spec.stopAfterStep ?? Infinity, spec.epochs * spec.stepsPerEpoch);
  let step = 0;
  for (let epoch = 1; epoch <= spec.epochs && step < last; epoch++) {
    let line = `\r  0%|          | 0/${spec.stepsPerEpoch} [00:00<?, ?it/s]`;
    for (let n = 1; n <= spec.stepsPerEpoch && step < last; n++) {
      step++;
      const desc = `${epoch}|${step}|Loss: ${spec.loss(step)}`;
      const elapsed = clock(n * 0.46);
      line += `\r${desc}: ${String(Math.round((100 * n) / spec.stepsPerEpoch)).padStart(3)}%|${bar(n, spec.stepsPerEpoch)}| ${n}/${spec.stepsPerEpoch} [${elapsed}<00:00,  2.17it/s]`;
      if (n === 1 && epoch === 1)
        line += 'Setting `pad_token_id` to `eos_token_id`:128001 for open-end generation.';
    }
    out.push(line + '\n');
    if (step === epoch * spec.stepsPerEpoch) {
      out.push(`INFO:torchtune.utils._logging:Starting checkpoint save...\n`);
      out.push(`INFO:torchtune.utils._logging:Model checkpoint saved to ck-out/epoch_${epoch - 1}\n`);
      out.push(`INFO:torchtune.utils._logging:Checkpoint saved in 12.41 seconds.\n`);
    }
  }
  switch (spec.ending ?? 'completed') {
    case 'completed':
      out.push(`wandb: Run summary:\nwandb:                      loss ${spec.loss(last).toFixed(5)}\n`);
      break;
    case 'cuda-oom':
      out.push(
        'Traceback (most recent call last):\n  File "lora_finetune_single_device.py", line 812, in train\n' +
          '    loss.backward()\n' +
          'torch.OutOfMemoryError: CUDA out of memory. Tried to allocate 2.00 GiB. GPU 0 has a total capacity of 79.15 GiB of which 1.23 GiB is free.\n',
      );
      break;
    case 'timeout':
      out.push(
        `slurmstepd: error: *** JOB ${spec.jobId} ON della-l01g3 CANCELLED AT 2026-03-16T15:02:11 DUE TO TIME LIMIT ***\n`,
      );
      break;
    case 'cancelled':
      out.push(
        `slurmstepd: error: *** JOB ${spec.jobId} ON della-l01g3 CANCELLED AT 2026-03-16T15:02:11 ***\n`,
      );
      break;
    case 'host-oom':
      out.push(
        `slurmstepd: error: Detected 1 oom_kill event in StepId=${spec.jobId}.batch. Some of the step tasks have been OOM Killed.\n`,
      );
      break;
    case 'python-error':
      out.push(
        'Traceback (most recent call last):\n  File "recipe.py", line 40, in setup\n' +
          "FileNotFoundError: [Errno 2] No such file or directory: 'data/green/capitalization/words.json'\n",
      );
      break;
  }
  return out.join('');
}
