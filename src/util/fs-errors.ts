/** An fs error that means "not there": the file or folder, or a folder on its path, does not exist. */
export function isMissing(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'ENOENT' || code === 'ENOTDIR';
}
