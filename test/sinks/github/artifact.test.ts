import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DefaultArtifactClient } from '@actions/artifact';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  artifactUrl,
  describeArtifactError,
  isGhesServer,
  uploadSummaryArtifact,
} from '../../../src/sinks/github/artifact.js';
import { readRunContext } from '../../../src/sinks/github/context.js';
import { recordingLog } from '../../helpers/recording-log.js';
import { FakeArtifactService, unzip } from './fake-artifact-service.js';
import { runnerEnvironment, runtimeToken } from './runner-env.js';

const token = runtimeToken('run-backend-1', 'job-backend-1');
let service: FakeArtifactService;
let scratch: string;
let experimentDir: string;
let files: { markdown: string; json: string; log: string };

beforeAll(async () => {
  service = await FakeArtifactService.start(token);
});
afterAll(async () => {
  await service.close();
});

beforeEach(() => {
  scratch = mkdtempSync(join(tmpdir(), 'artifact-test-'));
  experimentDir = join(scratch, 'cap_4L_lora');
  mkdirSync(join(experimentDir, 'logs'), { recursive: true });
  files = {
    markdown: join(experimentDir, 'summary.md'),
    json: join(experimentDir, 'summary.json'),
    log: join(experimentDir, 'logs', 'summarize-experiment.log'),
  };
  writeFileSync(
    files.markdown,
    '# Experiment Summary: cap_4L_lora\n\n| Run | Accuracy |\n|---|---|\n| r4 | 0.81 |\n',
  );
  writeFileSync(files.json, JSON.stringify({ schema: 1, experiment: { name: 'cap_4L_lora' } }));
  writeFileSync(files.log, '[2026-01-15 10:00:00] DISCOVER_EXPERIMENT\n');
  const { env } = runnerEnvironment({
    dir: join(scratch, 'runner'),
    inputs: {},
    apiUrl: 'http://127.0.0.1:9',
    resultsUrl: service.url,
    runtimeToken: token,
  });
  for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
  // The artifact client logs every request through @actions/core; keep the test output readable.
  vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
  rmSync(scratch, { recursive: true, force: true });
});

const upload = (name: string, retentionDays: number | null = null, log = recordingLog()) =>
  uploadSummaryArtifact({
    uploader: () => new DefaultArtifactClient(),
    name,
    files: [files.markdown, files.json, files.log],
    rootDirectory: experimentDir,
    retentionDays,
    context: readRunContext(process.env),
    env: process.env,
    log,
  });

describe('the summary artifact, uploaded by the real @actions/artifact client to a fake artifact service', () => {
  it('holds summary.md byte for byte, summary.json and the log, and its URL points at the run', async () => {
    const result = await upload('summary-cap_4L_lora-summarize-attempt-1', 5);
    expect(result.uploaded).toBe(true);
    if (!result.uploaded) return;
    const stored = service.artifacts.find((artifact) => artifact.id === result.id)!;
    expect(stored.finalized).toBe(true);
    expect(stored.workflowRunBackendId).toBe('run-backend-1');
    expect(stored.expiresAt).not.toBeNull();
    const zipped = unzip(stored.bytes!);
    expect([...zipped.keys()].sort()).toEqual([
      'logs/summarize-experiment.log',
      'summary.json',
      'summary.md',
    ]);
    expect(zipped.get('summary.md')!.equals(readFileSync(files.markdown))).toBe(true);
    expect(result.url).toBe(
      `https://github.com/octo-lab/experiments/actions/runs/424242/artifacts/${result.id}`,
    );
  });

  it('a second upload under the same name (409 Conflict) is a warning naming the artifact, not a failure', async () => {
    await upload('summary-twice');
    const log = recordingLog();
    const result = await upload('summary-twice', null, log);
    expect(result.uploaded).toBe(false);
    const warnings = log.messages
      .filter((message) => message.level === 'warning')
      .map((message) => message.message);
    expect(warnings.join('\n')).toMatch(/'summary-twice' already exists.*409/);
  });

  it('without ACTIONS_RUNTIME_TOKEN (a run: step, a local run) it warns and does not call the service', async () => {
    vi.stubEnv('ACTIONS_RUNTIME_TOKEN', '');
    const before = service.requests.length;
    const log = recordingLog();
    const result = await upload('summary-no-runtime', null, log);
    expect(result).toMatchObject({ uploaded: false });
    expect(log.messages).toContainEqual({
      level: 'warning',
      message: expect.stringContaining('ACTIONS_RUNTIME_TOKEN is not set'),
    });
    expect(service.requests.length).toBe(before);
  });

  it('on GitHub Enterprise Server it warns that artifacts are not supported there', async () => {
    vi.stubEnv('GITHUB_SERVER_URL', 'https://ghes.example.edu');
    const log = recordingLog();
    const result = await upload('summary-ghes', null, log);
    expect(result).toMatchObject({ uploaded: false });
    expect(log.messages[0]).toMatchObject({
      level: 'warning',
      message: expect.stringContaining('Enterprise Server'),
    });
  });

  it('a missing log file leaves the others in the artifact, with a warning naming it', async () => {
    rmSync(files.log);
    const log = recordingLog();
    const result = await upload('summary-no-log', null, log);
    expect(result.uploaded).toBe(true);
    expect(log.messages).toContainEqual({
      level: 'warning',
      message: expect.stringContaining('summarize-experiment.log'),
    });
  });
});

describe('artifact helpers', () => {
  it('tells github.com, GHE.com data residency and GHES apart like @actions/artifact does', () => {
    expect(isGhesServer('https://github.com')).toBe(false);
    expect(isGhesServer('https://acme.ghe.com')).toBe(false);
    expect(isGhesServer('https://github.acme.edu')).toBe(true);
  });

  it('names the GHES error, the network error of a firewalled self-hosted runner and the quota error', () => {
    const ghes = Object.assign(new Error('not supported'), { name: 'GHESNotSupportedError' });
    expect(describeArtifactError(ghes, 'x')).toMatch(/Enterprise Server/);
    const network = Object.assign(new Error('Unable to make request: ECONNREFUSED\nIf you are using'), {
      name: 'NetworkError',
    });
    expect(describeArtifactError(network, 'x')).toMatch(/cannot reach.*ECONNREFUSED/);
    expect(describeArtifactError(new Error('Failed to CreateArtifact: boom'), 'x')).toBe(
      "No artifact 'x': Failed to CreateArtifact: boom",
    );
  });

  it('builds the artifact link from the server URL, repository, run and id', () => {
    const context = readRunContext({
      GITHUB_REPOSITORY: 'o/r',
      GITHUB_RUN_ID: '9',
      GITHUB_SERVER_URL: 'https://github.com/',
    });
    expect(artifactUrl(context, 12)).toBe('https://github.com/o/r/actions/runs/9/artifacts/12');
  });
});
