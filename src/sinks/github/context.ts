// What the runner tells the action about the run, read from the environment it was given.
// (Not @actions/github's `context` singleton: that one is frozen at import time, so tests and
// callers could not hand it a different environment.)
import { readFileSync } from 'node:fs';

/** The parts of an event payload the action reads; everything else is ignored. */
export interface EventPayload {
  pull_request?: {
    number?: number;
    head?: { sha?: string; repo?: { full_name?: string } | null };
    base?: { repo?: { full_name?: string } };
  };
  workflow_run?: {
    /** The page of the run that triggered this one (the experiment's run in the fork recipe). */
    html_url?: string;
    /** The event that started that run, e.g. 'pull_request'. */
    event?: string;
    head_sha?: string;
    head_branch?: string;
    pull_requests?: Array<{ number?: number; head?: { sha?: string } }>;
  };
  [key: string]: unknown;
}

export interface RunContext {
  owner: string;
  repo: string;
  eventName: string;
  /** The commit the workflow runs on (GITHUB_SHA). */
  sha: string;
  job: string;
  runId: number;
  runAttempt: number;
  serverUrl: string;
  apiUrl: string;
  payload: EventPayload;
  /** owner/name of this action's own repository, when run through `uses: owner/name@ref`. */
  actionRepository: string;
  /** Why the event payload could not be read, if it could not. */
  payloadProblem: string | null;
}

export function readRunContext(env: NodeJS.ProcessEnv): RunContext {
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/');
  let payload: EventPayload = {};
  let payloadProblem: string | null = null;
  const eventPath = env.GITHUB_EVENT_PATH;
  if (eventPath) {
    try {
      const parsed: unknown = JSON.parse(readFileSync(eventPath, 'utf8'));
      if (parsed !== null && typeof parsed === 'object') payload = parsed as EventPayload;
      else payloadProblem = `${eventPath}: the event payload is not a JSON object`;
    } catch (error) {
      payloadProblem = `${eventPath}: ${error instanceof Error ? error.message : String(error)}`;
    }
  }
  const positive = (value: string | undefined, fallback: number) => {
    const number = Number.parseInt(value ?? '', 10);
    return Number.isSafeInteger(number) && number > 0 ? number : fallback;
  };
  return {
    owner,
    repo,
    eventName: env.GITHUB_EVENT_NAME ?? '',
    sha: env.GITHUB_SHA ?? '',
    job: env.GITHUB_JOB ?? '',
    runId: positive(env.GITHUB_RUN_ID, 0),
    runAttempt: positive(env.GITHUB_RUN_ATTEMPT, 1),
    serverUrl: (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, ''),
    apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
    payload,
    actionRepository: env.GITHUB_ACTION_REPOSITORY ?? '',
    payloadProblem,
  };
}

/** The page of this workflow run. */
export function runUrl(context: RunContext): string {
  return `${context.serverUrl}/${context.owner}/${context.repo}/actions/runs/${context.runId}`;
}

/**
 * Under a `workflow_run` event, the page of the run that triggered this one: in the fork recipe the
 * run that summarized the experiment (its job summary and artifact). null for other events.
 */
export function triggeringRunUrl(context: RunContext): string | null {
  if (context.eventName !== 'workflow_run') return null;
  const url = context.payload.workflow_run?.html_url;
  return typeof url === 'string' && /^https?:\/\//.test(url) ? url : null;
}

/** Where fork users learn the two-workflow recipe: this action's README when we know its repository. */
export function forkRecipeLink(context: RunContext, heading: string, anchor: string): string {
  if (context.actionRepository) return `${context.serverUrl}/${context.actionRepository}#${anchor}`;
  return `the README section "${heading}"`;
}
