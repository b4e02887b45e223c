// The Action: read the inputs, run the same pipeline as the CLI, then hand the summary to the
// GitHub sinks (artifact, job summary, pull request comment) and set the outputs.
// The step fails only for bad inputs, when no summary can be made, or when fail-on says so;
// everything else the sinks meet is a warning, because summary.md is already on disk.
import { type ArtifactResult, uploadSummaryArtifact } from './artifact.js';
import type { MarkdownBudget } from '../../render/fit.js';
import { type CommentResult, commentFooter, fullReportNote, postPullRequestComment } from './comment.js';
import { Input } from './constants.js';
import { readRunContext } from './context.js';
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
import { type ActionRuntime, actionsRuntime } from './runtime.js';
import { type SummarizeOptions, type SummarizeResult, summarizeExperiment } from '../files.js';
import { type LiveOptions, type LiveResult, watchExperiment } from '../live.js';
import { LiveCommentGate } from './live.js';
import { SummaryWriteError } from '../files.js';
import { renderMarkdown } from '../../render/markdown.js';
import { EXPERIMENT_FILE, ExperimentError, HOW_TO_POINT } from '../../sources/experiment/index.js';

export interface ActionDeps {
  runtime: ActionRuntime;
  summarize: (options: SummarizeOptions) => Promise<SummarizeResult>;
  /** Live mode (wait: true); replaced in tests. */
  watch?: (options: LiveOptions) => Promise<LiveResult>;
  /** The summary as markdown within a sink's budget (the renderer drops detail to fit). */
  render: (result: SummarizeResult, budget: MarkdownBudget) => string;
}

/** The summary for one sink: the renderer drops detail step by step until it fits the budget. */
export function renderWithinSinkBudget(result: SummarizeResult, budget: MarkdownBudget): string {
  return renderMarkdown(result.summary, budget);
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

export function defaultDeps(): ActionDeps {
  return { runtime: actionsRuntime(), summarize: summarizeExperiment, render: renderWithinSinkBudget };
}

export async function run(deps: ActionDeps = defaultDeps()): Promise<void> {
  const { runtime } = deps;
  const { log } = runtime;

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

  const api = inputs.githubToken
    ? runtime.gitHubApi({
        token: inputs.githubToken,
        apiUrl: context.apiUrl,
        owner: context.owner,
        repo: context.repo,
      })
    : null;
  const commentKey = (name: string) => inputs.commentKey ?? defaultCommentKey(name);
  const summarizeOptions: SummarizeOptions = {
    experimentPath: inputs.experimentPath,
    sacct: inputs.sacct,
    squeue: inputs.squeue,
    progress: (message) => log.info(message),
  };

  let result: SummarizeResult;
  if (inputs.wait) {
    const live = await watchLive(deps, inputs.wait, summarizeOptions, {
      api,
      context,
      commentKey,
      mode: inputs.comment,
      prNumber: inputs.prNumber,
      jobSummary: inputs.jobSummary,
      secrets,
    });
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
  log.info(
    `Summarized ${summary.experiment.name}: ${summary.complete} of ${summary.total} runs complete; wrote ${result.files.markdown}.`,
  );

  const render = (budget: MarkdownBudget) => deps.render(result, budget);
  const guarded = async <T>(sink: string, work: () => Promise<T>): Promise<T | null> => {
    try {
      return await work();
    } catch (error) {
      log.warning(`${sink}: ${scrub(error)}`);
      return null;
    }
  };

  // The artifact first: the job summary and the comment link to it.
  let artifact: ArtifactResult | null = null;
  if (inputs.artifact) {
    const name =
      inputs.artifactName ?? defaultArtifactName(summary.experiment.name, context.job, context.runAttempt);
    artifact = await guarded('Artifact', () =>
      uploadSummaryArtifact({
        uploader: () => runtime.artifactUploader(),
        name,
        files: [result.files.markdown, result.files.json, result.files.log],
        rootDirectory: result.experimentDir,
        retentionDays: inputs.retentionDays,
        context,
        env: runtime.env,
        log,
      }),
    );
  }
  const uploaded = artifact?.uploaded ? { name: artifact.name, url: artifact.url } : null;
  const where = { artifact: uploaded, summaryPath: result.files.markdown, context };

  let jobSummary: JobSummaryResult | null = null;
  if (inputs.jobSummary) {
    // The job summary is in this run, so it points to the artifact or to summary.md, never to itself.
    const note = fullReportNote({ ...where, jobSummaryWritten: false });
    jobSummary = await guarded('Job summary', () =>
      writeJobSummary({ writer: runtime.jobSummary, render, fullReportNote: note, log }),
    );
  }

  let comment: CommentResult | null = null;
  if (inputs.comment !== 'off') {
    const key = commentKey(summary.experiment.name);
    comment = await guarded('Pull request comment', () =>
      postPullRequestComment({
        mode: inputs.comment,
        key,
        prNumber: inputs.prNumber,
        api,
        context,
        render,
        footer: commentFooter(context, uploaded?.url ?? null),
        fullReportNote: fullReportNote({ ...where, jobSummaryWritten: jobSummary?.written === true }),
        log,
        secrets,
      }),
    );
  }

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

interface LiveSinks {
  api: ReturnType<ActionRuntime['gitHubApi']> | null;
  context: ReturnType<typeof readRunContext>;
  commentKey: (experimentName: string) => string;
  mode: ActionInputs['comment'];
  prNumber: number | null;
  jobSummary: boolean;
  secrets: string[];
}

/**
 * wait: true. Each check rewrites the files, the job summary and (when what it says changed, within
 * the rate limits) the comment; the final summary then goes through the usual sinks with the
 * artifact. SIGTERM/SIGINT (a cancelled workflow) ends the watch: the last summary is written and
 * the comment says the watch stopped, before anything slower (the artifact) is tried.
 */
async function watchLive(
  deps: ActionDeps,
  timing: NonNullable<ActionInputs['wait']>,
  summarize: SummarizeOptions,
  sinks: LiveSinks,
): Promise<LiveResult> {
  const { runtime } = deps;
  const { log } = runtime;
  const gate = new LiveCommentGate(Date.now);
  const controller = new AbortController();
  const stop = (): void => controller.abort();
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  const where = (result: SummarizeResult) => ({
    artifact: null,
    summaryPath: result.files.markdown,
    context: sinks.context,
  });
  try {
    return await (deps.watch ?? watchExperiment)({
      summarize,
      intervalMs: timing.intervalMs,
      timeoutMs: timing.timeoutMs,
      signal: controller.signal,
      print: (line) => log.info(line),
      afterWrite: async (result, note) => {
        // The last summary of a watch that ran out goes through the usual sinks, with the artifact.
        if (note.state === 'finished' || note.state === 'timed-out') return;
        const render = (budget: MarkdownBudget) => deps.render(result, budget);
        if (sinks.jobSummary) {
          await writeJobSummary({
            writer: runtime.jobSummary,
            render,
            fullReportNote: fullReportNote({ ...where(result), jobSummaryWritten: false }),
            log,
          });
        }
        if (sinks.mode === 'off' || (note.state === 'watching' && !gate.shouldEdit(result.summary))) return;
        const posted = await postPullRequestComment({
          mode: sinks.mode,
          key: sinks.commentKey(result.summary.experiment.name),
          prNumber: sinks.prNumber,
          api: sinks.api,
          context: sinks.context,
          render,
          footer: commentFooter(sinks.context, null),
          fullReportNote: fullReportNote({ ...where(result), jobSummaryWritten: sinks.jobSummary }),
          log,
          secrets: sinks.secrets,
        });
        if (posted.action === 'failed') gate.failed();
      },
    });
  } finally {
    process.removeListener('SIGTERM', stop);
    process.removeListener('SIGINT', stop);
  }
}
