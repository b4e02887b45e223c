// The artifact: summary.md, summary.json and the process log, kept with the workflow run.
import { existsSync } from 'node:fs';
import type { RunContext } from './context.js';
import type { ActionLog } from './log.js';

/** The one call of @actions/artifact's DefaultArtifactClient the action makes. */
export interface ArtifactUploader {
  uploadArtifact(
    name: string,
    files: string[],
    rootDirectory: string,
    options?: { retentionDays?: number },
  ): Promise<{ id?: number; size?: number }>;
}

export type ArtifactResult =
  | { uploaded: true; id: number; url: string; name: string; size: number | null }
  | { uploaded: false; reason: string };

export interface UploadArtifactOptions {
  /** Created only when an upload is attempted, so a missing runtime never throws at start-up. */
  uploader: () => ArtifactUploader;
  name: string;
  /** Absolute paths inside rootDirectory. */
  files: string[];
  /** The experiment directory: paths in the zip are relative to it. */
  rootDirectory: string;
  retentionDays: number | null;
  context: RunContext;
  env: NodeJS.ProcessEnv;
  log: ActionLog;
}

/** The artifact's page, the same link actions/upload-artifact prints. */
export function artifactUrl(context: RunContext, id: number): string {
  return `${context.serverUrl}/${context.owner}/${context.repo}/actions/runs/${context.runId}/artifacts/${id}`;
}

/** GitHub Enterprise Server: the same rule @actions/artifact applies (it does not support GHES). */
export function isGhesServer(serverUrl: string): boolean {
  let hostname: string;
  try {
    hostname = new URL(serverUrl).hostname.toUpperCase();
  } catch {
    return false;
  }
  return hostname !== 'GITHUB.COM' && !hostname.endsWith('.GHE.COM') && !hostname.endsWith('.LOCALHOST');
}

/** Never throws: every reason not to have an artifact is a warning; the summary files stay on disk. */
export async function uploadSummaryArtifact(options: UploadArtifactOptions): Promise<ArtifactResult> {
  const { log, context } = options;
  const skip = (reason: string): ArtifactResult => {
    log.warning(reason);
    return { uploaded: false, reason };
  };
  if (isGhesServer(context.serverUrl)) {
    return skip(
      `No artifact: @actions/artifact does not support GitHub Enterprise Server (${context.serverUrl}). The summary files are in ${options.rootDirectory}.`,
    );
  }
  const missingRuntime = ['ACTIONS_RUNTIME_TOKEN', 'ACTIONS_RESULTS_URL'].filter(
    (name) => !options.env[name],
  );
  if (missingRuntime.length > 0) {
    return skip(
      `No artifact: ${missingRuntime.join(' and ')} ${missingRuntime.length > 1 ? 'are' : 'is'} not set (the runner sets them only for actions, not for run: steps or local runs). The summary files are in ${options.rootDirectory}.`,
    );
  }
  const files = options.files.filter((file) => existsSync(file));
  const absent = options.files.filter((file) => !files.includes(file));
  if (absent.length > 0) log.warning(`Not in the artifact, the file does not exist: ${absent.join(', ')}`);
  if (files.length === 0) return skip('No artifact: none of the summary files exist.');

  try {
    const uploaded = await options
      .uploader()
      .uploadArtifact(
        options.name,
        files,
        options.rootDirectory,
        options.retentionDays !== null ? { retentionDays: options.retentionDays } : {},
      );
    if (uploaded.id === undefined)
      return skip(`Artifact '${options.name}' was uploaded but GitHub returned no id.`);
    const url = artifactUrl(context, uploaded.id);
    log.info(`Artifact '${options.name}' uploaded: ${url}`);
    return { uploaded: true, id: uploaded.id, url, name: options.name, size: uploaded.size ?? null };
  } catch (error) {
    return skip(describeArtifactError(error, options.name));
  }
}

export function describeArtifactError(error: unknown, name: string): string {
  const message = error instanceof Error ? error.message : String(error);
  const errorName = error instanceof Error ? error.name : '';
  if (errorName === 'GHESNotSupportedError') {
    return `No artifact: @actions/artifact does not support GitHub Enterprise Server (${message}).`;
  }
  if (/\(409\)|Conflict|already exists/i.test(message)) {
    return `No artifact: an artifact named '${name}' already exists in this workflow run (409 Conflict). Give each step its own artifact-name (e.g. add the matrix values).`;
  }
  if (/ACTIONS_RUNTIME_TOKEN|ACTIONS_RESULTS_URL/.test(message)) {
    return `No artifact: ${message} (the runner sets these only for actions, not for run: steps or local runs).`;
  }
  if (errorName === 'NetworkError') {
    return `No artifact: the runner cannot reach GitHub's artifact storage (${message.split('\n')[0]}). Self-hosted runners need access to the results and blob storage endpoints.`;
  }
  if (errorName === 'UsageError') return `No artifact: ${message.split('\n')[0]}`;
  return `No artifact '${name}': ${message}`;
}
