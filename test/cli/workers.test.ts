// The CLI bundle reads many evaluation logs on worker threads (src/util/worker-pool.ts); the
// summary must be the one the main thread alone makes. 96 logs (above the threshold for workers),
// with different confusion matrices, a damaged log and a zstd log among them, and 24 training
// outputs (read on the workers too): completed, failed, and one that is not text.
// Needs a fresh bundle in dist/ (`npm run bundle`).
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { summarizeExperiment } from '../../src/sinks/files.js';
import { manyLogsExperiment } from '../helpers/many-logs.js';
import { useTempDir } from '../helpers/temp-dir.js';

const run = promisify(execFile);
const bin = new URL('../../bin/summarize-experiment.js', import.meta.url).pathname;
const scratch = useTempDir('cli-workers-');

describe('the CLI on worker threads', () => {
  it.each([
    ['different answers (bootstraps on the workers too)', false],
    ['the same answers (the pool closes after the reading)', true],
  ])('gives the same evaluations as the main thread alone: %s', async (_, sameAnswers) => {
    const dir = join(scratch(), sameAnswers ? 'same' : 'workers');
    manyLogsExperiment(dir, { sameAnswers });
    const inline = await summarizeExperiment({
      experimentPath: dir,
      sacct: { mode: 'off' },
      rerunCommand: `node ${bin}`,
    });
    expect(inline.summary.evaluations).toHaveLength(96);
    // What the main thread alone wrote, then what the bundle with its workers writes over it.
    const files = () => ({
      json: JSON.parse(readFileSync(join(dir, 'summary.json'), 'utf8')) as {
        evaluations: unknown[];
        warnings: unknown[];
        runs: Array<{ finetune: { status: string } }>;
        training: unknown;
      },
      // Everything but the generation time.
      markdown: readFileSync(join(dir, 'summary.md'), 'utf8').replace(/\*\*Generated:\*\* [^|]*/, ''),
    });
    const alone = files();
    await run(process.execPath, [bin, dir, '--no-sacct', '--quiet'], { timeout: 60_000 });
    const bundled = files();
    expect(bundled.json.evaluations).toEqual(alone.json.evaluations);
    expect(bundled.json.warnings).toEqual(alone.json.warnings);
    expect(bundled.json.runs).toEqual(alone.json.runs);
    expect(bundled.json.training).toEqual(alone.json.training);
    // The training outputs were read, failures included, on either side.
    const statuses = alone.json.runs.map((run) => run.finetune.status);
    expect(statuses.filter((status) => status === 'COMPLETED').length).toBeGreaterThan(0);
    expect(statuses).toContain('OUT_OF_MEMORY');
    expect(statuses).toContain('TIMEOUT');
    // The Δ vs control columns pair per-sample scores: they too must come back from the workers.
    expect(bundled.markdown).toEqual(alone.markdown);
    expect(JSON.stringify(bundled.json.warnings)).toContain('not a ZIP archive');
    // The process log says the logs went to worker threads (one per core, at most 3 for 96 logs).
    const processLog = readFileSync(join(dir, 'logs', 'summarize-experiment.log'), 'utf8');
    expect(processLog).toMatch(/Reading 96 evaluation logs\n.*Result: on [1-3] worker threads?\n/);
    // Different answer sheets: the intervals' bootstraps were computed on the workers too, and the
    // intervals above came out the same. The same ones: too few to send, computed here.
    const resampled =
      /Resampling \d+ distinct sets of balanced-accuracy counts \(bootstrap\)\nResult: on [1-3] worker threads?\n/;
    if (sameAnswers) expect(processLog).not.toMatch(resampled);
    else expect(processLog).toMatch(resampled);
  });
});
