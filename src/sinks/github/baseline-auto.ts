// `baseline: auto`: the summary.json of the base branch's newest successful run of this workflow (on a
// pull request), or of the previous commit's run (on a push), taken from that run's summary artifact
// for the same experiment. Every reason not to find one is a notice naming what was looked for; the
// summary is then made without the comparison. Needs `permissions: actions: read`.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  parseBaselineJson,
  SUMMARY_JSON,
  MAX_BASELINE_BYTES,
  type BaselineRead,
} from '../../sources/baseline/read-baseline.js';
import { withZipArchive, ZipError } from '../../sources/inspect/zip/index.js';
import type { ActionsApi, ArtifactRef, WorkflowRunRef } from './actions-api.js';
import type { RunContext } from './context.js';
import { defaultArtifactName } from './inputs.js';
import { statusOf } from './retry.js';

export interface AutoBaselineOptions {
  api: ActionsApi;
  context: RunContext;
  experimentName: string;
  /** The `artifact-name` input when set: the baseline's artifact has the same name. */
  artifactName: string | null;
  /** The output directory: the downloaded ZIP is unpacked in a temporary folder inside it, then removed. */
  outputDir: string;
}

export type AutoBaseline =
  { found: true; read: BaselineRead; url: string } | { found: false; notice: string };

/** Successful runs whose artifacts are looked at, newest first, before giving up. */
export const RUNS_TO_SEARCH = 5;

/** Where to look: the base branch of a pull request, or the commit before a push. */
type Target = { branch: string; what: string } | { headSha: string; what: string };

function targetOf(context: RunContext): Target | string {
  const { eventName, payload } = context;
  if (eventName === 'pull_request' || eventName === 'pull_request_target') {
    const base = (payload.pull_request?.base as { ref?: unknown } | undefined)?.ref;
    if (typeof base !== 'string' || base === '') return 'the pull request event names no base branch';
    return { branch: base, what: `on branch '${base}' (the pull request's base)` };
  }
  if (eventName === 'push') {
    const before = payload['before'];
    if (typeof before !== 'string' || !/^[0-9a-f]{40}$/i.test(before) || /^0+$/.test(before)) {
      return 'this push has no previous commit (a new branch)';
    }
    return { headSha: before, what: `of the previous commit ${before.slice(0, 7)}` };
  }
  return `baseline: auto compares a pull request with its base branch, or a push with the previous commit; this run is a '${eventName || 'unknown'}' event`;
}

/** The artifact name the baseline's run used: the same input, or the default for this experiment and job. */
function artifactMatcher(options: AutoBaselineOptions): {
  describe: string;
  pick: (artifacts: ArtifactRef[]) => ArtifactRef | null;
} {
  if (options.artifactName !== null) {
    const name = options.artifactName;
    return { describe: `'${name}'`, pick: (artifacts) => artifacts.find((a) => a.name === name) ?? null };
  }
  const prefix = defaultArtifactName(options.experimentName, options.context.job, 1).replace(/1$/, '');
  const attempt = (artifact: ArtifactRef) => {
    const match = artifact.name.startsWith(prefix) ? /^\d+$/.exec(artifact.name.slice(prefix.length)) : null;
    return match ? Number(match[0]) : null;
  };
  return {
    describe: `'${prefix}N'`,
    // The last attempt of that run is the one whose summary the run ended with.
    pick: (artifacts) =>
      artifacts
        .filter((artifact) => attempt(artifact) !== null)
        .sort((a, b) => attempt(b)! - attempt(a)!)[0] ?? null,
  };
}

/** What GitHub's refusal means here, in words. */
function describeFailure(error: unknown, doing: string): string {
  const status = statusOf(error);
  const message = (error instanceof Error ? error.message : String(error)).split('\n')[0];
  if (status === 403 || status === 401) {
    return `No baseline: GitHub refused to ${doing} (${status}: ${message}). The workflow needs \`permissions: actions: read\`.`;
  }
  if (status === 404) return `No baseline: GitHub found nothing when asked to ${doing} (404: ${message}).`;
  if (status === 410)
    return `No baseline: the artifact is gone when asked to ${doing} (410: ${message}); it expired.`;
  return `No baseline: could not ${doing} (${message}).`;
}

type NotFound = { found: false; notice: string };
const notFound = (notice: string): NotFound => ({ found: false, notice });

export async function findAutoBaseline(options: AutoBaselineOptions): Promise<AutoBaseline> {
  const target = targetOf(options.context);
  if (typeof target === 'string') return notFound(`No baseline: ${target}.`);
  if (options.context.runId === 0)
    return notFound('No baseline: GITHUB_RUN_ID is not set (not a workflow run).');
  const candidates = await candidateRuns(options, target);
  if ('found' in candidates) return candidates;
  const { runs, workflow } = candidates;
  if (runs.length === 0) return notFound(`No baseline: no successful run of ${workflow} ${target.what}.`);
  const matcher = artifactMatcher(options);
  for (const run of runs) {
    let artifacts: ArtifactRef[];
    try {
      artifacts = await options.api.listRunArtifacts(run.id);
    } catch (error) {
      return notFound(describeFailure(error, `list the artifacts of run ${run.htmlUrl}`));
    }
    const artifact = matcher.pick(artifacts);
    if (artifact) return download(options, run, artifact);
  }
  return notFound(
    `No baseline: none of the ${runs.length} newest successful runs of ${workflow} ${target.what} has an artifact named ${matcher.describe} (newest: ${runs[0]!.htmlUrl}).`,
  );
}

/** The successful runs of this workflow to look at, newest first, or why there are none to be had. */
async function candidateRuns(
  { api, context }: AutoBaselineOptions,
  target: Target,
): Promise<{ runs: WorkflowRunRef[]; workflow: string } | NotFound> {
  let current: WorkflowRunRef;
  try {
    current = await api.getWorkflowRun(context.runId);
  } catch (error) {
    return notFound(describeFailure(error, `read this workflow run (id ${context.runId})`));
  }
  const workflow = `workflow '${current.name}'`;
  let runs: WorkflowRunRef[];
  try {
    const filter = 'branch' in target ? { branch: target.branch } : { headSha: target.headSha };
    runs = await api.listSuccessfulRuns(current.workflowId, filter);
  } catch (error) {
    return notFound(describeFailure(error, `list the successful runs of ${workflow} ${target.what}`));
  }
  // Runs of pull requests (a fork's head branch may be called main) and of pull_request_target, which
  // runs on the base branch with the pull request's changes, are not the base branch's results.
  runs = runs.filter((run) => run.id !== current.id && !run.event.startsWith('pull_request'));
  return { runs: runs.slice(0, RUNS_TO_SEARCH), workflow };
}

/** The artifact's summary.json, unless it expired, is too big, or cannot be downloaded. */
async function download(
  options: AutoBaselineOptions,
  run: WorkflowRunRef,
  artifact: ArtifactRef,
): Promise<AutoBaseline> {
  const named = `artifact '${artifact.name}' of run ${run.htmlUrl}`;
  if (artifact.expired) {
    return notFound(`No baseline: ${named} expired${artifact.expiresAt ? ` on ${artifact.expiresAt}` : ''}.`);
  }
  if (artifact.sizeInBytes > MAX_BASELINE_BYTES) {
    return notFound(`No baseline: ${named} is ${artifact.sizeInBytes} bytes, more than a summary can be.`);
  }
  let bytes: Buffer;
  try {
    bytes = await options.api.downloadArtifact(artifact.id);
  } catch (error) {
    return notFound(describeFailure(error, `download ${named}`));
  }
  const source = `${SUMMARY_JSON} of ${named}`;
  return { found: true, read: await summaryJsonOf(bytes, source, options.outputDir), url: run.htmlUrl };
}

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/** summary.json from the artifact: a ZIP unpacked through the ZIP reader, or the file itself. */
async function summaryJsonOf(bytes: Buffer, source: string, outputDir: string): Promise<BaselineRead> {
  if (!bytes.subarray(0, 4).equals(ZIP_MAGIC)) return parseBaselineJson(bytes.toString('utf8'), source);
  let scratch: string | null = null;
  try {
    scratch = await mkdtemp(path.join(outputDir, '.baseline-'));
    const zipPath = path.join(scratch, 'artifact.zip');
    await writeFile(zipPath, bytes);
    const text = await withZipArchive(zipPath, { maxMemberBytes: MAX_BASELINE_BYTES }, (archive) =>
      archive.readText(SUMMARY_JSON),
    );
    return parseBaselineJson(text, source);
  } catch (error) {
    const detail =
      error instanceof ZipError
        ? error.problem === 'no-such-member'
          ? `the artifact has no ${SUMMARY_JSON}`
          : error.detail
        : (error as Error).message;
    return { ok: false, problem: `${source}: ${detail}` };
  } finally {
    if (scratch) await rm(scratch, { recursive: true, force: true }).catch(() => undefined);
  }
}
