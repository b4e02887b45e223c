// The CLI as a program: the entry of the CLI bundle (dist/cli/index.js), which bin/ runs and which is
// also released alone as `summarize-experiment.mjs` (`node summarize-experiment.mjs DIR`, nothing
// installed). Everything it needs is bundled; only Node's built-in modules are imported.
import { runCli } from '../cli.js';

process.exitCode = await runCli(process.argv.slice(2));
