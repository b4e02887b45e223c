// Hostile trees, end to end: names that try to leave the experiment, and every kind of entry the
// evaluation glob can find. Nothing outside the experiment is read; every entry is a row or a
// warning naming the file and the reason; the summary is still written.
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { summarizeExperiment } from '../../src/sinks/files.js';
import { binarySamples, buildEvalLog } from '../../scripts/lib/eval-log.js';
import { TEST_NOW, experimentYaml, logFileName, writeTree } from '../helpers/experiment-tree.js';

const root = mkdtempSync(path.join(tmpdir(), 'pipeline-hostile-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let counter = 0;
function freshDir(name: string): string {
  const dir = path.join(root, `${counter++}`, name);
  mkdirSync(dir, { recursive: true });
  return dir;
}

const summarize = (dir: string) =>
  summarizeExperiment({ experimentPath: dir, sacct: { mode: 'off' }, now: () => TEST_NOW });

function log(task: string, run: string, epoch: number, counts = { tp: 8, tn: 7, fp: 3, fn: 2 }): Buffer {
  return buildEvalLog({
    task,
    model: `hf/${run}_epoch_${epoch}`,
    created: '2026-03-16T13:00:00+00:00',
    samples: binarySamples(counts),
    metadata: { epoch },
  });
}

describe('names that try to leave the experiment', () => {
  it('a run named ../../escaped is refused with its reason, and the logs it points at are not read', async () => {
    const base = freshDir('escape');
    const dir = path.join(base, 'a', 'exp');
    // Where `../../escaped` leads from the experiment: a perfect log that must not be reported.
    writeTree(base, {
      [`escaped/eval/logs/${logFileName('2026-03-16T13-00-00+00-00', 't', 'x')}`]: log('t', 'escaped', 0, {
        tp: 10,
        tn: 10,
        fp: 0,
        fn: 0,
      }),
      'escaped/slurm-1.out': '1|10|Loss: 0.123: 100%|██████████| 10/10 [00:01<00:00,  9.00it/s]\n',
    });
    writeTree(dir, {
      'experiment_summary.yaml': experimentYaml({
        name: 'escape',
        runs: [
          { name: '../../escaped', type: 'fine-tuned', epochs: [0] },
          { name: '/etc', type: 'control' },
        ],
        tasks: ['t'],
      }),
    });
    const { summary } = await summarize(dir);
    const escaped = summary.runs.find((run) => run.name === '../../escaped');
    expect(escaped?.finetune.status).toBe('N/A');
    expect(escaped?.finetune.reason).toMatch(
      /not read: the run name is not a plain folder name \(it contains a path separator/,
    );
    expect(summary.evaluations.filter((row) => row.status !== 'missing')).toEqual([]);
    expect(summary.training.every((row) => row.final_loss === null)).toBe(true);
    expect(JSON.stringify(summary)).not.toContain('0.123');
    expect(summary.warnings.map((w) => w.message)).toEqual(
      expect.arrayContaining([
        expect.stringContaining('"../../escaped" is not a plain folder name: refused'),
        expect.stringContaining('"/etc" is not a plain folder name: refused'),
      ]),
    );
  });
});

describe('every entry the evaluation glob finds is a row or a warning', () => {
  it('valid link read; empty, random, truncated, directory, loop, dangling, outside link, unreadable named', async () => {
    const base = freshDir('entries');
    const dir = path.join(base, 'exp');
    const name = (minute: number, task = 't') =>
      logFileName(`2026-03-16T13-${String(minute).padStart(2, '0')}-00+00-00`, task, `id${minute}`);
    const good = log('t', 'r', 0);
    writeTree(base, { [`outside/${name(9)}`]: log('t', 'r', 1) });
    writeTree(dir, {
      'experiment_summary.yaml': experimentYaml({
        name: 'entries',
        runs: [{ name: 'r', type: 'fine-tuned', epochs: [0, 1] }],
        tasks: ['t'],
      }),
      [`store/${name(0)}`]: good,
      [`r/eval/logs/${name(1)}`]: Buffer.alloc(0),
      [`r/eval/logs/${name(2)}`]: Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)),
      [`r/eval/logs/${name(3)}`]: good.subarray(0, Math.floor(good.length / 2)),
    });
    const logs = path.join(dir, 'r', 'eval', 'logs');
    symlinkSync(path.join(dir, 'store', name(0)), path.join(logs, name(0)));
    mkdirSync(path.join(logs, 'x.eval'));
    symlinkSync(path.join(logs, 'loop-b.eval'), path.join(logs, 'loop-a.eval'));
    symlinkSync(path.join(logs, 'loop-a.eval'), path.join(logs, 'loop-b.eval'));
    symlinkSync(path.join(logs, 'gone.eval'), path.join(logs, 'dangling.eval'));
    symlinkSync(path.join(base, 'outside', name(9)), path.join(logs, name(9)));
    // Folder links: one out of the experiment (to the outside log), one back to the folder itself.
    symlinkSync(path.join(base, 'outside'), path.join(logs, 'elsewhere'));
    symlinkSync(logs, path.join(logs, 'again'));
    writeFileSync(path.join(base, 'outside', 'slurm-5.out'), `Log: logs/${name(9)}\n`);
    symlinkSync(path.join(base, 'outside', 'slurm-5.out'), path.join(dir, 'r', 'eval', 'slurm-5.out'));
    // EACCES cannot be produced as root (root reads any file): that part is skipped there.
    const asRoot = process.getuid?.() === 0;
    const locked = path.join(logs, name(5, 'u'));
    if (!asRoot) {
      writeFileSync(locked, good);
      chmodSync(locked, 0o000);
    }

    const { summary } = await summarize(dir);
    const shown = (file: string) => `r/eval/logs/${file}`;
    const warningFor = (file: string) =>
      summary.warnings
        .filter((w) => w.file === shown(file))
        .map((w) => w.message)
        .join(' / ');

    // The valid link is read: its cell has the log's accuracy (15/20), not NOT_STARTED.
    const epoch0 = summary.evaluations.find((row) => row.epoch === 0 && row.status === 'success');
    expect(epoch0).toMatchObject({ accuracy: 0.75, log: shown(name(0)) });
    // Broken files: rows (ERROR) and warnings that name them.
    for (const file of [name(1), name(2), name(3)]) {
      expect(summary.evaluations.some((row) => row.log === shown(file) && row.status === 'unreadable')).toBe(
        true,
      );
      expect(warningFor(file)).not.toBe('');
    }
    expect(warningFor('x.eval')).toBe('not read: a directory, not a log file');
    expect(warningFor('loop-a.eval')).toBe('not read: a symbolic link loop');
    expect(warningFor('dangling.eval')).toBe('not read: a dangling symbolic link');
    expect(warningFor(name(9))).toMatch(/^not read: it resolves to .*\/outside\/.*, outside the experiment$/);
    expect(summary.warnings.find((w) => w.file === 'r/eval/slurm-5.out')?.message).toMatch(
      /^not read: it resolves to .*\/outside\/slurm-5\.out, outside the experiment$/,
    );
    // The outside log's epoch-1 result is not reported.
    expect(summary.evaluations.find((row) => row.epoch === 1)?.status).toBe('missing');
    if (!asRoot) {
      expect(warningFor(name(5, 'u'))).toMatch(/permission denied/);
      chmodSync(locked, 0o644);
    }
    expect(readFileSync(path.join(dir, 'summary.md'), 'utf8')).toContain('## Warnings');
  });
});

describe('a log that changes between listing and reading', () => {
  it('vanished: an unreadable row naming the file (no such file)', async () => {
    const { summarizeEvalLog } = await import('../../src/pipeline/eval-logs.js');
    const dir = freshDir('vanish');
    const file = path.join(dir, logFileNameFor(1));
    const summary = await summarizeEvalLog(file);
    expect(summary.status).toBe('unreadable');
    expect(summary.error).toBe(`${file}: no such file`);
  });

  it('grew (bytes appended after its end record): an unreadable row with the reason', async () => {
    const { summarizeEvalLog } = await import('../../src/pipeline/eval-logs.js');
    const dir = freshDir('grow');
    const file = path.join(dir, logFileNameFor(2));
    writeFileSync(file, Buffer.concat([log('t', 'r', 0), Buffer.alloc(70_000, 0x61)]));
    const summary = await summarizeEvalLog(file);
    expect(summary.status).toBe('unreadable');
    expect(summary.error).toMatch(/data appended/);
  });
});

function logFileNameFor(minute: number): string {
  return logFileName(`2026-03-16T13-0${minute}-00+00-00`, 't', `g${minute}`);
}
