// A token bucket: at most `burst` actions at once, then one per `refillMs`. Keeps a long watch's
// pull request comment edits under GitHub's secondary rate limits (80 content-creating requests a
// minute, 500 an hour) whatever interval the workflow asks for. The clock is injected.

export interface TokenBucketOptions {
  burst: number;
  refillMs: number;
  clock: () => number;
}

export class TokenBucket {
  private tokens: number;
  private updatedMs: number;

  constructor(private readonly options: TokenBucketOptions) {
    this.tokens = options.burst;
    this.updatedMs = options.clock();
  }

  private refill(): void {
    const now = this.options.clock();
    const gained = (now - this.updatedMs) / this.options.refillMs;
    if (gained > 0) {
      this.tokens = Math.min(this.options.burst, this.tokens + gained);
      this.updatedMs = now;
    }
  }

  /** Takes a token when one is there; false means "not now". */
  take(): boolean {
    this.refill();
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }

  /** Milliseconds until a token is there (0 when one is). */
  waitMs(): number {
    this.refill();
    return this.tokens >= 1 ? 0 : Math.ceil((1 - this.tokens) * this.options.refillMs);
  }
}
