// The action's run() in-process with the real @actions runtime (inputs from INPUT_*, outputs to
// GITHUB_OUTPUT, job summary to GITHUB_STEP_SUMMARY) against the fake GitHub and the fake artifact
// service; only the pipeline is replaced, by one that writes the three files from a fixed summary.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { commentMarker } from '../../../src/sinks/github/comment.js';
import { actionsRuntime } from '../../../src/sinks/github/runtime.js';
import { renderMarkdown } from '../../../src/render/markdown.js';
import { type ActionDeps, renderWithinSinkBudget, run } from '../../../src/sinks/github/action.js';
import type { SummarizeOptions, SummarizeResult } from '../../../src/sinks/files.js';
import { FakeArtifactService, unzip } from './fake-artifact-service.js';
import { actionsBot, defaultToken, FakeGitHub, someUser } from './fake-github.js';
import { pullRequestEvent, readGitHubOutput, runnerEnvironment, runtimeToken } from './runner-env.js';
import { experimentSummary } from './summary-fixture.js';

const token = runtimeToken('run-backend-9', 'job-backend-9');
const forkToken = 'ghs_readOnlyForkToken000000000';
let github: FakeGitHub;
let artifacts: FakeArtifactService;
let scratch: string;
let experimentDir: string;
let stdout: string[];

beforeAll(async () => {
  github = await FakeGitHub.start({ readOnlyTokens: [forkToken] });
  artifacts = await FakeArtifactService.start(token);
  scratch = mkdtempSync(join(tmpdir(), 'main-test-'));
});
afterAll(async () => {
  await github.close();
  await artifacts.close();
  rmSync(scratch, { recursive: true, force: true });
});

beforeEach(() => {
  experimentDir = join(scratch, 'cap_4L_lora_comparison');
  mkdirSync(experimentDir, { recursive: true });
  writeFileSync(
    join(experimentDir, 'experiment_summary.yaml'),
    'experiment:\n  name: cap_4L_lora_comparison\n',
  );
  stdout = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout.push(String(chunk));
    return true;
  });
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
  process.exitCode = 0;
});

/** Stands in for the pipeline: writes summary.md, summary.json and the log like the real one. */
async function fakeSummarize(options: SummarizeOptions): Promise<SummarizeResult> {
  if (!options.experimentPath.endsWith('cap_4L_lora_comparison')) {
    throw new Error(`${options.experimentPath}/experiment_summary.yaml: no such file`);
  }
  const summary = experimentSummary({ experiment: { name: 'cap_4L_lora_comparison', dir: experimentDir } });
  const markdown = renderMarkdown(summary);
  const files = {
    markdown: join(experimentDir, 'summary.md'),
    json: join(experimentDir, 'summary.json'),
    log: join(experimentDir, 'logs', 'summarize-experiment.log'),
  };
  mkdirSync(join(experimentDir, 'logs'), { recursive: true });
  writeFileSync(files.markdown, markdown);
  writeFileSync(files.json, JSON.stringify(summary, null, 2));
  writeFileSync(files.log, '[2026-01-15 10:00:00] COMPLETE\n');
  return { summary, experimentDir, markdown, files, notices: [] };
}

function setUpRunner(
  inputs: Record<string, string>,
  options: {
    runAttempt?: number;
    headRepository?: string;
    eventName?: string;
    event?: Record<string, unknown>;
    stepSummary?: boolean;
  } = {},
) {
  const runner = runnerEnvironment({
    ...(options.eventName ? { eventName: options.eventName } : {}),
    ...(options.stepSummary === false ? { stepSummary: false } : {}),
    dir: join(scratch, 'runner'),
    inputs: { 'github-token': defaultToken, ...inputs },
    apiUrl: github.url,
    resultsUrl: artifacts.url,
    runtimeToken: token,
    event:
      options.event ??
      pullRequestEvent({
        owner: github.owner,
        repo: github.repo,
        number: 7,
        headSha: 'a'.repeat(40),
        ...(options.headRepository ? { headRepository: options.headRepository } : {}),
      }),
    runAttempt: options.runAttempt ?? 1,
  });
  for (const [name, value] of Object.entries(runner.env)) vi.stubEnv(name, value);
  return runner;
}

function deps(): ActionDeps {
  return {
    runtime: actionsRuntime(process.env, { sleep: async () => {} }),
    summarize: fakeSummarize,
    render: renderWithinSinkBudget,
  };
}

/** A summary too long for a comment (80,000 characters of rows), so the comment is shortened. */
function longSummaryDeps(): ActionDeps {
  const rows = Array.from({ length: 4000 }, (_, index) => `| run${index} | 0.${index} |`).join('\n');
  return { ...deps(), render: () => `# Experiment Summary\n\n| Run | Accuracy |\n|---|---|\n${rows}\n` };
}

/** The "where is the rest" note of the shortened comment on pull request 7 with this key. */
function shortenedCommentNote(key: string): string {
  const comment = github.commentsOn(7).find((candidate) => candidate.body.startsWith(commentMarker(key)))!;
  expect(comment.body).toContain('cut to fit');
  // The note only, not the footer (which names the run that wrote the comment).
  return comment.body.slice(comment.body.indexOf('> [!NOTE]'), comment.body.lastIndexOf('<sub>'));
}

const annotations = (kind: 'warning' | 'error' | 'notice') =>
  stdout
    .filter((line) => line.startsWith(`::${kind}`))
    .map((line) => decodeURIComponent(line.replace(/%0A/g, '\n')));

describe('the action, run in-process against fake GitHub services', () => {
  it('a pull request run: job summary, one comment, the artifact and every output', async () => {
    const runner = setUpRunner({ 'experiment-path': experimentDir });
    await run(deps());
    expect(process.exitCode ?? 0).toBe(0);

    const outputs = readGitHubOutput(runner.files.output);
    expect(outputs).toMatchObject({
      'summary-path': join(experimentDir, 'summary.md'),
      complete: '2',
      total: '3',
      'best-run': 'rank4',
      'best-epoch': '2',
      'best-metric': 'balanced_accuracy',
      'best-value': '0.8125',
    });
    const [comment] = github.commentsOn(7);
    expect(github.commentsOn(7)).toHaveLength(1);
    expect(comment!.author).toEqual(actionsBot);
    expect(comment!.body.startsWith(commentMarker('cap_4L_lora_comparison'))).toBe(true);
    expect(outputs['comment-id']).toBe(String(comment!.id));

    const artifact = artifacts.artifacts.find(
      (candidate) => String(candidate.id) === outputs['artifact-id'],
    )!;
    expect(artifact.name).toBe('summary-cap_4L_lora_comparison-summarize-attempt-1');
    expect(
      unzip(artifact.bytes!)
        .get('summary.md')!
        .equals(readFileSync(join(experimentDir, 'summary.md'))),
    ).toBe(true);
    expect(outputs['artifact-url']).toBe(
      `https://github.com/octo-lab/experiments/actions/runs/424242/artifacts/${artifact.id}`,
    );
    expect(comment!.body).toContain(outputs['artifact-url']);
    expect(readFileSync(runner.files.stepSummary!, 'utf8')).toContain(
      '| rank4 | capitalization | 2 | 0.840 |',
    );

    // A re-run (attempt 2): the same comment is updated, a new artifact name avoids the 409.
    setUpRunner({ 'experiment-path': experimentDir }, { runAttempt: 2 });
    await run(deps());
    expect(github.commentsOn(7)).toHaveLength(1);
    expect(github.commentsOn(7)[0]!.body).toContain('attempt 2');
    expect(annotations('warning')).toEqual([]);
    expect(annotations('error')).toEqual([]);
  });

  it('the token is masked and appears nowhere else in the log', async () => {
    github.failNext('GET', /\/issues\/7\/comments$/, {
      status: 502,
      body: { message: `bad gateway for ${defaultToken}` },
    });
    setUpRunner({ 'experiment-path': experimentDir, 'comment-key': 'token-check', artifact: 'false' });
    await run(deps());
    const log = stdout.join('');
    expect(log).toContain(`::add-mask::${defaultToken}`);
    expect(log.split(`::add-mask::${defaultToken}`).join('')).not.toContain(defaultToken);
  });

  it('a marker planted by another user on the pull request is not touched', async () => {
    const planted = github.addComment(7, `${commentMarker('planted-key')}\nplanted`, someUser);
    setUpRunner({ 'experiment-path': experimentDir, 'comment-key': 'planted-key' });
    await run(deps());
    expect(github.comments.find((comment) => comment.id === planted.id)!.body).toBe(
      `${commentMarker('planted-key')}\nplanted`,
    );
    expect(
      github.commentsOn(7).filter((comment) => comment.body.includes(commentMarker('planted-key'))),
    ).toHaveLength(2);
  });

  it('a fork pull request with a read-only token: a warning with the workflow_run recipe, summary and artifact still made, exit 0', async () => {
    const runner = setUpRunner(
      { 'experiment-path': experimentDir, 'github-token': forkToken, 'artifact-name': 'fork-run' },
      { headRepository: 'a-student/experiments' },
    );
    await run(deps());
    expect(process.exitCode ?? 0).toBe(0);
    expect(annotations('warning').join('\n')).toMatch(/comes from a fork.*workflow_run recipe/s);
    expect(readFileSync(runner.files.stepSummary!, 'utf8')).toContain(
      '| rank4 | capitalization | 2 | 0.840 |',
    );
    expect(artifacts.artifacts.some((artifact) => artifact.name === 'fork-run' && artifact.finalized)).toBe(
      true,
    );
    expect(readGitHubOutput(runner.files.output)['comment-id']).toBe('');
  });

  it('a bad input fails the step with a message naming the input, before any work', async () => {
    const runner = setUpRunner({ 'experiment-path': experimentDir, comment: 'sometimes' });
    const before = github.requests.length;
    await run(deps());
    expect(process.exitCode).toBe(1);
    expect(annotations('error')).toEqual([
      expect.stringContaining("Input 'comment' must be one of auto, always, off"),
    ]);
    expect(github.requests.length).toBe(before);
    expect(readFileSync(runner.files.output, 'utf8')).toBe('');
  });

  it('an experiment that cannot be summarized fails the step naming the path', async () => {
    setUpRunner({ 'experiment-path': join(scratch, 'no-such-experiment') });
    await run(deps());
    expect(process.exitCode).toBe(1);
    expect(annotations('error')[0]).toMatch(/No summary of .*no-such-experiment.*no such file/);
  });

  it('fail-on: failed fails the step after the comment, artifact and outputs are done', async () => {
    const runner = setUpRunner({
      'experiment-path': experimentDir,
      'fail-on': 'failed',
      'artifact-name': 'fail-on-run',
    });
    await run(deps());
    expect(process.exitCode).toBe(1);
    expect(annotations('error')).toEqual([expect.stringContaining('rank8 fine-tuning TIMEOUT')]);
    expect(readGitHubOutput(runner.files.output)['comment-url']).toMatch(/#issuecomment-/);
    expect(artifacts.artifacts.some((artifact) => artifact.name === 'fail-on-run')).toBe(true);
  });

  describe('a shortened comment says where the full summary is, naming only places this run filled', () => {
    it('no artifact, job summary off: summary.md on the runner, not the job summary', async () => {
      setUpRunner({
        'experiment-path': experimentDir,
        'comment-key': 'note-no-job-summary',
        'job-summary': 'false',
        artifact: 'false',
      });
      await run(longSummaryDeps());
      const note = shortenedCommentNote('note-no-job-summary');
      expect(note).not.toMatch(/job summary/);
      expect(note).toContain(join(experimentDir, 'summary.md'));
    });

    it('no artifact, GITHUB_STEP_SUMMARY missing (old GHES): summary.md on the runner', async () => {
      setUpRunner(
        { 'experiment-path': experimentDir, 'comment-key': 'note-no-step-summary', artifact: 'false' },
        { stepSummary: false },
      );
      await run(longSummaryDeps());
      const note = shortenedCommentNote('note-no-step-summary');
      expect(note).not.toMatch(/job summary/);
      expect(note).toContain(join(experimentDir, 'summary.md'));
    });

    it('no artifact, job summary written: the job summary of this run', async () => {
      setUpRunner({ 'experiment-path': experimentDir, 'comment-key': 'note-job-summary', artifact: 'false' });
      await run(longSummaryDeps());
      expect(shortenedCommentNote('note-job-summary')).toContain(
        'in the job summary of [this run](https://github.com/octo-lab/experiments/actions/runs/424242)',
      );
    });

    it('the workflow_run recipe (no artifact, no job summary here): the experiment run, not this one', async () => {
      const experimentRun = 'https://github.com/octo-lab/experiments/actions/runs/111111';
      setUpRunner(
        {
          'experiment-path': experimentDir,
          'comment-key': 'note-workflow-run',
          'pr-number': '7',
          'job-summary': 'false',
          artifact: 'false',
        },
        {
          eventName: 'workflow_run',
          event: {
            action: 'completed',
            workflow_run: {
              id: 111111,
              html_url: experimentRun,
              event: 'pull_request',
              head_sha: 'a'.repeat(40),
              pull_requests: [],
            },
          },
        },
      );
      await run(longSummaryDeps());
      const note = shortenedCommentNote('note-workflow-run');
      expect(note).toContain(`[the experiment's run](${experimentRun})`);
      expect(note).not.toContain('runs/424242');
      expect(note).not.toMatch(/job summary/);
    });
  });

  it('comment: off, job-summary: false, artifact: false: only the files and the outputs', async () => {
    const runner = setUpRunner({
      'experiment-path': experimentDir,
      comment: 'off',
      'job-summary': 'false',
      artifact: 'false',
    });
    const before = { github: github.requests.length, artifacts: artifacts.requests.length };
    await run(deps());
    expect(github.requests.length).toBe(before.github);
    expect(artifacts.requests.length).toBe(before.artifacts);
    expect(readFileSync(runner.files.stepSummary!, 'utf8')).toBe('');
    expect(readGitHubOutput(runner.files.output)).toMatchObject({
      total: '3',
      'comment-id': '',
      'artifact-id': '',
    });
  });
});

describe('wait: true, in-process with a scripted watch', () => {
  it('edits the comment only when what it says changed, rewrites the job summary each check, outputs once', async () => {
    const runner = setUpRunner({
      'experiment-path': experimentDir,
      wait: 'true',
      'comment-key': 'live-gate',
    });
    const base = await fakeSummarize({ experimentPath: experimentDir, sacct: { mode: 'off' } });
    const at = (checks: number, generated: string, state: 'watching' | 'finished', complete: number) => ({
      ...base,
      summary: {
        ...base.summary,
        generated,
        complete,
        watch: { state, started: '2026-01-15T10:00:00.000Z', checks, interval_s: 300, next: generated },
      },
    });
    const writesBefore = github.writtenBodies.length;
    const jobSummaries: string[] = [];
    await run({
      ...deps(),
      watch: async (options) => {
        // Checks 1 and 2 say the same but for their times; check 3 has one more run complete.
        for (const [checks, generated, complete] of [
          [1, '2026-01-15T10:00:00.000Z', 1],
          [2, '2026-01-15T10:05:00.000Z', 1],
          [3, '2026-01-15T10:10:00.000Z', 2],
        ] as const) {
          await options.afterWrite!(
            at(checks, generated, 'watching', complete),
            at(checks, generated, 'watching', complete).summary.watch,
          );
          jobSummaries.push(readFileSync(runner.files.stepSummary!, 'utf8'));
        }
        const final = at(4, '2026-01-15T10:15:00.000Z', 'finished', 3);
        return { result: final, note: final.summary.watch };
      },
    });
    expect(process.exitCode ?? 0).toBe(0);
    const ours = github.writtenBodies
      .slice(writesBefore)
      .filter((body) => body.startsWith(commentMarker('live-gate')));
    // Created at check 1, not edited at check 2 (only its times differ), edited at check 3, and the final.
    expect(ours.map((body) => /\*\*Status:\*\* (\d)\/3/.exec(body)?.[1])).toEqual(['1', '2', '3']);
    // The job summary is replaced at every check, never appended to.
    expect(jobSummaries.map((text) => text.match(/# Experiment Summary/g)?.length)).toEqual([1, 1, 1]);
    expect(jobSummaries[1]).toContain('2026-01-15 10:05:00 UTC');
    expect(readGitHubOutput(runner.files.output)['wait-result']).toBe('finished');
  });
});

describe('progress in the workflow log', () => {
  it('is one line per phase, with its count, not one per file', async () => {
    setUpRunner({ 'experiment-path': experimentDir });
    const counting: ActionDeps = {
      ...deps(),
      summarize: async (options) => {
        options.progress?.('finding evaluation logs', 0, 2);
        options.progress?.('finding evaluation logs', 1, 2);
        options.progress?.('finding evaluation logs', 2, 2);
        options.progress?.('asking sacct about 12 jobs');
        for (let done = 0; done <= 1500; done++) options.progress?.('reading evaluation logs', done, 1500);
        options.progress?.('summarizing');
        return fakeSummarize(options);
      },
    };
    await run(counting);
    const lines = stdout.join('').split('\n');
    const phases = [
      'finding evaluation logs',
      'asking sacct about 12 jobs',
      'reading evaluation logs',
      'summarizing',
    ];
    for (const phase of phases) expect(lines.filter((line) => line.startsWith(phase))).toHaveLength(1);
    expect(lines).toContain('finding evaluation logs (2)');
    expect(lines).toContain('reading evaluation logs (1,500)');
    expect(lines).toContain('asking sacct about 12 jobs');
  });
});
