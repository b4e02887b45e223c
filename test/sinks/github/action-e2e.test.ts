// The bundled action (dist/index.js) as the runner starts it: `node dist/index.js` in a child process
// with only the runner's environment, on a copy of examples/demo (the real pipeline runs), against a
// fake GitHub REST/GraphQL API and a fake artifact service on 127.0.0.1. This is the test of what
// ships: dist/ must be a fresh bundle of src/ (`npm run bundle`; check-dist keeps it so in CI).
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commentMarker } from '../../../src/sinks/github/comment.js';
import { manyLogsExperiment } from '../../helpers/many-logs.js';
import { useTempDir } from '../../helpers/temp-dir.js';
import { FakeArtifactService, unzip } from './fake-artifact-service.js';
import { actionsBot, defaultToken, FakeGitHub, someUser } from './fake-github.js';
import { runActionProcess, workflowCommands } from './run-action.js';
import { pullRequestEvent, readGitHubOutput, runnerEnvironment, runtimeToken } from './runner-env.js';

const bundle = new URL('../../../dist/index.js', import.meta.url).pathname;
const demo = new URL('../../../examples/demo', import.meta.url).pathname;
/** The demo without the outputs of an earlier run of the quick start (the log is appended to). */
const notEarlierOutput = (source: string) =>
  !/[/\\](summary\.md|summary\.json|summarize-experiment\.log)$/.test(source);
const experimentName = 'capitalization_lora_rank_demo';
const readOnlyToken = 'ghs_readOnlyTokenOfThisRepository0000';
const artifactToken = runtimeToken('run-backend-e2e', 'job-backend-e2e');
const actionRepository = 'summarize-experiment/summarize-experiment';

const scratch = useTempDir('action-e2e-');
let github: FakeGitHub;
let artifacts: FakeArtifactService;
let copies = 0;

beforeAll(async () => {
  // A placeholder or stale dist/ would make every test below fail for the wrong reason.
  const bundled = readFileSync(bundle, 'utf8');
  // Strings of the code itself (the bundle carries no comments: tsconfig removeComments).
  if (!bundled.includes('Job summary written') || !bundled.includes('experiment_summary.yaml')) {
    throw new Error(`${bundle} is not a bundle of src/: run \`npm run bundle\` first.`);
  }
  github = await FakeGitHub.start({ readOnlyTokens: [readOnlyToken] });
  artifacts = await FakeArtifactService.start(artifactToken);
});
afterAll(async () => {
  await github?.close();
  await artifacts?.close();
});

/** A fresh copy of the demo experiment, so each run writes its own summary files. */
function copyOfDemo(): string {
  const dir = join(scratch(), `experiment-${++copies}`, experimentName);
  cpSync(demo, dir, { recursive: true, filter: notEarlierOutput });
  return dir;
}

interface RunOptions {
  inputs: Record<string, string>;
  pullRequest?: number;
  runAttempt?: number;
  stepSummary?: boolean;
}

async function runAction(options: RunOptions) {
  const runner = runnerEnvironment({
    dir: join(scratch(), `runner-${++copies}`),
    inputs: { 'github-token': defaultToken, sacct: 'off', ...options.inputs },
    apiUrl: github.url,
    resultsUrl: artifacts.url,
    runtimeToken: artifactToken,
    event: pullRequestEvent({
      owner: github.owner,
      repo: github.repo,
      number: options.pullRequest ?? 7,
      headSha: 'a'.repeat(40),
    }),
    runAttempt: options.runAttempt ?? 1,
    ...(options.stepSummary === false ? { stepSummary: false } : {}),
  });
  // What the runner adds for `uses: owner/name@ref`: the action's own repository.
  const env = { ...runner.env, GITHUB_ACTION_REPOSITORY: actionRepository, GITHUB_ACTION_REF: 'v1' };
  const result = await runActionProcess(bundle, env);
  const outputs = readGitHubOutput(runner.files.output);
  const stepSummary = runner.files.stepSummary ? readFileSync(runner.files.stepSummary, 'utf8') : null;
  return {
    ...result,
    outputs,
    stepSummary,
    warnings: workflowCommands(result.stdout, 'warning'),
    errors: workflowCommands(result.stdout, 'error'),
  };
}

const ourMarker = commentMarker(experimentName);

describe('the bundled action on the demo experiment, against fake GitHub services', () => {
  it('first run creates one comment, a re-run updates it; a marker planted by someone else is left alone', async () => {
    const planted = github.addComment(7, `${ourMarker}\nplanted by someone else`, someUser);
    const experiment = copyOfDemo();

    const first = await runAction({ inputs: { 'experiment-path': experiment } });
    expect(first.code, first.stdout + first.stderr).toBe(0);
    expect(first.errors).toEqual([]);
    expect(first.warnings).toEqual([]);

    const summaryMd = readFileSync(join(experiment, 'summary.md'), 'utf8');
    const ours = () => github.commentsOn(7).filter((comment) => comment.author.login === actionsBot.login);
    expect(ours()).toHaveLength(1);
    const comment = ours()[0]!;
    // The comment key defaults to the experiment name; the body is the real renderer's summary.
    expect(comment.body.startsWith(`${ourMarker}\n# Experiment Summary`)).toBe(true);
    expect(comment.body).toContain(summaryMd.trimEnd());
    expect(comment.body).toContain(
      '| Llama-3.2-1B-Instruct\\_rank8 | capitalization | 1 | 0.900 [0.79, 0.96] | 0.892 [0.79, 0.97] | 0.918 | 50 |',
    );
    expect(comment.body).toContain(first.outputs['artifact-url']);
    expect(first.outputs['comment-id']).toBe(String(comment.id));

    // The job summary is the same rendering, written once.
    expect(first.stepSummary!.trimEnd()).toBe(summaryMd.trimEnd());

    // The artifact: unique per experiment, job and attempt; its bytes are the files on disk.
    const artifact = artifacts.artifacts.find(
      (candidate) => String(candidate.id) === first.outputs['artifact-id'],
    )!;
    expect(artifact.name).toBe(`summary-${experimentName}-summarize-attempt-1`);
    expect(artifact.finalized).toBe(true);
    const zipped = unzip(artifact.bytes!);
    expect([...zipped.keys()].sort()).toEqual([
      'logs/summarize-experiment.log',
      'summary.json',
      'summary.md',
    ]);
    expect(zipped.get('summary.md')!.equals(readFileSync(join(experiment, 'summary.md')))).toBe(true);
    expect(zipped.get('summary.json')!.equals(readFileSync(join(experiment, 'summary.json')))).toBe(true);

    // Every output, in GITHUB_OUTPUT.
    expect(first.outputs).toEqual({
      'summary-path': join(experiment, 'summary.md'),
      'summary-json-path': join(experiment, 'summary.json'),
      complete: '3',
      total: '3',
      'best-run': 'Llama-3.2-1B-Instruct_rank8',
      'best-epoch': '1',
      'best-metric': 'balanced_accuracy',
      'best-value': String(JSON.parse(readFileSync(join(experiment, 'summary.json'), 'utf8')).best[0].value),
      'comment-id': String(comment.id),
      'comment-url': `https://github.com/${github.owner}/${github.repo}/pull/7#issuecomment-${comment.id}`,
      'artifact-id': String(artifact.id),
      'artifact-url': `https://github.com/${github.owner}/${github.repo}/actions/runs/424242/artifacts/${artifact.id}`,
      // Set only with wait: true.
      'wait-result': '',
      // Set only with a baseline to compare with.
      regressions: '',
      improvements: '',
      'baseline-url': '',
    });
    expect(Number(first.outputs['best-value'])).toBeCloseTo(0.892, 3);

    // A re-run of the job (attempt 2): the same comment, updated; a new artifact name, no 409.
    const second = await runAction({ inputs: { 'experiment-path': experiment }, runAttempt: 2 });
    expect(second.code, second.stdout + second.stderr).toBe(0);
    expect(second.warnings).toEqual([]);
    expect(ours()).toHaveLength(1);
    expect(ours()[0]!.id).toBe(comment.id);
    expect(ours()[0]!.body).toContain('(attempt 2)');
    expect(second.outputs['comment-id']).toBe(String(comment.id));
    expect(artifacts.artifacts.find((a) => String(a.id) === second.outputs['artifact-id'])!.name).toBe(
      `summary-${experimentName}-summarize-attempt-2`,
    );

    expect(github.comments.find((candidate) => candidate.id === planted.id)!.body).toBe(
      `${ourMarker}\nplanted by someone else`,
    );
    expect(github.commentsOn(7)).toHaveLength(2);
  });

  it('a sweep too big for a comment: the comment is cut to fit, ends with the footer and points to the artifact', async () => {
    const experiment = join(scratch(), `experiment-${++copies}`, 'big_sweep');
    mkdirSync(experiment, { recursive: true });
    const runs = Array.from(
      { length: 1200 },
      (_, index) =>
        `  - name: "sweep_lr${String(index).padStart(5, '0')}"\n    type: "fine-tuned"\n    model: "m"`,
    );
    writeFileSync(
      join(experiment, 'experiment_summary.yaml'),
      `experiment:\n  name: "big_sweep"\nruns:\n${runs.join('\n')}\n`,
    );
    const result = await runAction({ inputs: { 'experiment-path': experiment }, pullRequest: 13 });
    expect(result.code, result.stdout + result.stderr).toBe(0);
    expect(result.warnings).toEqual([]);

    const summaryMd = readFileSync(join(experiment, 'summary.md'), 'utf8');
    expect(summaryMd.length).toBeGreaterThan(200_000);
    const [comment] = github.commentsOn(13);
    expect(comment!.body.length).toBeLessThanOrEqual(65_536);
    expect(comment!.body.length).toBeGreaterThan(30_000);
    expect(comment!.body.startsWith(`${commentMarker('big_sweep')}\n# Experiment Summary`)).toBe(true);
    expect(comment!.body).toContain(
      `The full summary is in the artifact [summary-big_sweep-summarize-attempt-1](${result.outputs['artifact-url']})`,
    );
    expect(comment!.body.trimEnd()).toMatch(
      /<sub>Updated by summarize-experiment in \[run 424242\]\(.*\)\.<\/sub>$/,
    );
    // Whole table rows only.
    for (const line of comment!.body.split('\n').filter((text) => text.startsWith('| sweep_'))) {
      expect(line).toMatch(/^\| sweep_lr\d{5} \| .* \|$/);
    }
    // The job summary's budget (1 MiB) holds the whole summary.
    expect(result.stepSummary!.trimEnd()).toBe(summaryMd.trimEnd());
  });

  it('reads a sweep of 96 logs on worker threads, as the CLI does', async () => {
    const experiment = join(scratch(), `experiment-${++copies}`, 'workers');
    manyLogsExperiment(experiment);
    const result = await runAction({ inputs: { 'experiment-path': experiment }, pullRequest: 41 });
    expect(result.code, result.stdout + result.stderr).toBe(0);
    const log = readFileSync(join(experiment, 'logs', 'summarize-experiment.log'), 'utf8');
    expect(log).toMatch(/Reading 96 evaluation logs\n.*Result: on [1-3] worker threads?\n/);
    const json = JSON.parse(readFileSync(join(experiment, 'summary.json'), 'utf8')) as {
      evaluations: Array<{ accuracy: number | null }>;
    };
    expect(json.evaluations).toHaveLength(96);
    expect(json.evaluations.filter((row) => row.accuracy !== null)).toHaveLength(95);
  });

  it('a 500 from GitHub is retried and the comment still lands; the token never reaches the log', async () => {
    const experiment = copyOfDemo();
    github.failNext('GET', /\/issues\/8\/comments$/, {
      status: 500,
      body: { message: `internal error near ${defaultToken}` },
    });
    const result = await runAction({
      inputs: { 'experiment-path': experiment, artifact: 'false' },
      pullRequest: 8,
    });
    expect(result.code, result.stdout + result.stderr).toBe(0);
    expect(result.warnings).toEqual([]);
    const statuses = github.requests
      .filter((request) => request.method === 'GET' && request.path.endsWith('/issues/8/comments'))
      .map((request) => request.status);
    expect(statuses).toEqual([500, 200]);
    expect(result.stdout).toMatch(/GitHub call failed .*try 2 of 4/);
    expect(github.commentsOn(8)).toHaveLength(1);
    expect(result.outputs['comment-id']).toBe(String(github.commentsOn(8)[0]!.id));
    const log = result.stdout + result.stderr;
    expect(log).toContain(`::add-mask::${defaultToken}`);
    expect(log.split(`::add-mask::${defaultToken}`).join('')).not.toContain(defaultToken);
  });

  it('GitHub stores the comment but the connection drops before the answer: one comment, not two', async () => {
    const experiment = copyOfDemo();
    github.failNext('POST', /\/issues\/12\/comments$/, { afterWork: true, reset: true });
    const result = await runAction({
      inputs: { 'experiment-path': experiment, artifact: 'false' },
      pullRequest: 12,
    });
    expect(result.code, result.stdout + result.stderr).toBe(0);
    expect(result.warnings).toEqual([]);
    expect(github.commentsOn(12)).toHaveLength(1);
    expect(
      github.calls().filter((call) => call.endsWith('/issues/12/comments') && call.startsWith('POST')),
    ).toHaveLength(1);
    expect(result.outputs['comment-id']).toBe(String(github.commentsOn(12)[0]!.id));
  });

  it('a token that may not comment (403): a warning naming the permission, exit 0, summary and artifact still made', async () => {
    const experiment = copyOfDemo();
    const result = await runAction({
      inputs: {
        'experiment-path': experiment,
        'github-token': readOnlyToken,
        'artifact-name': 'read-only-run',
      },
      pullRequest: 9,
    });
    expect(result.code, result.stdout + result.stderr).toBe(0);
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([
      expect.stringMatching(/may not comment on pull request #9.*pull-requests: write.*workflow_run recipe/s),
    ]);
    // The warning links the README's recipe in the action's own repository.
    expect(result.warnings[0]).toContain(
      `https://github.com/${actionRepository}#pull-requests-from-forks-the-workflow_run-recipe`,
    );
    expect(github.commentsOn(9)).toEqual([]);
    expect(result.outputs['comment-id']).toBe('');
    expect(result.stepSummary).toContain('# Experiment Summary');
    expect(
      artifacts.artifacts.some((artifact) => artifact.name === 'read-only-run' && artifact.finalized),
    ).toBe(true);
  });

  it('an artifact name already used in this run (409): a warning naming it, exit 0, the comment still made', async () => {
    const inputs = { 'artifact-name': 'one-name-twice', 'comment-key': 'artifact-conflict' };
    const first = await runAction({
      inputs: { ...inputs, 'experiment-path': copyOfDemo() },
      pullRequest: 14,
    });
    expect(first.code, first.stdout + first.stderr).toBe(0);
    const second = await runAction({
      inputs: { ...inputs, 'experiment-path': copyOfDemo() },
      pullRequest: 14,
    });
    expect(second.code, second.stdout + second.stderr).toBe(0);
    expect(second.warnings).toEqual([
      expect.stringContaining(
        "an artifact named 'one-name-twice' already exists in this workflow run (409 Conflict)",
      ),
    ]);
    expect(second.outputs['artifact-id']).toBe('');
    expect(second.outputs['comment-id']).toBe(first.outputs['comment-id']);
    // Without an artifact the comment points at the run page instead of a dead link.
    const body = github.commentsOn(14)[0]!.body;
    expect(body).not.toContain('/artifacts/');
    expect(body).toContain('https://github.com/octo-lab/experiments/actions/runs/424242');
  });

  it('fail-on: incomplete on an incomplete experiment exits 1, after the comment, summary, artifact and outputs', async () => {
    const experiment = copyOfDemo();
    // rank8's epoch-1 evaluation never wrote its log.
    rmSync(
      join(
        experiment,
        'Llama-3.2-1B-Instruct_rank8/eval/logs/2026-03-16T14-19-07+00-00_capitalization-rank8_Dm44444444444444444444.eval',
      ),
    );
    const result = await runAction({
      inputs: {
        'experiment-path': experiment,
        'fail-on': 'incomplete',
        'artifact-name': 'incomplete-run',
        'comment-key': 'incomplete',
      },
      pullRequest: 10,
    });
    expect(result.code).toBe(1);
    expect(result.errors).toEqual(['fail-on: incomplete — 1 of 3 runs are not complete.']);
    expect(result.outputs).toMatchObject({ complete: '2', total: '3' });
    expect(readFileSync(join(experiment, 'summary.md'), 'utf8')).toContain('**Status:** 2/3 complete');
    expect(result.stepSummary).toContain('**Status:** 2/3 complete');
    expect(github.commentsOn(10)).toHaveLength(1);
    expect(github.commentsOn(10)[0]!.body.startsWith(commentMarker('incomplete'))).toBe(true);
    expect(result.outputs['comment-id']).toBe(String(github.commentsOn(10)[0]!.id));
    expect(
      artifacts.artifacts.some((artifact) => artifact.name === 'incomplete-run' && artifact.finalized),
    ).toBe(true);
  });

  it('a missing experiment path exits 1 with an error naming the path, and calls nobody', async () => {
    const missing = join(scratch(), 'no-such-experiment');
    const before = { github: github.requests.length, artifacts: artifacts.requests.length };
    const result = await runAction({ inputs: { 'experiment-path': missing } });
    expect(result.code).toBe(1);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toBe(
      `No summary made. ${missing} does not exist: set the input 'experiment-path' to the experiment directory (holding experiment_summary.yaml) or to that file, as this runner sees it`,
    );
    expect(result.outputs).toEqual({});
    expect(github.requests.length).toBe(before.github);
    expect(artifacts.requests.length).toBe(before.artifacts);
  });

  it('an experiment_summary.yaml that does not parse exits 1 with an error naming the file and line', async () => {
    const experiment = copyOfDemo();
    const yamlPath = join(experiment, 'experiment_summary.yaml');
    writeFileSync(yamlPath, 'experiment:\n  name: "broken\nruns: [\n');
    const result = await runAction({ inputs: { 'experiment-path': experiment } });
    expect(result.code).toBe(1);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatch(/^No summary made\. /);
    expect(result.errors[0]).toContain(yamlPath);
    expect(result.outputs).toEqual({});
  });

  it('without GITHUB_STEP_SUMMARY (old GitHub Enterprise Server): a warning, exit 0, comment and outputs still made', async () => {
    const experiment = copyOfDemo();
    const result = await runAction({
      inputs: { 'experiment-path': experiment, artifact: 'false', 'comment-key': 'no-step-summary' },
      pullRequest: 11,
      stepSummary: false,
    });
    expect(result.code, result.stdout + result.stderr).toBe(0);
    expect(result.warnings).toEqual([expect.stringContaining('GITHUB_STEP_SUMMARY is not set')]);
    expect(github.commentsOn(11)).toHaveLength(1);
    expect(result.outputs).toMatchObject({ complete: '3', total: '3' });
  });
});
