// `baseline: auto` end to end, in-process with the real @actions runtime and the real pipeline on the
// demo experiment: a push to main uploads its summary artifact (to the fake artifact service); a pull
// request's run then finds that run of main on the fake GitHub, downloads the artifact as a ZIP and
// compares. Then the ways of finding nothing: a 403 (no actions: read), no run of main, an expired
// artifact — each a notice, exit 0, the summary without the section.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { run, defaultDeps } from '../../../src/sinks/github/action.js';
import { actionsRuntime } from '../../../src/sinks/github/runtime.js';
import { copyDemo } from '../../helpers/experiment-tree.js';
import { useTempDir } from '../../helpers/temp-dir.js';
import { buildZip } from '../../../scripts/lib/zip-writer.js';
import { FakeArtifactService, unzip } from './fake-artifact-service.js';
import { defaultToken, FakeGitHub, type FakeRunArtifact } from './fake-github.js';
import { pullRequestEvent, readGitHubOutput, runnerEnvironment, runtimeToken } from './runner-env.js';

const runtime = runtimeToken('run-backend-main', 'job-backend-main');
const scratch = useTempDir('action-baseline-');
const experiment = 'capitalization_lora_rank_demo';
const mainRunId = 1001;
const prRunId = 2002;
const workflowId = 77;
let github: FakeGitHub;
let artifacts: FakeArtifactService;
let stdout: string[];
let copies = 0;

beforeAll(async () => {
  github = await FakeGitHub.start();
  artifacts = await FakeArtifactService.start(runtime);
});
afterAll(async () => {
  await github.close();
  await artifacts.close();
});
beforeEach(() => {
  stdout = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout.push(String(chunk));
    return true;
  });
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
  process.exitCode = 0;
});

const annotations = (kind: 'warning' | 'error' | 'notice') =>
  stdout.filter((line) => line.startsWith(`::${kind}`)).map((line) => decodeURIComponent(line));

async function runAction(options: {
  inputs: Record<string, string>;
  runId: number;
  eventName: 'push' | 'pull_request';
}) {
  const dir = copyDemo(join(scratch(), `experiment-${++copies}`, experiment));
  const event =
    options.eventName === 'push'
      ? { ref: 'refs/heads/main', before: '1'.repeat(40), after: '3'.repeat(40) }
      : pullRequestEvent({ owner: github.owner, repo: github.repo, number: 7, headSha: 'a'.repeat(40) });
  const runner = runnerEnvironment({
    // One runner folder: @actions/core keeps the step summary's path once it has written to it.
    dir: join(scratch(), 'runner'),
    inputs: { 'github-token': defaultToken, sacct: 'off', 'experiment-path': dir, ...options.inputs },
    apiUrl: github.url,
    resultsUrl: artifacts.url,
    runtimeToken: runtime,
    eventName: options.eventName,
    event,
    runId: options.runId,
  });
  for (const [name, value] of Object.entries(runner.env)) vi.stubEnv(name, value);
  await run({ ...defaultDeps(), runtime: actionsRuntime(process.env, { sleep: async () => {} }) });
  return {
    dir,
    outputs: readGitHubOutput(runner.files.output),
    stepSummary: readFileSync(runner.files.stepSummary!, 'utf8'),
    summaryJson: JSON.parse(readFileSync(join(dir, 'summary.json'), 'utf8')) as {
      baseline?: { regressions: number; rows: Array<{ verdict: string; paired: boolean }> };
    },
    exitCode: process.exitCode ?? 0,
  };
}

/** main's run and its artifact as the fake GitHub lists them; this pull request's run. */
function registerRuns(artifact: FakeRunArtifact | null): void {
  github.runs.length = 0;
  github.addRun({
    id: prRunId,
    workflowId,
    name: 'experiment',
    headBranch: 'rank-sweep',
    headSha: 'a'.repeat(40),
    event: 'pull_request',
    conclusion: null,
  });
  github.addRun({
    id: mainRunId,
    workflowId,
    name: 'experiment',
    headBranch: 'main',
    headSha: '3'.repeat(40),
    event: 'push',
    conclusion: 'success',
    artifacts: artifact ? [artifact] : [],
  });
}

let mainArtifact: FakeRunArtifact;

describe('baseline: auto, end to end', () => {
  it("a push to main uploads the summary artifact the pull request's run then compares with", async () => {
    const main = await runAction({ inputs: {}, runId: mainRunId, eventName: 'push' });
    expect(main.exitCode).toBe(0);
    const uploaded = artifacts.artifacts.find(
      (candidate) => String(candidate.id) === main.outputs['artifact-id'],
    )!;
    expect(uploaded.name).toBe(`summary-${experiment}-summarize-attempt-1`);
    mainArtifact = { id: uploaded.id, name: uploaded.name, bytes: uploaded.bytes! };
    registerRuns(mainArtifact);

    const pr = await runAction({
      inputs: { baseline: 'auto', artifact: 'false' },
      runId: prRunId,
      eventName: 'pull_request',
    });
    expect(pr.exitCode).toBe(0);
    expect(pr.outputs).toMatchObject({
      regressions: '0',
      improvements: '0',
      'baseline-url': `https://github.com/octo-lab/experiments/actions/runs/${mainRunId}`,
    });
    // The same logs on both sides: every row paired on its samples, no change.
    expect(pr.summaryJson.baseline!.rows.map((row) => [row.verdict, row.paired])).toEqual(
      Array.from({ length: 5 }, () => ['no change', true]),
    );
    expect(pr.stepSummary).toContain('## Changes since baseline');
    expect(pr.stepSummary).toContain(
      `Compared with summary.json of artifact 'summary-${experiment.replaceAll('_', '\\_')}-summarize-attempt-1' of run https:\u200b//github.com/octo-lab/experiments/actions/runs/${mainRunId}.`,
    );
    expect(github.calls()).toContain(
      `GET /repos/octo-lab/experiments/actions/artifacts/${mainArtifact.id}/zip`,
    );
    expect(annotations('warning')).toEqual([]);
  });

  it('a regression since main: outputs, the headline, and fail-on: regression fails after the outputs', async () => {
    // main had rank4 epoch 0 right on all 50 samples; now 14 are wrong (exact McNemar p = 2·½¹⁴).
    const files = unzip(mainArtifact.bytes);
    const summary = JSON.parse(files.get('summary.json')!.toString('utf8')) as {
      evaluations: Array<{ run: string; epoch: number | null; accuracy: number; sample_scores: unknown }>;
    };
    const row = summary.evaluations.find((e) => e.run.endsWith('rank4') && e.epoch === 0)!;
    row.accuracy = 1;
    row.sample_scores = {
      encoding: 'bits',
      n: 50,
      data: Buffer.from([255, 255, 255, 255, 255, 255, 3]).toString('base64'),
    };
    const bytes = buildZip(
      [...files].map(([name, data]) => ({
        name,
        data: name === 'summary.json' ? JSON.stringify(summary) : data,
      })),
    );
    registerRuns({ ...mainArtifact, bytes });

    const pr = await runAction({
      inputs: { baseline: 'auto', artifact: 'false', 'fail-on': 'regression' },
      runId: prRunId,
      eventName: 'pull_request',
    });
    expect(pr.outputs).toMatchObject({ regressions: '1', improvements: '0' });
    expect(pr.stepSummary).toContain('**1 regression since the baseline** (see Changes since baseline).');
    expect(github.commentsOn(7).at(-1)!.body).toContain('**1 regression since the baseline**');
    expect(pr.exitCode).toBe(1);
    expect(annotations('error').join('\n')).toContain(
      'fail-on: regression — 1 row regressed since the baseline: Llama-3.2-1B-Instruct_rank4 capitalization epoch 0 (-0.280).',
    );
  });

  it('nothing to compare with: a notice naming what was looked for, exit 0, no section', async () => {
    registerRuns(null);
    const noArtifact = await runAction({
      inputs: { baseline: 'auto', artifact: 'false' },
      runId: prRunId,
      eventName: 'pull_request',
    });
    expect(noArtifact.exitCode).toBe(0);
    expect(noArtifact.outputs).toMatchObject({ regressions: '', improvements: '', 'baseline-url': '' });
    expect(noArtifact.stepSummary).not.toContain('Changes since baseline');
    expect(annotations('notice').join('\n')).toContain(
      `has an artifact named 'summary-${experiment}-summarize-attempt-N'`,
    );

    registerRuns({ ...mainArtifact, expired: true });
    stdout.length = 0;
    await runAction({
      inputs: { baseline: 'auto', artifact: 'false' },
      runId: prRunId,
      eventName: 'pull_request',
    });
    expect(annotations('notice').join('\n')).toContain(
      `artifact '${mainArtifact.name}' of run https://github.com/octo-lab/experiments/actions/runs/${mainRunId} expired`,
    );

    registerRuns(mainArtifact);
    github.failNext('GET', new RegExp(`/actions/runs/${prRunId}$`), {
      status: 403,
      body: { message: 'Resource not accessible by integration' },
    });
    stdout.length = 0;
    const refused = await runAction({
      inputs: { baseline: 'auto', artifact: 'false' },
      runId: prRunId,
      eventName: 'pull_request',
    });
    expect(refused.exitCode).toBe(0);
    expect(annotations('notice').join('\n')).toContain('The workflow needs `permissions: actions: read`.');
    expect(refused.stepSummary).not.toContain('Changes since baseline');
  });
});
