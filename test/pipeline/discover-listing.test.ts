// Discovery lists each folder once: a run's eval folder gives its logs and its eval jobs' outputs,
// its training output folder its SLURM outputs and its checkpoints (src/util/folder-listing.ts).
// On a cluster file system every listing is a round trip to the server.
import { mkdirSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readdir } from 'node:fs/promises';
import { describe, expect, it, vi } from 'vitest';
import { discoverEvaluations, discoverTrainingSide, discoveryRoots } from '../../src/pipeline/discover.js';
import { readExperiment } from '../../src/sources/experiment/index.js';
import { copyDemo } from '../helpers/experiment-tree.js';
import { useTempDir } from '../helpers/temp-dir.js';

vi.mock('node:fs/promises', async (importOriginal) => {
  const original = await importOriginal<typeof import('node:fs/promises')>();
  return { ...original, readdir: vi.fn(original.readdir) };
});

const scratch = useTempDir('discover-listing-');

describe('discovery', () => {
  it('lists every folder of the demo once, and finds what it holds', async () => {
    const { experiment } = await readExperiment(copyDemo(join(scratch(), 'demo')));
    vi.mocked(readdir).mockClear();
    const roots = discoveryRoots(experiment);
    const evaluations = await discoverEvaluations(experiment, roots, () => undefined);
    const training = await discoverTrainingSide(experiment, roots, () => undefined);
    const listed = vi.mocked(readdir).mock.calls.map(([dir]) => String(dir));
    expect(listed.length).toBeGreaterThan(0);
    expect(listed.filter((dir, index) => listed.indexOf(dir) !== index)).toEqual([]);
    // What the listings were for: logs, eval jobs' outputs, training outputs and checkpoints.
    expect(evaluations.logFiles.length).toBeGreaterThan(0);
    expect(evaluations.evalJobs.length).toBeGreaterThan(0);
    expect(training.training.some((run) => run.slurmOut !== null)).toBe(true);
    expect(training.training.some((run) => run.checkpoints.length > 0)).toBe(true);
  });
});

describe('an eval folder that leads out of the experiment', () => {
  it('gives neither logs nor eval job outputs from there, and says why', async () => {
    const base = scratch();
    const dir = copyDemo(join(base, 'demo'));
    const { experiment } = await readExperiment(dir);
    const run = experiment.runs[0]!.name;
    // The run's eval folder moved out of the experiment, and linked back in.
    const outside = join(base, 'outside-eval');
    renameSync(join(dir, run, 'eval'), outside);
    mkdirSync(join(outside, 't_epoch0'), { recursive: true });
    writeFileSync(join(outside, 'slurm-777.out'), 'Log: logs/secret.eval\n');
    writeFileSync(join(outside, 't_epoch0', 'slurm-778.out'), 'Log: logs/secret.eval\n');
    symlinkSync(outside, join(dir, run, 'eval'));
    const found = await discoverEvaluations(experiment, discoveryRoots(experiment), () => undefined);
    expect(found.logFiles.filter((log) => log.run === run)).toEqual([]);
    expect(found.evalJobs.filter((job) => job.run === run)).toEqual([]);
    expect(found.evaluationDiagnostics).toContainEqual(
      expect.objectContaining({
        file: join(dir, run, 'eval'),
        message: expect.stringContaining('outside the experiment'),
      }),
    );
  });
});
