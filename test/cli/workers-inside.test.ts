// The CLI bundle's worker threads read only inside the experiment too: a pool told the roots
// (WorkerPool.readInside) sends them with each task, and a file that leads out of them is refused
// on the worker as on the main thread (src/util/random-access-file.ts readingInside).
// Needs a fresh bundle in dist/ (`npm run bundle`).
import { copyFileSync, mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { useWorkerScript, WorkerPool } from '../../src/util/worker-pool.js';
import { useTempDir } from '../helpers/temp-dir.js';

const bundle = new URL('../../dist/cli/index.js', import.meta.url);
const demoLog = new URL(
  '../../examples/demo/Llama-3.2-1B-Instruct_base/eval/logs/2026-03-16T14-22-07+00-00_capitalization_Dm55555555555555555555.eval',
  import.meta.url,
).pathname;
const scratch = useTempDir('workers-inside-');

afterEach(() => useWorkerScript(null));

describe("the bundle's worker threads", () => {
  it('refuse a log and a training output that lead out of the experiment, and read those inside', async () => {
    const base = scratch();
    const experiment = join(base, 'exp');
    mkdirSync(join(experiment, 'logs'), { recursive: true });
    mkdirSync(join(base, 'outside'));
    copyFileSync(demoLog, join(experiment, 'logs', 'mine.eval'));
    copyFileSync(demoLog, join(base, 'outside', 'theirs.eval'));
    copyFileSync(demoLog, join(base, 'outside', 'slurm-1.out'));
    symlinkSync(join(base, 'outside'), join(experiment, 'elsewhere'));
    useWorkerScript(pathToFileURL(bundle.pathname));
    const pool = await WorkerPool.start(1, 2);
    try {
      pool.readInside([experiment]);
      const wire = await pool.run<{ summaries: Array<{ status: string; error?: string | null }> }>(
        'summarizeEvalLogs',
        {
          paths: [join(experiment, 'logs', 'mine.eval'), join(experiment, 'elsewhere', 'theirs.eval')],
          options: {},
        },
      );
      expect(wire.summaries[0]!.status).toBe('success');
      expect(wire.summaries[1]!.status).toBe('unreadable');
      expect(wire.summaries[1]!.error).toContain(
        `it resolves to ${join(base, 'outside', 'theirs.eval')}, outside the experiment`,
      );
      const curve = await pool.run<{ error: string | null }>(
        'readLossCurve',
        join(experiment, 'elsewhere', 'slurm-1.out'),
      );
      expect(curve.error).toContain('outside the experiment');
    } finally {
      await pool.close();
    }
  });
});
