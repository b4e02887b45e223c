// The pieces every subcommand shares: the option parser, the command the hints name, the progress
// line, the version.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { invocation } from '../../src/cli/invocation.js';
import { parseCommandLine } from '../../src/cli/options.js';
import { ProgressLine, timeLeft } from '../../src/cli/progress.js';
import { VERSION } from '../../src/cli/version.js';
import { fakeIo } from '../helpers/cli-io.js';

const USAGE = 'usage: tool PATH... [--json] [--scorer NAME]\n';
const OPTIONS = { json: { type: 'boolean' }, scorer: { type: 'string' } } as const;

describe('parseCommandLine', () => {
  it('returns the values and the paths, -- ending the options', () => {
    const io = fakeIo();
    expect(
      parseCommandLine('tool', USAGE, ['a', '--json', '--scorer=match', '--', '-b'], OPTIONS, io),
    ).toEqual({
      values: { json: true, scorer: 'match' },
      positionals: ['a', '-b'],
    });
    expect(io.err()).toBe('');
  });

  it('prints the usage on stdout for -h and --help, exit 0', () => {
    for (const flag of ['-h', '--help']) {
      const io = fakeIo();
      expect(parseCommandLine('tool', USAGE, ['x', flag], OPTIONS, io)).toBe(0);
      expect(io.out()).toBe(USAGE);
    }
  });

  it('names an unknown option, a missing value and a value given to a flag; exit 2 with the usage', () => {
    const cases: Array<[string[], string]> = [
      [['--jsn'], 'tool: unknown option --jsn (a path starting with - goes after --)'],
      [['-x'], 'tool: unknown option -x (a path starting with - goes after --)'],
      [['--scorer'], 'tool: --scorer needs a value'],
      [['--json=yes'], 'tool: --json takes no value'],
    ];
    for (const [args, message] of cases) {
      const io = fakeIo();
      expect(parseCommandLine('tool', USAGE, args, OPTIONS, io)).toBe(2);
      expect(io.err()).toBe(`${message}\n\n${USAGE}`);
    }
  });
});

describe('invocation: the command the hints name', () => {
  it('is the bare name when the name on PATH is this program (npm install -g)', () => {
    expect(invocation('/home/u/.local/bin/summarize-experiment', '/usr/bin:/home/u/.local/bin', '/tmp')).toBe(
      'summarize-experiment',
    );
  });

  it('is the full path when the installed command is not on PATH', () => {
    expect(invocation('/opt/se/bin/summarize-experiment', '/usr/bin', '/tmp')).toBe(
      '/opt/se/bin/summarize-experiment',
    );
  });

  it('is `node <script>` for a script (a clone, the single file), quoted for the shell when needed', () => {
    expect(invocation('bin/summarize-experiment.js', '/usr/bin', '/home/u/se')).toBe(
      'node /home/u/se/bin/summarize-experiment.js',
    );
    expect(invocation('/home/u/my tools/summarize-experiment.mjs', '/usr/bin', '/')).toBe(
      "node '/home/u/my tools/summarize-experiment.mjs'",
    );
  });

  it('never names npx', () => {
    expect(invocation(undefined, undefined, '/')).toBe('summarize-experiment');
  });
});

describe('ProgressLine', () => {
  function line(enabled = true) {
    let now = 0;
    let out = '';
    const progress = new ProgressLine({
      enabled,
      write: (t) => (out += t),
      clock: () => now,
      afterMs: 750,
      everyMs: 100,
    });
    return { progress, tick: (ms: number) => (now += ms), out: () => out };
  }

  it('shows nothing for a run that ends quickly', () => {
    const { progress, tick, out } = line();
    tick(500);
    progress.update('reading evaluation logs', 10, 20);
    progress.clear();
    expect(out()).toBe('');
  });

  it('redraws one line in place with counts and an estimate, then erases it', () => {
    const { progress, tick, out } = line();
    tick(1000);
    progress.update('reading evaluation logs', 0, 2000);
    tick(3000);
    // 1,204 logs in 3 s: 796 more take 796 * 3000/1204 ms = 1983 ms, shown as 2 s.
    progress.update('reading evaluation logs', 1204, 2000);
    tick(50);
    progress.update('reading evaluation logs', 1300, 2000); // within 100 ms of the last draw
    tick(100);
    progress.update('reading evaluation logs', 2000, 2000);
    progress.update('asking sacct about 12 jobs');
    progress.clear();
    expect(out().split('\r')).toEqual([
      '',
      'reading evaluation logs 0/2,000\x1b[K',
      'reading evaluation logs 1,204/2,000 · 2 s left\x1b[K',
      'reading evaluation logs 2,000/2,000\x1b[K',
      'asking sacct about 12 jobs\x1b[K',
      '\x1b[K',
    ]);
  });

  it('estimates a phase from its own start, even when it began before the line was shown', () => {
    const { progress, tick, out } = line();
    progress.update('reading evaluation logs', 0, 100);
    tick(1000);
    // 50 logs in 1 s: 50 more take 1 s.
    progress.update('reading evaluation logs', 50, 100);
    expect(out()).toBe('\rreading evaluation logs 50/100 · 1 s left\x1b[K');
  });

  it('estimates a phase shown part-way from what was done since, not from its first count', () => {
    const { progress, tick, out } = line();
    tick(1000);
    // 600 of 1,000 logs were read while the training was searched; the phase is shown from there.
    progress.update('reading evaluation logs', 600, 1000);
    tick(2000);
    // 200 more in 2 s: the last 200 take 2 s (counting all 800 in 2 s would say 1 s).
    progress.update('reading evaluation logs', 800, 1000);
    expect(out().split('\r')).toEqual([
      '',
      'reading evaluation logs 600/1,000\x1b[K',
      'reading evaluation logs 800/1,000 · 2 s left\x1b[K',
    ]);
  });

  it('writes nothing when disabled (a pipe, a file, CI)', () => {
    const { progress, tick, out } = line(false);
    tick(10_000);
    progress.update('reading evaluation logs', 1, 2);
    progress.clear();
    expect(out()).toBe('');
  });

  it('rounds the estimate to seconds, then minutes', () => {
    expect(timeLeft(200)).toBe('1 s left');
    expect(timeLeft(3400)).toBe('3 s left');
    expect(timeLeft(150_000)).toBe('3 min left');
  });
});

describe('VERSION', () => {
  it("is package.json's version", () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
      version: string;
    };
    expect(VERSION).toBe(pkg.version);
  });
});
