// The bundled action with `wait: true`, as the runner starts it, against the fake GitHub: one comment
// updated through the stages of a live experiment (rank8 queued → training → trained with its evals
// queued → evaluated), ending with the final summary, the artifact and the outputs.
//
// The bundle is built from src/ into a temp folder here (esbuild, which the dev tools already
// bring), so the test checks the code of this tree whether or not dist/ was rebuilt. The world moves
// on when the fake GitHub receives each check's comment: the next check then sees the jobs' next
// state, so the action's short real interval is the only wait.
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commentMarker } from '../../../src/sinks/github/comment.js';
import { fakeSlurm } from '../../helpers/fake-slurm.js';
import { liveWorld, RANK8 } from '../../helpers/live-world.js';
import { useTempDir } from '../../helpers/temp-dir.js';
import { FakeArtifactService } from './fake-artifact-service.js';
import { actionsBot, defaultToken, FakeGitHub } from './fake-github.js';
import { runActionProcess, workflowCommands } from './run-action.js';
import { pullRequestEvent, readGitHubOutput, runnerEnvironment, runtimeToken } from './runner-env.js';

const scratch = useTempDir('action-wait-e2e-');
const artifactToken = runtimeToken('run-backend-wait', 'job-backend-wait');
let github: FakeGitHub;
let artifacts: FakeArtifactService;
let bundle: string;

beforeAll(async () => {
  const esbuild = createRequire(import.meta.url)('esbuild') as typeof import('esbuild');
  const out = join(scratch(), 'bundle');
  bundle = join(out, 'index.js');
  await esbuild.build({
    entryPoints: [new URL('../../../src/index.ts', import.meta.url).pathname],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: bundle,
    // Bundled CommonJS dependencies still call require() for Node's own modules.
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
    logLevel: 'error',
  });
  writeFileSync(join(out, 'package.json'), '{"type":"module"}\n');
  github = await FakeGitHub.start();
  artifacts = await FakeArtifactService.start(artifactToken);
}, 120_000);
afterAll(async () => {
  await github?.close();
  await artifacts?.close();
});

describe('the bundled action with wait: true', () => {
  it('updates one comment through the stages and ends with the final summary', async () => {
    const root = join(scratch(), 'world');
    const world = liveWorld(root, 300);
    const fake = await fakeSlurm(root, {
      sacct: world.steps.map((step) => ({ from: step.at, stdout: step.sacct })),
      squeue: world.steps.map((step) => ({ from: step.at, stdout: step.squeue })),
    });
    // Check N's comment says "N checks": the jobs then move on to step N before check N + 1.
    const applied = new Set<number>([0]);
    github.onCommentWritten = (body) => {
      const checks = Number(/\((\d+) checks? every/.exec(body)?.[1] ?? NaN);
      const step = world.steps[checks];
      if (!step || applied.has(checks)) return;
      applied.add(checks);
      step.apply();
      writeFileSync(join(fake.dir, 'clock'), String(step.at));
    };

    const runner = runnerEnvironment({
      dir: join(scratch(), 'runner'),
      inputs: {
        'github-token': defaultToken,
        'experiment-path': world.dir,
        sacct: fake.paths.sacct!,
        squeue: fake.paths.squeue!,
        wait: 'true',
        'wait-interval': '0.2',
        // A safety net only: the world ends the watch after five checks.
        'wait-timeout': '60',
      },
      apiUrl: github.url,
      resultsUrl: artifacts.url,
      runtimeToken: artifactToken,
      event: pullRequestEvent({
        owner: github.owner,
        repo: github.repo,
        number: 11,
        headSha: 'b'.repeat(40),
      }),
      runAttempt: 1,
    });
    const result = await runActionProcess(bundle, runner.env, 90_000);
    github.onCommentWritten = null;
    expect(result.code, result.stdout + result.stderr).toBe(0);
    expect(workflowCommands(result.stdout, 'error')).toEqual([]);
    expect(workflowCommands(result.stdout, 'warning')).toEqual([]);

    // One comment, by the action, edited through the stages.
    const ours = github.commentsOn(11).filter((comment) => comment.author.login === actionsBot.login);
    expect(ours).toHaveLength(1);
    const marker = commentMarker('capitalization_lora_rank_demo');
    const bodies = github.writtenBodies.filter((body) => body.startsWith(marker));
    const rank8Row = (body: string) =>
      body.split('\n').find((line) => line.startsWith(`| ${RANK8.replaceAll('_', '\\_')} | Fine-tuned`)) ??
      '';
    const stages = [...new Set(bodies.map((body) => rank8Row(body).replace(/step \d+.*?\|/, 'step …|')))];
    expect(stages).toEqual([
      '| Llama-3.2-1B-Instruct\\_rank8 | Fine-tuned | PENDING | NOT_STARTED |',
      '| Llama-3.2-1B-Instruct\\_rank8 | Fine-tuned | RUNNING: epoch 1, step …| NOT_STARTED |',
      '| Llama-3.2-1B-Instruct\\_rank8 | Fine-tuned | RUNNING: epoch 2, step …| NOT_STARTED |',
      '| Llama-3.2-1B-Instruct\\_rank8 | Fine-tuned | COMPLETED | PENDING |',
      '| Llama-3.2-1B-Instruct\\_rank8 | Fine-tuned | COMPLETED | COMPLETED |',
    ]);
    expect(bodies[0]).toContain('**Live:** watching the SLURM jobs (1 check every 0.2s since');

    // The end: the final summary in the comment, with the artifact; the outputs once.
    const final = ours[0]!.body;
    expect(final).toContain('**Status:** 3/3 complete');
    expect(final).toContain(
      '**Live:** final summary: nothing is running or queued any more (5 checks every 0.2s since',
    );
    const outputs = readGitHubOutput(runner.files.output);
    expect(outputs['wait-result']).toBe('finished');
    expect(outputs['complete']).toBe('3');
    expect(final).toContain(outputs['artifact-url']!);
    expect(artifacts.artifacts.filter((artifact) => artifact.finalized)).toHaveLength(1);
    // squeue was asked once per check.
    expect(await fake.calls('squeue')).toHaveLength(5);
  }, 150_000);

  it('on SIGTERM (a cancelled workflow) writes the last summary and the comment says the watch stopped', async () => {
    const root = join(scratch(), 'cancelled');
    const world = liveWorld(root, 300);
    // rank8 stays queued: only the signal ends this watch.
    const fake = await fakeSlurm(root, {
      sacct: [{ from: 0, stdout: world.steps[0]!.sacct }],
      squeue: [{ from: 0, stdout: world.steps[0]!.squeue }],
    });
    const runner = runnerEnvironment({
      dir: join(scratch(), 'runner-cancelled'),
      inputs: {
        'github-token': defaultToken,
        'experiment-path': world.dir,
        sacct: fake.paths.sacct!,
        squeue: fake.paths.squeue!,
        wait: 'true',
        'wait-interval': '0.2',
        'wait-timeout': '60',
        'comment-key': 'cancelled',
      },
      apiUrl: github.url,
      resultsUrl: artifacts.url,
      runtimeToken: artifactToken,
      event: pullRequestEvent({
        owner: github.owner,
        repo: github.repo,
        number: 12,
        headSha: 'c'.repeat(40),
      }),
      runAttempt: 1,
    });
    const child = spawn(process.execPath, [bundle], {
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...runner.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    // The first comment is up: the workflow is cancelled now.
    github.onCommentWritten = () => {
      github.onCommentWritten = null;
      child.kill('SIGTERM');
    };
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code, stdout).toBe(0);
    const comment = github.commentsOn(12).find((c) => c.author.login === actionsBot.login)!;
    expect(comment.body).toContain(
      '**Live:** the watch was stopped (cancelled) with work still running or queued',
    );
    expect(comment.body).toContain('| Llama-3.2-1B-Instruct\\_rank8 | Fine-tuned | PENDING | NOT_STARTED |');
    expect(readGitHubOutput(runner.files.output)['wait-result']).toBe('stopped');
  }, 150_000);
});
