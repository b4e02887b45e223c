// Discovery lists each folder once: a run's eval folder gives its logs and its eval jobs' outputs,
// its training output folder its SLURM outputs and its checkpoints (src/util/folder-listing.ts).
// On a cluster file system every listing is a round trip to the server.
import { mkdirSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readdir } from 'node:fs/promises';
import { describe, expect, it, vi } from 'vitest';
import { discoverEvaluations, discoverTrainingSide, discoveryRoots } from '../../src/pipeline/discover.js';
import { readExperiment } from '../../src/sources/experiment/index.js';
import { FolderListings } from '../../src/util/folder-listing.js';
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

/**
 * A copy of the demo whose first run's eval folder holds a per-cell folder `cell` with an eval
 * job's output, and `swap`, which replaces that folder by a link to one outside the experiment
 * holding a log and an eval job's output with a secret in it.
 */
function raceTree(name: string, cell: string) {
  const base = scratch();
  const dir = copyDemo(join(base, name));
  const evalDir = (run: string) => join(dir, run, 'eval');
  const outside = join(base, `outside-${name}`);
  mkdirSync(outside);
  writeFileSync(join(outside, 'slurm-88.out'), 'Log: logs/secret.eval\nValueError: PRIVATE-TOKEN\n');
  writeFileSync(join(outside, 'secret.eval'), 'x');
  return {
    dir,
    prepare: (run: string) => {
      mkdirSync(join(evalDir(run), cell), { recursive: true });
      writeFileSync(join(evalDir(run), cell, 'slurm-10.out'), 'Log: logs/mine.eval\n');
    },
    swap: (run: string) => {
      renameSync(join(evalDir(run), cell), join(base, `moved-${name}`));
      symlinkSync(outside, join(evalDir(run), cell));
    },
  };
}

describe('a folder replaced by a link to outside while the experiment is searched', () => {
  it('is refused by every reader of it, though its parent listed it as a plain folder', async () => {
    const tree = raceTree('demo-swapped', 't_epoch0');
    const { experiment } = await readExperiment(tree.dir);
    const run = experiment.runs[0]!.name;
    const evalDir = join(tree.dir, run, 'eval');
    tree.prepare(run);
    // Right after the eval folder is listed, the per-cell folder becomes a link to outside.
    const listEntries = FolderListings.prototype.entries;
    let swapped = false;
    const spy = vi.spyOn(FolderListings.prototype, 'entries').mockImplementation(async function (
      this: FolderListings,
      folder: string,
    ) {
      const entries = await listEntries.call(this, folder);
      if (folder === evalDir && !swapped) {
        swapped = true;
        tree.swap(run);
      }
      return entries;
    });
    try {
      const found = await discoverEvaluations(experiment, discoveryRoots(experiment), () => undefined);
      expect(swapped).toBe(true);
      const jobs = found.evalJobs.filter((job) => job.run === run);
      expect(jobs.map((job) => job.slurmOut)).not.toContain(join(evalDir, 't_epoch0', 'slurm-88.out'));
      expect(JSON.stringify(found)).not.toContain('PRIVATE-TOKEN');
      expect(found.logFiles.map((log) => log.file)).not.toContain(join(evalDir, 't_epoch0', 'secret.eval'));
      expect(found.evaluationDiagnostics).toContainEqual(
        expect.objectContaining({
          file: join(evalDir, 't_epoch0'),
          message: expect.stringContaining('outside the experiment'),
        }),
      );
    } finally {
      spy.mockRestore();
    }
  });
});

describe('a per-cell folder reached first through a link, replaced after the log walk', () => {
  it('is scanned from the listing taken with its verdict, not listed again later', async () => {
    const tree = raceTree('demo-two-ways', 'b_epoch0');
    const { experiment } = await readExperiment(tree.dir);
    const run = experiment.runs[0]!.name;
    const evalDir = join(tree.dir, run, 'eval');
    tree.prepare(run);
    // Walked first (sorted) through this link, so the log walk stops at b_epoch0 (already seen).
    symlinkSync('b_epoch0', join(evalDir, 'a_link'));
    // The eval jobs' scan asks about the eval folder second: the log walk is over by then.
    const ask = FolderListings.prototype.inside;
    let asked = 0;
    const spy = vi.spyOn(FolderListings.prototype, 'inside').mockImplementation(function (
      this: FolderListings,
      folder: string,
      roots: readonly string[],
    ) {
      if (folder === evalDir && ++asked === 2) tree.swap(run);
      return ask.call(this, folder, roots);
    });
    try {
      const found = await discoverEvaluations(experiment, discoveryRoots(experiment), () => undefined);
      expect(asked).toBeGreaterThanOrEqual(2);
      expect(JSON.stringify(found)).not.toContain('PRIVATE-TOKEN');
      expect(found.evalJobs.map((job) => job.slurmOut)).not.toContain(
        join(evalDir, 'b_epoch0', 'slurm-88.out'),
      );
    } finally {
      spy.mockRestore();
    }
  });
});
