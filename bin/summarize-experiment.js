#!/usr/bin/env node
// The installed command (`npm install -g` of the release tarball or of the git URL) and, in a clone,
// `node bin/summarize-experiment.js`: runs the committed CLI bundle, which needs no node_modules.
import '../dist/cli/index.js';
