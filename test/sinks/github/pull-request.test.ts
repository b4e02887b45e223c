import { describe, expect, it } from 'vitest';
import { readRunContext, type RunContext } from '../../../src/sinks/github/context.js';
import type { PullRequestRef } from '../../../src/sinks/github/github-api.js';
import { resolvePullRequest } from '../../../src/sinks/github/pull-request.js';

const sha = 'c'.repeat(40);

function context(eventName: string, payload: RunContext['payload']): RunContext {
  return {
    ...readRunContext({
      GITHUB_REPOSITORY: 'octo-lab/experiments',
      GITHUB_SHA: sha,
      GITHUB_EVENT_NAME: eventName,
    }),
    payload,
  };
}

function pull(overrides: Partial<PullRequestRef>): PullRequestRef {
  return {
    number: 1,
    state: 'open',
    headSha: 'd'.repeat(40),
    headRepository: 'octo-lab/experiments',
    baseRepository: 'octo-lab/experiments',
    mergedAt: null,
    updatedAt: '2026-01-01T00:00:00Z',
    ...overrides,
  };
}

const noLookup = {
  listPullRequestsForCommit: async (): Promise<PullRequestRef[]> => {
    throw new Error('the commit lookup must not be reached');
  },
};
const lookup = (pulls: PullRequestRef[], seen: string[] = []) => ({
  listPullRequestsForCommit: async (commit: string) => {
    seen.push(commit);
    return pulls;
  },
});

describe('which pull request a run belongs to', () => {
  it('the pr-number input wins over the event', async () => {
    const result = await resolvePullRequest({
      prNumber: 99,
      context: context('pull_request', { pull_request: { number: 7 } }),
      api: noLookup,
      includeClosed: false,
    });
    expect(result).toEqual({ found: true, number: 99, source: 'input', forkPullRequestEvent: false });
  });

  it('a pull_request event names its pull request, and a fork head marks the token read-only', async () => {
    const fork = await resolvePullRequest({
      prNumber: null,
      context: context('pull_request', {
        pull_request: {
          number: 7,
          head: { repo: { full_name: 'student/experiments' } },
          base: { repo: { full_name: 'octo-lab/experiments' } },
        },
      }),
      api: noLookup,
      includeClosed: false,
    });
    expect(fork).toEqual({ found: true, number: 7, source: 'pull_request', forkPullRequestEvent: true });
    const target = await resolvePullRequest({
      prNumber: null,
      context: context('pull_request_target', {
        pull_request: {
          number: 7,
          head: { repo: { full_name: 'student/experiments' } },
          base: { repo: { full_name: 'octo-lab/experiments' } },
        },
      }),
      api: noLookup,
      includeClosed: false,
    });
    expect(target).toMatchObject({ forkPullRequestEvent: false });
  });

  it('a workflow_run event uses the pull request whose head is the triggering commit', async () => {
    const result = await resolvePullRequest({
      prNumber: null,
      context: context('workflow_run', {
        workflow_run: {
          head_sha: 'e'.repeat(40),
          pull_requests: [
            { number: 3, head: { sha: 'f'.repeat(40) } },
            { number: 4, head: { sha: 'e'.repeat(40) } },
          ],
        },
      }),
      api: noLookup,
      includeClosed: false,
    });
    expect(result).toMatchObject({ found: true, number: 4, source: 'workflow_run' });
  });

  it('a workflow_run from a fork (empty pull_requests) looks up the triggering commit, not GITHUB_SHA', async () => {
    const seen: string[] = [];
    const result = await resolvePullRequest({
      prNumber: null,
      context: context('workflow_run', { workflow_run: { head_sha: 'e'.repeat(40), pull_requests: [] } }),
      api: lookup([pull({ number: 12, headSha: 'e'.repeat(40) })], seen),
      includeClosed: false,
    });
    expect(seen).toEqual(['e'.repeat(40)]);
    expect(result).toMatchObject({ found: true, number: 12, source: 'commit' });
  });

  it('on a push or dispatch, the open pull request whose head is this commit is preferred', async () => {
    const result = await resolvePullRequest({
      prNumber: null,
      context: context('workflow_dispatch', {}),
      api: lookup([
        pull({ number: 20, updatedAt: '2026-02-01T00:00:00Z' }),
        pull({ number: 21, headSha: sha, updatedAt: '2026-01-01T00:00:00Z' }),
        pull({ number: 22, state: 'closed', headSha: sha }),
        pull({ number: 23, headSha: sha, baseRepository: 'someone/else' }),
      ]),
      includeClosed: false,
    });
    expect(result).toMatchObject({ found: true, number: 21, source: 'commit' });
  });

  it('a commit only in merged pull requests gets no comment with auto, the merged one with always', async () => {
    const pulls = [pull({ number: 30, state: 'closed', mergedAt: '2026-01-05T00:00:00Z' })];
    const auto = await resolvePullRequest({
      prNumber: null,
      context: context('push', {}),
      api: lookup(pulls),
      includeClosed: false,
    });
    expect(auto).toEqual({ found: false, reason: expect.stringContaining('only to closed pull requests') });
    const always = await resolvePullRequest({
      prNumber: null,
      context: context('push', {}),
      api: lookup(pulls),
      includeClosed: true,
    });
    expect(always).toMatchObject({ found: true, number: 30 });
  });

  it('no pull request anywhere: not found, with a reason naming the commit', async () => {
    const result = await resolvePullRequest({
      prNumber: null,
      context: context('push', {}),
      api: lookup([]),
      includeClosed: false,
    });
    expect(result).toEqual({
      found: false,
      reason: `no pull request contains commit ${sha.slice(0, 12)} (set pr-number to choose one)`,
    });
  });
});
