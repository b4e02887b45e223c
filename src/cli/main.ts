// The CLI as a program: the entry of the CLI bundle (dist/cli/index.js), which bin/ runs and which is
// also released alone as `summarize-experiment.mjs` (`node summarize-experiment.mjs DIR`, nothing
// installed). Everything it needs is bundled; only Node's built-in modules are imported.
// The same file is the script of its worker threads (see src/util/worker-pool.ts). What each side
// needs is imported when it starts (one file still: see src/cli/index.ts), so a worker evaluates only
// the readers and `--help` only the dispatcher.
import { isPoolWorker, serveTasks, useWorkerScript } from '../util/worker-pool.js';

if (await isPoolWorker()) {
  const { pipelineTasks } = await import(/* webpackMode: "eager" */ '../pipeline/workers.js');
  await serveTasks(pipelineTasks);
} else {
  useWorkerScript(import.meta.url);
  const { runCli } = await import(/* webpackMode: "eager" */ './index.js');
  process.exitCode = await runCli(process.argv.slice(2));
}
