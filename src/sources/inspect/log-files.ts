// Finding inspect logs under a directory: `.eval` archives, and `.json` files named the way
// inspect names logs (`{created}_{task}_{id}.json`), so that other JSON files are not mistaken
// for logs. Inspect's realtime buffers (`.buffer/`) are not logs.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

const JSON_LOG_NAME = /^\d{4}-\d{2}-\d{2}T\d{2}[-:]\d{2}[-:]\d{2}.*\.json$/;

export function isEvalLogName(name: string): boolean {
  return name.endsWith('.eval') || JSON_LOG_NAME.test(name);
}

/** Every log below `dir`, sorted by path. Throws the fs error when `dir` cannot be listed. */
export async function listEvalLogs(dir: string): Promise<string[]> {
  const found: string[] = [];
  const walk = async (current: string): Promise<void> => {
    const entries = await readdir(current, { withFileTypes: true });
    for (const entry of entries) {
      const path = join(current, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== '.buffer' && entry.name !== 'node_modules') await walk(path);
      } else if (entry.isFile() && isEvalLogName(entry.name)) found.push(path);
    }
  };
  await walk(dir);
  return found.sort();
}
