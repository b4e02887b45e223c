// The GitHub Actions REST calls `baseline: auto` makes (needs `permissions: actions: read`): this
// workflow run, the successful runs of its workflow, a run's artifacts, and an artifact's ZIP.
import type { getOctokit } from '@actions/github';

export interface WorkflowRunRef {
  id: number;
  workflowId: number;
  /** The workflow's name, for messages. */
  name: string;
  headBranch: string | null;
  headSha: string;
  event: string;
  conclusion: string | null;
  htmlUrl: string;
  createdAt: string;
}

export interface ArtifactRef {
  id: number;
  name: string;
  sizeInBytes: number;
  expired: boolean;
  expiresAt: string | null;
  createdAt: string | null;
}

export interface ActionsApi {
  getWorkflowRun(runId: number): Promise<WorkflowRunRef>;
  /** Successful runs of a workflow, newest first (one page): on a branch, or of one commit. */
  listSuccessfulRuns(
    workflowId: number,
    filter: { branch?: string; headSha?: string },
  ): Promise<WorkflowRunRef[]>;
  listRunArtifacts(runId: number): Promise<ArtifactRef[]>;
  /** The artifact's bytes: a ZIP (or the one file of an artifact uploaded unarchived). */
  downloadArtifact(artifactId: number): Promise<Buffer>;
}

type Octokit = ReturnType<typeof getOctokit>;
type Retried = <T>(call: (request: { signal: AbortSignal }) => Promise<T>) => Promise<T>;

/** Runs of the base branch looked at, newest first: enough to skip a few runs of other experiments. */
export const RUNS_PER_PAGE = 20;

interface RestRun {
  id: number;
  workflow_id: number;
  name?: string | null;
  head_branch: string | null;
  head_sha: string;
  event: string;
  conclusion: string | null;
  html_url: string;
  created_at: string;
}

interface RestArtifact {
  id: number;
  name: string;
  size_in_bytes: number;
  expired: boolean;
  expires_at?: string | null;
  created_at?: string | null;
}

function toRun(run: RestRun): WorkflowRunRef {
  return {
    id: run.id,
    workflowId: run.workflow_id,
    name: run.name ?? '',
    headBranch: run.head_branch,
    headSha: run.head_sha,
    event: run.event,
    conclusion: run.conclusion,
    htmlUrl: run.html_url,
    createdAt: run.created_at,
  };
}

function toArtifact(artifact: RestArtifact): ArtifactRef {
  return {
    id: artifact.id,
    name: artifact.name,
    sizeInBytes: artifact.size_in_bytes,
    expired: artifact.expired,
    expiresAt: artifact.expires_at ?? null,
    createdAt: artifact.created_at ?? null,
  };
}

export function octokitActionsApi(
  octokit: Octokit,
  owner: string,
  repo: string,
  retried: Retried,
): ActionsApi {
  return {
    async getWorkflowRun(runId) {
      const { data } = await retried((request) =>
        octokit.rest.actions.getWorkflowRun({ owner, repo, run_id: runId, request }),
      );
      return toRun(data as RestRun);
    },

    async listSuccessfulRuns(workflowId, filter) {
      const { data } = await retried((request) =>
        octokit.rest.actions.listWorkflowRuns({
          owner,
          repo,
          workflow_id: workflowId,
          status: 'success',
          per_page: RUNS_PER_PAGE,
          ...(filter.branch !== undefined ? { branch: filter.branch } : {}),
          ...(filter.headSha !== undefined ? { head_sha: filter.headSha } : {}),
          request,
        }),
      );
      return (data.workflow_runs as RestRun[]).map(toRun);
    },

    async listRunArtifacts(runId) {
      const { data } = await retried((request) =>
        octokit.rest.actions.listWorkflowRunArtifacts({ owner, repo, run_id: runId, per_page: 100, request }),
      );
      return (data.artifacts as RestArtifact[]).map(toArtifact);
    },

    async downloadArtifact(artifactId) {
      // GitHub answers 302 to a short-lived storage URL; fetch follows it.
      const { data } = await retried((request) =>
        octokit.rest.actions.downloadArtifact({
          owner,
          repo,
          artifact_id: artifactId,
          archive_format: 'zip',
          request,
        }),
      );
      if (data instanceof ArrayBuffer) return Buffer.from(data);
      if (typeof data === 'string') return Buffer.from(data, 'utf8');
      return Buffer.from(JSON.stringify(data), 'utf8');
    },
  };
}
