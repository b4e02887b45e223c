// The Action reads an experiment (and resamples its statistics) on worker threads as the CLI does. Its workers
// run the CLI bundle that ships beside it (dist/cli/index.js serves the reading tasks on a worker
// thread): a tenth of the Action bundle's size to compile per thread, and the same code.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { useWorkerScript } from '../../util/worker-pool.js';

/** Path of the CLI bundle from the Action bundle's folder; built up so the bundler does not copy it. */
const CLI_BUNDLE = ['.', 'cli', 'index.js'].join('/');

/**
 * Registers the CLI bundle next to `actionUrl` (the running Action bundle) as the worker script.
 * Without one there (the Action run from source, or a dist/ without the CLI), everything is read inline.
 */
export function useCliWorkers(actionUrl: string): boolean {
  const script = new URL(CLI_BUNDLE, actionUrl);
  if (script.protocol !== 'file:' || !existsSync(fileURLToPath(script))) return false;
  useWorkerScript(script);
  return true;
}
