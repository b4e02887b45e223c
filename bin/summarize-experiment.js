#!/usr/bin/env node
// The installed command (`npm install -g` of the release tarball or of the git URL) and, in a clone,
// `node bin/summarize-experiment.js`: runs the committed bundles, which need no node_modules.
// `--help` or `--version` alone is answered by a small bundle (src/cli/quick.ts); anything else
// loads the whole CLI. Only a lone option is offered to the small bundle first (it may be one of
// those), so that a summary does not load it for nothing.
const [first, ...rest] = process.argv.slice(2);
const loneOption = rest.length === 0 && first !== undefined && first.startsWith('-');
if (!loneOption || !(await import('../dist/quick/index.js')).answeredQuickly()) {
  await import('../dist/cli/index.js');
}
