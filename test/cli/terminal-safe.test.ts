// Names from the experiment reach the terminal (warnings, paths, tables): escape sequences in them
// cannot rewrite the screen or the window title.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/index.js';
import { fakeIo } from '../helpers/cli-io.js';
import { binarySamples, buildEvalLog } from '../../scripts/lib/eval-log.js';
import { experimentYaml } from '../helpers/experiment-tree.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();

describe('terminal output', () => {
  it('strips escape sequences, controls and bidi characters from names in warnings', async () => {
    const dir = tempDir();
    const hostile = 'x\u001b]0;pwned\u0007\u001b[2J\u001b[H\u202e/..';
    await writeFile(
      path.join(dir, 'experiment_summary.yaml'),
      experimentYaml({
        name: 'e',
        runs: [
          { name: hostile, type: 'control' },
          { name: 'base', type: 'control' },
        ],
        tasks: ['t'],
      }),
    );
    const io = fakeIo();
    const code = await runCli([dir, '--no-sacct'], io);
    expect(code).toBe(0);
    const printed = io.out() + io.err();
    expect(printed).toContain('is not a plain folder name');
    // eslint-disable-next-line no-control-regex
    expect(printed).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
    expect(printed).not.toContain('0;pwned\u0007');
  });

  it('strips them from task names read from an evaluation log (read-eval table)', async () => {
    const dir = tempDir();
    const file = path.join(dir, '2026-03-16T13-00-00+00-00_t_x.eval');
    await writeFile(
      file,
      buildEvalLog({
        task: 'cap\u001b]0;pwned\u0007\u001b[2J\u202etask',
        model: 'm',
        created: '2026-03-16T13:00:00+00:00',
        samples: binarySamples({ tp: 1, tn: 1, fp: 0, fn: 0 }),
      }),
    );
    const io = fakeIo();
    await runCli(['read-eval', file], io);
    expect(io.out()).toContain('captask');
    // eslint-disable-next-line no-control-regex
    expect(io.out()).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
  });

  it('keeps --json output exact (controls escaped, not dropped)', async () => {
    const dir = tempDir();
    const log = path.join(dir, 'slurm-1.out');
    await writeFile(log, '1|10|Loss: 0.5: 100%|██████████| 10/10 [00:01<00:00,  9.00it/s]\n');
    const named = path.join(dir, 'a\u0085b.out');
    await writeFile(named, await import('node:fs/promises').then((fs) => fs.readFile(log)));
    const io = fakeIo();
    await runCli(['read-loss', '--json', named], io);
    expect(io.out()).toContain('a\\u0085b.out');
    expect((JSON.parse(io.out()) as Array<{ path?: string; file?: string }>).length).toBe(1);
  });
});
