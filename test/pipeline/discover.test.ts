// Discovery of run folders: several at once, results in the runs' order, progress per run.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { discoverEvaluations, discoveryRoots } from '../../src/pipeline/discover.js';
import { summarize } from '../../src/pipeline/index.js';
import { readExperiment } from '../../src/sources/experiment/index.js';
import {
  evalJobOutput,
  experimentYaml,
  logFileName,
  writeTree,
  type TreeRun,
} from '../helpers/experiment-tree.js';

const root = mkdtempSync(path.join(tmpdir(), 'discover-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/**
 * 40 runs, r7 with no eval folder. Each other run holds a log, a folder named like a log (a
 * warning) and its eval job's output (every fifth a long one, in a per-cell subfolder, so slower
 * to read); every fourth also an eval output linked out of the experiment (another warning).
 */
function sweep(name: string): { dir: string; runs: TreeRun[] } {
  const base = path.join(root, name);
  const dir = path.join(base, 'exp');
  // Names whose order differs from the YAML's.
  const runs: TreeRun[] = Array.from({ length: 40 }, (_, i) => ({
    name: `r${(i * 17) % 40}`,
    type: 'fine-tuned',
    epochs: [0],
  }));
  const files: Record<string, string> = {
    'experiment_summary.yaml': experimentYaml({ name, runs, tasks: ['t'] }),
  };
  for (const [i, run] of runs.entries()) {
    if (run.name === 'r7') continue;
    const log = logFileName('2026-03-16T13-00-00+00-00', 't', `id${i}`);
    files[`${run.name}/eval/${i % 3 === 0 ? 'logs/deeper/' : 'logs/'}${log}`] = 'x';
    const output = `${i % 5 === 0 ? 'progress\n'.repeat(50_000) : ''}${evalJobOutput('t', 'm', log)}`;
    files[`${run.name}/eval/${i % 5 === 0 ? 't_epoch0/' : ''}slurm-${1000 + i}.out`] = output;
  }
  writeTree(dir, files);
  writeFileSync(path.join(base, 'outside.out'), 'x');
  for (const [i, run] of runs.entries()) {
    if (run.name === 'r7') continue;
    mkdirSync(path.join(dir, run.name, 'eval', 'logs', 'not-a-log.eval'));
    if (i % 4 === 0)
      symlinkSync(path.join(base, 'outside.out'), path.join(dir, run.name, 'eval', 'slurm-9.out'));
  }
  return { dir, runs };
}

describe('discover', () => {
  it("lists every run folder's logs, eval jobs and warnings in the runs' order, whatever finishes first", async () => {
    const { dir, runs } = sweep('order');
    const { experiment } = await readExperiment(dir);
    const found = await discoverEvaluations(experiment, discoveryRoots(experiment), () => undefined);
    const withFiles = runs.map((run) => run.name).filter((name) => name !== 'r7');
    expect(found.logFiles.map((log) => log.run)).toEqual(withFiles);
    expect(found.evalJobs.map((job) => job.run)).toEqual(withFiles);
    expect(found.evalJobs.map((job) => job.logNames.length)).toEqual(withFiles.map(() => 1));
    // Per run: its log-named folder, then (every fourth run) its eval output linked out.
    const warned = runs.flatMap((run, i) =>
      run.name === 'r7' ? [] : i % 4 === 0 ? [run.name, run.name] : [run.name],
    );
    expect(
      found.evaluationDiagnostics.map((d) => path.relative(dir, d.file ?? '').split(path.sep)[0]),
    ).toEqual(warned);
    expect(new Set(found.evaluationDiagnostics.map((d) => d.message.replace(/ to \/.*/, '')))).toEqual(
      new Set(['not read: a directory, not a log file', 'not read: it resolves']),
    );
  });

  it('counts the runs as it finds their logs and training outputs, then the logs read, then says it is summarizing', async () => {
    const { dir } = sweep('progress');
    const phases: Array<[string, number | undefined, number | undefined]> = [];
    await summarize({
      experimentPath: dir,
      sacct: { mode: 'off' },
      progress: (phase, done, total) => phases.push([phase, done, total]),
    });
    const counts = (phase: string) => phases.filter(([name]) => name === phase).map(([, done]) => done);
    // From 0, so that the line's estimate counts from the phase's start.
    const range = Array.from({ length: 41 }, (_, i) => i);
    expect(counts('finding training outputs')).toEqual(range);
    expect(counts('finding evaluation logs')).toEqual(range);
    expect(phases.every(([name, , total]) => !name.startsWith('finding') || total === 40)).toBe(true);
    // One phase after another, never back: the logs are read while the training outputs are
    // searched, but their count is shown only once the search is done.
    const order = phases.map(([name]) => name).filter((name, i, all) => name !== all[i - 1]);
    expect(order).toEqual([
      'finding evaluation logs',
      'finding training outputs',
      'reading evaluation logs',
      'summarizing',
    ]);
    const reading = phases.filter(([name]) => name === 'reading evaluation logs');
    expect(reading.at(-1)).toEqual(['reading evaluation logs', 39, 39]);
    expect(reading.map(([, done]) => done)).toEqual(
      [...reading.map(([, done]) => done!)].sort((a, b) => a - b),
    );
  });
});
