// The one adapter from the action's orchestration (action.ts) to @actions/core, @actions/github
// and @actions/artifact. Tests hand `run` a different ActionRuntime instead of mocking modules.
import { terminalSafe } from '../../util/clean-text.js';
import { DefaultArtifactClient } from '@actions/artifact';
import * as core from '@actions/core';
import type { ActionsApi } from './actions-api.js';
import type { ArtifactUploader } from './artifact.js';
import { type GitHubApi, octokitGitHubApi } from './github-api.js';
import type { GetInput } from './inputs.js';
import type { JobSummaryWriter } from './job-summary.js';
import type { ActionLog } from './log.js';
import { defaultRetryOptions, type RetryOptions } from './retry.js';

export interface GitHubApiTarget {
  token: string;
  apiUrl: string;
  owner: string;
  repo: string;
}

export interface ActionRuntime {
  env: NodeJS.ProcessEnv;
  getInput: GetInput;
  /** Masks a value in everything the runner logs from now on. */
  setSecret(secret: string): void;
  log: ActionLog;
  setOutput(name: string, value: string): void;
  /** Marks the step failed (exit code 1) with an error annotation. */
  setFailed(message: string): void;
  jobSummary: JobSummaryWriter;
  gitHubApi(target: GitHubApiTarget): GitHubApi & ActionsApi;
  artifactUploader(): ArtifactUploader;
}

/**
 * A message for the workflow log, on one line: names from the experiment cannot carry escape
 * sequences, and no line can start a workflow command (`::add-mask::`, `::error::`, `::stop-commands::`),
 * which core.info would write raw.
 */
export function workflowLogText(message: string): string {
  return terminalSafe(message).replace(/^(\s*)::/, '$1 ::');
}

export const actionsLog: ActionLog = {
  debug: (message) => core.debug(workflowLogText(message)),
  info: (message) => core.info(workflowLogText(message)),
  notice: (message) => core.notice(workflowLogText(message)),
  warning: (message) => core.warning(workflowLogText(message)),
};

export const coreJobSummary: JobSummaryWriter = {
  available: () => Boolean(process.env.GITHUB_STEP_SUMMARY),
  async write(markdown) {
    // One write of the whole rendered summary, replacing the step's earlier one (live mode rewrites it
    // each check); core.summary.write() throws when the file is missing.
    await core.summary.addRaw(markdown, true).write({ overwrite: true });
  },
};

export function retryOptions(log: ActionLog, sleep = defaultSleep): RetryOptions {
  return {
    ...defaultRetryOptions,
    sleep,
    onRetry: ({ attempt, delayMs, reason }) =>
      log.info(
        `GitHub call failed (${reason}); try ${attempt + 1} of ${defaultRetryOptions.attempts} in ${delayMs} ms.`,
      ),
  };
}

function defaultSleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * The real runtime: inputs, outputs, logs, job summary, GitHub and the artifact service.
 * `sleep` is the wait between retries of GitHub calls (tests pass one that does not wait);
 * `requestTimeoutMs` how long one GitHub request may take (default 30 s).
 */
export function actionsRuntime(
  env: NodeJS.ProcessEnv = process.env,
  options: { sleep?: (ms: number) => Promise<void>; requestTimeoutMs?: number } = {},
): ActionRuntime {
  return {
    env,
    getInput: (name) => core.getInput(name),
    setSecret: (secret) => core.setSecret(secret),
    log: actionsLog,
    setOutput: (name, value) => core.setOutput(name, value),
    setFailed: (message) => core.setFailed(message),
    jobSummary: coreJobSummary,
    gitHubApi: (target) =>
      octokitGitHubApi({
        ...target,
        retry: retryOptions(actionsLog, options.sleep),
        ...(options.requestTimeoutMs ? { timeoutMs: options.requestTimeoutMs } : {}),
      }),
    artifactUploader: () => new DefaultArtifactClient(),
  };
}
