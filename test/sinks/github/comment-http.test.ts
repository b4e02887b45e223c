// The comment sink end to end over HTTP: the real Octokit from @actions/github against the fake
// GitHub server, so the request code, pagination and retries run for real.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MarkdownBudget } from '../../../src/render/fit.js';
import { commentFooter, commentMarker, postPullRequestComment } from '../../../src/sinks/github/comment.js';
import { readRunContext, type RunContext } from '../../../src/sinks/github/context.js';
import { octokitGitHubApi } from '../../../src/sinks/github/github-api.js';
import { recordingLog } from '../../helpers/recording-log.js';
import { actionsBot, defaultToken, FakeGitHub, someUser } from './fake-github.js';

let github: FakeGitHub;
const sleeps: number[] = [];

beforeEach(async () => {
  sleeps.length = 0;
  github = await FakeGitHub.start({ readOnlyTokens: ['ghs_forkReadOnlyToken0000'] });
});
afterEach(async () => {
  await github.close();
});

const summaryMarkdown =
  '# Experiment Summary: cap_4L_lora\n\n| Run | Accuracy |\n|---|---|\n| rank4 | 0.81 |\n';
const render = (budget: MarkdownBudget) => summaryMarkdown.slice(0, budget.maxLength);

function contextFor(event: Record<string, unknown>, eventName = 'pull_request'): RunContext {
  return {
    ...readRunContext({
      GITHUB_REPOSITORY: `${github.owner}/${github.repo}`,
      GITHUB_RUN_ID: '424242',
      GITHUB_SHA: 'a'.repeat(40),
      GITHUB_EVENT_NAME: eventName,
      GITHUB_API_URL: github.url,
    }),
    payload: event,
  };
}

const prEvent = (headRepository = 'octo-lab/experiments') => ({
  pull_request: {
    number: 7,
    head: { sha: 'a'.repeat(40), repo: { full_name: headRepository } },
    base: { repo: { full_name: 'octo-lab/experiments' } },
  },
});

function post(
  options: {
    token?: string;
    event?: Record<string, unknown>;
    key?: string;
    log?: ReturnType<typeof recordingLog>;
  } = {},
) {
  const token = options.token ?? defaultToken;
  const context = contextFor(options.event ?? prEvent());
  return postPullRequestComment({
    mode: 'auto',
    key: options.key ?? 'cap_4L_lora',
    prNumber: null,
    api: octokitGitHubApi({
      token,
      apiUrl: github.url,
      owner: github.owner,
      repo: github.repo,
      retry: { attempts: 3, baseDelayMs: 10, maxDelayMs: 100, sleep: async (ms) => void sleeps.push(ms) },
      timeoutMs: 2000,
    }),
    context,
    render,
    footer: commentFooter(context, null),
    log: options.log ?? recordingLog(),
    secrets: [token],
  });
}

describe('the pull request comment against a fake GitHub', () => {
  it('the first run creates one comment with the marker, the second updates it: still one comment', async () => {
    const first = await post();
    expect(first).toMatchObject({ action: 'created', pullRequest: 7 });
    expect(github.commentsOn(7)).toHaveLength(1);
    expect(github.commentsOn(7)[0]!.body.startsWith(commentMarker('cap_4L_lora'))).toBe(true);
    expect(github.commentsOn(7)[0]!.author).toEqual(actionsBot);

    // A second run, e.g. after more evaluations finished: the footer differs, so it is an update.
    github.commentsOn(7)[0]!.body += '\nstale';
    const second = await post();
    expect(second).toMatchObject({ action: 'updated', id: first.action === 'created' ? first.id : -1 });
    expect(github.commentsOn(7)).toHaveLength(1);
    expect(github.commentsOn(7)[0]!.body).toContain('| rank4 | 0.81 |');
    expect(github.commentsOn(7)[0]!.body).not.toContain('stale');
  });

  it('a marker planted by another user is left untouched and the action writes its own comment', async () => {
    const planted = github.addComment(
      7,
      `${commentMarker('cap_4L_lora')}\nplanted by someone else`,
      someUser,
    );
    const result = await post();
    expect(result.action).toBe('created');
    expect(github.comments.find((comment) => comment.id === planted.id)!.body).toBe(
      `${commentMarker('cap_4L_lora')}\nplanted by someone else`,
    );
    expect(github.calls().filter((call) => call.startsWith('PATCH'))).toEqual([]);
    expect(github.commentsOn(7)).toHaveLength(2);
  });

  it('another experiment on the same pull request (another key) gets its own comment', async () => {
    await post({ key: 'cap_4L_lora' });
    await post({ key: 'cap_8L_full' });
    expect(github.commentsOn(7)).toHaveLength(2);
  });

  it('finds its comment on a later page of a long conversation', async () => {
    for (let index = 0; index < 130; index++) github.addComment(7, `review comment ${index}`, someUser);
    await post();
    for (let index = 0; index < 20; index++) github.addComment(7, `more review ${index}`, someUser);
    const second = await post();
    expect(second.action).toBe('unchanged');
    expect(github.commentsOn(7).filter((comment) => comment.author.login === actionsBot.login)).toHaveLength(
      1,
    );
    expect(
      github.calls().filter((call) => call.endsWith('/issues/7/comments') && call.startsWith('GET')).length,
    ).toBeGreaterThanOrEqual(4);
  });

  it('a 500 from GitHub is retried with backoff and the comment is still created', async () => {
    github.failNext('POST', /\/issues\/7\/comments$/, { status: 500, body: { message: 'Server Error' } });
    const result = await post();
    expect(result.action).toBe('created');
    expect(sleeps).toHaveLength(1);
    expect(
      github.requests
        .filter((request) => request.method === 'POST' && request.path.endsWith('/comments'))
        .map((request) => request.status),
    ).toEqual([500, 201]);
    expect(github.commentsOn(7)).toHaveLength(1);
  });

  it('GitHub stores the comment but the connection drops before the answer: still exactly one comment', async () => {
    github.failNext('POST', /\/issues\/7\/comments$/, { afterWork: true, reset: true });
    const result = await post();
    expect(result).toMatchObject({ action: 'created', pullRequest: 7 });
    expect(github.commentsOn(7)).toHaveLength(1);
    expect(result.action === 'created' && result.id).toBe(github.commentsOn(7)[0]!.id);
    expect(github.calls().filter((call) => call.startsWith('POST /repos'))).toHaveLength(1);
  });

  it('GitHub stores the comment but a proxy answers 502: still exactly one comment', async () => {
    github.failNext('POST', /\/issues\/7\/comments$/, {
      afterWork: true,
      status: 502,
      body: { message: 'Bad gateway' },
    });
    const result = await post();
    expect(result).toMatchObject({ action: 'created', pullRequest: 7 });
    expect(github.commentsOn(7)).toHaveLength(1);
    expect(github.calls().filter((call) => call.startsWith('POST /repos'))).toHaveLength(1);
  });

  it('a hung GitHub is given up on after the per-request timeout and asked again', async () => {
    github.failNext('GET', /\/issues\/7\/comments$/, { delayMs: 10_000, status: 200, body: [] });
    const started = Date.now();
    const result = await post();
    expect(result.action).toBe('created');
    expect(Date.now() - started).toBeLessThan(8000);
    expect(sleeps).toHaveLength(1);
    expect(github.commentsOn(7)).toHaveLength(1);
  });

  it('a comment a maintainer hid (minimized) is left alone: a new one is posted', async () => {
    const first = await post();
    const hidden = github.commentsOn(7)[0]!;
    hidden.body += '\nstale';
    hidden.minimized = true;
    const hiddenBody = hidden.body;
    const second = await post();
    expect(second.action).toBe('created');
    expect(second.action === 'created' && first.action === 'created' && second.id !== first.id).toBe(true);
    expect(github.commentsOn(7)).toHaveLength(2);
    expect(hidden.body).toBe(hiddenBody);
    // The next run updates the new, visible comment.
    github.commentsOn(7)[1]!.body += '\nstale';
    expect(await post()).toMatchObject({
      action: 'updated',
      id: second.action === 'created' ? second.id : -1,
    });
    expect(github.commentsOn(7)).toHaveLength(2);
  });

  it('a 429 with Retry-After waits as long as GitHub asks', async () => {
    github.failNext('GET', /\/issues\/7\/comments$/, { status: 429, headers: { 'retry-after': '0.05' } });
    const result = await post();
    expect(result.action).toBe('created');
    expect(sleeps).toEqual([50]);
  });

  it('a read-only token (fork pull request) gets a 403: a warning pointing to the workflow_run recipe, no throw, no retry', async () => {
    const log = recordingLog();
    const result = await post({
      token: 'ghs_forkReadOnlyToken0000',
      event: prEvent('a-student/experiments'),
      log,
    });
    expect(result.action).toBe('failed');
    const warning = log.messages.find((message) => message.level === 'warning')!.message;
    expect(warning).toMatch(/comes from a fork/);
    expect(warning).toMatch(/workflow_run/);
    expect(warning).not.toContain('ghs_forkReadOnlyToken0000');
    expect(sleeps).toEqual([]);
  });
});
