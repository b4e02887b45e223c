// The bottom floor: the Diagnostic type every layer reports problems with, and its helpers.
// Anyone may import this file; it imports only src/util/.
import path from 'node:path';
import { displayPath } from './util/paths.js';

export interface Diagnostic {
  level: 'warning' | 'error';
  /** The file the problem is about, when there is one. */
  file: string | null;
  /** 1-based line in `file`, when known (GitHub annotations and `file:line` in messages use it). */
  line?: number;
  /** Key path inside a YAML file, e.g. `evaluation.matrix[1].epochs`. */
  key?: string;
  message: string;
}

/**
 * Diagnostics as the summary shows them: once each, the file relative to the experiment directory,
 * and the message without the absolute path readers start it with (the file is shown beside it).
 */
export function diagnosticsForDisplay(
  experimentDir: string,
  diagnostics: readonly Diagnostic[],
): Diagnostic[] {
  const seen = new Set<string>();
  const shown = diagnostics.map((d) => {
    if (d.file === null || !path.isAbsolute(d.file)) return d;
    const file = displayPath(experimentDir, d.file);
    return { ...d, file, message: d.message.replaceAll(`${d.file}: `, '').replaceAll(d.file, file) };
  });
  return shown.filter((d) => {
    const key = `${d.level}\u0000${d.file}\u0000${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
