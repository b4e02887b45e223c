// The few GitHub calls the action makes, behind one small interface: unit tests stub this seam,
// and `octokitGitHubApi` is the one implementation that talks to GitHub (or a fake of it).
import { getOctokit } from '@actions/github';
import { type RetryOptions, scrubSecrets, withRetry } from './retry.js';

export interface IssueComment {
  id: number;
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
  createIssueComment(issueNumber: number, body: string): Promise<IssueComment>;
  updateIssueComment(commentId: number, body: string): Promise<IssueComment>;
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
}

interface RestUser {
  login?: string;
  id?: number;
  type?: string;
}

interface RestComment {
  id: number;
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
  // The token must not reach the log, even inside a server's error message.
  const scrub = (text: string) => scrubSecrets(text, [options.token]);
  const retry: RetryOptions = {
    ...options.retry,
    onRetry: (info) => options.retry.onRetry?.({ ...info, reason: scrub(info.reason) }),
  };
  const retried = async <T>(operation: () => Promise<T>): Promise<T> => {
    try {
      return await withRetry(operation, retry);
    } catch (error) {
      if (error instanceof Error) error.message = scrub(error.message);
      throw error;
    }
  };

  return {
    async viewer() {
      try {
        const result = await retried(() =>
          octokit.graphql<{ viewer: { login: string; databaseId?: number | null } }>(
            'query { viewer { login databaseId } }',
          ),
        );
        return { login: result.viewer.login, id: result.viewer.databaseId ?? null };
      } catch (graphqlError) {
        // Some GHES versions and proxies block GraphQL; GET /user answers for PATs there.
        try {
          const { data } = await retried(() => octokit.rest.users.getAuthenticated());
          return { login: data.login, id: data.id };
        } catch {
          throw graphqlError;
        }
      }
    },

    async listIssueComments(issueNumber) {
      const comments: RestComment[] = [];
      // Page by page, each page retried on its own, so a 502 on page 7 does not restart page 1.
      let page = 1;
      for (;;) {
        const { data, headers } = await retried(() =>
          octokit.rest.issues.listComments({ owner, repo, issue_number: issueNumber, per_page: 100, page }),
        );
        comments.push(...(data as RestComment[]));
        if (!/rel="next"/.test(headers.link ?? '') || data.length === 0) break;
        page++;
      }
      return comments.map(toComment);
    },

    async createIssueComment(issueNumber, body) {
      const { data } = await retried(() =>
        octokit.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body }),
      );
      return toComment(data as RestComment);
    },

    async updateIssueComment(commentId, body) {
      const { data } = await retried(() =>
        octokit.rest.issues.updateComment({ owner, repo, comment_id: commentId, body }),
      );
      return toComment(data as RestComment);
    },

    async listPullRequestsForCommit(sha) {
      const { data } = await retried(() =>
        octokit.rest.repos.listPullRequestsAssociatedWithCommit({
          owner,
          repo,
          commit_sha: sha,
          per_page: 100,
        }),
      );
      return (data as RestPull[]).map(toPullRequest);
    },
  };
}
