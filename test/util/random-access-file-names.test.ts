// readingInside where the open file's own name does not settle it: no /proc (macOS, Windows), or a
// name spelled in another case than the roots (a case-insensitive file system on Linux). Then the
// path must lead inside and to the very file that is open (src/util/random-access-file.ts).
import * as fs from 'node:fs';
import * as fsp from 'node:fs/promises';
import { mkdirSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openForReading, readingInside } from '../../src/util/random-access-file.js';
import { useTempDir } from '../helpers/temp-dir.js';

vi.mock('node:fs', async (importOriginal) => {
  const original = await importOriginal<typeof import('node:fs')>();
  return { ...original, readlinkSync: vi.fn(original.readlinkSync) };
});
vi.mock('node:fs/promises', async (importOriginal) => {
  const original = await importOriginal<typeof import('node:fs/promises')>();
  return { ...original, readlink: vi.fn(original.readlink) };
});

const scratch = useTempDir('open-file-names-');
afterEach(() => {
  vi.mocked(fs.readlinkSync).mockReset();
  vi.mocked(fsp.readlink).mockReset();
});

/** An experiment with a file, a link out of it, and a file outside. */
function tree(name: string) {
  const base = path.join(scratch(), name);
  mkdirSync(path.join(base, 'exp'), { recursive: true });
  mkdirSync(path.join(base, 'outside'));
  writeFileSync(path.join(base, 'exp', 'mine.txt'), 'mine');
  writeFileSync(path.join(base, 'outside', 'secret.txt'), 'secret');
  symlinkSync(path.join(base, 'outside', 'secret.txt'), path.join(base, 'exp', 'linked.txt'));
  return { base, roots: [path.join(base, 'exp')] };
}

/** /proc/self/fd answers with `name(real)`, or not at all when `name` is null. */
function procNames(name: ((real: string) => string) | null): void {
  const answer = (real: string) => {
    if (name === null) throw Object.assign(new Error('ENOENT: no /proc'), { code: 'ENOENT' });
    return name(real);
  };
  const realOf = (fd: string) => fs.realpathSync(`/proc/self/fd/${fd}`);
  vi.mocked(fs.readlinkSync).mockImplementation(((link: string) =>
    answer(realOf(String(link).split('/').pop()!))) as never);
  vi.mocked(fsp.readlink).mockImplementation((async (link: string) =>
    answer(realOf(String(link).split('/').pop()!))) as never);
}

describe('checking an open file without its own name to go by', () => {
  for (const sync of [true, false]) {
    it(`without /proc: a file inside passes, a link out is refused with where it leads (sync: ${sync})`, async () => {
      const { base, roots } = tree(`no-proc-${sync}`);
      procNames(null);
      await readingInside(roots, async () => {
        await (await openForReading(path.join(base, 'exp', 'mine.txt'), sync)).close();
        await expect(openForReading(path.join(base, 'exp', 'linked.txt'), sync)).rejects.toMatchObject({
          code: 'EOUTSIDE',
          message: expect.stringContaining(`it resolves to ${path.join(base, 'outside', 'secret.txt')}`),
        });
      });
    });

    it(`a name in another case: passes when the path leads inside to the same file (sync: ${sync})`, async () => {
      const { base, roots } = tree(`case-${sync}`);
      procNames((real) => real.toUpperCase());
      await readingInside(roots, async () => {
        await (await openForReading(path.join(base, 'exp', 'mine.txt'), sync)).close();
        await expect(openForReading(path.join(base, 'exp', 'linked.txt'), sync)).rejects.toMatchObject({
          code: 'EOUTSIDE',
        });
      });
    });
  }

  it('refuses a file whose path leads inside, but to another file than the one open', async () => {
    const { base, roots } = tree('replaced');
    writeFileSync(path.join(base, 'exp', 'other.txt'), 'other');
    // While the open file is checked, another file takes its name: the path is inside, the open
    // file (its name spelled otherwise, as a case-insensitive file system would) is not that one.
    procNames((real) => {
      renameSync(path.join(base, 'exp', 'other.txt'), path.join(base, 'exp', 'mine.txt'));
      return real.toUpperCase();
    });
    await readingInside(roots, async () => {
      await expect(openForReading(path.join(base, 'exp', 'mine.txt'), true)).rejects.toMatchObject({
        code: 'EOUTSIDE',
      });
    });
  });
});
