import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/index.js';
import { VERSION } from '../../src/cli/version.js';
import { fakeIo } from '../helpers/cli-io.js';
import { copyDemo, experimentYaml, writeTree } from '../helpers/experiment-tree.js';

const root = mkdtempSync(path.join(tmpdir(), 'cli-summarize-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

let counter = 0;
function demoCopy(): string {
  const dir = path.join(root, `demo-${counter++}`);
  copyDemo(dir);
  return dir;
}

async function run(
  args: string[],
  options: { stderrIsTTY?: boolean; clock?: () => number; command?: string } = {},
) {
  const io = { ...fakeIo(options), ...(options.command ? { command: options.command } : {}) };
  const code = await runCli(args, io);
  return { code, stdout: io.out(), stderr: io.err() };
}

describe('summarize-experiment EXPERIMENT_DIR', () => {
  it('writes the three files and prints where, with the best run, exit 0', async () => {
    const dir = demoCopy();
    const { code, stdout, stderr } = await run([dir, '--no-sacct']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toContain('capitalization_lora_rank_demo: 3/3 runs complete');
    expect(stdout).toContain(
      'best on capitalization: Llama-3.2-1B-Instruct_rank8 (epoch 1), balanced accuracy 0.892',
    );
    for (const file of ['summary.md', 'summary.json', 'logs/summarize-experiment.log']) {
      expect(existsSync(path.join(dir, file)), file).toBe(true);
      expect(stdout).toContain(path.join(dir, file));
    }
  });

  it('draws the charts by default, and none with --no-charts', async () => {
    const withCharts = demoCopy();
    expect((await run([withCharts, '--no-sacct'])).code).toBe(0);
    const markdown = readFileSync(path.join(withCharts, 'summary.md'), 'utf8');
    expect(markdown.match(/```mermaid/g)).toHaveLength(2);
    expect(markdown).toContain('<summary>Charts</summary>');
    const without = demoCopy();
    expect((await run([without, '--no-sacct', '--no-charts'])).code).toBe(0);
    const plain = readFileSync(path.join(without, 'summary.md'), 'utf8');
    expect(plain).not.toContain('mermaid');
    // Everything else is the same.
    expect(plain.split('\n').filter((line) => line.startsWith('|'))).toEqual(
      markdown.split('\n').filter((line) => line.startsWith('|')),
    );
  });

  it('accepts the path of experiment_summary.yaml itself', async () => {
    const dir = demoCopy();
    const { code } = await run([path.join(dir, 'experiment_summary.yaml'), '--no-sacct']);
    expect(code).toBe(0);
    expect(existsSync(path.join(dir, 'summary.md'))).toBe(true);
  });

  it('--quiet prints nothing, even the warnings, and still writes the summary', async () => {
    const dir = demoCopy();
    const { code, stdout, stderr } = await run([dir, '--quiet', '--sacct', path.join(root, 'no-such-sacct')]);
    expect([code, stdout, stderr]).toEqual([0, '', '']);
    expect(existsSync(path.join(dir, 'summary.md'))).toBe(true);
  });

  it('a sacct that cannot run is a warning on stderr, never a failure', async () => {
    const dir = demoCopy();
    const { code, stderr } = await run([dir, '--sacct', path.join(root, 'no-such-sacct')]);
    expect(code).toBe(0);
    expect(stderr).toMatch(/^warning: .*sacct/m);
  });

  it('says what is missing and how to point at an experiment when the folder has no experiment_summary.yaml', async () => {
    const dir = path.join(root, 'not-an-experiment');
    mkdirSync(dir, { recursive: true });
    const { code, stdout, stderr } = await run([dir]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain(`No experiment_summary.yaml in ${dir}`);
  });

  it('names the file and line of YAML that does not parse, and writes nothing', async () => {
    const dir = path.join(root, 'bad-yaml');
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'experiment_summary.yaml'), 'runs:\n  - name: a\n    type: [fine-tuned\n');
    const { code, stderr } = await run([dir]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/experiment_summary\.yaml/);
    expect(stderr).toMatch(/line \d|:\d+/);
    expect(existsSync(path.join(dir, 'summary.md'))).toBe(false);
  });

  it('refuses an experiment without runs', async () => {
    const dir = path.join(root, 'no-runs');
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'experiment_summary.yaml'), 'experiment:\n  name: empty\n');
    const { code, stderr } = await run([dir]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/runs/);
  });

  it.each([
    [['--no-sacct', '--sacct', '/usr/bin/sacct'], /contradict/],
    [['--bogus'], /bogus/],
    [['.', 'b'], /one experiment at a time/],
    [
      ['read-evl', 'x.eval'],
      /^summarize-experiment: unknown command read-evl, and no such experiment directory \(commands: read-eval, read-loss\)\n\nusage:/,
    ],
    [
      ['--fail-on', 'sometimes'],
      /--fail-on must be one of never, incomplete, failed, regression, not "sometimes"/,
    ],
    [['--fail-on'], /--fail-on needs a value/],
    [['--sacct', ''], /--sacct needs/],
  ])('usage error %j → exit 2', async (args, message) => {
    const { code, stderr } = await run(args);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  });

  it('shows progress on a terminal once the run takes a while, never in a pipe or with --quiet', async () => {
    // A clock that moves a second per look: every phase looks slow.
    const slowClock = () => {
      let now = 0;
      return () => (now += 1000);
    };
    const onTerminal = await run([demoCopy(), '--no-sacct'], { stderrIsTTY: true, clock: slowClock() });
    // One line redrawn in place (\r, text, erase to the end of the line), erased at the end.
    expect(onTerminal.stderr).toContain('\rreading evaluation logs 5/5\x1b[K');
    expect(onTerminal.stderr).not.toContain('\n');
    expect(onTerminal.stderr.endsWith('\r\x1b[K')).toBe(true);
    const inPipe = await run([demoCopy(), '--no-sacct'], { stderrIsTTY: false, clock: slowClock() });
    expect(inPipe.stderr).toBe('');
    const quiet = await run([demoCopy(), '--no-sacct', '--quiet'], { stderrIsTTY: true, clock: slowClock() });
    expect(quiet.stderr).toBe('');
    // A quick run on a terminal shows none.
    const quick = await run([demoCopy(), '--no-sacct'], { stderrIsTTY: true, clock: () => 0 });
    expect(quick.stderr).toBe('');
  });

  it('--help prints the usage on stdout, exit 0', async () => {
    const { code, stdout } = await run(['--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^usage: summarize-experiment \[EXPERIMENT_DIR\]/);
  });

  it('--fail-on: exit 3 after writing the summary when it triggers, with the reason on stderr', async () => {
    // One fine-tuned run with no training output: NOT_STARTED, so incomplete but not failed.
    const dir = path.join(root, 'not-started');
    writeTree(dir, {
      'experiment_summary.yaml': experimentYaml({
        name: 'not_started',
        runs: [{ name: 'r1', type: 'fine-tuned' }],
        tasks: ['t'],
      }),
    });
    const incomplete = await run([dir, '--no-sacct', '--quiet', '--fail-on', 'incomplete']);
    expect(incomplete.code).toBe(3);
    expect(incomplete.stderr).toBe(
      'summarize-experiment: fail-on: incomplete — 1 of 1 runs are not complete.\n',
    );
    expect(existsSync(path.join(dir, 'summary.md'))).toBe(true);
    expect((await run([dir, '--no-sacct', '--quiet', '--fail-on', 'failed'])).code).toBe(0);
    expect((await run([dir, '--no-sacct', '--quiet', '--fail-on=never'])).code).toBe(0);
    expect((await run([demoCopy(), '--no-sacct', '--quiet', '--fail-on', 'incomplete'])).code).toBe(0);
  });

  it('summary.md\'s "summarize again" names the command the user started', async () => {
    const dir = path.join(root, 'rerun');
    writeTree(dir, {
      'experiment_summary.yaml': experimentYaml({
        name: 'rerun',
        runs: [{ name: 'r1', type: 'fine-tuned' }],
        tasks: ['t'],
      }),
    });
    await run([dir, '--no-sacct', '--quiet'], {
      command: "node '/home/u/my tools/summarize-experiment.mjs'",
    });
    const markdown = readFileSync(path.join(dir, 'summary.md'), 'utf8');
    expect(markdown).toContain(
      `summarize again: \`node '/home/u/my tools/summarize-experiment.mjs' ${dir}\``,
    );
    expect(markdown).not.toContain('npx');
  });

  it('--version prints the version; -h, --help the usage with the command the user started', async () => {
    const version = await run(['--version']);
    expect(version).toEqual({ code: 0, stdout: `summarize-experiment ${VERSION}\n`, stderr: '' });
    const help = await run(['-h'], { command: 'node /opt/se/summarize-experiment.mjs' });
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^usage: node \/opt\/se\/summarize-experiment\.mjs \[EXPERIMENT_DIR\]/);
    expect(help.stdout).toContain('3 --fail-on triggered');
  });
});
