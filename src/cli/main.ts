// The CLI as a program: the entry of the CLI bundle (dist/cli/index.js), which bin/ runs and which is
// also released alone as `summarize-experiment.mjs` (`node summarize-experiment.mjs DIR`, nothing
// installed). Everything it needs is bundled; only Node's built-in modules are imported.
// The same file is the script of its worker threads (see src/util/worker-pool.ts).
import { isMainThread } from 'node:worker_threads';
import { runCli } from './index.js';
import { evalLogTasks } from '../pipeline/eval-logs.js';
import { serveTasks, useWorkerScript } from '../util/worker-pool.js';

if (isMainThread) {
  useWorkerScript(import.meta.url);
  process.exitCode = await runCli(process.argv.slice(2));
} else {
  serveTasks(evalLogTasks);
}
