// --watch end to end in-process: fake sacct and squeue whose answers follow a fake clock, training
// outputs that grow between checks, and an injected clock and sleep, so nothing waits.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/index.js';
import type { CliIo } from '../../src/cli/io.js';
import { fakeIo } from '../helpers/cli-io.js';
import { fakeSlurm } from '../helpers/fake-slurm.js';
import { liveWorld, RANK8 } from '../helpers/live-world.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir('cli-watch-');
const T0 = Date.parse('2026-12-07T12:00:00Z');
const INTERVAL_S = 300;
let worlds = 0;

interface Snapshot {
  markdown: string;
  json: Record<string, unknown>;
}

/** The live demo with fake commands; `io` advances the fake clock in `sleep`, applying the world's next step. */
async function setUp(
  options: { signal?: AbortSignal; onSleep?: (n: number) => void; slurmDownAt?: number } = {},
) {
  const root = join(tempDir(), `world-${worlds++}`);
  const world = liveWorld(root, INTERVAL_S);
  // SLURM's controller and accounting database down for one check, back at the next.
  const phases = (answer: (step: (typeof world.steps)[number]) => string, stderr: string) =>
    world.steps.map((step) =>
      step.at === options.slurmDownAt
        ? { from: step.at, exitCode: 1, stderr }
        : { from: step.at, stdout: answer(step) },
    );
  const fake = await fakeSlurm(root, {
    sacct: phases(
      (step) => step.sacct,
      'sacct: error: Problem talking to the database: Connection refused\n',
    ),
    squeue: phases(
      (step) => step.squeue,
      'slurm_load_jobs error: Unable to contact slurm controller (connect failure)\n',
    ),
  });
  let now = T0;
  const snapshots: Snapshot[] = [];
  let sleeps = 0;
  const io: CliIo & { out: () => string; err: () => string } = {
    ...fakeIo({ clock: () => now }),
    sleep: async (ms) => {
      snapshots.push({
        markdown: readFileSync(join(world.dir, 'summary.md'), 'utf8'),
        json: JSON.parse(readFileSync(join(world.dir, 'summary.json'), 'utf8')) as Record<string, unknown>,
      });
      options.onSleep?.(++sleeps);
      now += ms;
      const seconds = (now - T0) / 1000;
      await fake.setTime(seconds);
      for (const step of world.steps) if (step.at === seconds) step.apply();
    },
    ...(options.signal ? { signal: options.signal } : {}),
  };
  const args = [world.dir, '--sacct', fake.paths.sacct!, '--squeue', fake.paths.squeue!, '--watch'];
  return { world, fake, io, snapshots, args };
}

describe('summarize-experiment --watch', () => {
  it('follows a run from queued through training to evaluated, rewriting the summary each check', async () => {
    const { world, fake, io, snapshots, args } = await setUp();
    const code = await runCli([...args, '--interval', '5m'], io);
    expect(io.err()).toBe('');
    expect(code).toBe(0);
    // Five checks, four waits of 5 minutes; squeue asked once per check with the same arguments.
    expect(snapshots).toHaveLength(4);
    expect(await fake.calls('squeue')).toHaveLength(5);

    const row = (markdown: string) =>
      markdown.split('\n').find((line) => line.startsWith(`| ${RANK8.replaceAll('_', '\\_')} | Fine-tuned`));
    // Queued: PENDING, and the notes say by which job and why it waits.
    expect(row(snapshots[0]!.markdown)).toBe(
      '| Llama-3.2-1B-Instruct\\_rank8 | Fine-tuned | PENDING | NOT_STARTED |',
    );
    expect(snapshots[0]!.markdown).toContain(
      'queued as job 4172302 (waiting: Priority), nothing written yet',
    );
    expect(snapshots[0]!.markdown).toContain(
      '**Live:** watching the SLURM jobs (1 check every 5m since 2026-12-07 12:00:00 UTC); next check at 2026-12-07 12:05:00 UTC.',
    );

    // Training: epoch, step of the epoch's total, loss and time left, in Run Status and summary.json.
    // Step 120 of 250 in epoch 1 of 2; the helper draws 2.17 it/s and 00:00 left in the epoch, so the
    // time left is the next epoch: 250 / 2.17 = 115.2 s.
    expect(row(snapshots[1]!.markdown)).toBe(
      '| Llama-3.2-1B-Instruct\\_rank8 | Fine-tuned | RUNNING: epoch 1, step 120/250, loss 0.5882, \\~2 min left | NOT_STARTED |',
    );
    const runs1 = snapshots[1]!.json['runs'] as Array<{ name: string; finetune: { progress?: unknown } }>;
    expect(runs1.find((r) => r.name === RANK8)!.finetune.progress).toEqual({
      epoch: 1,
      step: 120,
      total_steps: 250,
      // 2 / (1 + 120 / 50)
      loss: 2 / (1 + 120 / 50),
      eta_s: 115,
      eta_scope: 'training',
      rate: 2.17,
    });
    // The output grew: step 380 is step 130 of epoch 2, the last epoch (00:00 left).
    expect(row(snapshots[2]!.markdown)).toContain('RUNNING: epoch 2, step 130/250, loss 0.2326, \\~0 s left');
    // Trained; its evaluations are queued.
    expect(row(snapshots[3]!.markdown)).toBe(
      '| Llama-3.2-1B-Instruct\\_rank8 | Fine-tuned | COMPLETED | PENDING |',
    );

    // The end: every run complete, the watch says it is final, and the usual report follows.
    const final = readFileSync(join(world.dir, 'summary.md'), 'utf8');
    expect(final).toContain('**Status:** 3/3 complete');
    expect(final).toContain(
      '**Live:** final summary: nothing is running or queued any more (5 checks every 5m since 2026-12-07 12:00:00 UTC).',
    );
    const json = JSON.parse(readFileSync(join(world.dir, 'summary.json'), 'utf8')) as Record<string, unknown>;
    expect(json['watch']).toEqual({
      state: 'finished',
      started: '2026-12-07T12:00:00.000Z',
      checks: 5,
      interval_s: 300,
    });
    expect(json['queue']).toBe('squeue');

    // One line per change, stamped with the (fake) time.
    const out = io.out().split('\n');
    expect(out.filter((line) => line.includes(`${RANK8}:`))).toEqual([
      `[12:00:00] ${RANK8}: fine-tuning PENDING, evaluation NOT_STARTED`,
      `[12:05:00] ${RANK8}: fine-tuning RUNNING, evaluation NOT_STARTED`,
      `[12:15:00] ${RANK8}: fine-tuning COMPLETED, evaluation PENDING`,
      `[12:20:00] ${RANK8}: fine-tuning COMPLETED, evaluation COMPLETED`,
    ]);
    expect(out).toContain('[12:20:00] 3/3 runs complete');
    expect(out).toContain('capitalization_lora_rank_demo: 3/3 runs complete');
    // The process log got one block per check, not one per rewrite.
    const log = readFileSync(join(world.dir, 'logs', 'summarize-experiment.log'), 'utf8');
    expect(log.match(/\] COMPLETE\b/g)).toHaveLength(5);
  });

  it('a check while sacct and squeue fail warns and keeps going; the next check recovers', async () => {
    const { io, snapshots, args } = await setUp({ slurmDownAt: 2 * INTERVAL_S });
    expect(await runCli([...args, '--interval', '5m'], io)).toBe(0);
    const during = snapshots[2]!.markdown;
    expect(during).toContain('sacct could not reach the SLURM accounting database');
    expect(during).toContain(
      'squeue exited with code 1: slurm\\_load\\_jobs error: Unable to contact slurm controller',
    );
    // The files still tell that rank8 trains.
    expect(during).toContain('RUNNING: epoch 2, step 130/250');
    const after = snapshots[3]!.markdown;
    expect(after).not.toContain('sacct could not reach');
    expect(after).toContain('| Llama-3.2-1B-Instruct\\_rank8 | Fine-tuned | COMPLETED | PENDING |');
    // Printed once, when it appeared.
    expect(io.out().match(/\] warning: sacct could not reach the SLURM accounting database/g)).toHaveLength(
      1,
    );
  });

  it('stops at --timeout with work still running: the summary says so, exit 0', async () => {
    const { world, io, snapshots, args } = await setUp();
    const code = await runCli([...args, '--interval', '300', '--timeout', '7m'], io);
    expect(code).toBe(0);
    // Checks at 0 and 5 minutes, then a 2-minute wait to the timeout and a last check.
    expect(snapshots).toHaveLength(2);
    const final = readFileSync(join(world.dir, 'summary.md'), 'utf8');
    expect(final).toContain(
      '**Live:** the watch stopped at its time limit with work still running or queued (3 checks every 5m since 2026-12-07 12:00:00 UTC); this is the state at 2026-12-07 12:07:00 UTC.',
    );
    expect(io.out()).toContain('[12:07:00] the watch timed out with work still running');
  });

  it('on SIGTERM writes the last summary as stopped and exits 143', async () => {
    const controller = new AbortController();
    const { world, io, args } = await setUp({
      signal: controller.signal,
      onSleep: (n) => n === 2 && controller.abort(),
    });
    const code = await runCli([...args, '--interval', '5m'], io);
    expect(code).toBe(143);
    const json = JSON.parse(readFileSync(join(world.dir, 'summary.json'), 'utf8')) as {
      watch: { state: string; checks: number };
    };
    expect(json.watch).toMatchObject({ state: 'stopped', checks: 2 });
    expect(readFileSync(join(world.dir, 'summary.md'), 'utf8')).toContain(
      '**Live:** the watch was stopped (cancelled) with work still running or queued',
    );
  });

  it('rejects bad durations and options that need --watch', async () => {
    const io = fakeIo();
    expect(await runCli(['.', '--watch', '--interval', '5 min'], io)).toBe(2);
    expect(io.err()).toContain(
      '--interval: "5 min" is not a duration (use e.g. 30s, 5m, 2h, 1h30m or plain seconds)',
    );
    const io2 = fakeIo();
    expect(await runCli(['.', '--timeout', '1h'], io2)).toBe(2);
    expect(io2.err()).toContain('--interval and --timeout go with --watch');
    const io3 = fakeIo();
    expect(await runCli(['.', '--no-squeue', '--squeue', '/bin/squeue'], io3)).toBe(2);
    expect(io3.err()).toContain('--no-squeue and --squeue PATH contradict each other');
    const io4 = fakeIo();
    expect(await runCli(['.', '--watch', '--interval', '0'], io4)).toBe(2);
  });
});
