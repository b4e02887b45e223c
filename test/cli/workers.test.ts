// The CLI bundle reads many evaluation logs on worker threads (src/util/worker-pool.ts); the
// summary must be the one the main thread alone makes. 96 logs (above the threshold for workers),
// with different confusion matrices, a damaged log and a zstd log among them.
// Needs a fresh bundle in dist/ (`npm run bundle`).
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { summarizeExperiment } from '../../src/sinks/files.js';
import { binarySamples, buildEvalLog } from '../../scripts/lib/eval-log.js';
import { experimentYaml, logFileName, writeTree, type TreeRun } from '../helpers/experiment-tree.js';
import { useTempDir } from '../helpers/temp-dir.js';

const run = promisify(execFile);
const bin = new URL('../../bin/summarize-experiment.js', import.meta.url).pathname;
const scratch = useTempDir('cli-workers-');

function experiment(dir: string): void {
  const runs: TreeRun[] = Array.from({ length: 24 }, (_, i) => ({
    name: `r${i}`,
    type: 'fine-tuned' as const,
    epochs: [0, 1],
  }));
  const files: Record<string, string | Buffer> = {
    'experiment_summary.yaml': experimentYaml({ name: 'workers', runs, tasks: ['a', 'b'] }),
  };
  let n = 0;
  for (const { name } of runs) {
    for (const task of ['a', 'b']) {
      for (const epoch of [0, 1]) {
        n++;
        const file = `${name}/eval/logs/${logFileName(`2026-03-16T13-${String(n % 60).padStart(2, '0')}-00+00-00`, task, `id${n}`)}`;
        files[file] =
          n === 7
            ? Buffer.from('not a zip at all')
            : buildEvalLog({
                task,
                model: `hf/${name}_epoch_${epoch}`,
                created: '2026-03-16T13:00:00+00:00',
                samples: binarySamples({ tp: 5 + (n % 4), tn: 6, fp: n % 3, fn: 1 + (n % 5) }),
                metadata: { epoch },
                ...(n % 10 === 0 ? { method: 'zstd' as const } : {}),
              });
      }
    }
  }
  writeTree(dir, files);
}

describe('the CLI on worker threads', () => {
  it('gives the same evaluations as the main thread alone', async () => {
    const dir = join(scratch(), 'workers');
    experiment(dir);
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
      },
      // Everything but the generation time.
      markdown: readFileSync(join(dir, 'summary.md'), 'utf8').replace(/\*\*Generated:\*\* [^|]*/, ''),
    });
    const alone = files();
    await run(process.execPath, [bin, dir, '--no-sacct', '--quiet'], { timeout: 60_000 });
    const bundled = files();
    expect(bundled.json.evaluations).toEqual(alone.json.evaluations);
    expect(bundled.json.warnings).toEqual(alone.json.warnings);
    // The Δ vs control columns pair per-sample scores: they too must come back from the workers.
    expect(bundled.markdown).toEqual(alone.markdown);
    expect(JSON.stringify(bundled.json.warnings)).toContain('not a ZIP archive');
  });
});
