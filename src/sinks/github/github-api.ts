// The few GitHub calls the action makes, behind one small interface: unit tests stub this seam,
// and `octokitGitHubApi` is the one implementation that talks to GitHub (or a fake of it).
import { getOctokit } from '@actions/github';
import { type RetryOptions, scrubSecrets, withRetry } from './retry.js';

export interface IssueComment {
  id: number;
  /** GraphQL global id (REST `node_id`), for asking whether the comment is hidden; '' if unknown. */
  nodeId: string;
  body: string;
  authorLogin: string;
  /** 'User', 'Bot', 'Organization'...; '' when GitHub did not say. */
  authorType: string;
  authorId: number | null;
  createdAt: string;
  htmlUrl: string;
}

export interface PullRequestRef {
  number: number;
  state: string;
  headSha: string;
  /** owner/name of the head repository; null when it was deleted. */
  headRepository: string | null;
  baseRepository: string;
  mergedAt: string | null;
  updatedAt: string;
}

/** Who the token acts as. `id` is GitHub's numeric account id when known. */
export interface TokenIdentity {
  login: string;
  id: number | null;
}

export interface GitHubApi {
  /** The token's identity: GraphQL `viewer` (works for GITHUB_TOKEN, PATs and App tokens). */
  viewer(): Promise<TokenIdentity>;
  /** Every comment of an issue or pull request, all pages. */
  listIssueComments(issueNumber: number): Promise<IssueComment[]>;
  /**
   * Posts a comment. A POST is not idempotent: a failed try may still have created the comment
   * (GitHub acted, the answer was lost), so before trying again the comments are listed and
   * `findPosted` asked whether it is there; if so, that comment is the result and nothing is re-sent.
   */
  createIssueComment(
    issueNumber: number,
    body: string,
    findPosted: (comments: IssueComment[]) => IssueComment | undefined,
  ): Promise<IssueComment>;
  updateIssueComment(commentId: number, body: string): Promise<IssueComment>;
  /** Whether a maintainer hid the comment (GraphQL `isMinimized`). */
  isCommentMinimized(nodeId: string): Promise<boolean>;
  /** Pull requests whose head includes the commit (open and closed). */
  listPullRequestsForCommit(sha: string): Promise<PullRequestRef[]>;
}

export interface OctokitApiOptions {
  token: string;
  /** REST base URL (GITHUB_API_URL): https://api.github.com, https://ghes.example/api/v3, or a fake. */
  apiUrl: string;
  owner: string;
  repo: string;
  retry: RetryOptions;
  /** How long one request may take before it is abandoned (and retried); default 30 s. */
  timeoutMs?: number;
}

/** A hung GitHub or proxy must not hold the job: one request gets this long. */
export const defaultRequestTimeoutMs = 30_000;

interface RestUser {
  login?: string;
  id?: number;
  type?: string;
}

interface RestComment {
  id: number;
  node_id?: string;
  body?: string | null;
  user?: RestUser | null;
  created_at: string;
  html_url: string;
}

interface RestPull {
  number: number;
  state: string;
  head: { sha: string; repo?: { full_name?: string } | null };
  base: { repo: { full_name: string } };
  merged_at?: string | null;
  updated_at: string;
}

function toComment(comment: RestComment): IssueComment {
  return {
    id: comment.id,
    nodeId: comment.node_id ?? '',
    body: comment.body ?? '',
    authorLogin: comment.user?.login ?? '',
    authorType: comment.user?.type ?? '',
    authorId: comment.user?.id ?? null,
    createdAt: comment.created_at,
    htmlUrl: comment.html_url,
  };
}

function toPullRequest(pull: RestPull): PullRequestRef {
  return {
    number: pull.number,
    state: pull.state,
    headSha: pull.head.sha,
    headRepository: pull.head.repo?.full_name ?? null,
    baseRepository: pull.base.repo.full_name,
    mergedAt: pull.merged_at ?? null,
    updatedAt: pull.updated_at,
  };
}

export function octokitGitHubApi(options: OctokitApiOptions): GitHubApi {
  const octokit = getOctokit(options.token, { baseUrl: options.apiUrl, userAgent: 'summarize-experiment' });
  const { owner, repo } = options;
  const retried = retriedRequests(options);
  const listIssueComments = (issueNumber: number) =>
    listAllIssueComments(octokit, retried, { owner, repo, issueNumber });

  return {
    viewer: () => viewer(octokit, retried),

    listIssueComments,

    async createIssueComment(issueNumber, body, findPosted) {
      return retried(
        async (request) => {
          const { data } = await octokit.rest.issues.createComment({
            owner,
            repo,
            issue_number: issueNumber,
            body,
            request,
          });
          return toComment(data);
        },
        async () => findPosted(await listIssueComments(issueNumber)),
      );
    },

    async updateIssueComment(commentId, body) {
      const { data } = await retried((request) =>
        octokit.rest.issues.updateComment({ owner, repo, comment_id: commentId, body, request }),
      );
      return toComment(data);
    },

    async isCommentMinimized(nodeId) {
      const result = await retried((request) =>
        octokit.graphql<{ node: { isMinimized?: boolean } | null }>(
          'query($nodeId: ID!) { node(id: $nodeId) { ... on IssueComment { isMinimized } } }',
          { nodeId, request },
        ),
      );
      return result.node?.isMinimized === true;
    },

    async listPullRequestsForCommit(sha) {
      const { data } = await retried((request) =>
        octokit.rest.repos.listPullRequestsAssociatedWithCommit({
          owner,
          repo,
          commit_sha: sha,
          per_page: 100,
          request,
        }),
      );
      return data.map(toPullRequest);
    },
  };
}

type Octokit = ReturnType<typeof getOctokit>;

/** One request, retried, each try with its own deadline; errors scrubbed of the token. */
type Retried = <T>(
  call: (request: { signal: AbortSignal }) => Promise<T>,
  recover?: () => Promise<T | undefined>,
) => Promise<T>;

function retriedRequests(options: OctokitApiOptions): Retried {
  // The token must not reach the log, even inside a server's error message.
  const scrub = (text: string) => scrubSecrets(text, [options.token]);
  const retry: RetryOptions = {
    ...options.retry,
    onRetry: (info) => options.retry.onRetry?.({ ...info, reason: scrub(info.reason) }),
  };
  const timeoutMs = options.timeoutMs ?? defaultRequestTimeoutMs;
  /**
   * One request with its own deadline: `call` gets the `request` option carrying a fresh abort
   * signal (each try gets a new one). A timeout surfaces as a retryable error saying so.
   */
  const timed =
    <T>(call: (request: { signal: AbortSignal }) => Promise<T>) =>
    async (): Promise<T> => {
      try {
        return await call({ signal: AbortSignal.timeout(timeoutMs) });
      } catch (error) {
        const cause = (error as { cause?: unknown } | null)?.cause;
        const timedOut = [error, cause].some(
          (candidate) => candidate instanceof Error && candidate.name === 'TimeoutError',
        );
        if (timedOut && error instanceof Error) {
          error.message = `no answer from GitHub within ${timeoutMs / 1000} s (${error.message})`;
          // Octokit reports a failed fetch as status 500 already; make sure a timeout is retried.
          (error as { status?: number }).status ??= 500;
        }
        throw error;
      }
    };
  return async (call, recover) => {
    try {
      return await withRetry(timed(call), retry, recover);
    } catch (error) {
      if (error instanceof Error) error.message = scrub(error.message);
      throw error;
    }
  };
}

async function viewer(octokit: Octokit, retried: Retried): Promise<TokenIdentity> {
  try {
    const result = await retried((request) =>
      octokit.graphql<{ viewer: { login: string; databaseId?: number | null } }>(
        'query { viewer { login databaseId } }',
        { request },
      ),
    );
    return { login: result.viewer.login, id: result.viewer.databaseId ?? null };
  } catch (graphqlError) {
    // Some GHES versions and proxies block GraphQL; GET /user answers for PATs there.
    try {
      const { data } = await retried((request) => octokit.rest.users.getAuthenticated({ request }));
      return { login: data.login, id: data.id };
    } catch {
      throw graphqlError;
    }
  }
}

async function listAllIssueComments(
  octokit: Octokit,
  retried: Retried,
  where: { owner: string; repo: string; issueNumber: number },
): Promise<IssueComment[]> {
  const comments: RestComment[] = [];
  // Page by page, each page retried on its own, so a 502 on page 7 does not restart page 1.
  let page = 1;
  for (;;) {
    const { data, headers } = await retried((request) =>
      octokit.rest.issues.listComments({
        owner: where.owner,
        repo: where.repo,
        issue_number: where.issueNumber,
        per_page: 100,
        page,
        request,
      }),
    );
    comments.push(...data);
    if (!/rel="next"/.test(headers.link ?? '') || data.length === 0) break;
    page++;
  }
  return comments.map(toComment);
}
