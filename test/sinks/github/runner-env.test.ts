// The test infrastructure itself: the runner environment must look to @actions/core exactly as a
// real runner's does, or the end-to-end tests prove nothing.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as core from '@actions/core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readRunContext } from '../../../src/sinks/github/context.js';
import { runActionProcess, workflowCommands } from './run-action.js';
import {
  inputVariable,
  parseGitHubOutput,
  pullRequestEvent,
  runnerEnvironment,
  runtimeToken,
} from './runner-env.js';

let scratch: string;
beforeEach(() => {
  scratch = mkdtempSync(join(tmpdir(), 'runner-env-'));
});
afterEach(() => {
  vi.unstubAllEnvs();
  rmSync(scratch, { recursive: true, force: true });
});

describe('the fake runner environment', () => {
  it('input variables are named as the runner names them, so core.getInput finds them', () => {
    expect(inputVariable('experiment-path')).toBe('INPUT_EXPERIMENT-PATH');
    expect(inputVariable('comment key')).toBe('INPUT_COMMENT_KEY');
    const { env } = runnerEnvironment({
      dir: scratch,
      inputs: { 'experiment-path': '/x', 'fail-on': 'failed' },
      apiUrl: 'http://127.0.0.1:1',
    });
    for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
    expect(core.getInput('experiment-path')).toBe('/x');
    expect(core.getInput('fail-on')).toBe('failed');
  });

  it('outputs written by core.setOutput (delimiter blocks) parse back, multi-line values included', () => {
    const { env, files } = runnerEnvironment({ dir: scratch, inputs: {}, apiUrl: 'http://127.0.0.1:1' });
    vi.stubEnv('GITHUB_OUTPUT', env.GITHUB_OUTPUT!);
    core.setOutput('best-run', 'rank4');
    core.setOutput('summary', 'line one\nline two');
    expect(parseGitHubOutput(readFileSync(files.output, 'utf8'))).toEqual({
      'best-run': 'rank4',
      summary: 'line one\nline two',
    });
  });

  it('the pull_request event and run variables read back as the action sees them', () => {
    const { env } = runnerEnvironment({
      dir: scratch,
      inputs: {},
      apiUrl: 'http://127.0.0.1:1',
      event: pullRequestEvent({
        owner: 'octo-lab',
        repo: 'experiments',
        number: 7,
        headSha: 'a'.repeat(40),
        headRepository: 'student/experiments',
      }),
      runAttempt: 3,
    });
    const context = readRunContext(env);
    expect(context).toMatchObject({
      owner: 'octo-lab',
      repo: 'experiments',
      runAttempt: 3,
      eventName: 'pull_request',
      apiUrl: 'http://127.0.0.1:1',
    });
    expect(context.payload.pull_request).toMatchObject({
      number: 7,
      head: { repo: { full_name: 'student/experiments' } },
    });
  });

  it('the runtime token carries the Actions.Results scope the artifact client decodes', () => {
    const [, claims] = runtimeToken('run-id', 'job-id').split('.');
    const scopes = (
      JSON.parse(Buffer.from(claims!, 'base64url').toString('utf8')) as { scp: string }
    ).scp.split(' ');
    expect(scopes).toContain('Actions.Results:run-id:job-id');
  });

  it('runs an action file as a child process with only the runner environment', async () => {
    const main = join(scratch, 'action.mjs');
    writeFileSync(
      main,
      "process.stdout.write(`::warning::input was ${process.env['INPUT_EXPERIMENT-PATH']}%0Asecond line\\n`); process.exitCode = process.env.HOME_SECRET ? 3 : 0;\n",
    );
    vi.stubEnv('HOME_SECRET', 'leaks?');
    const result = await runActionProcess(main, { 'INPUT_EXPERIMENT-PATH': '/scratch/exp' });
    expect(result.code).toBe(0);
    expect(workflowCommands(result.stdout, 'warning')).toEqual(['input was /scratch/exp\nsecond line']);
  });
});
