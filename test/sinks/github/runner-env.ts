// The environment a GitHub runner gives a JavaScript action, built for tests: INPUT_* variables
// with the runner's name mangling, a real-shaped event payload file, the step summary and output
// files, the API and artifact service URLs, and a JWT-shaped ACTIONS_RUNTIME_TOKEN.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The runner's name for an input's variable: spaces become '_', upper-cased, hyphens kept. */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

const base64url = (text: string) => Buffer.from(text).toString('base64url');

/**
 * A runtime token shaped like the runner's: a JWT whose `scp` claim carries
 * `Actions.Results:{workflowRunBackendId}:{workflowJobRunBackendId}`, which @actions/artifact
 * decodes (it does not check the signature).
 */
export function runtimeToken(workflowRunBackendId: string, workflowJobRunBackendId: string): string {
  const header = base64url(JSON.stringify({ typ: 'JWT', alg: 'RS256', x5t: 'fake' }));
  const claims = base64url(
    JSON.stringify({
      scp: `Actions.ExampleScope Actions.Results:${workflowRunBackendId}:${workflowJobRunBackendId}`,
      iss: 'vstoken.actions.githubusercontent.com',
      exp: 4102444800,
    }),
  );
  return `${header}.${claims}.${base64url('not-a-real-signature')}`;
}

export interface PullRequestEventOptions {
  owner: string;
  repo: string;
  number: number;
  headSha: string;
  /** The head repository; a different one makes this a fork pull request. */
  headRepository?: string;
}

/** A `pull_request` (synchronize) event payload with the fields GitHub sends that matter here. */
export function pullRequestEvent(options: PullRequestEventOptions): Record<string, unknown> {
  const fullName = `${options.owner}/${options.repo}`;
  const headRepository = options.headRepository ?? fullName;
  const repository = {
    id: 987654321,
    name: options.repo,
    full_name: fullName,
    owner: { login: options.owner, id: 555, type: 'Organization' },
    private: false,
    html_url: `https://github.com/${fullName}`,
    default_branch: 'main',
  };
  return {
    action: 'synchronize',
    number: options.number,
    before: '1'.repeat(40),
    after: options.headSha,
    pull_request: {
      url: `https://api.github.com/repos/${fullName}/pulls/${options.number}`,
      id: 2000000000 + options.number,
      html_url: `https://github.com/${fullName}/pull/${options.number}`,
      number: options.number,
      state: 'open',
      title: 'Fine-tune with rank 4 and 8',
      user: { login: 'researcher', id: 4242, type: 'User' },
      draft: false,
      head: {
        label: `${headRepository.split('/')[0]}:rank-sweep`,
        ref: 'rank-sweep',
        sha: options.headSha,
        repo: {
          ...repository,
          full_name: headRepository,
          name: headRepository.split('/')[1],
          fork: headRepository !== fullName,
        },
      },
      base: { label: `${options.owner}:main`, ref: 'main', sha: '2'.repeat(40), repo: repository },
      merged: false,
      merged_at: null,
    },
    repository,
    organization: { login: options.owner, id: 555 },
    sender: { login: 'researcher', id: 4242, type: 'User' },
  };
}

export interface RunnerEnvironmentOptions {
  /** A scratch directory for the event, step summary and output files. */
  dir: string;
  /** Inputs by their action.yml names. */
  inputs: Record<string, string>;
  apiUrl: string;
  /** The fake artifact service; omitted = no runtime variables, as in a run: step. */
  resultsUrl?: string;
  runtimeToken?: string;
  repository?: string;
  eventName?: string;
  event?: Record<string, unknown>;
  sha?: string;
  runId?: number;
  runAttempt?: number;
  job?: string;
  serverUrl?: string;
  /** false = leave GITHUB_STEP_SUMMARY unset, as on old GitHub Enterprise Server. */
  stepSummary?: boolean;
}

export interface RunnerEnvironment {
  env: Record<string, string>;
  files: { event: string; stepSummary: string | null; output: string };
}

export function runnerEnvironment(options: RunnerEnvironmentOptions): RunnerEnvironment {
  mkdirSync(options.dir, { recursive: true });
  const event = join(options.dir, 'event.json');
  writeFileSync(event, JSON.stringify(options.event ?? {}, null, 2));
  const output = join(options.dir, 'github_output');
  writeFileSync(output, '');
  const stepSummary = options.stepSummary === false ? null : join(options.dir, 'step_summary.md');
  if (stepSummary) writeFileSync(stepSummary, '');

  const env: Record<string, string> = {
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    RUNNER_TEMP: options.dir,
    GITHUB_WORKSPACE: options.dir,
    GITHUB_EVENT_NAME: options.eventName ?? 'pull_request',
    GITHUB_EVENT_PATH: event,
    GITHUB_OUTPUT: output,
    GITHUB_REPOSITORY: options.repository ?? 'octo-lab/experiments',
    GITHUB_SHA: options.sha ?? 'a'.repeat(40),
    GITHUB_RUN_ID: String(options.runId ?? 424242),
    GITHUB_RUN_ATTEMPT: String(options.runAttempt ?? 1),
    GITHUB_RUN_NUMBER: '17',
    GITHUB_JOB: options.job ?? 'summarize',
    GITHUB_WORKFLOW: 'experiment',
    GITHUB_ACTOR: 'researcher',
    GITHUB_API_URL: options.apiUrl,
    GITHUB_GRAPHQL_URL: `${options.apiUrl}/graphql`,
    GITHUB_SERVER_URL: options.serverUrl ?? 'https://github.com',
  };
  if (stepSummary) env.GITHUB_STEP_SUMMARY = stepSummary;
  if (options.resultsUrl) env.ACTIONS_RESULTS_URL = `${options.resultsUrl}/`;
  if (options.runtimeToken) env.ACTIONS_RUNTIME_TOKEN = options.runtimeToken;
  for (const [name, value] of Object.entries(options.inputs)) env[inputVariable(name)] = value;
  return { env, files: { event, stepSummary, output } };
}

/** Parses GITHUB_OUTPUT: `name<<delimiter` blocks (what @actions/core writes) and `name=value` lines. */
export function parseGitHubOutput(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delimiter] = heredoc;
      const value: string[] = [];
      index++;
      while (index < lines.length && lines[index] !== delimiter) value.push(lines[index++]!);
      if (index >= lines.length) throw new Error(`GITHUB_OUTPUT: no closing delimiter for ${name}`);
      outputs[name!] = value.join('\n');
      continue;
    }
    const simple = /^([^=]+)=(.*)$/.exec(line);
    if (simple) outputs[simple[1]!] = simple[2]!;
  }
  return outputs;
}

export function readGitHubOutput(path: string): Record<string, string> {
  return parseGitHubOutput(readFileSync(path, 'utf8'));
}
