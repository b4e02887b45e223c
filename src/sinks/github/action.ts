// The Action: read the inputs, run the same pipeline as the CLI, then hand the summary to the
// GitHub sinks (artifact, job summary, pull request comment) and set the outputs.
// The step fails only for bad inputs, when no summary can be made, or when fail-on says so;
// everything else the sinks meet is a warning, because summary.md is already on disk.
import { type ArtifactResult, uploadSummaryArtifact } from './artifact.js';
import { baselineOptions } from './baseline-loader.js';
import type { MarkdownBudget } from '../../render/fit.js';
import { type CommentResult, commentFooter, fullReportNote, postPullRequestComment } from './comment.js';
import { Input } from './constants.js';
import { readRunContext, type RunContext } from './context.js';
import {
  type ActionInputs,
  defaultArtifactName,
  defaultCommentKey,
  InputError,
  readActionInputs,
} from './inputs.js';
import { type JobSummaryResult, writeJobSummary } from './job-summary.js';
import { actionOutputs, failOnVerdict } from './outputs.js';
import { scrubSecrets } from './retry.js';
import { thousands } from '../../util/strings.js';
import { type ActionRuntime, actionsRuntime } from './runtime.js';
import { type SummarizeOptions, type SummarizeResult, summarizeExperiment } from '../files.js';
import type { LiveOptions, LiveResult } from '../live.js';
import { watchLive } from './live.js';
import { useCliWorkers } from './workers.js';
import { SummaryWriteError } from '../files.js';
import { renderMarkdown } from '../../render/markdown.js';
import { EXPERIMENT_FILE, ExperimentError, HOW_TO_POINT } from '../../sources/experiment/index.js';

export interface ActionDeps {
  runtime: ActionRuntime;
  summarize: (options: SummarizeOptions) => Promise<SummarizeResult>;
  /** Live mode (wait: true); sinks/live.ts's watchExperiment when absent. */
  watch?: (options: LiveOptions) => Promise<LiveResult>;
  /** The summary as markdown within a sink's budget (the renderer drops detail to fit). */
  render: (result: SummarizeResult, budget: MarkdownBudget) => string;
}

/** The summary for one sink: the renderer drops detail step by step until it fits the budget. */
export function renderWithinSinkBudget(result: SummarizeResult, budget: MarkdownBudget): string {
  return renderMarkdown(result.summary, { ...budget, charts: result.charts ?? true });
}

/**
 * Why no summary could be made, for the step's error. The reader's messages name the path and the
 * problem; their advice is for a terminal, so the Action's names the input to fix instead.
 */
export function summaryFailure(
  error: unknown,
  experimentPath: string,
  scrub: (error: unknown) => string,
): string {
  if (error instanceof ExperimentError) {
    const message = scrub(error).replace(
      HOW_TO_POINT,
      `set the input '${Input.ExperimentPath}' to the experiment directory (holding ${EXPERIMENT_FILE}) or to that file, as this runner sees it`,
    );
    return `No summary made. ${message}`;
  }
  // The summary was made but its files could not be written (a read-only or full disk).
  if (error instanceof SummaryWriteError) return `Summary of ${experimentPath} not written. ${scrub(error)}`;
  return `No summary of ${experimentPath}. ${scrub(error)}`;
}

/**
 * Progress in the workflow log: one line when a phase starts (with its count of items), not one per
 * item, which on a sweep would be thousands of identical lines per check.
 */
export function phaseLines(info: (line: string) => void): NonNullable<SummarizeOptions['progress']> {
  let current: string | null = null;
  return (phase, _done, total) => {
    if (phase === current) return;
    current = phase;
    info(total === undefined ? phase : `${phase} (${thousands(total)})`);
  };
}

export function defaultDeps(): ActionDeps {
  return { runtime: actionsRuntime(), summarize: summarizeExperiment, render: renderWithinSinkBudget };
}

export async function run(deps: ActionDeps = defaultDeps()): Promise<void> {
  const { runtime } = deps;
  const { log } = runtime;
  useCliWorkers(import.meta.url);

  let inputs: ActionInputs;
  try {
    inputs = readActionInputs(runtime.getInput);
  } catch (error) {
    runtime.setFailed(
      error instanceof InputError ? error.message : `Could not read the inputs: ${String(error)}`,
    );
    return;
  }
  const secrets = inputs.githubToken ? [inputs.githubToken] : [];
  if (inputs.githubToken) runtime.setSecret(inputs.githubToken);
  const scrub = (error: unknown) =>
    scrubSecrets(error instanceof Error ? error.message : String(error), secrets);

  const context = readRunContext(runtime.env);
  if (context.payloadProblem) log.warning(`Could not read the event payload: ${context.payloadProblem}`);

  const summarizeOptions: SummarizeOptions = {
    experimentPath: inputs.experimentPath,
    sacct: inputs.sacct,
    squeue: inputs.squeue,
    charts: inputs.charts,
    progress: phaseLines((line) => log.info(line)),
    ...baselineOptions({ inputs, runtime, context, scrub }),
  };
  let result: SummarizeResult;
  if (inputs.wait) {
    // Live mode: the checks keep the job summary and the comment current; the last summary then
    // goes through the sinks below, with the artifact and the outputs, once.
    const live = await watchLive({ deps, inputs, context, summarize: summarizeOptions, secrets });
    if (!live.result) {
      runtime.setFailed(summaryFailure(live.error, inputs.experimentPath, scrub));
      return;
    }
    result = live.result;
  } else {
    try {
      result = await deps.summarize(summarizeOptions);
    } catch (error) {
      runtime.setFailed(summaryFailure(error, inputs.experimentPath, scrub));
      return;
    }
  }
  const { summary } = result;
  for (const notice of result.notices ?? []) log.notice(notice);
  log.info(
    `Summarized ${summary.experiment.name}: ${summary.complete} of ${summary.total} runs complete; wrote ${result.files.markdown}.`,
  );

  const { artifact, comment } = await publish({ deps, inputs, context, result, secrets, scrub });
  const outputs = actionOutputs({ summary, files: result.files, comment, artifact });
  for (const [name, value] of Object.entries(outputs)) {
    try {
      runtime.setOutput(name, value);
    } catch (error) {
      log.warning(`Could not set output ${name}: ${scrub(error)}`);
    }
  }

  const verdict = failOnVerdict(summary, inputs.failOn);
  if (verdict) runtime.setFailed(verdict);
}

interface PublishInput {
  deps: ActionDeps;
  inputs: ActionInputs;
  context: RunContext;
  result: SummarizeResult;
  secrets: string[];
  scrub: (error: unknown) => string;
}

/** The GitHub sinks, each one's failure a warning: the artifact first (the others link to it). */
async function publish(
  publishInput: PublishInput,
): Promise<{ artifact: ArtifactResult | null; comment: CommentResult | null }> {
  const { deps, inputs, context, result, scrub } = publishInput;
  const { runtime } = deps;
  const { log } = runtime;
  const guarded = async <T>(sink: string, work: () => Promise<T>): Promise<T | null> => {
    try {
      return await work();
    } catch (error) {
      log.warning(`${sink}: ${scrub(error)}`);
      return null;
    }
  };
  const artifact = inputs.artifact ? await guarded('Artifact', () => uploadArtifact(publishInput)) : null;
  const uploaded = artifact?.uploaded ? { name: artifact.name, url: artifact.url } : null;
  const where = { artifact: uploaded, summaryPath: result.files.markdown, context };
  const render = (budget: MarkdownBudget) => deps.render(result, budget);

  let jobSummary: JobSummaryResult | null = null;
  if (inputs.jobSummary) {
    // The job summary is in this run, so it points to the artifact or to summary.md, never to itself.
    const note = fullReportNote({ ...where, jobSummaryWritten: false });
    jobSummary = await guarded('Job summary', () =>
      writeJobSummary({ writer: runtime.jobSummary, render, fullReportNote: note, log }),
    );
  }
  if (inputs.comment === 'off') return { artifact, comment: null };
  const comment = await guarded('Pull request comment', () =>
    postPullRequestComment({
      mode: inputs.comment,
      key: inputs.commentKey ?? defaultCommentKey(result.summary.experiment.name),
      prNumber: inputs.prNumber,
      api: inputs.githubToken
        ? runtime.gitHubApi({
            token: inputs.githubToken,
            apiUrl: context.apiUrl,
            owner: context.owner,
            repo: context.repo,
          })
        : null,
      context,
      render,
      footer: commentFooter(context, uploaded?.url ?? null),
      fullReportNote: fullReportNote({ ...where, jobSummaryWritten: jobSummary?.written === true }),
      log,
      secrets: publishInput.secrets,
    }),
  );
  return { artifact, comment };
}

function uploadArtifact({ deps, inputs, context, result }: PublishInput): Promise<ArtifactResult> {
  const { runtime } = deps;
  const name =
    inputs.artifactName ??
    defaultArtifactName(result.summary.experiment.name, context.job, context.runAttempt);
  return uploadSummaryArtifact({
    uploader: () => runtime.artifactUploader(),
    name,
    files: [result.files.markdown, result.files.json, result.files.log],
    rootDirectory: result.experimentDir,
    retentionDays: inputs.retentionDays,
    context,
    env: runtime.env,
    log: runtime.log,
  });
}
