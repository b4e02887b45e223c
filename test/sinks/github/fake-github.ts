// A fake GitHub REST + GraphQL API: a real HTTP server on 127.0.0.1 with an in-memory store, for
// tests that run the real Octokit (in-process, or the bundled action as a child process) against it.
// Implements only what the action calls: issue comments (list/create/update), pull requests of a
// commit, GET /user, GraphQL `viewer` and a comment's `isMinimized`. Failures can be queued per route
// (a 500 then a 200, a 403, an answer lost after the comment was stored, a hang).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeAccount {
  login: string;
  id: number;
  type: 'User' | 'Bot';
}

export interface FakeComment {
  id: number;
  issueNumber: number;
  body: string;
  author: FakeAccount;
  createdAt: string;
  updatedAt: string;
  /** Hidden by a maintainer ("Hide" → "Outdated"): GraphQL `isMinimized`. */
  minimized?: boolean;
}

export interface FakePull {
  number: number;
  state: 'open' | 'closed';
  headSha: string;
  headRepository: string;
  mergedAt?: string | null;
  updatedAt?: string;
  /** Commits whose "pull requests associated with the commit" include this pull request. */
  commits: string[];
}

export interface LoggedRequest {
  method: string;
  path: string;
  status: number;
  /** The Authorization header's token, for checking which identity made a call. */
  token: string | null;
}

export interface QueuedResponse {
  /** The status to answer with; ignored when `reset` is set. */
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
  /**
   * Do the request's work first (store the comment), then fail: the answer is lost on its way back,
   * as when a proxy times out or the connection drops after GitHub has acted.
   */
  afterWork?: boolean;
  /** Drop the connection instead of answering (the client sees a socket error). */
  reset?: boolean;
  /** Answer only after this long: a GitHub that hangs. */
  delayMs?: number;
}

export interface FakeGitHubOptions {
  owner?: string;
  repo?: string;
  /** Known tokens and whose they are; any other token gets a 401. */
  tokens?: Record<string, FakeAccount>;
  /** Tokens that may read but not write (a fork's GITHUB_TOKEN, acting as github-actions[bot]): writes get a 403. */
  readOnlyTokens?: string[];
  /** Comments per page when the client does not ask (GitHub's default is 30). */
  defaultPerPage?: number;
}

export const actionsBot: FakeAccount = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' };
export const someUser: FakeAccount = { login: 'mallory', id: 1234567, type: 'User' };
export const defaultToken = 'ghs_fakeGitHubTokenForTests0123456789';

const commentLimit = 65_536;

export class FakeGitHub {
  readonly owner: string;
  readonly repo: string;
  readonly comments: FakeComment[] = [];
  readonly pulls: FakePull[] = [];
  readonly requests: LoggedRequest[] = [];
  /** Every comment body the action wrote (created or updated), in order. */
  readonly writtenBodies: string[] = [];
  /** Called with each body the action writes, before GitHub answers (a test can change the world there). */
  onCommentWritten: ((body: string) => void) | null = null;
  private readonly tokens: Record<string, FakeAccount>;
  private readonly readOnlyTokens: Set<string>;
  private readonly queued: Array<{ method: string; path: RegExp; responses: QueuedResponse[] }> = [];
  private nextCommentId = 1_000_001;
  private clock = Date.parse('2026-01-15T10:00:00Z');
  private server: Server | null = null;
  url = '';

  private constructor(private readonly options: FakeGitHubOptions) {
    this.owner = options.owner ?? 'octo-lab';
    this.repo = options.repo ?? 'experiments';
    this.tokens = { ...(options.tokens ?? { [defaultToken]: actionsBot }) };
    this.readOnlyTokens = new Set(options.readOnlyTokens ?? []);
    // A read-only token is still GITHUB_TOKEN: the same bot, only without write access.
    for (const token of this.readOnlyTokens) this.tokens[token] ??= actionsBot;
  }

  static async start(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
    const fake = new FakeGitHub(options);
    fake.server = createServer((request, response) => {
      fake.handle(request, response).catch((error: unknown) => {
        fake.send(response, request, 500, { message: `fake GitHub crashed: ${String(error)}` }, null);
      });
    });
    await new Promise<void>((resolve) => fake.server!.listen(0, '127.0.0.1', resolve));
    fake.url = `http://127.0.0.1:${(fake.server.address() as AddressInfo).port}`;
    return fake;
  }

  async close(): Promise<void> {
    if (!this.server) return;
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server!.close(() => resolve()));
    this.server = null;
  }

  /** The next requests matching method and path get these answers, in order, before normal service. */
  failNext(method: string, path: RegExp, ...responses: QueuedResponse[]): void {
    this.queued.push({ method: method.toUpperCase(), path, responses: [...responses] });
  }

  /** Plants a comment, e.g. one by another user carrying the action's marker. */
  addComment(issueNumber: number, body: string, author: FakeAccount): FakeComment {
    const time = this.tick();
    const comment = { id: this.nextCommentId++, issueNumber, body, author, createdAt: time, updatedAt: time };
    this.comments.push(comment);
    return comment;
  }

  addPull(pull: FakePull): void {
    this.pulls.push(pull);
  }

  commentsOn(issueNumber: number): FakeComment[] {
    return this.comments.filter((comment) => comment.issueNumber === issueNumber);
  }

  /** Requests that reached the fake, as "METHOD /path" without the query. */
  calls(): string[] {
    return this.requests.map((request) => `${request.method} ${request.path}`);
  }

  private tick(): string {
    this.clock += 60_000;
    return new Date(this.clock).toISOString();
  }

  private commentJson(comment: FakeComment) {
    return {
      id: comment.id,
      node_id: `IC_${comment.id}`,
      url: `${this.url}/repos/${this.owner}/${this.repo}/issues/comments/${comment.id}`,
      html_url: `https://github.com/${this.owner}/${this.repo}/pull/${comment.issueNumber}#issuecomment-${comment.id}`,
      issue_url: `${this.url}/repos/${this.owner}/${this.repo}/issues/${comment.issueNumber}`,
      body: comment.body,
      user: { login: comment.author.login, id: comment.author.id, type: comment.author.type },
      created_at: comment.createdAt,
      updated_at: comment.updatedAt,
      author_association: comment.author.type === 'Bot' ? 'NONE' : 'CONTRIBUTOR',
      performed_via_github_app: comment.author.type === 'Bot' ? { slug: 'github-actions' } : null,
    };
  }

  private pullJson(pull: FakePull) {
    return {
      number: pull.number,
      state: pull.state,
      head: { sha: pull.headSha, ref: `branch-${pull.number}`, repo: { full_name: pull.headRepository } },
      base: { ref: 'main', repo: { full_name: `${this.owner}/${this.repo}` } },
      merged_at: pull.mergedAt ?? null,
      updated_at: pull.updatedAt ?? '2026-01-01T00:00:00Z',
      html_url: `https://github.com/${this.owner}/${this.repo}/pull/${pull.number}`,
    };
  }

  private send(
    response: ServerResponse,
    request: IncomingMessage,
    status: number,
    body: unknown,
    token: string | null,
    headers: Record<string, string> = {},
  ): void {
    const url = new URL(request.url ?? '/', 'http://fake');
    this.requests.push({ method: request.method ?? '', path: url.pathname, status, token });
    response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
    response.end(body === undefined ? '' : JSON.stringify(body));
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const rawBody = Buffer.concat(chunks).toString('utf8');
    const url = new URL(request.url ?? '/', 'http://fake');
    const method = request.method ?? 'GET';
    const authorization = request.headers.authorization ?? '';
    const token = /^(?:token|bearer)\s+(.+)$/i.exec(authorization)?.[1] ?? null;

    const queue = this.queued.find(
      (entry) => entry.method === method && entry.path.test(url.pathname) && entry.responses.length > 0,
    );
    const queued = queue?.responses.shift();
    if (queued?.delayMs) await new Promise((resolve) => setTimeout(resolve, queued.delayMs).unref());
    const fail = (failure: QueuedResponse) => {
      if (failure.reset) {
        this.requests.push({ method, path: url.pathname, status: 0, token });
        request.socket.destroy();
        return;
      }
      const status = failure.status ?? 200;
      this.send(
        response,
        request,
        status,
        failure.body ?? { message: `queued ${status}` },
        token,
        failure.headers,
      );
    };
    if (queued && !queued.afterWork) {
      if (queued.reset || queued.status !== undefined) {
        fail(queued);
        return;
      }
    }
    const reply =
      queued?.afterWork === true
        ? () => fail(queued)
        : (status: number, body: unknown, headers?: Record<string, string>) =>
            this.send(response, request, status, body, token, headers);

    const account = token === null ? undefined : this.tokens[token];
    if (!account) {
      reply(401, { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest' });
      return;
    }
    const readOnly = token !== null && this.readOnlyTokens.has(token);
    const body = rawBody ? (JSON.parse(rawBody) as Record<string, unknown>) : {};

    if (method === 'POST' && url.pathname === '/graphql') {
      const query = String(body.query ?? '');
      const variables = (body.variables ?? {}) as Record<string, unknown>;
      if (/\bnode\s*\(/.test(query) && /\bisMinimized\b/.test(query)) {
        const nodeId = Object.values(variables).find((value) => typeof value === 'string') ?? '';
        const comment = this.comments.find((candidate) => `IC_${candidate.id}` === nodeId);
        if (!comment) {
          reply(200, {
            data: { node: null },
            errors: [
              { type: 'NOT_FOUND', message: `Could not resolve to a node with the global id of '${nodeId}'` },
            ],
          });
          return;
        }
        reply(200, {
          data: { node: { __typename: 'IssueComment', isMinimized: comment.minimized === true } },
        });
        return;
      }
      if (!/\bviewer\b/.test(query)) {
        reply(200, {
          errors: [{ message: 'the fake GitHub only answers viewer and IssueComment isMinimized queries' }],
        });
        return;
      }
      reply(200, { data: { viewer: { login: account.login, databaseId: account.id } } });
      return;
    }
    if (method === 'GET' && url.pathname === '/user') {
      if (account.type === 'Bot') {
        reply(403, { message: 'Resource not accessible by integration' });
        return;
      }
      reply(200, { login: account.login, id: account.id, type: account.type });
      return;
    }

    const repoPrefix = `/repos/${this.owner}/${this.repo}`;
    if (!url.pathname.startsWith(`${repoPrefix}/`)) {
      reply(404, { message: 'Not Found' });
      return;
    }
    const route = url.pathname.slice(repoPrefix.length);

    let match = /^\/issues\/(\d+)\/comments$/.exec(route);
    if (match && method === 'GET') {
      const issueNumber = Number(match[1]);
      const perPage = Math.min(
        100,
        Number(url.searchParams.get('per_page') ?? this.options.defaultPerPage ?? 30),
      );
      const page = Math.max(1, Number(url.searchParams.get('page') ?? 1));
      const all = this.commentsOn(issueNumber);
      const pageItems = all.slice((page - 1) * perPage, page * perPage);
      const headers: Record<string, string> = {};
      if (page * perPage < all.length) {
        const next = new URL(url.toString().replace('http://fake', this.url));
        next.searchParams.set('page', String(page + 1));
        headers.link = `<${next.toString()}>; rel="next"`;
      }
      reply(
        200,
        pageItems.map((comment) => this.commentJson(comment)),
        headers,
      );
      return;
    }
    if (match && method === 'POST') {
      if (readOnly) {
        reply(403, { message: 'Resource not accessible by integration' });
        return;
      }
      const text = String(body.body ?? '');
      if (text.length > commentLimit) {
        reply(422, {
          message: 'Validation Failed',
          errors: [{ message: 'Body is too long (maximum is 65536 characters)' }],
        });
        return;
      }
      const comment = this.addComment(Number(match[1]), text, account);
      this.writtenBodies.push(text);
      this.onCommentWritten?.(text);
      reply(201, this.commentJson(comment));
      return;
    }

    match = /^\/issues\/comments\/(\d+)$/.exec(route);
    if (match && method === 'PATCH') {
      const comment = this.comments.find((candidate) => candidate.id === Number(match![1]));
      if (!comment) {
        reply(404, { message: 'Not Found' });
        return;
      }
      if (readOnly) {
        reply(403, { message: 'Resource not accessible by integration' });
        return;
      }
      const text = String(body.body ?? '');
      if (text.length > commentLimit) {
        reply(422, {
          message: 'Validation Failed',
          errors: [{ message: 'Body is too long (maximum is 65536 characters)' }],
        });
        return;
      }
      comment.body = text;
      comment.updatedAt = this.tick();
      this.writtenBodies.push(text);
      this.onCommentWritten?.(text);
      reply(200, this.commentJson(comment));
      return;
    }

    match = /^\/commits\/([0-9a-f]+)\/pulls$/i.exec(route);
    if (match && method === 'GET') {
      const sha = match[1]!;
      reply(
        200,
        this.pulls.filter((pull) => pull.commits.includes(sha)).map((pull) => this.pullJson(pull)),
      );
      return;
    }

    reply(404, { message: `Not Found (the fake GitHub does not implement ${method} ${url.pathname})` });
  }
}
