// Live mode's pull request comment: edited only when what it says changed (not merely its
// timestamps), at most once per check, and never faster than GitHub's secondary rate limits allow
// (80 content-creating requests a minute, 500 an hour): a token bucket of 5 edits, refilled one per
// 30 seconds, holds a watch at any interval to at most 120 edits an hour.
import type { ExperimentSummary } from '../../model/summary.js';
import type { MarkdownBudget } from '../../render/fit.js';
import { renderMarkdown } from '../../render/markdown.js';
import { TokenBucket } from '../../util/token-bucket.js';
import type { SummarizeOptions, SummarizeResult } from '../files.js';
import { type LiveOptions, type LiveResult, watchExperiment } from '../live.js';
import { commentFooter, fullReportNote, postPullRequestComment } from './comment.js';
import type { RunContext } from './context.js';
import { type ActionInputs, defaultCommentKey } from './inputs.js';
import { writeJobSummary } from './job-summary.js';
import type { ActionRuntime } from './runtime.js';

export const COMMENT_EDIT_BURST = 5;
export const COMMENT_EDIT_REFILL_MS = 30_000;

/**
 * What the comment says, without what changes at every check regardless (the generation time, the
 * check count, the next check's time): two summaries with the same key need no edit.
 */
export function commentContentKey(summary: ExperimentSummary): string {
  const watch = summary.watch ? { ...summary.watch, checks: 0, next: undefined } : undefined;
  const stable: ExperimentSummary = { ...summary, generated: '', ...(watch ? { watch } : {}) };
  return renderMarkdown(stable);
}

export class LiveCommentGate {
  private readonly bucket: TokenBucket;
  private lastKey: string | null = null;

  constructor(clock: () => number) {
    this.bucket = new TokenBucket({ burst: COMMENT_EDIT_BURST, refillMs: COMMENT_EDIT_REFILL_MS, clock });
  }

  /** Whether to edit the comment for this summary now; a skipped change is edited at a later check. */
  shouldEdit(summary: ExperimentSummary): boolean {
    const key = commentContentKey(summary);
    if (key === this.lastKey) return false;
    if (!this.bucket.take()) return false;
    this.lastKey = key;
    return true;
  }

  /** The edit failed: the next check tries again even if nothing changed. */
  failed(): void {
    this.lastKey = null;
  }
}

export interface WatchLiveInput {
  deps: {
    runtime: ActionRuntime;
    render: (result: SummarizeResult, budget: MarkdownBudget) => string;
    watch?: (options: LiveOptions) => Promise<LiveResult>;
  };
  inputs: ActionInputs;
  context: RunContext;
  summarize: SummarizeOptions;
  secrets: string[];
}

/**
 * wait: true. Each check rewrites the files, the job summary and (when what it says changed, within
 * the rate limits) the comment. A watch that finished or timed out hands its last summary back for
 * the usual sinks (artifact, comment with its link, outputs). SIGTERM/SIGINT (a cancelled workflow)
 * ends the watch: the last summary is written and the comment says the watch stopped at once,
 * before anything slower (the artifact) is tried.
 */
export async function watchLive(input: WatchLiveInput): Promise<LiveResult> {
  const { deps, inputs, context } = input;
  const { runtime } = deps;
  const { log } = runtime;
  const gate = new LiveCommentGate(Date.now);
  const controller = new AbortController();
  const stop = (): void => controller.abort();
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  const api = inputs.githubToken
    ? runtime.gitHubApi({
        token: inputs.githubToken,
        apiUrl: context.apiUrl,
        owner: context.owner,
        repo: context.repo,
      })
    : null;
  const publish = async (result: SummarizeResult, note: { state: string }): Promise<void> => {
    if (note.state === 'finished' || note.state === 'timed-out') return;
    const where = { artifact: null, summaryPath: result.files.markdown, context };
    const render = (budget: MarkdownBudget) => deps.render(result, budget);
    if (inputs.jobSummary) {
      const fullReport = fullReportNote({ ...where, jobSummaryWritten: false });
      await writeJobSummary({ writer: runtime.jobSummary, render, fullReportNote: fullReport, log });
    }
    if (inputs.comment === 'off' || (note.state === 'watching' && !gate.shouldEdit(result.summary))) return;
    const posted = await postPullRequestComment({
      mode: inputs.comment,
      key: inputs.commentKey ?? defaultCommentKey(result.summary.experiment.name),
      prNumber: inputs.prNumber,
      api,
      context,
      render,
      footer: commentFooter(context, null),
      fullReportNote: fullReportNote({ ...where, jobSummaryWritten: inputs.jobSummary }),
      log,
      secrets: input.secrets,
    });
    if (posted.action === 'failed') gate.failed();
  };
  try {
    return await (deps.watch ?? watchExperiment)({
      summarize: input.summarize,
      intervalMs: inputs.wait?.intervalMs ?? 300_000,
      timeoutMs: inputs.wait?.timeoutMs ?? null,
      signal: controller.signal,
      print: (line) => log.info(line),
      afterWrite: publish,
    });
  } finally {
    process.removeListener('SIGTERM', stop);
    process.removeListener('SIGINT', stop);
  }
}
