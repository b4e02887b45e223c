// One pull request comment per experiment (per comment key), updated in place on every run.
import { type RenderWithin, renderWithinBudget } from '../../render/fit.js';
import { forkRecipeAnchor, forkRecipeHeading, markerPrefix } from './constants.js';
import { forkRecipeLink, type RunContext, runUrl, triggeringRunUrl } from './context.js';
import type { GitHubApi, IssueComment, TokenIdentity } from './github-api.js';
import type { CommentMode } from './inputs.js';
import type { ActionLog } from './log.js';
import { isForkPullRequestEvent, type PullRequestResolution, resolvePullRequest } from './pull-request.js';
import { scrubSecrets, statusOf } from './retry.js';

/** GitHub refuses longer comment bodies with a 422. */
export const commentLimitChars = 65_536;
/** Room left unused under the limit, for line-ending normalisation on GitHub's side. */
export const commentMarginChars = 256;

/** The hidden marker; the key must already be sanitised (see sanitizeCommentKey). */
export function commentMarker(key: string): string {
  return `<!-- ${markerPrefix}:${key} -->`;
}

/** The footer under the summary: which run wrote it, and where the full files are. */
export function commentFooter(context: RunContext, artifactUrl: string | null): string {
  const run = `[run ${context.runId}${context.runAttempt > 1 ? ` (attempt ${context.runAttempt})` : ''}](${runUrl(context)})`;
  const experimentRun = triggeringRunUrl(context);
  const triggeredBy = experimentRun ? ` after [the experiment's run](${experimentRun})` : '';
  const files = artifactUrl ? ` · [summary files](${artifactUrl})` : '';
  return `<sub>Updated by summarize-experiment in ${run}${triggeredBy}${files}.</sub>`;
}

/** What this run actually made, for telling a reader of a shortened comment where the rest is. */
export interface ReportWhereabouts {
  /** The artifact this run uploaded; null when there is none. */
  artifact: { name: string; url: string } | null;
  /** Whether this run wrote its job summary. */
  jobSummaryWritten: boolean;
  /** summary.md on the runner. */
  summaryPath: string;
  context: RunContext;
}

/**
 * The note under a shortened comment: the artifact when this run uploaded one, else this run's job
 * summary when it was written, else (under `workflow_run`, as in the fork recipe) the experiment's
 * run, else summary.md on the runner. Never a place this run did not fill.
 */
export function fullReportNote(where: ReportWhereabouts): string {
  if (where.artifact)
    return `The full summary is in the artifact [${where.artifact.name}](${where.artifact.url}).`;
  if (where.jobSummaryWritten)
    return `The full summary is in the job summary of [this run](${runUrl(where.context)}).`;
  const experimentRun = triggeringRunUrl(where.context);
  const onRunner = `\`summary.md\` in the experiment directory (\`${where.summaryPath}\` on the runner)`;
  if (experimentRun)
    return `The full summary is with [the experiment's run](${experimentRun}) and in ${onRunner}.`;
  return `The full summary is ${onRunner}.`;
}

/**
 * Whether the token's identity wrote the comment. The REST author is compared with the GraphQL
 * viewer by account id when both are known, else by login; a bot's login may come back without
 * its `[bot]` suffix, which is accepted only when GitHub says the author is a Bot (humans cannot
 * have `[bot]` logins, so nobody can pose as the bot this way).
 */
export function isAuthoredBy(comment: IssueComment, identity: TokenIdentity): boolean {
  if (identity.id !== null && comment.authorId !== null && identity.id === comment.authorId) return true;
  const author = comment.authorLogin.toLowerCase();
  const viewer = identity.login.toLowerCase();
  if (author === '' || viewer === '') return false;
  if (author === viewer) return true;
  return comment.authorType === 'Bot' && !viewer.endsWith('[bot]') && author === `${viewer}[bot]`;
}

/** The comment body: marker, the summary within what is left of the limit, footer. */
export function buildCommentBody(
  key: string,
  render: RenderWithin,
  footer: string,
  fullReportNote?: string,
): string {
  const marker = commentMarker(key);
  const frame = `${marker}\n\n\n${footer}\n`;
  const { markdown } = renderWithinBudget(render, {
    maxLength: commentLimitChars - commentMarginChars - frame.length,
    unit: 'chars',
    ...(fullReportNote ? { fullReportNote } : {}),
  });
  return `${marker}\n${markdown.replace(/\s+$/, '')}\n\n${footer}\n`;
}

export type UpsertOutcome = { action: 'created' | 'updated' | 'unchanged'; id: number; url: string };

/**
 * This key's comments written by the token's identity, newest first. The action always writes the
 * marker first, so only a body that starts with it counts: a quote of the marker inside someone's
 * reply, or inside another comment of the same account, is not ours.
 */
export function commentsFor(
  comments: readonly IssueComment[],
  key: string,
  identity: TokenIdentity,
): IssueComment[] {
  const marker = commentMarker(key);
  return comments
    .filter((comment) => comment.body.trimStart().startsWith(marker) && isAuthoredBy(comment, identity))
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id - a.id);
}

/**
 * Finds this key's newest comment written by the token's identity and updates it, else creates one.
 * Comments carrying the marker by anyone else are never touched. A comment a maintainer hid
 * (minimized, e.g. as outdated) is left hidden and a new one is posted, since edits to a hidden
 * comment are never seen. A create whose answer was lost is not re-sent if the comment got in.
 */
export async function upsertComment(
  api: Pick<
    GitHubApi,
    'listIssueComments' | 'createIssueComment' | 'updateIssueComment' | 'isCommentMinimized'
  >,
  issueNumber: number,
  key: string,
  body: string,
  identity: TokenIdentity,
): Promise<UpsertOutcome> {
  const comments = await api.listIssueComments(issueNumber);
  const existing = commentsFor(comments, key, identity)[0];
  if (existing) {
    if (existing.body === body) return { action: 'unchanged', id: existing.id, url: existing.htmlUrl };
    if (!(await isHidden(api, existing))) {
      const updated = await api.updateIssueComment(existing.id, body);
      return { action: 'updated', id: updated.id, url: updated.htmlUrl };
    }
  }
  const before = new Set(comments.map((comment) => comment.id));
  const created = await api.createIssueComment(issueNumber, body, (after) =>
    commentsFor(after, key, identity).find((comment) => !before.has(comment.id)),
  );
  // A lost answer recovered by listing may have found a concurrent job's comment: make it ours.
  if (created.body !== body) {
    const updated = await api.updateIssueComment(created.id, body);
    return { action: 'created', id: updated.id, url: updated.htmlUrl };
  }
  return { action: 'created', id: created.id, url: created.htmlUrl };
}

/** Whether the comment is minimized; when GitHub cannot say (GraphQL blocked), it is taken as visible. */
async function isHidden(api: Pick<GitHubApi, 'isCommentMinimized'>, comment: IssueComment): Promise<boolean> {
  if (comment.nodeId === '') return false;
  try {
    return await api.isCommentMinimized(comment.nodeId);
  } catch {
    return false;
  }
}

export type CommentResult =
  | (UpsertOutcome & { pullRequest: number })
  | { action: 'skipped'; reason: string }
  | { action: 'failed'; reason: string };

export interface PostCommentOptions {
  mode: CommentMode;
  /** Sanitised comment key. */
  key: string;
  prNumber: number | null;
  /** null when the workflow gave no token. */
  api: GitHubApi | null;
  context: RunContext;
  render: RenderWithin;
  footer: string;
  fullReportNote?: string;
  log: ActionLog;
  /** Strings never to show in messages (the token). */
  secrets: readonly string[];
}

/**
 * The comment sink. Never throws: a missing pull request is a notice, a refused or failed call a
 * warning (with the fork recipe when the token is read-only), because the job summary and the
 * artifact still carry the report.
 */
export async function postPullRequestComment(options: PostCommentOptions): Promise<CommentResult> {
  const { log, context } = options;
  if (options.mode === 'off') return { action: 'skipped', reason: 'comment: off' };
  const recipe = forkRecipeLink(context, forkRecipeHeading, forkRecipeAnchor);
  if (options.api === null) {
    // A fork's run gets no secrets, so a github-token taken from one is empty there.
    const reason = isForkPullRequestEvent(context)
      ? `No github-token: the pull request comes from a fork, whose runs get no secrets and a read-only token, so there is no comment. The job summary and the artifact have the report; to get the comment, use the workflow_run recipe: ${recipe}.`
      : 'No github-token: the pull request comment is skipped.';
    log.warning(reason);
    return { action: 'skipped', reason };
  }
  const api = options.api;
  const describe = (error: unknown) =>
    scrubSecrets(error instanceof Error ? error.message : String(error), options.secrets);

  let pullRequest: PullRequestResolution;
  try {
    pullRequest = await resolvePullRequest({
      prNumber: options.prNumber,
      context,
      api,
      includeClosed: options.mode === 'always',
    });
  } catch (error) {
    const refused = statusOf(error) === 403 && !/rate limit/i.test(describe(error));
    const reason = refused
      ? `The github-token may not look up the pull requests of this commit (403, ${describe(error)}). No comment; give the job \`permissions: contents: read\` and \`pull-requests: write\`, or set pr-number to skip the lookup.`
      : `Could not look up the pull request of this commit: ${describe(error)}. No comment; set pr-number to skip the lookup.`;
    log.warning(reason);
    return { action: 'failed', reason };
  }
  if (!pullRequest.found) {
    const reason = `No pull request to comment on: ${pullRequest.reason}.`;
    if (options.mode === 'always') log.warning(reason);
    else log.notice(reason);
    return { action: 'skipped', reason };
  }

  let identity: TokenIdentity;
  try {
    identity = await api.viewer();
  } catch (error) {
    const reason = `Could not tell which account the github-token belongs to (${describe(error)}); no comment, so that nobody else's comment is overwritten.`;
    log.warning(reason);
    return { action: 'failed', reason };
  }

  const body = buildCommentBody(options.key, options.render, options.footer, options.fullReportNote);
  try {
    const outcome = await upsertComment(api, pullRequest.number, options.key, body, identity);
    log.info(`Pull request #${pullRequest.number}: comment ${outcome.action} (${outcome.url}).`);
    return { ...outcome, pullRequest: pullRequest.number };
  } catch (error) {
    const reason = commentRefused(statusOf(error), describe(error), pullRequest, recipe);
    log.warning(reason);
    return { action: 'failed', reason };
  }
}

/** Why creating or updating the comment failed, and what to do about it. */
function commentRefused(
  status: number | null,
  problem: string,
  pullRequest: { number: number; forkPullRequestEvent: boolean },
  recipe: string,
): string {
  if (status === 403 || (status === 404 && pullRequest.forkPullRequestEvent)) {
    return pullRequest.forkPullRequestEvent
      ? `Pull request #${pullRequest.number} comes from a fork, so this run's github-token is read-only and cannot comment (${problem}). The job summary and the artifact have the report; to get the comment, use the workflow_run recipe: ${recipe}.`
      : `The github-token may not comment on pull request #${pullRequest.number} (${problem}). Give the job \`permissions: pull-requests: write\`; for pull requests from forks use the workflow_run recipe: ${recipe}.`;
  }
  if (status === 401) return `The github-token was refused (401, ${problem}): no comment.`;
  return `Could not comment on pull request #${pullRequest.number}: ${problem}.`;
}
