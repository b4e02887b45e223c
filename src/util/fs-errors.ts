/** An fs error that means "not there": the file or folder, or a folder on its path, does not exist. */
export function isMissing(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'ENOENT' || code === 'ENOTDIR';
}

/**
 * What went wrong with a file, in a few words, the same way everywhere: `no such file`,
 * `permission denied`, `is a directory`, else Node's own message.
 */
export function fsProblem(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  return (error as Error).message ?? String(error);
}
