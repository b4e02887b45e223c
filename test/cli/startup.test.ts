// Start-up. The installed command (bin/) answers `--help` and `--version` alone from a small bundle of
// their own (src/cli/quick.ts). The CLI bundle, run itself (the single-file asset, the workers), answers
// them from its dispatcher alone: it is one file, but each command's modules are evaluated only when it
// runs (src/cli/index.ts), and the file is ASCII so that V8 parses it as a one-byte string
// (scripts/bundle.js). A static import of a reader in the dispatcher would load zlib, the YAML parser
// and child_process on every start.
// Needs a fresh bundle in dist/ (`npm run bundle`).
import { execFile, spawn } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { quickAnswer } from '../../src/cli/quick.js';
import { copyDemo } from '../helpers/experiment-tree.js';
import { useTempDir } from '../helpers/temp-dir.js';

const run = promisify(execFile);
const scratch = useTempDir('cli-startup-');
const bundle = new URL('../../dist/cli/index.js', import.meta.url).pathname;
// Prints the built-in modules this process loaded, on exit (process.moduleLoadList lists them),
// taking the list before stderr is set up for printing it.
const reportModules =
  'data:text/javascript,process.on("exit",()=>{const l=JSON.stringify(process.moduleLoadList);process.stderr.write("\\nLOADED "+l)})';

async function loadedBuiltins(args: string[]): Promise<{ stdout: string; loaded: string[] }> {
  const { stdout, stderr } = await run(process.execPath, ['--import', reportModules, bundle, ...args], {
    timeout: 30_000,
  });
  const line = stderr.split('\n').find((l) => l.startsWith('LOADED '));
  expect(line, stderr).toBeDefined();
  return { stdout, loaded: JSON.parse(line!.slice('LOADED '.length)) as string[] };
}

describe('the CLI start-up', () => {
  it.each([['--help'], ['--version']])(
    '%s loads no log reader, no YAML parser and no child process module',
    async (...args) => {
      const { stdout, loaded } = await loadedBuiltins(args);
      expect(stdout).toMatch(/summarize-experiment|usage:/);
      expect(loaded).not.toContain('NativeModule zlib');
      expect(loaded).not.toContain('NativeModule child_process');
      expect(loaded).not.toContain('NativeModule crypto');
    },
  );

  it('loads the readers once there is work to do', async () => {
    // A control for the test above: the same probe sees zlib when logs are read.
    const { loaded } = await loadedBuiltins(['read-eval', 'no-such-file.eval', '--json']).catch(
      (error: { stderr: string; stdout: string }) => {
        const line = error.stderr.split('\n').find((l) => l.startsWith('LOADED '));
        return { stdout: error.stdout, loaded: JSON.parse(line!.slice('LOADED '.length)) as string[] };
      },
    );
    expect(loaded).toContain('NativeModule zlib');
  });

  it('a quiet summary without sacct and squeue loads no child process, thread, crypto or socket module', async () => {
    // The demo is too small for worker threads; its sample-id fingerprints are SHA-256 in JavaScript.
    const dir = copyDemo(join(scratch(), 'demo'));
    const { loaded } = await loadedBuiltins([dir, '--no-sacct', '--no-squeue', '--quiet']);
    expect(loaded).toContain('NativeModule zlib');
    expect(loaded).not.toContain('NativeModule child_process');
    expect(loaded).not.toContain('NativeModule worker_threads');
    expect(loaded).not.toContain('NativeModule crypto');
    // Quiet: stdout and stderr (pipes here, which Node makes sockets) are never set up.
    expect(loaded).not.toContain('NativeModule net');
    expect(JSON.parse(readFileSync(join(dir, 'summary.json'), 'utf8'))).toHaveProperty('evaluations');
  });

  it('is one ASCII file, and so is the small bundle of --help and --version', () => {
    expect(readFileSync(bundle, 'utf8')).not.toMatch(/[\u0080-\uffff]/);
    const quick = new URL('../../dist/quick/index.js', import.meta.url).pathname;
    expect(readFileSync(quick, 'utf8')).not.toMatch(/[\u0080-\uffff]/);
  });
});

describe('a closed pipe', () => {
  const bin = new URL('../../bin/summarize-experiment.js', import.meta.url).pathname;
  // The whole CLI's --help (the bundle run itself, or bin with `--`) and the installed command's
  // (bin: the small bundle), each with its own handler.
  it.each([
    ['the CLI bundle', [bundle, '--help']],
    ['the installed command through the whole CLI', [bin, '--help', '--']],
    ['the installed command through the small bundle', [bin, '--help']],
  ])('ends the output quietly (%s): `--help | head -c0` exits 0 with nothing on stderr', async (_, args) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    // Closed before the CLI has started, so its first write meets a pipe nobody reads (EPIPE).
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});

describe('the installed command answers --help and --version alone from a small bundle', () => {
  const root = new URL('../../', import.meta.url).pathname;
  const bin = join(root, 'bin', 'summarize-experiment.js');

  it('declines everything else, so the whole CLI runs', () => {
    expect(quickAnswer(['--help'], 'summarize-experiment')).toMatch(/^usage: summarize-experiment /);
    expect(quickAnswer(['-V'], 'summarize-experiment')).toMatch(/^summarize-experiment \d+\.\d+\.\d+\n$/);
    for (const argv of [
      [],
      ['--help', 'dir'],
      ['dir', '--help'],
      ['read-eval', '--help'],
      ['--version', '-h'],
      ['-x'],
    ]) {
      expect(quickAnswer(argv, 'summarize-experiment')).toBeNull();
    }
  });

  it.each([['--help'], ['-h'], ['--version'], ['-V']])('%s prints what the whole CLI prints', async (arg) => {
    // With `--` after it the small bundle declines and the whole CLI answers (through the same bin).
    const quick = await run(process.execPath, [bin, arg], { timeout: 30_000 });
    const whole = await run(process.execPath, [bin, arg, '--'], { timeout: 30_000 });
    expect(quick.stdout).toBe(whole.stdout);
    expect(quick.stdout).not.toBe('');
  });

  it('needs only the small bundle for them, and the whole CLI for anything else', async () => {
    // A copy without dist/cli/: --help still answers; a summary cannot start.
    const copy = scratch();
    mkdirSync(join(copy, 'dist'));
    cpSync(join(root, 'bin'), join(copy, 'bin'), { recursive: true });
    cpSync(join(root, 'dist', 'quick'), join(copy, 'dist', 'quick'), { recursive: true });
    cpSync(join(root, 'package.json'), join(copy, 'package.json'));
    const copied = join(copy, 'bin', 'summarize-experiment.js');
    const { stdout } = await run(process.execPath, [copied, '--help'], { timeout: 30_000 });
    expect(stdout).toContain('usage: ');
    const error = await run(process.execPath, [copied, 'no-such-dir'], { timeout: 30_000 }).catch(
      (caught: { stderr: string }) => caught,
    );
    expect((error as { stderr: string }).stderr).toMatch(/ERR_MODULE_NOT_FOUND|Cannot find module/);
  });
});
