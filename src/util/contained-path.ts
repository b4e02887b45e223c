// Keeping reads and writes inside the directories the tool may touch. Names in the experiment YAML
// come from whoever wrote it, and an experiment on a shared file system may hold symlinks planted by
// others: a path is only used when it lies inside an allowed root, judged on its real path (every
// symlink resolved), so neither `../` nor a link can lead outside.
import { lstat, realpath } from 'node:fs/promises';
import path from 'node:path';
import { isMissing } from './fs-errors.js';

/** Whether `candidate` is `root` or lies below it (both absolute and already resolved). */
export function isInside(root: string, candidate: string): boolean {
  const relative = path.relative(root, candidate);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/**
 * Why a name from the YAML cannot be one directory name below the experiment, or null when it can:
 * empty, `.`/`..`, a path separator, an absolute path, a NUL.
 */
export function unsafeNameReason(name: string): string | null {
  if (name === '') return 'it is empty';
  if (name === '.' || name === '..') return `"${name}" names a directory itself, not a folder inside it`;
  if (name.includes('\u0000')) return 'it contains a NUL character';
  if (path.isAbsolute(name) || /^[A-Za-z]:/.test(name)) return 'it is an absolute path';
  if (/[/\\]/.test(name)) return 'it contains a path separator (/ or \\)';
  return null;
}

export type Containment =
  { ok: true; real: string } | { ok: false; reason: 'missing' | 'outside' | 'loop' | 'io'; detail: string };

/**
 * The real path of `candidate` when it resolves inside one of `roots` (given as they are; their
 * real paths are taken here, once per list). A dangling link or missing file is `missing`; a symlink
 * loop `loop`.
 */
export async function resolveInside(candidate: string, roots: readonly string[]): Promise<Containment> {
  let real: string;
  try {
    real = await realpath(candidate);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') return { ok: false, reason: 'loop', detail: 'a symbolic link loop' };
    if (isMissing(error)) {
      const isLink = await lstat(candidate).then(
        (info) => info.isSymbolicLink(),
        () => false,
      );
      return { ok: false, reason: 'missing', detail: isLink ? 'a dangling symbolic link' : 'no such file' };
    }
    return { ok: false, reason: 'io', detail: (error as Error).message };
  }
  for (const realRoot of await realRoots(roots)) {
    if (isInside(realRoot, real)) return { ok: true, real };
  }
  return { ok: false, reason: 'outside', detail: `it resolves to ${real}, outside the experiment` };
}

/**
 * The roots' real paths, taken once per `roots` list: a discovery pass passes one list to every
 * call (tens of thousands on a sweep of thousands of runs), and a new pass makes a new list. A root
 * whose real path cannot be taken (missing for now) counts as its resolved path and is asked again
 * next time: only real paths are kept.
 */
const realRootsOf = new WeakMap<readonly string[], Promise<string[]>>();

export async function realRoots(roots: readonly string[]): Promise<string[]> {
  const known = realRootsOf.get(roots);
  if (known) return known;
  let complete = true;
  const taking = Promise.all(
    roots.map((root) =>
      realpath(root).catch(() => {
        complete = false;
        return path.resolve(root);
      }),
    ),
  );
  realRootsOf.set(roots, taking);
  const real = await taking;
  if (!complete) realRootsOf.delete(roots);
  return real;
}

/** Whether the path itself (not what it points to) is a symbolic link; false when it does not exist. */
export async function isSymlink(file: string): Promise<boolean> {
  try {
    return (await lstat(file)).isSymbolicLink();
  } catch {
    return false;
  }
}
