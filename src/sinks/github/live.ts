// Live mode's pull request comment: edited only when what it says changed (not merely its
// timestamps), at most once per check, and never faster than GitHub's secondary rate limits allow
// (80 content-creating requests a minute, 500 an hour): a token bucket of 5 edits, refilled one per
// 30 seconds, holds a watch at any interval to at most 120 edits an hour.
import type { ExperimentSummary } from '../../model/summary.js';
import { renderMarkdown } from '../../render/markdown.js';
import { TokenBucket } from '../../util/token-bucket.js';

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
