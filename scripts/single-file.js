// Writes the single-file CLI, the release asset `summarize-experiment.mjs`: the CLI bundle
// (dist/cli/index.js, which imports only Node's built-in modules) with a shebang and the licenses
// of the code bundled into it. It runs as `node summarize-experiment.mjs DIR` with nothing installed.
// usage: node scripts/single-file.js [OUT]   (default: summarize-experiment.mjs)
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';

const bundle = readFileSync(new URL('../dist/cli/index.js', import.meta.url), 'utf8');
const licenses = readFileSync(new URL('../dist/cli/licenses.txt', import.meta.url), 'utf8');
const own = readFileSync(new URL('../LICENSE', import.meta.url), 'utf8');
const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

const out = process.argv[2] ?? 'summarize-experiment.mjs';
/** The text of a block comment must not end it early. */
const comment = (text) => text.replaceAll('*/', '* /');
writeFileSync(
  out,
  `#!/usr/bin/env node\n/*! summarize-experiment ${version} (single-file CLI; Node >= 20)\n\n${comment(own)}\n` +
    `Bundled third-party code:\n\n${comment(licenses)}*/\n${bundle}`,
);
chmodSync(out, 0o755);
