import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  failureEvidenceInText,
  findLastLossRecord,
  readFailureEvidence,
  readFinalLoss,
  readTrainingLog,
  scanLossCurve,
  scanLossRenders,
} from '../../../src/sources/slurm/training-log.js';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'cruijff_kit');
const REALISTIC = join(FIXTURES, 'slurm_training_output.realistic_HEAD.txt');
const SYNTHETIC = join(FIXTURES, 'slurm_training_output.synthetic_0395e3e.txt');

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'training-log-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

let counter = 0;
async function logFile(content: string | Buffer): Promise<string> {
  const path = join(dir, `slurm-${1000 + counter++}.out`);
  await writeFile(path, content);
  return path;
}

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of iterable) items.push(item);
  return items;
}

/** A tqdm render as torchtune writes it to a non-terminal stream. */
function render(epoch: number, step: number, loss: string, done: number, total = 250): string {
  const pct = Math.round((100 * done) / total);
  const cells = Math.floor((10 * done) / total);
  const bar = '█'.repeat(cells) + ' '.repeat(10 - cells);
  return `${epoch}|${step}|Loss: ${loss}: ${String(pct).padStart(3)}%|${bar}| ${done}/${total} [00:19<01:44,  2.00it/s]`;
}

describe('readFinalLoss on the cruijff_kit fixtures', () => {
  it('the realistic torchtune output ends at epoch 2, step 500, loss 0.26427456736564636', async () => {
    expect(await readFinalLoss(REALISTIC)).toEqual({
      finalLoss: 0.26427456736564636,
      totalSteps: 500,
      epochs: 2,
      epochProgress: { done: 250, total: 250 },
    });
  });

  it('finds the same final loss whatever the chunk size, down to one byte', async () => {
    for (const chunkSize of [1, 2, 3, 7, 16, 64, 100, 333, 1000, 4096]) {
      const loss = await readFinalLoss(REALISTIC, { chunkSize });
      expect(loss?.finalLoss, `chunk ${chunkSize}`).toBe(0.26427456736564636);
      expect(loss?.totalSteps, `chunk ${chunkSize}`).toBe(500);
    }
  });

  it('reads only the end of the realistic log: its last render is near the end', async () => {
    const { bytesRead, fileSize } = await findLastLossRecord(REALISTIC, { chunkSize: 1024 });
    expect(fileSize).toBe(4144);
    expect(bytesRead).toBe(1024);
  });

  it('the synthetic output (plain lines, 4 decimals) ends at epoch 1, step 20, loss 0.6234; Validation loss does not count', async () => {
    expect(await readFinalLoss(SYNTHETIC)).toEqual({
      finalLoss: 0.6234,
      totalSteps: 20,
      epochs: 1,
      epochProgress: null,
    });
  });
});

describe('scanning the loss curve', () => {
  it('sees all 18 loss renders of the realistic log, with any chunk size', async () => {
    const whole = await collect(scanLossRenders(REALISTIC));
    expect(whole).toHaveLength(18);
    for (const chunkSize of [1, 5, 13, 100]) {
      expect(await collect(scanLossRenders(REALISTIC, { chunkSize }))).toEqual(whole);
    }
  });

  it('gives one point per step, dropping the repeated 100% renders', async () => {
    const curve = await collect(scanLossCurve(REALISTIC));
    expect(curve.map((p) => p.step)).toEqual([
      40, 41, 42, 80, 120, 160, 200, 240, 250, 275, 300, 350, 400, 450, 490, 500,
    ]);
    expect(curve.at(-1)).toEqual({ epoch: 2, step: 500, loss: 0.26427456736564636 });
    expect(curve[8]).toEqual({ epoch: 1, step: 250, loss: 0.22619308531284332 });
  });

  it('keeps the last render of a step when a step is drawn twice', async () => {
    const path = await logFile(
      [
        '',
        render(1, 1, '2.5', 1),
        render(1, 1, '2.5', 2),
        render(1, 2, '2.25', 2),
        render(1, 2, '2.0', 2),
      ].join('\r'),
    );
    expect(await collect(scanLossCurve(path))).toEqual([
      { epoch: 1, step: 1, loss: 2.5 },
      { epoch: 1, step: 2, loss: 2.0 },
    ]);
  });

  it('keeps a resetting middle field (torchtune 0.1.0 printed the batch index) as a new epoch', async () => {
    const path = await logFile(
      [render(1, 249, '0.3', 249), render(1, 250, '0.2', 250), render(2, 1, '0.25', 1)].join('\r'),
    );
    expect((await collect(scanLossCurve(path))).map((p) => [p.epoch, p.step])).toEqual([
      [1, 249],
      [1, 250],
      [2, 1],
    ]);
  });

  it('names the file when it cannot be read', async () => {
    await expect(collect(scanLossRenders(join(dir, 'absent.out')))).rejects.toThrow(
      /absent\.out: no such file/,
    );
  });
});

describe('readFinalLoss on tqdm output as SLURM writes it', () => {
  it('reads the last of many \\r-separated renders on one physical line', async () => {
    const renders = Array.from({ length: 300 }, (_, i) =>
      render(1, i + 1, (2 / (i + 1)).toString(), (i % 250) + 1),
    );
    const path = await logFile('  0%|          | 0/250 [00:00<?, ?it/s]\r' + renders.join('\r'));
    expect(await readFinalLoss(path, { chunkSize: 97 })).toMatchObject({
      totalSteps: 300,
      epochs: 1,
      finalLoss: 2 / 300,
    });
    expect(await collect(scanLossRenders(path, { chunkSize: 97 }))).toHaveLength(300);
  });

  it('strips nothing it needs: ANSI cursor-up codes around renders of a second bar', async () => {
    const text =
      render(1, 250, '0.22619308531284332', 250) +
      '\n\r' +
      render(2, 251, '0.3055', 1) +
      '\x1b[A\n\r' +
      render(2, 252, '0.2951', 2) +
      '\x1b[A\x1b[2K\n';
    const path = await logFile(text);
    expect(await readFinalLoss(path)).toMatchObject({ finalLoss: 0.2951, totalSteps: 252, epochs: 2 });
  });

  it('reads a render with log text glued after its closing ]', async () => {
    const path = await logFile(
      `${render(1, 40, '10.480173110961914', 40)}${render(1, 41, '11.064162254333496', 41)}Setting \`pad_token_id\` to \`eos_token_id\`:128001 for open-end generation.\n`,
    );
    expect(await readFinalLoss(path)).toMatchObject({ finalLoss: 11.064162254333496, totalSteps: 41 });
  });

  it.each([
    ['6.05e-06', 6.05e-6],
    ['1E+2', 100],
    ['2.5E-10', 2.5e-10],
    ['1.2346', 1.2346],
    ['0.0', 0],
    ['-0.5', -0.5],
  ])('reads the loss %s as %s (the manual regex read 6.05e-06 as 6.05)', async (text, value) => {
    const path = await logFile(`${render(3, 750, text, 250)}\n`);
    expect((await readFinalLoss(path))?.finalLoss).toBe(value);
  });

  it('reads nan as NaN and inf as Infinity', async () => {
    expect((await readFinalLoss(await logFile(`${render(1, 9, 'nan', 9)}\n`)))?.finalLoss).toBeNaN();
    expect((await readFinalLoss(await logFile(`${render(1, 9, 'inf', 9)}\n`)))?.finalLoss).toBe(Infinity);
    expect((await readFinalLoss(await logFile(`${render(1, 9, '-inf', 9)}\n`)))?.finalLoss).toBe(-Infinity);
  });

  it('does not count a new bar drawn without a loss (`0|0:   0%|`) after the last loss', async () => {
    const path = await logFile(
      `${render(1, 250, '0.2262', 250)}\r0|0:   0%|          | 0/250 [00:00<?, ?it/s]\r1|250:   0%|          | 0/250 [00:00<?, ?it/s]`,
    );
    expect(await readFinalLoss(path)).toMatchObject({ totalSteps: 250, epochs: 1, finalLoss: 0.2262 });
  });

  it('does not count Validation loss, wandb summary or other progress bars after the last loss', async () => {
    const path = await logFile(
      [
        render(2, 500, '0.26427456736564636', 250),
        'Validation loss: 0.1234',
        'INFO:torchtune.utils._logging:Validation loss: 0.1111',
        'wandb:                      loss 0.26427',
        'Packing dataset: 100%|██████████| 800/800 [00:00<00:00, 9000.00it/s]',
        'Map: 100%|██████████| 100/100 [00:00<00:00, 1234.56 examples/s]',
        'Step 500 | loss:0.2 lr:2e-05 ',
        '',
      ].join('\n'),
    );
    expect(await readFinalLoss(path)).toMatchObject({ finalLoss: 0.26427456736564636, totalSteps: 500 });
  });

  it('returns null for a log without any loss line', async () => {
    expect(
      await readFinalLoss(
        await logFile('Running LoRAFinetuneRecipeSingleDevice with resolved config:\nbatch_size: 4\n'),
      ),
    ).toBeNull();
  });

  it('returns null for an empty file', async () => {
    const path = await logFile('');
    expect(await readFinalLoss(path)).toBeNull();
    expect(await collect(scanLossRenders(path))).toEqual([]);
    expect(await readFailureEvidence(path)).toBeNull();
  });

  it('returns null for binary garbage, reading all of it', async () => {
    let seed = 42;
    const bytes = Buffer.alloc(200_000);
    for (let i = 0; i < bytes.length; i++) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      bytes[i] = seed >> 16;
    }
    const path = await logFile(bytes);
    const { record, bytesRead } = await findLastLossRecord(path, { chunkSize: 4096 });
    expect(record).toBeNull();
    expect(bytesRead).toBe(200_000);
    expect(await collect(scanLossRenders(path))).toEqual([]);
  });

  it('finds a match split by every possible chunk boundary, including inside a two-digit epoch', async () => {
    const text = `noise\r${render(11, 2749, '6.05e-06', 249)}\r${render(12, 2750, '0.26427456736564636', 250)}\rtail`;
    const path = await logFile(text);
    for (let chunkSize = 1; chunkSize <= text.length + 1; chunkSize += 1) {
      const loss = await readFinalLoss(path, { chunkSize });
      expect(loss, `chunk ${chunkSize}`).toEqual({
        finalLoss: 0.26427456736564636,
        totalSteps: 2750,
        epochs: 12,
        epochProgress: { done: 250, total: 250 },
      });
    }
    for (const chunkSize of [1, 2, 3, 5, 8, 50, 97]) {
      const renders = await collect(scanLossRenders(path, { chunkSize }));
      expect(
        renders.map((r) => [r.epoch, r.step, r.loss]),
        `chunk ${chunkSize}`,
      ).toEqual([
        [11, 2749, 6.05e-6],
        [12, 2750, 0.26427456736564636],
      ]);
    }
  });

  it('reads one chunk of a 2 MB single-line log whose last render is at the end', async () => {
    const renders: string[] = [];
    for (let step = 1; step <= 30_000; step++)
      renders.push(render(1 + Math.floor((step - 1) / 250), step, '0.5', ((step - 1) % 250) + 1));
    const path = await logFile(renders.join('\r'));
    const { record, bytesRead, fileSize } = await findLastLossRecord(path, { chunkSize: 64 * 1024 });
    expect(fileSize).toBeGreaterThan(2_000_000);
    expect(record).toMatchObject({ step: 30_000, epoch: 120 });
    expect(bytesRead).toBe(64 * 1024);
  });

  it('names the file when it is missing or a directory', async () => {
    await expect(readFinalLoss(join(dir, 'missing.out'))).rejects.toThrow(
      `cannot read training log ${join(dir, 'missing.out')}: no such file`,
    );
    await expect(readFinalLoss(dir)).rejects.toThrow(/is a directory/);
    await expect(readFailureEvidence(join(dir, 'missing.out'))).rejects.toThrow(/missing\.out: no such file/);
  });

  it('readTrainingLog turns an unreadable file into an error value naming it', async () => {
    const reading = await readTrainingLog(join(dir, 'gone.out'));
    expect(reading).toEqual({
      path: join(dir, 'gone.out'),
      loss: null,
      failure: null,
      error: `cannot read training log ${join(dir, 'gone.out')}: no such file`,
    });
  });
});

// Every failure text form from the torchtune/SLURM reference (§1.6), as the log's tail shows it.
const TRACEBACK_HEAD = [
  'Traceback (most recent call last):',
  '  File "/home/u/.venv/bin/tune", line 8, in <module>',
  '    sys.exit(main())',
  '             ^^^^^^',
  '  File "/home/u/recipes/lora_finetune_single_device.py", line 654, in train',
  '    loss.backward()',
];
const OOM_MESSAGE =
  'CUDA out of memory. Tried to allocate 2.00 GiB. GPU 0 has a total capacity of 79.15 GiB of which 1.23 GiB is free. Including non-PyTorch memory, this process has 77.90 GiB memory in use. See documentation for Memory Management';
const CUT_OFF_RENDER = '1|120|Loss: 0.29993346333503723:  48%|████▊     | 120/250 [00:55<00:59,  2.18i';

describe('readFailureEvidence: every failure text form', () => {
  const cases: Array<[string, string, { status: string; reason: RegExp }]> = [
    [
      'CUDA OOM on PyTorch 2.4+ (torch.OutOfMemoryError)',
      [CUT_OFF_RENDER, ...TRACEBACK_HEAD, `torch.OutOfMemoryError: ${OOM_MESSAGE}`].join('\n'),
      {
        status: 'OUT_OF_MEMORY',
        reason:
          /^CUDA out of memory\. Tried to allocate 2\.00 GiB\. GPU 0 has a total capacity of 79\.15 GiB of which 1\.23 GiB is free\.$/,
      },
    ],
    [
      'CUDA OOM on PyTorch 2.1–2.3 (torch.cuda.OutOfMemoryError)',
      [...TRACEBACK_HEAD, `torch.cuda.OutOfMemoryError: ${OOM_MESSAGE}`].join('\n'),
      { status: 'OUT_OF_MEMORY', reason: /^CUDA out of memory\. Tried to allocate 2\.00 GiB/ },
    ],
    [
      'CUDA OOM on old PyTorch (RuntimeError: CUDA out of memory)',
      [
        ...TRACEBACK_HEAD,
        'RuntimeError: CUDA out of memory. Tried to allocate 20.00 MiB (GPU 0; 15.78 GiB total capacity)',
      ].join('\n'),
      { status: 'OUT_OF_MEMORY', reason: /^CUDA out of memory\. Tried to allocate 20\.00 MiB/ },
    ],
    [
      'CUDA OOM in a torchrun worker, before torchrun’s ChildFailedError',
      [
        ...TRACEBACK_HEAD.map((l) => `[rank0]: ${l}`),
        `[rank0]: torch.OutOfMemoryError: ${OOM_MESSAGE}`,
        'E0801 12:00:00.000000 1234 torch/distributed/elastic/multiprocessing/api.py:869] failed (exitcode: 1) local_rank: 0 (pid: 99) of binary: /usr/bin/python',
        'torch.distributed.elastic.multiprocessing.errors.ChildFailedError: ',
      ].join('\n'),
      { status: 'OUT_OF_MEMORY', reason: /^CUDA out of memory/ },
    ],
    [
      'host OOM, Slurm 23.02+ (oom_kill event)',
      `${CUT_OFF_RENDER}\nslurmstepd: error: Detected 1 oom_kill event in StepId=123.batch. Some of the step tasks have been OOM Killed.\n`,
      {
        status: 'OUT_OF_MEMORY',
        reason: /^host memory exhausted \(OOM killer\): Detected 1 oom_kill event in StepId=123\.batch\.$/,
      },
    ],
    [
      'host OOM, plural events',
      'slurmstepd: error: Detected 3 oom_kill events in StepId=123.0. Some of the step tasks have been OOM Killed.\n',
      { status: 'OUT_OF_MEMORY', reason: /Detected 3 oom_kill events in StepId=123\.0\./ },
    ],
    [
      'host OOM, older Slurm (oom-kill event(s))',
      'slurmstepd: error: Detected 2 oom-kill event(s) in StepId=123.batch cgroup. Some of your processes may have been killed by the cgroup out-of-memory handler.\n',
      { status: 'OUT_OF_MEMORY', reason: /Detected 2 oom-kill event\(s\) in StepId=123\.batch cgroup\.$/ },
    ],
    [
      'host OOM of a srun step (Out Of Memory)',
      'srun: error: node01: task 0: Out Of Memory\n',
      { status: 'OUT_OF_MEMORY', reason: /node01: task 0: Out Of Memory/ },
    ],
    [
      'time limit',
      `${CUT_OFF_RENDER}slurmstepd: error: *** JOB 123 ON node01 CANCELLED AT 2025-05-01T12:34:56 DUE TO TIME LIMIT ***\n`,
      {
        status: 'TIMEOUT',
        reason: /^time limit reached: job 123 on node01 cancelled at 2025-05-01T12:34:56$/,
      },
    ],
    [
      'time limit of a srun step',
      'slurmstepd: error: *** STEP 123.0 ON node01 CANCELLED AT 2025-05-01T12:34:56 DUE TO TIME LIMIT ***\n',
      { status: 'TIMEOUT', reason: /step 123\.0 on node01/ },
    ],
    [
      'preemption',
      'slurmstepd: error: *** JOB 123 ON node01 CANCELLED AT 2025-05-01T12:34:56 DUE TO PREEMPTION ***\n',
      { status: 'PREEMPTED', reason: /^preempted: job 123 on node01/ },
    ],
    [
      'node failure',
      'slurmstepd: error: *** JOB 123 ON node01 CANCELLED AT 2025-05-01T12:34:56 DUE TO NODE FAILURE, SEE SLURMCTLD LOG FOR DETAILS ***\n',
      { status: 'NODE_FAIL', reason: /^node failure: job 123 on node01/ },
    ],
    [
      'requeue',
      'slurmstepd: error: *** JOB 123 ON node01 CANCELLED AT 2025-05-01T12:34:56 DUE TO JOB REQUEUE ***\n',
      { status: 'CANCELLED', reason: /^requeued: job 123/ },
    ],
    [
      'scancel before Slurm 25.05 (plain CANCELLED)',
      `${CUT_OFF_RENDER}slurmstepd: error: *** JOB 123 ON node01 CANCELLED AT 2025-05-01T12:34:56 ***\n`,
      { status: 'CANCELLED', reason: /^job 123 on node01 cancelled at 2025-05-01T12:34:56 \(scancel\)$/ },
    ],
    [
      'scancel on Slurm 25.05+ (DUE to SIGNAL, lower-case "to")',
      'slurmstepd: error: *** JOB 123 ON node01 CANCELLED AT 2025-05-01T12:34:56 DUE to SIGNAL Terminated ***\n',
      {
        status: 'CANCELLED',
        reason: /^job 123 on node01 cancelled at 2025-05-01T12:34:56 by signal terminated \(scancel\)$/,
      },
    ],
    [
      'a Python traceback: its last exception line',
      [...TRACEBACK_HEAD, 'ValueError: batch_size must be positive, got 0', ''].join('\n'),
      { status: 'FAILED', reason: /^ValueError: batch_size must be positive, got 0$/ },
    ],
    [
      'chained tracebacks: the last exception',
      [
        ...TRACEBACK_HEAD,
        "KeyError: 'model'",
        '',
        'During handling of the above exception, another exception occurred:',
        '',
        ...TRACEBACK_HEAD,
        'omegaconf.errors.ConfigKeyError: Missing key model',
      ].join('\n'),
      { status: 'FAILED', reason: /^omegaconf\.errors\.ConfigKeyError: Missing key model$/ },
    ],
    [
      'a traceback raised mid-epoch, glued to the end of a tqdm render',
      [
        '1|41|Loss: 11.064162254333496:  16%|█▋        | 41/250 [00:20<01:42,  2.03it/s]' + TRACEBACK_HEAD[0],
        ...TRACEBACK_HEAD.slice(1),
        "KeyError: 'tokenizer'",
        '',
      ].join('\n'),
      { status: 'FAILED', reason: /^KeyError: 'tokenizer'$/ },
    ],
    [
      'an exception without a message',
      [...TRACEBACK_HEAD, 'KeyboardInterrupt', ''].join('\n'),
      { status: 'FAILED', reason: /^KeyboardInterrupt$/ },
    ],
    [
      'torchrun ChildFailedError: the root cause and the worker’s error',
      [
        'Running with torchrun...',
        ...TRACEBACK_HEAD.map((l) => `[rank1]: ${l}`),
        '[rank1]: RuntimeError: NCCL error in: ../torch/csrc/distributed/c10d/NCCLUtils.hpp:275, unhandled system error',
        'E0801 12:00:00.000000 1234 torch/distributed/elastic/multiprocessing/api.py:869] failed (exitcode: 1) local_rank: 1 (pid: 100) of binary: /usr/bin/python',
        'Traceback (most recent call last):',
        '  File "/usr/bin/torchrun", line 8, in <module>',
        '    sys.exit(main())',
        'torch.distributed.elastic.multiprocessing.errors.ChildFailedError: ',
        '============================================================',
        'recipes/lora_finetune_distributed.py FAILED',
        '------------------------------------------------------------',
        'Failures:',
        '  <NO_OTHER_FAILURES>',
        '------------------------------------------------------------',
        'Root Cause (first observed failure):',
        '[0]:',
        '  time      : 2024-08-01_12:00:00',
        '  host      : della-l01g1',
        '  rank      : 1 (local_rank: 1)',
        '  exitcode  : 1 (pid: 100)',
        '  error_file: <N/A>',
        '  traceback : To enable traceback see: https://pytorch.org/docs/stable/elastic/errors.html',
        '============================================================',
      ].join('\n'),
      {
        status: 'FAILED',
        reason: /^torchrun: rank 1 on della-l01g1 exited with code 1: RuntimeError: NCCL error in: /,
      },
    ],
    [
      'torchrun ChildFailedError after a SIGKILL (exitcode -9)',
      [
        'Traceback (most recent call last):',
        '  File "/usr/bin/torchrun", line 8, in <module>',
        'torch.distributed.elastic.multiprocessing.errors.ChildFailedError: ',
        'Root Cause (first observed failure):',
        '[0]:',
        '  time      : 2024-08-01_12:00:00',
        '  host      : node07',
        '  rank      : 0 (local_rank: 0)',
        '  exitcode  : -9 (pid: 4242)',
        '  error_file: <N/A>',
        '  traceback : Signal 9 (SIGKILL) received by PID 4242',
      ].join('\n'),
      {
        status: 'FAILED',
        reason: /^torchrun: rank 0 on node07 was killed by signal 9 \(SIGKILL: often the host OOM killer\)$/,
      },
    ],
  ];

  it.each(cases)('%s', async (_name, text, expected) => {
    const evidence = await readFailureEvidence(await logFile(text));
    expect(evidence?.status).toBe(expected.status);
    expect(evidence?.reason).toMatch(expected.reason);
    expect(evidence?.reason).not.toContain('\n');
  });

  it('reads the evidence through ANSI codes and \\r renders', async () => {
    const text = `${render(1, 5, '1.0', 5)}\r\x1b[A${render(1, 6, '0.9', 6)}\x1b[A\nslurmstepd: error: *** JOB 9 ON n1 CANCELLED AT 2025-01-01T00:00:00 DUE TO TIME LIMIT ***\x1b[0m\n`;
    expect(await readFailureEvidence(await logFile(text))).toMatchObject({ status: 'TIMEOUT' });
  });

  it('a CUDA OOM outranks the cancel line written when the job was torn down', async () => {
    const text = [
      ...TRACEBACK_HEAD,
      `torch.OutOfMemoryError: ${OOM_MESSAGE}`,
      'slurmstepd: error: *** JOB 5 ON n1 CANCELLED AT 2025-01-01T00:00:00 ***',
    ].join('\n');
    expect((await readFailureEvidence(await logFile(text)))?.status).toBe('OUT_OF_MEMORY');
  });

  it('a time limit outranks the traceback the killed process printed', async () => {
    const text = [
      ...TRACEBACK_HEAD,
      'torch.distributed.elastic.multiprocessing.api.SignalException: Process 17 got signal: 15',
      'slurmstepd: error: *** JOB 7 ON n1 CANCELLED AT 2025-01-01T00:00:00 DUE TO TIME LIMIT ***',
    ].join('\n');
    expect((await readFailureEvidence(await logFile(text)))?.status).toBe('TIMEOUT');
  });

  it('shows no failure for the completed realistic run', async () => {
    expect(await readFailureEvidence(REALISTIC)).toBeNull();
    expect(await readFailureEvidence(SYNTHETIC)).toBeNull();
  });

  it('looks only at the tail: an old error before the last 64 KiB does not count', async () => {
    const old = [...TRACEBACK_HEAD, 'ValueError: transient'].join('\n');
    const path = await logFile(`${old}\n${'x'.repeat(70 * 1024)}\n${render(2, 500, '0.2', 250)}\n`);
    expect(await readFailureEvidence(path)).toBeNull();
    expect(await readFailureEvidence(path, { tailBytes: 200 * 1024 })).toMatchObject({
      reason: 'ValueError: transient',
    });
  });

  it('failureEvidenceInText reads text already in memory the same way', () => {
    expect(failureEvidenceInText('srun: error: node01: task 0: Out Of Memory')?.status).toBe('OUT_OF_MEMORY');
    expect(failureEvidenceInText('all good')).toBeNull();
  });
});
