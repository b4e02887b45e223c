#!/usr/bin/env node
// The CLI entry: runs the committed bundle, so that `npx summarize-experiment` works after `npm ci`
// with no build step, on any Node >= 20.
import { runCli } from '../dist/cli/index.js';

process.exitCode = await runCli(process.argv.slice(2));
