// Which pull request the run belongs to: the input, then the event, then the commit.
import type { RunContext } from './context.js';
import { newestFirst } from '../../util/order.js';
import type { GitHubApi, PullRequestRef } from './github-api.js';

export type PullRequestSource = 'input' | 'pull_request' | 'workflow_run' | 'commit';

export type PullRequestResolution =
  | {
      found: true;
      number: number;
      source: PullRequestSource;
      /** A `pull_request` event from a fork: GitHub gives such runs a read-only token. */
      forkPullRequestEvent: boolean;
    }
  | { found: false; reason: string };

export interface ResolvePullRequestOptions {
  prNumber: number | null;
  context: RunContext;
  api: Pick<GitHubApi, 'listPullRequestsForCommit'>;
  /** Accept a closed or merged pull request when the commit has no open one (comment: always). */
  includeClosed: boolean;
}

/**
 * Whether this run is a `pull_request` event from a fork: GitHub then gives it a read-only token and
 * no secrets. (`pull_request_target` runs as the base repository and is not one.)
 */
export function isForkPullRequestEvent(context: RunContext): boolean {
  const pull = context.payload.pull_request;
  if (context.eventName !== 'pull_request' || !pull) return false;
  const headRepository = pull.head?.repo?.full_name ?? null;
  const baseRepository = pull.base?.repo?.full_name ?? `${context.owner}/${context.repo}`;
  return headRepository === null || headRepository.toLowerCase() !== baseRepository.toLowerCase();
}

/**
 * The chain, first answer wins: `pr-number` input → the `pull_request` payload → the
 * `workflow_run` pull requests → pull requests associated with the commit (open ones, the one
 * whose head is this very commit first). No answer is not an error: the caller skips the comment.
 */
export async function resolvePullRequest(options: ResolvePullRequestOptions): Promise<PullRequestResolution> {
  const { context } = options;
  const payload = context.payload;
  if (options.prNumber !== null) {
    return { found: true, number: options.prNumber, source: 'input', forkPullRequestEvent: false };
  }

  const pull = payload.pull_request;
  if (pull && typeof pull.number === 'number') {
    return {
      found: true,
      number: pull.number,
      source: 'pull_request',
      forkPullRequestEvent: isForkPullRequestEvent(context),
    };
  }

  const workflowRun = payload.workflow_run;
  const workflowRunPulls = (workflowRun?.pull_requests ?? []).filter(
    (candidate): candidate is { number: number; head?: { sha?: string } } =>
      typeof candidate.number === 'number',
  );
  if (workflowRunPulls.length > 0) {
    const sameHead = workflowRunPulls.find((candidate) => candidate.head?.sha === workflowRun?.head_sha);
    const chosen = sameHead ?? workflowRunPulls[0]!;
    return { found: true, number: chosen.number, source: 'workflow_run', forkPullRequestEvent: false };
  }

  const sha = workflowRun?.head_sha || context.sha;
  if (!sha)
    return {
      found: false,
      reason: 'no pull request in the event and no commit (GITHUB_SHA) to look one up by',
    };
  const associated = await options.api.listPullRequestsForCommit(sha);
  const ours = `${context.owner}/${context.repo}`.toLowerCase();
  const inThisRepository = associated.filter((candidate) => candidate.baseRepository.toLowerCase() === ours);
  const chosen = choosePullRequest(inThisRepository, sha, options.includeClosed);
  if (chosen) return { found: true, number: chosen.number, source: 'commit', forkPullRequestEvent: false };
  const closedCount = inThisRepository.filter((candidate) => candidate.state !== 'open').length;
  const reason =
    closedCount > 0
      ? `commit ${sha.slice(0, 12)} belongs only to closed pull requests (set comment: always to comment on them anyway, or pr-number)`
      : `no pull request contains commit ${sha.slice(0, 12)} (set pr-number to choose one)`;
  return { found: false, reason };
}

const newestPullRequestFirst = newestFirst<PullRequestRef>(
  (pr) => Date.parse(pr.updatedAt),
  (a, b) => a.number - b.number,
);

function choosePullRequest(
  candidates: PullRequestRef[],
  sha: string,
  includeClosed: boolean,
): PullRequestRef | null {
  const open = candidates.filter((candidate) => candidate.state === 'open').sort(newestPullRequestFirst);
  const openAtThisCommit = open.find((candidate) => candidate.headSha === sha);
  if (openAtThisCommit) return openAtThisCommit;
  if (open[0]) return open[0];
  if (!includeClosed) return null;
  const closed = candidates.filter((candidate) => candidate.state !== 'open').sort(newestPullRequestFirst);
  return closed.find((candidate) => candidate.mergedAt !== null) ?? closed[0] ?? null;
}
