// discoverEvalLogs (src/sources/inspect/log-files.ts): a plain folder inside a folder known to be
// in the experiment is walked without asking for its real path, so a link to it and the folder
// itself must still give each log once, whichever comes first, under the path it is found at.
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { discoverEvalLogs } from '../../../src/sources/inspect/log-files.js';
import { useTempDir } from '../../helpers/temp-dir.js';

const scratch = useTempDir('log-files-');

describe('discoverEvalLogs', () => {
  it('walks a folder once whether it is reached by a link or by its own name, in either order', async () => {
    const dir = join(scratch(), 'eval');
    // `b-logs` is a plain folder; `a-link` (sorted before it) and `c-link` (after it) lead to it,
    // and a link deep inside it leads back up to the eval folder itself.
    mkdirSync(join(dir, 'b-logs', 'deeper'), { recursive: true });
    writeFileSync(join(dir, 'b-logs', 'one.eval'), 'x');
    writeFileSync(join(dir, 'b-logs', 'deeper', 'two.eval'), 'x');
    writeFileSync(join(dir, 'top.eval'), 'x');
    symlinkSync(join(dir, 'b-logs'), join(dir, 'a-link'));
    symlinkSync(join(dir, 'b-logs'), join(dir, 'c-link'));
    symlinkSync(dir, join(dir, 'b-logs', 'deeper', 'up'));
    const found = await discoverEvalLogs(dir, [dir]);
    expect(found.files.map((file) => relative(dir, file))).toEqual([
      'a-link/deeper/two.eval',
      'a-link/one.eval',
      'top.eval',
    ]);
    expect(found.skipped).toEqual([]);
  });

  it('does not follow a folder link out of the roots, nor a log link out of them (named)', async () => {
    const base = scratch();
    const dir = join(base, 'exp', 'eval');
    mkdirSync(join(dir, 'logs'), { recursive: true });
    mkdirSync(join(base, 'outside'));
    writeFileSync(join(base, 'outside', 'secret.eval'), 'x');
    writeFileSync(join(dir, 'logs', 'mine.eval'), 'x');
    symlinkSync(join(base, 'outside'), join(dir, 'logs', 'elsewhere'));
    symlinkSync(join(base, 'outside', 'secret.eval'), join(dir, 'logs', 'linked.eval'));
    const found = await discoverEvalLogs(dir, [join(base, 'exp')]);
    expect(found.files.map((file) => relative(dir, file))).toEqual(['logs/mine.eval']);
    expect(found.skipped).toEqual([
      { file: join(dir, 'logs', 'linked.eval'), reason: expect.stringContaining('outside the experiment') },
    ]);
  });
});
