import { cpSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, type CliIo } from '../../src/cli/index.js';
import type { EvalLogSummary } from '../../src/model/eval-log-summary.js';
import { useTempDir } from '../helpers/temp-dir.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'inspect-logs');
const tempDir = useTempDir('read-eval-cli-');

async function run(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    stderrIsTTY: false,
  };
  const code = await runCli(['read-eval', ...args], io);
  return { code, stdout, stderr };
}

describe('summarize-experiment read-eval', () => {
  it('--json prints one object per log with the read-eval fields, exit 0 even with an unreadable log', async () => {
    const good = join(FIXTURES, 'derived/synthetic__multi-scorer-binary-targets-nan.eval');
    const missing = join(tempDir(), 'missing.eval');
    const { code, stdout, stderr } = await run(good, missing, '--json');
    expect([code, stderr]).toEqual([0, '']);
    const logs = JSON.parse(stdout) as EvalLogSummary[];
    expect(logs.map((log) => log.status)).toEqual(['success', 'unreadable']);
    const {
      status,
      path,
      task,
      model,
      scorer,
      accuracy,
      stderr: se,
      samples,
      metrics,
      epoch,
      binary,
    } = logs[0]!;
    expect({ status, path, task, model, scorer, accuracy, stderr: se, samples, metrics, epoch }).toEqual({
      status: 'success',
      path: good,
      task: 'binary_multi_scorer',
      model: 'ollama/gemma3',
      scorer: 'match',
      accuracy: 0.6,
      stderr: 0.24494897427831783,
      samples: 5,
      metrics: { accuracy: 0.6, stderr: 0.24494897427831783 },
      epoch: null,
    });
    expect(binary?.confusion_matrix).toEqual({ tp: 1, tn: 2, fp: 0, fn: 2, other: 0 });
    expect(logs[1]).toMatchObject({ path: missing, error: `${missing}: no such file`, binary: null });
  });

  it('a directory is searched for logs (.eval and inspect-named .json), in path order', async () => {
    const dir = join(tempDir(), 'run', 'eval', 'logs');
    mkdirSync(join(dir, 'nested'), { recursive: true });
    cpSync(join(FIXTURES, 'inspect_ai/log_streaming.eval'), join(dir, 'b.eval'));
    cpSync(
      join(FIXTURES, 'inspect_ai/2025-05-12T20-28-13-04-00_popularity.json'),
      join(dir, 'nested', '2025-05-12T20-28-13-04-00_popularity.json'),
    );
    cpSync(join(FIXTURES, 'inspect_ai/log_formats.json'), join(dir, 'config.json'));
    const { code, stdout } = await run('--json', join(tempDir(), 'run'));
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as EvalLogSummary[]).map((log) => [log.path, log.status])).toEqual([
      [join(dir, 'b.eval'), 'success'],
      [join(dir, 'nested', '2025-05-12T20-28-13-04-00_popularity.json'), 'cancelled'],
    ]);
  });

  it('a directory without logs is reported, not skipped; nothing read is exit 1', async () => {
    const dir = join(tempDir(), 'empty-dir');
    mkdirSync(dir);
    const { code, stdout } = await run('--json', dir);
    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toMatchObject([
      { status: 'unreadable', path: dir, error: expect.stringContaining('no inspect logs') },
    ]);
  });

  it('without --json prints a readable table, then the problems and confusion matrices', async () => {
    const { code, stdout } = await run(
      join(FIXTURES, 'inspect_ai/2025-02-11T15-18-04-05-00_popularity_mj7khqpMM4GBCfVQozKgzB.eval'),
      join(FIXTURES, 'derived/error__log_read_sample__synthetic-header.eval'),
      join(FIXTURES, 'derived/synthetic__multi-scorer-binary-targets-nan.eval'),
    );
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    expect(lines[0]).toMatch(
      /^STATUS\s+TASK\s+MODEL\s+EPOCH\s+SCORER\s+ACCURACY\s+STDERR\s+SAMPLES\s+BAL_ACC\s+F1\s+LOG$/,
    );
    expect(lines[1]).toMatch(
      /^success\s+popularity\s+openai\/gpt-4o-mini\s+-\s+match\s+0\.800\s+0\.133\s+10\s+-\s+-\s+\S+mj7khqpMM4GBCfVQozKgzB\.eval$/,
    );
    expect(lines[2]).toMatch(/^error\s+popularity\s+ollama\/gemma3\s+-\s+-\s+-\s+-\s+1\s+/);
    expect(lines[3]).toMatch(
      /^success\s+binary_multi_scorer\s+.*\s+0\.600\s+0\.245\s+5\s+0\.667\s+0\.500\s+/,
    );
    expect(stdout).toContain(
      'error: ' +
        join(FIXTURES, 'derived/error__log_read_sample__synthetic-header.eval') +
        ": RuntimeError('Simulated failure for fixture')",
    );
    expect(stdout).toMatch(
      /binary: .*synthetic__multi-scorer-binary-targets-nan\.eval: tp 1, tn 2, fp 0, fn 2, other 0/,
    );
  });

  it('--scorer picks the reported score', async () => {
    const { stdout } = await run(
      '--json',
      '--scorer',
      'exact',
      join(FIXTURES, 'derived/synthetic__multi-scorer-binary-targets-nan.eval'),
    );
    expect((JSON.parse(stdout) as EvalLogSummary[])[0]).toMatchObject({ scorer: 'exact', accuracy: 0.5 });
  });

  it('usage errors exit 2 with the usage on stderr; --help exits 0', async () => {
    for (const args of [[], ['--json'], ['--csv', 'x.eval'], ['x.eval', '--scorer']]) {
      const { code, stdout, stderr } = await run(...args);
      expect([code, stdout]).toEqual([2, '']);
      expect(stderr).toMatch(/^read-eval: .+\n\nusage: summarize-experiment read-eval PATH\.\.\. \[--json\]/);
    }
    const help = await run('--help');
    expect([help.code, help.stderr]).toEqual([0, '']);
    expect(help.stdout).toMatch(/^usage: summarize-experiment read-eval/);
  });

  it('-- ends the options, so a log named like an option can be read', async () => {
    const { code, stdout } = await run('--json', '--', '--odd.eval');
    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toMatchObject([{ path: '--odd.eval', status: 'unreadable' }]);
  });
});
