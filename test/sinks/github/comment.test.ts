// The comment upsert and its size budget through the GitHubApi seam (a stub, no HTTP).
import { describe, expect, it } from 'vitest';
import type { MarkdownBudget } from '../../../src/render/fit.js';
import {
  buildCommentBody,
  commentFooter,
  commentLimitChars,
  commentMarker,
  isAuthoredBy,
  postPullRequestComment,
  upsertComment,
} from '../../../src/sinks/github/comment.js';
import { readRunContext } from '../../../src/sinks/github/context.js';
import type { GitHubApi, IssueComment, TokenIdentity } from '../../../src/sinks/github/github-api.js';
import { sanitizeCommentKey } from '../../../src/sinks/github/inputs.js';
import { recordingLog } from '../../helpers/recording-log.js';

const bot: TokenIdentity = { login: 'github-actions[bot]', id: 41898282 };

function comment(overrides: Partial<IssueComment>): IssueComment {
  const id = overrides.id ?? 1;
  return {
    id,
    nodeId: `IC_${id}`,
    body: '',
    authorLogin: 'github-actions[bot]',
    authorType: 'Bot',
    authorId: 41898282,
    createdAt: '2026-01-01T00:00:00Z',
    htmlUrl: 'https://github.com/o/r/pull/7#issuecomment-1',
    ...overrides,
  };
}

/** An in-memory GitHubApi; records writes. `hidden` holds the node ids of minimized comments. */
function stubApi(existing: IssueComment[], identity: TokenIdentity = bot, hidden = new Set<string>()) {
  const comments = [...existing];
  const writes: string[] = [];
  let nextId = 100;
  const api: GitHubApi = {
    viewer: async () => identity,
    listIssueComments: async () => comments,
    isCommentMinimized: async (nodeId) => hidden.has(nodeId),
    createIssueComment: async (_issue, body) => {
      writes.push(`create ${body.length}`);
      const created = comment({ id: nextId++, body, authorLogin: identity.login, authorId: identity.id });
      comments.push(created);
      return created;
    },
    updateIssueComment: async (id, body) => {
      writes.push(`update ${id}`);
      const target = comments.find((candidate) => candidate.id === id)!;
      target.body = body;
      return target;
    },
    listPullRequestsForCommit: async () => [],
  };
  return { api, comments, writes };
}

describe('whose comment it is', () => {
  it('the GITHUB_TOKEN bot matches its own comments by account id and by login', () => {
    expect(isAuthoredBy(comment({}), bot)).toBe(true);
    expect(isAuthoredBy(comment({ authorId: null }), { login: 'github-actions[bot]', id: null })).toBe(true);
  });

  it('a personal access token matches the comments of its user, not the bot', () => {
    const alice: TokenIdentity = { login: 'Alice', id: 77 };
    expect(isAuthoredBy(comment({ authorLogin: 'alice', authorType: 'User', authorId: 77 }), alice)).toBe(
      true,
    );
    expect(isAuthoredBy(comment({}), alice)).toBe(false);
  });

  it('a viewer login without [bot] matches the bot only when GitHub says the author is a Bot', () => {
    const viewer: TokenIdentity = { login: 'my-app', id: null };
    expect(
      isAuthoredBy(comment({ authorLogin: 'my-app[bot]', authorId: 5, authorType: 'Bot' }), viewer),
    ).toBe(true);
    expect(
      isAuthoredBy(comment({ authorLogin: 'my-app[bot]', authorId: 5, authorType: 'User' }), viewer),
    ).toBe(false);
  });

  it('a user whose login equals the bot name without [bot] is not the bot', () => {
    expect(
      isAuthoredBy(comment({ authorLogin: 'github-actions', authorType: 'User', authorId: 9 }), bot),
    ).toBe(false);
  });
});

describe('the comment upsert', () => {
  const key = 'cap_4L_lora';
  const body = `${commentMarker(key)}\nnew summary\n`;

  it('updates the newest of several of its own comments with the marker and leaves the rest alone', async () => {
    const { api, writes } = stubApi([
      comment({ id: 1, body: `${commentMarker(key)}\nold`, createdAt: '2026-01-01T00:00:00Z' }),
      comment({ id: 2, body: `${commentMarker(key)}\nnewer`, createdAt: '2026-01-02T00:00:00Z' }),
      comment({
        id: 3,
        body: `${commentMarker('other')}\nanother experiment`,
        createdAt: '2026-01-03T00:00:00Z',
      }),
    ]);
    const outcome = await upsertComment(api, 7, key, body, bot);
    expect(outcome).toMatchObject({ action: 'updated', id: 2 });
    expect(writes).toEqual(['update 2']);
  });

  it('a comment with the marker by someone else is never updated: a new one is created', async () => {
    const { api, writes } = stubApi([
      comment({
        id: 5,
        body: `${commentMarker(key)}\nhijack`,
        authorLogin: 'mallory',
        authorType: 'User',
        authorId: 666,
      }),
    ]);
    const outcome = await upsertComment(api, 7, key, body, bot);
    expect(outcome.action).toBe('created');
    expect(writes).toEqual([`create ${body.length}`]);
  });

  it('only a comment that starts with the marker is ours: one quoting it further down is not updated', async () => {
    const { api, writes } = stubApi([
      comment({ id: 6, body: `Why does the bot write ${commentMarker(key)} in its comments?` }),
    ]);
    const outcome = await upsertComment(api, 7, key, body, bot);
    expect(outcome.action).toBe('created');
    expect(writes).toEqual([`create ${body.length}`]);
  });

  it('its newest comment hidden by a maintainer is left alone and a new one posted', async () => {
    const { api, writes } = stubApi(
      [comment({ id: 8, body: `${commentMarker(key)}\nold` })],
      bot,
      new Set(['IC_8']),
    );
    const outcome = await upsertComment(api, 7, key, body, bot);
    expect(outcome).toMatchObject({ action: 'created', id: 100 });
    expect(writes).toEqual([`create ${body.length}`]);
  });

  it('when GitHub cannot say whether the comment is hidden (GraphQL blocked), it is updated', async () => {
    const { api, writes } = stubApi([comment({ id: 9, body: `${commentMarker(key)}\nold` })]);
    api.isCommentMinimized = async () => {
      throw Object.assign(new Error('GraphQL is disabled on this server'), { status: 404 });
    };
    expect(await upsertComment(api, 7, key, body, bot)).toMatchObject({ action: 'updated', id: 9 });
    expect(writes).toEqual(['update 9']);
  });

  it('an identical body is not written again', async () => {
    const { api, writes } = stubApi([comment({ id: 4, body })]);
    expect(await upsertComment(api, 7, key, body, bot)).toMatchObject({ action: 'unchanged', id: 4 });
    expect(writes).toEqual([]);
  });

  it('a key cannot close the hidden marker early, whatever the workflow passes', () => {
    const key = sanitizeCommentKey('evil --> <img src=x> key');
    expect(commentMarker(key)).toMatch(/^<!-- summarize-experiment:evil-img-src=x-key-[0-9a-f]{8} -->$/);
    expect(commentMarker(key).slice(4, -3)).not.toMatch(/--|>/);
  });
});

describe('the comment size budget', () => {
  const footer =
    '<sub>Updated by summarize-experiment in [run 1](https://github.com/o/r/actions/runs/1).</sub>';

  it('asks the renderer for characters, leaving room for the marker and the footer', () => {
    const asked: MarkdownBudget[] = [];
    const body = buildCommentBody(
      'k',
      (budget) => {
        asked.push(budget);
        return 'x'.repeat(budget.maxLength);
      },
      footer,
      'The full summary is in the artifact.',
    );
    expect(asked[0]!.unit).toBe('chars');
    expect(asked[0]!.fullReportNote).toBe('The full summary is in the artifact.');
    expect(body.length).toBeLessThanOrEqual(commentLimitChars);
    expect(body.length).toBeGreaterThan(commentLimitChars - 1024);
    expect(body.endsWith(`${footer}\n`)).toBe(true);
  });

  it('a renderer that ignores the budget is still cut under 65,536 characters at a row boundary', () => {
    const rows = Array.from({ length: 5000 }, (_, index) => `| run${index} | 0.${index} |`).join('\n');
    const body = buildCommentBody('k', () => `| Run | Acc |\n|---|---|\n${rows}\n`, footer);
    expect(body.length).toBeLessThanOrEqual(commentLimitChars);
    const lastRow = body
      .split('\n')
      .filter((line) => line.startsWith('| run'))
      .at(-1)!;
    expect(lastRow).toMatch(/^\| run\d+ \| 0\.\d+ \|$/);
    expect(body).toContain('cut to fit');
  });
});

describe('the comment sink decisions', () => {
  const context = readRunContext({
    GITHUB_REPOSITORY: 'o/r',
    GITHUB_RUN_ID: '1',
    GITHUB_SHA: 'b'.repeat(40),
  });
  const render = () => 'summary';

  it('no pull request for the commit: a notice, no comment, no failure', async () => {
    const log = recordingLog();
    const { api, writes } = stubApi([]);
    const result = await postPullRequestComment({
      mode: 'auto',
      key: 'k',
      prNumber: null,
      api,
      context,
      render,
      footer: '',
      log,
      secrets: [],
    });
    expect(result.action).toBe('skipped');
    expect(log.messages).toEqual([
      {
        level: 'notice',
        message: expect.stringMatching(
          /No pull request to comment on: no pull request contains commit bbbbbbbbbbbb/,
        ),
      },
    ]);
    expect(writes).toEqual([]);
  });

  it('with comment: always, not finding a pull request is a warning', async () => {
    const log = recordingLog();
    const { api } = stubApi([]);
    await postPullRequestComment({
      mode: 'always',
      key: 'k',
      prNumber: null,
      api,
      context,
      render,
      footer: '',
      log,
      secrets: [],
    });
    expect(log.messages[0]!.level).toBe('warning');
  });

  it('a 403 on a pull request of the same repository asks for pull-requests: write and names the recipe', async () => {
    const log = recordingLog();
    const { api } = stubApi([]);
    api.createIssueComment = async () => {
      throw Object.assign(new Error('Resource not accessible by integration (token ghs_secret123)'), {
        status: 403,
      });
    };
    const result = await postPullRequestComment({
      mode: 'auto',
      key: 'k',
      prNumber: 7,
      api,
      context,
      render,
      footer: '',
      log,
      secrets: ['ghs_secret123'],
    });
    expect(result.action).toBe('failed');
    const warning = log.messages.find((message) => message.level === 'warning')!.message;
    expect(warning).toMatch(/permissions: pull-requests: write/);
    expect(warning).toMatch(/Pull requests from forks: the workflow_run recipe/);
    expect(warning).not.toContain('ghs_secret123');
  });

  it('without a token there is no comment and a warning says why', async () => {
    const log = recordingLog();
    const result = await postPullRequestComment({
      mode: 'auto',
      key: 'k',
      prNumber: 7,
      api: null,
      context,
      render,
      footer: '',
      log,
      secrets: [],
    });
    expect(result.action).toBe('skipped');
    expect(log.messages[0]).toMatchObject({
      level: 'warning',
      message: expect.stringContaining('github-token'),
    });
  });

  it('a 403 looking up the pull request of the commit names the permissions the job needs', async () => {
    const log = recordingLog();
    const { api, writes } = stubApi([]);
    api.listPullRequestsForCommit = async () => {
      throw Object.assign(new Error('Resource not accessible by integration'), { status: 403 });
    };
    const result = await postPullRequestComment({
      mode: 'auto',
      key: 'k',
      prNumber: null,
      api,
      context,
      render,
      footer: '',
      log,
      secrets: [],
    });
    expect(result.action).toBe('failed');
    const warning = log.messages.find((message) => message.level === 'warning')!.message;
    expect(warning).toMatch(/permissions:.*contents: read.*pull-requests: write/s);
    expect(warning).toMatch(/pr-number/);
    expect(writes).toEqual([]);
  });

  it('no token on a pull request from a fork (secrets are empty there): the warning names the workflow_run recipe', async () => {
    const log = recordingLog();
    const forkContext = {
      ...readRunContext({ GITHUB_REPOSITORY: 'o/r', GITHUB_RUN_ID: '1', GITHUB_EVENT_NAME: 'pull_request' }),
      payload: {
        pull_request: {
          number: 7,
          head: { sha: 'b'.repeat(40), repo: { full_name: 'a-student/r' } },
          base: { repo: { full_name: 'o/r' } },
        },
      },
    };
    const result = await postPullRequestComment({
      mode: 'auto',
      key: 'k',
      prNumber: null,
      api: null,
      context: forkContext,
      render,
      footer: '',
      log,
      secrets: [],
    });
    expect(result.action).toBe('skipped');
    const warning = log.messages.find((message) => message.level === 'warning')!.message;
    expect(warning).toMatch(/github-token/);
    expect(warning).toMatch(/fork/);
    expect(warning).toMatch(/Pull requests from forks: the workflow_run recipe/);
  });

  it('when the token identity cannot be resolved it does not comment, rather than risk updating a stranger', async () => {
    const log = recordingLog();
    const { api, writes } = stubApi([]);
    api.viewer = async () => {
      throw Object.assign(new Error('Bad credentials'), { status: 401 });
    };
    const result = await postPullRequestComment({
      mode: 'auto',
      key: 'k',
      prNumber: 7,
      api,
      context,
      render,
      footer: '',
      log,
      secrets: [],
    });
    expect(result.action).toBe('failed');
    expect(writes).toEqual([]);
  });
});

describe('the comment footer', () => {
  it('under workflow_run it also links the experiment run that triggered this one', () => {
    const context = {
      ...readRunContext({ GITHUB_REPOSITORY: 'o/r', GITHUB_RUN_ID: '2', GITHUB_EVENT_NAME: 'workflow_run' }),
      payload: { workflow_run: { html_url: 'https://github.com/o/r/actions/runs/1' } },
    };
    expect(commentFooter(context, null)).toBe(
      "<sub>Updated by summarize-experiment in [run 2](https://github.com/o/r/actions/runs/2) after [the experiment's run](https://github.com/o/r/actions/runs/1).</sub>",
    );
    expect(commentFooter({ ...context, eventName: 'push' }, null)).not.toContain('runs/1)');
  });
});
