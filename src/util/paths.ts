import path from 'node:path';

/** A path as shown to the researcher: relative to the experiment directory when inside it. */
export function displayPath(experimentDir: string, file: string): string {
  const relative = path.relative(experimentDir, file);
  if (relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative)) {
    return relative.split(path.sep).join('/');
  }
  return file;
}
