// The install a researcher does on a login node, without a clone: `npm install -g` of the packed
// tarball (the release asset), offline, then `summarize-experiment DIR`; and the single-file CLI
// (`node summarize-experiment.mjs DIR`) with nothing installed. Both on Node 20 when the machine has
// one (the CLI promises Node >= 20), otherwise on the Node running the tests.
// Needs a fresh bundle in dist/ (`npm run bundle`), as the release workflow checks.
import { execFile } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTempDir } from '../helpers/temp-dir.js';

const run = promisify(execFile);
const root = new URL('../..', import.meta.url).pathname;
const demo = join(root, 'examples', 'demo');
const notEarlierOutput = (source: string) =>
  !/[/\\](summary\.md|summary\.json|summarize-experiment\.log)$/.test(source);
const scratch = useTempDir('pack-install-');

const node = ['/usr/bin/node', '/usr/local/bin/node'].find((path) => existsSync(path)) ?? process.execPath;
/** A PATH with the prefix's bin/ and the chosen node, and nothing from this project's node_modules. */
const pathWith = (dir: string) => [dir, dirname(node), '/usr/bin', '/bin'].join(delimiter);
const npm = (args: string[], cwd: string) =>
  run(
    'npm',
    [...args, '--cache', join(scratch(), 'npm-cache'), '--no-audit', '--no-fund', '--loglevel=error'],
    {
      cwd,
      timeout: 120_000,
    },
  );

function demoCopy(name: string): string {
  const experiment = join(scratch(), name, 'capitalization_lora_rank_demo');
  cpSync(demo, experiment, { recursive: true, filter: notEarlierOutput });
  return experiment;
}

let tarball = '';
beforeAll(async () => {
  const { stdout } = await npm(['pack', '--json', '--pack-destination', scratch()], root);
  const [packed] = JSON.parse(stdout) as Array<{ filename: string; files: Array<{ path: string }> }>;
  tarball = join(scratch(), packed!.filename);
  packedFiles = packed!.files.map((file) => file.path).sort();
}, 120_000);
let packedFiles: string[] = [];

describe('the packed package', () => {
  it('holds only what users run and read: bin, dist, README, LICENSE', () => {
    const top = [...new Set(packedFiles.map((path) => path.split('/')[0]))].sort();
    expect(top).toEqual(['LICENSE', 'README.md', 'bin', 'dist', 'package.json']);
    expect(packedFiles).toContain('dist/cli/index.js');
    expect(packedFiles).toContain('dist/index.js');
  });

  it('declares no runtime dependencies: the bundles contain them', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Record<string, unknown>;
    expect(pkg.dependencies ?? {}).toEqual({});
    expect(pkg.license).toBe('MIT');
    expect(readFileSync(join(root, 'LICENSE'), 'utf8')).toMatch(/^MIT License\n/);
  });

  it(`installs offline into a fresh prefix and summarizes the demo (${node})`, async () => {
    const prefix = join(scratch(), 'prefix');
    await npm(['install', '-g', '--prefix', prefix, '--offline', tarball], scratch());
    const installed = join(prefix, 'lib', 'node_modules', 'summarize-experiment');
    expect(existsSync(join(installed, 'node_modules'))).toBe(false);
    const experiment = demoCopy('installed');
    const env = { ...process.env, PATH: pathWith(join(prefix, 'bin')) };
    const { stdout } = await run('summarize-experiment', [experiment, '--no-sacct'], {
      env,
      timeout: 60_000,
    });
    expect(stdout).toContain('capitalization_lora_rank_demo: 3/3 runs complete');
    expect(readFileSync(join(experiment, 'summary.md'), 'utf8')).toContain('**Status:** 3/3 complete');
    // The hints name the command as installed (on PATH: the bare name), never npx.
    const help = await run('summarize-experiment', ['--help'], { env, timeout: 60_000 });
    expect(help.stdout).toMatch(/^usage: summarize-experiment \[EXPERIMENT_DIR\]/);
    const version = await run('summarize-experiment', ['--version'], { env, timeout: 60_000 });
    expect(version.stdout).toMatch(/^summarize-experiment \d+\.\d+\.\d+/);
  });
});

describe('the single-file CLI', () => {
  it(`runs as \`node summarize-experiment.mjs DIR\` in an empty directory (${node})`, async () => {
    const dir = join(scratch(), 'single');
    const experiment = demoCopy('single');
    await run(process.execPath, [
      join(root, 'scripts', 'single-file.js'),
      join(dir, 'summarize-experiment.mjs'),
    ]);
    expect(readdirSync(dir).sort()).toEqual(['capitalization_lora_rank_demo', 'summarize-experiment.mjs']);
    const { stdout } = await run(node, ['summarize-experiment.mjs', experiment, '--no-sacct'], {
      cwd: dir,
      env: { PATH: pathWith(dir) },
      timeout: 60_000,
    });
    expect(stdout).toContain('capitalization_lora_rank_demo: 3/3 runs complete');
    const help = await run(node, ['summarize-experiment.mjs', '--help'], {
      cwd: dir,
      env: { PATH: pathWith(dir) },
    });
    expect(help.stdout).toContain(`usage: node ${join(dir, 'summarize-experiment.mjs')} [EXPERIMENT_DIR]`);
  });
});
