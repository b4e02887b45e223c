#!/usr/bin/env node
// The installed command (`npm install -g` of the release tarball or of the git URL) and, in a clone,
// `node bin/summarize-experiment.js`: runs the committed bundles, which need no node_modules.
// `--help` or `--version` alone is answered by a small bundle (src/cli/quick.ts); anything else
// loads the whole CLI.
import { answeredQuickly } from '../dist/quick/index.js';

if (!answeredQuickly()) await import('../dist/cli/index.js');
