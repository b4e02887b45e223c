// The CLI promises Node >= 20 (package.json engines; login nodes often have an old Node), while the
// project itself develops on Node 24. Run the committed CLI bundle through bin/ on a Node 20 if the
// machine has one, as a researcher would after `npm ci`.
import { execFile } from 'node:child_process';
import { cpSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../helpers/temp-dir.js';

const run = promisify(execFile);
const bin = new URL('../../bin/summarize-experiment.js', import.meta.url).pathname;
const demo = new URL('../../examples/demo', import.meta.url).pathname;
/** The demo without the outputs of an earlier run of the quick start (the log is appended to). */
const notEarlierOutput = (source: string) =>
  !/[/\\](summary\.md|summary\.json|summarize-experiment\.log)$/.test(source);
const scratch = useTempDir('cli-node20-');

async function findNode20(): Promise<{ path: string; version: string } | null> {
  for (const candidate of ['/usr/bin/node', '/usr/local/bin/node']) {
    if (!existsSync(candidate)) continue;
    const { stdout } = await run(candidate, ['--version']);
    const version = stdout.trim();
    if (/^v20\./.test(version)) return { path: candidate, version };
  }
  return null;
}

const node20 = await findNode20();

describe('the CLI bundle on Node 20', () => {
  it(`summarizes the demo experiment with ${node20 ? `${node20.path} (${node20.version})` : 'the system Node 20'}`, async (context) => {
    if (!node20) {
      context.skip('no Node 20 at /usr/bin/node or /usr/local/bin/node on this machine');
      return;
    }
    const experiment = join(scratch(), 'capitalization_lora_rank_demo');
    cpSync(demo, experiment, { recursive: true, filter: notEarlierOutput });
    const { stdout } = await run(node20.path, [bin, experiment, '--no-sacct'], { timeout: 60_000 });
    expect(stdout).toContain('capitalization_lora_rank_demo: 3/3 runs complete');
    const summary = readFileSync(join(experiment, 'summary.md'), 'utf8');
    expect(summary).toMatch(/^# Experiment Summary\n/);
    expect(summary).toContain('**Status:** 3/3 complete');
    expect(summary).toContain(
      '| Llama-3.2-1B-Instruct\\_rank8 | capitalization | 1 | 0.900 [0.79, 0.96] | 0.892 [0.79, 0.97] | 0.918 | 50 |',
    );
    expect(existsSync(join(experiment, 'summary.json'))).toBe(true);
    expect(existsSync(join(experiment, 'logs', 'summarize-experiment.log'))).toBe(true);
  });
});
