import { mkdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isInside, resolveInside, unsafeNameReason } from '../../src/util/contained-path.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();

describe('isInside / unsafeNameReason', () => {
  it('judges paths, not prefixes', () => {
    expect(isInside('/a/b', '/a/b')).toBe(true);
    expect(isInside('/a/b', '/a/b/c')).toBe(true);
    expect(isInside('/a/b', '/a/bc')).toBe(false);
    expect(isInside('/a/b', '/a')).toBe(false);
    expect(isInside('/a/b', '/a/b/../c')).toBe(false);
  });

  it('refuses names that are not one folder name', () => {
    for (const name of ['..', '.', '../../escaped', 'a/b', 'a\\b', '/etc', 'C:x', '', 'a\u0000b']) {
      expect(unsafeNameReason(name), name).not.toBeNull();
    }
    for (const name of ['rank4_lr1e-5', '..x', 'x..', '@octocat', '# Big'])
      expect(unsafeNameReason(name)).toBeNull();
  });
});

describe('resolveInside', () => {
  it('follows a link that stays inside, refuses one that leads out, names loops and dangling links', async () => {
    const root = path.join(tempDir(), 'exp');
    const outside = path.join(tempDir(), 'outside');
    await mkdir(root);
    await mkdir(outside);
    await writeFile(path.join(root, 'real.eval'), 'x');
    await writeFile(path.join(outside, 'secret.eval'), 'x');
    await symlink(path.join(root, 'real.eval'), path.join(root, 'inside.eval'));
    await symlink(path.join(outside, 'secret.eval'), path.join(root, 'out.eval'));
    await symlink(path.join(root, 'loop-b.eval'), path.join(root, 'loop-a.eval'));
    await symlink(path.join(root, 'loop-a.eval'), path.join(root, 'loop-b.eval'));
    await symlink(path.join(root, 'gone.eval'), path.join(root, 'dangling.eval'));

    expect(await resolveInside(path.join(root, 'inside.eval'), [root])).toMatchObject({ ok: true });
    expect(await resolveInside(path.join(root, 'out.eval'), [root])).toMatchObject({
      ok: false,
      reason: 'outside',
    });
    expect(await resolveInside(path.join(root, 'out.eval'), [root, outside])).toMatchObject({ ok: true });
    expect(await resolveInside(path.join(root, 'loop-a.eval'), [root])).toMatchObject({
      ok: false,
      reason: 'loop',
    });
    expect(await resolveInside(path.join(root, 'dangling.eval'), [root])).toEqual({
      ok: false,
      reason: 'missing',
      detail: 'a dangling symbolic link',
    });
  });

  it('takes the roots real paths once per list, but asks again for a root that was missing', async () => {
    // A root through a link (as /scratch often is) that appears only after the first check.
    const real = path.join(tempDir(), 'real-base');
    await mkdir(real);
    await writeFile(path.join(real, 'log.eval'), 'x');
    const viaLink = path.join(tempDir(), 'base-link');
    const roots = [viaLink];
    expect(await resolveInside(path.join(real, 'log.eval'), roots)).toMatchObject({ reason: 'outside' });
    await symlink(real, viaLink);
    expect(await resolveInside(path.join(real, 'log.eval'), roots)).toMatchObject({ ok: true });
  });
});
