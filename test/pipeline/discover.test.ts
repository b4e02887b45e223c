// Discovery of run folders: several at once, results in the runs' order, progress per run.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { discover } from '../../src/pipeline/discover.js';
import { summarize } from '../../src/pipeline/index.js';
import { readExperiment } from '../../src/sources/experiment/index.js';
import { experimentYaml, logFileName, writeTree, type TreeRun } from '../helpers/experiment-tree.js';

const root = mkdtempSync(path.join(tmpdir(), 'discover-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** 40 runs; each holds one log file and one folder named like a log (a warning), and r7 has none. */
function sweep(name: string): { dir: string; runs: TreeRun[] } {
  const dir = path.join(root, name);
  // Names whose order differs from the order of the YAML, and folders of different depths.
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
    const nested = i % 3 === 0 ? 'logs/deeper/' : 'logs/';
    files[`${run.name}/eval/${nested}${logFileName('2026-03-16T13-00-00+00-00', 't', `id${i}`)}`] = 'x';
  }
  writeTree(dir, files);
  for (const run of runs) {
    if (run.name !== 'r7') mkdirSync(path.join(dir, run.name, 'eval', 'logs', 'not-a-log.eval'));
  }
  return { dir, runs };
}

describe('discover', () => {
  it("lists every run folder's logs and warnings in the runs' order, whatever finishes first", async () => {
    const { dir, runs } = sweep('order');
    const { experiment } = await readExperiment(dir);
    const found = await discover(experiment);
    const withFiles = runs.map((run) => run.name).filter((name) => name !== 'r7');
    expect(found.logFiles.map((log) => log.run)).toEqual(withFiles);
    expect(
      found.evaluationDiagnostics.map((d) => path.relative(dir, d.file ?? '').split(path.sep)[0]),
    ).toEqual(withFiles);
    expect(
      found.evaluationDiagnostics.every((d) => d.message === 'not read: a directory, not a log file'),
    ).toBe(true);
  });

  it('counts the runs as it finds their training outputs and logs, then says it is summarizing', async () => {
    const { dir } = sweep('progress');
    const phases: Array<[string, number | undefined, number | undefined]> = [];
    await summarize({
      experimentPath: dir,
      sacct: { mode: 'off' },
      progress: (phase, done, total) => phases.push([phase, done, total]),
    });
    const counts = (phase: string) => phases.filter(([name]) => name === phase).map(([, done]) => done);
    const range = Array.from({ length: 40 }, (_, i) => i + 1);
    expect(counts('finding training outputs')).toEqual(range);
    expect(counts('finding evaluation logs')).toEqual(range);
    expect(phases.every(([name, , total]) => !name.startsWith('finding') || total === 40)).toBe(true);
    const order = [...new Set(phases.map(([name]) => name))];
    expect(order.indexOf('finding training outputs')).toBeLessThan(order.indexOf('finding evaluation logs'));
    expect(order.indexOf('finding evaluation logs')).toBeLessThan(order.indexOf('reading evaluation logs'));
    expect(order.at(-1)).toBe('summarizing');
  });
});
