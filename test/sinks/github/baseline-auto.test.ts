// `baseline: auto` over HTTP: the real Octokit against the fake GitHub's workflow runs, artifact lists
// and artifact downloads (a 302 to storage, then the ZIP), and every way of finding nothing.
import { readdirSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findAutoBaseline } from '../../../src/sinks/github/baseline-auto.js';
import { readRunContext, type RunContext } from '../../../src/sinks/github/context.js';
import { octokitGitHubApi } from '../../../src/sinks/github/github-api.js';
import { buildZip } from '../../../scripts/lib/zip-writer.js';
import { useTempDir } from '../../helpers/temp-dir.js';
import { defaultToken, FakeGitHub, type FakeWorkflowRun } from './fake-github.js';

let github: FakeGitHub;
const scratch = useTempDir('baseline-auto-');

beforeEach(async () => {
  github = await FakeGitHub.start();
});
afterEach(async () => {
  await github.close();
});

const experiment = 'cap_lora';
const artifactName = (attempt: number) => `summary-${experiment}-summarize-attempt-${attempt}`;
const summaryJson = (accuracy: number) =>
  JSON.stringify({
    schema: 1,
    experiment: { name: experiment, dir: '/x' },
    generated: '2026-01-01T00:00:00.000Z',
    runs: [],
    training: [],
    evaluations: [
      { run: 'rank4', task: 'cap', epoch: 0, accuracy, samples: 50, stderr: 0.06, status: 'success' },
    ],
  });
const artifactZip = (accuracy: number) =>
  buildZip([
    { name: 'summary.md', data: '# Experiment Summary' },
    { name: 'summary.json', data: summaryJson(accuracy) },
    { name: 'logs/summarize-experiment.log', data: 'log' },
  ]);

const thisRun: FakeWorkflowRun = {
  id: 500,
  workflowId: 77,
  name: 'experiment',
  headBranch: 'feature',
  headSha: 'a'.repeat(40),
  event: 'pull_request',
  conclusion: null,
};

function mainRun(id: number, extra: Partial<FakeWorkflowRun> = {}): FakeWorkflowRun {
  return {
    id,
    workflowId: 77,
    headBranch: 'main',
    headSha: String(id % 10).repeat(40),
    event: 'push',
    conclusion: 'success',
    artifacts: [{ id: id * 10, name: artifactName(1), bytes: artifactZip(id / 1000) }],
    ...extra,
  };
}

function contextFor(eventName: string, payload: Record<string, unknown>): RunContext {
  return {
    ...readRunContext({
      GITHUB_REPOSITORY: `${github.owner}/${github.repo}`,
      GITHUB_RUN_ID: String(thisRun.id),
      GITHUB_JOB: 'summarize',
      GITHUB_EVENT_NAME: eventName,
      GITHUB_API_URL: github.url,
    }),
    payload,
  };
}

const prContext = () => contextFor('pull_request', { pull_request: { number: 7, base: { ref: 'main' } } });

function find(context: RunContext = prContext(), options: { artifactName?: string | null } = {}) {
  return findAutoBaseline({
    api: octokitGitHubApi({
      token: defaultToken,
      apiUrl: github.url,
      owner: github.owner,
      repo: github.repo,
      retry: { attempts: 2, baseDelayMs: 1, maxDelayMs: 5, sleep: async () => {} },
      timeoutMs: 2000,
    }),
    context,
    experimentName: experiment,
    artifactName: options.artifactName ?? null,
    outputDir: scratch(),
  });
}

describe('baseline: auto against a fake GitHub', () => {
  it("a pull request: the base branch's newest successful run, its artifact downloaded and unzipped", async () => {
    github.addRun(thisRun);
    github.addRun(mainRun(601));
    github.addRun(mainRun(602, { conclusion: 'failure' }));
    github.addRun(mainRun(603));
    // A pull request whose head branch is also called main (a fork) is not the base branch.
    github.addRun(mainRun(604, { event: 'pull_request' }));
    github.addRun(mainRun(605, { headBranch: 'other' }));
    const found = await find();
    expect(found).toMatchObject({
      found: true,
      url: 'https://github.com/octo-lab/experiments/actions/runs/603',
    });
    if (!found.found || !found.read.ok) throw new Error(JSON.stringify(found));
    expect(found.read.baseline.evaluations[0]!.accuracy).toBe(0.603);
    expect(found.read.baseline.source).toBe(
      `summary.json of artifact '${artifactName(1)}' of run https://github.com/octo-lab/experiments/actions/runs/603`,
    );
    expect(github.calls()).toEqual([
      'GET /repos/octo-lab/experiments/actions/runs/500',
      'GET /repos/octo-lab/experiments/actions/workflows/77/runs',
      'GET /repos/octo-lab/experiments/actions/runs/603/artifacts',
      'GET /repos/octo-lab/experiments/actions/artifacts/6030/zip',
      'GET /_storage/artifacts/6030.zip',
    ]);
    // The temporary folder for the ZIP is gone.
    expect(readdirSync(scratch()).filter((name) => name.startsWith('.baseline-'))).toEqual([]);
  });

  it('a run of another experiment is skipped; the highest attempt of the artifact is taken', async () => {
    github.addRun(thisRun);
    github.addRun(
      mainRun(601, {
        artifacts: [
          { id: 1, name: artifactName(1), bytes: artifactZip(0.1) },
          { id: 2, name: artifactName(2), bytes: artifactZip(0.2) },
        ],
      }),
    );
    github.addRun(
      mainRun(602, {
        artifacts: [{ id: 3, name: 'summary-other-summarize-attempt-1', bytes: artifactZip(0.3) }],
      }),
    );
    const found = await find();
    expect(found.found && found.read.ok && found.read.baseline.evaluations[0]!.accuracy).toBe(0.2);
  });

  it('an artifact uploaded unarchived (one summary.json) and a named artifact-name', async () => {
    github.addRun(thisRun);
    github.addRun(
      mainRun(601, { artifacts: [{ id: 9, name: 'my-summary', bytes: Buffer.from(summaryJson(0.42)) }] }),
    );
    const found = await find(prContext(), { artifactName: 'my-summary' });
    expect(found.found && found.read.ok && found.read.baseline.evaluations[0]!.accuracy).toBe(0.42);
  });

  it('on a push: the run of the previous commit', async () => {
    github.addRun({ ...thisRun, event: 'push', headBranch: 'main' });
    github.addRun(mainRun(601, { headSha: 'b'.repeat(40) }));
    github.addRun(mainRun(602, { headSha: 'c'.repeat(40) }));
    const found = await find(contextFor('push', { before: 'b'.repeat(40), after: 'a'.repeat(40) }));
    expect(found).toMatchObject({
      found: true,
      url: 'https://github.com/octo-lab/experiments/actions/runs/601',
    });
    const newBranch = await find(contextFor('push', { before: '0'.repeat(40) }));
    expect(newBranch).toEqual({
      found: false,
      notice: 'No baseline: this push has no previous commit (a new branch).',
    });
  });

  it('nothing to compare with: a notice naming what was looked for', async () => {
    github.addRun(thisRun);
    expect(await find()).toEqual({
      found: false,
      notice:
        "No baseline: no successful run of workflow 'experiment' on branch 'main' (the pull request's base).",
    });
    github.addRun(mainRun(601, { artifacts: [] }));
    expect(await find()).toEqual({
      found: false,
      notice:
        "No baseline: none of the 1 newest successful runs of workflow 'experiment' on branch 'main' (the pull request's base) has an artifact named 'summary-cap_lora-summarize-attempt-N' (newest: https://github.com/octo-lab/experiments/actions/runs/601).",
    });
    expect(await find(contextFor('schedule', {}))).toEqual({
      found: false,
      notice:
        "No baseline: baseline: auto compares a pull request with its base branch, or a push with the previous commit; this run is a 'schedule' event.",
    });
  });

  it('an expired artifact: a notice naming it and its run', async () => {
    github.addRun(thisRun);
    github.addRun(
      mainRun(601, { artifacts: [{ id: 5, name: artifactName(1), bytes: artifactZip(0.5), expired: true }] }),
    );
    expect(await find()).toEqual({
      found: false,
      notice: `No baseline: artifact '${artifactName(1)}' of run https://github.com/octo-lab/experiments/actions/runs/601 expired on 2026-01-02T00:00:00Z.`,
    });
  });

  it('a 403 (no actions: read) names the permission; a 404 and a 410 on download are notices too', async () => {
    github.addRun(thisRun);
    github.addRun(mainRun(601));
    github.failNext('GET', /\/actions\/runs\/500$/, {
      status: 403,
      body: { message: 'Resource not accessible by integration' },
    });
    const refused = await find();
    expect(refused.found).toBe(false);
    expect(!refused.found && refused.notice).toBe(
      'No baseline: GitHub refused to read this workflow run (id 500) (403: Resource not accessible by integration). The workflow needs `permissions: actions: read`.',
    );
    github.failNext('GET', /\/actions\/artifacts\/6010\/zip$/, {
      status: 410,
      body: { message: 'Artifact has expired' },
    });
    const gone = await find();
    expect(!gone.found && gone.notice).toMatch(
      /^No baseline: the artifact is gone when asked to download artifact 'summary-cap_lora-summarize-attempt-1' of run https:\/\/github.com\/octo-lab\/experiments\/actions\/runs\/601 \(410: /,
    );
    github.failNext('GET', /\/actions\/runs\/601\/artifacts$/, {
      status: 404,
      body: { message: 'Not Found' },
    });
    const missing = await find();
    expect(!missing.found && missing.notice).toMatch(
      /^No baseline: GitHub found nothing when asked to list the artifacts of run .*\/601 \(404: /,
    );
  });

  it('an artifact without summary.json, or with a broken one: a problem naming the artifact', async () => {
    github.addRun(thisRun);
    github.addRun(
      mainRun(601, {
        artifacts: [{ id: 5, name: artifactName(1), bytes: buildZip([{ name: 'summary.md', data: '#' }]) }],
      }),
    );
    const found = await find();
    expect(found).toEqual({
      found: true,
      url: 'https://github.com/octo-lab/experiments/actions/runs/601',
      read: {
        ok: false,
        problem: `summary.json of artifact '${artifactName(1)}' of run https://github.com/octo-lab/experiments/actions/runs/601: the artifact has no summary.json`,
      },
    });
  });
});
