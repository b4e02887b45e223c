// Bounded retries for transient GitHub errors: 5xx, 429 (and secondary rate limits), network
// failures. Other 4xx answers are final: retrying a 403 or 422 only wastes the job's time.

export interface RetryOptions {
  /** Total tries, the first included. */
  attempts: number;
  /** Wait before the second try; doubles each time (with jitter). */
  baseDelayMs: number;
  /** No single wait is longer; a Retry-After beyond it ends the retries instead. */
  maxDelayMs: number;
  sleep: (ms: number) => Promise<void>;
  /** Told about each retry, e.g. to log it. */
  onRetry?: (info: { attempt: number; delayMs: number; reason: string }) => void;
  /** Jitter source, injectable for tests. */
  random?: () => number;
}

export const defaultRetryOptions: Omit<RetryOptions, 'sleep'> = {
  attempts: 4,
  baseDelayMs: 1000,
  maxDelayMs: 30_000,
};

const networkErrorCodes = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
]);

interface HttpishError {
  status?: unknown;
  code?: unknown;
  cause?: unknown;
  response?: { headers?: Record<string, unknown> };
}

function headerOf(error: HttpishError, name: string): string | undefined {
  const value = error.response?.headers?.[name];
  return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
}

function hasNetworkCode(error: unknown, depth = 0): boolean {
  if (error === null || typeof error !== 'object' || depth > 3) return false;
  const { code, cause } = error as HttpishError;
  if (typeof code === 'string' && networkErrorCodes.has(code)) return true;
  return hasNetworkCode(cause, depth + 1);
}

/** The HTTP status of an Octokit RequestError (or anything shaped like one), else null. */
export function statusOf(error: unknown): number | null {
  if (error === null || typeof error !== 'object') return null;
  const { status } = error as HttpishError;
  return typeof status === 'number' ? status : null;
}

/**
 * Whether to try again, and the server's requested wait in ms if it gave one. A 403 counts only
 * when it is a rate limit (Retry-After, or no requests left), never a permission problem.
 */
export function transientError(error: unknown): { retry: boolean; retryAfterMs: number | null } {
  const status = statusOf(error);
  const httpish = (error ?? {}) as HttpishError;
  const retryAfterHeader = headerOf(httpish, 'retry-after');
  const retryAfterSeconds = retryAfterHeader !== undefined ? Number(retryAfterHeader) : Number.NaN;
  const retryAfterMs =
    Number.isFinite(retryAfterSeconds) && retryAfterSeconds >= 0 ? retryAfterSeconds * 1000 : null;
  if (hasNetworkCode(error)) return { retry: true, retryAfterMs: null };
  if (status === null) return { retry: false, retryAfterMs: null };
  if (status >= 500 || status === 429) return { retry: true, retryAfterMs };
  if (status === 403 && (retryAfterMs !== null || headerOf(httpish, 'x-ratelimit-remaining') === '0')) {
    const reset = Number(headerOf(httpish, 'x-ratelimit-reset'));
    const untilReset = Number.isFinite(reset) ? Math.max(0, reset * 1000 - Date.now()) : null;
    return { retry: true, retryAfterMs: retryAfterMs ?? untilReset };
  }
  return { retry: false, retryAfterMs: null };
}

/**
 * Runs `operation` until it succeeds, a final error, or the attempts run out. `recover`, if given, is
 * asked after each wait and before the next try whether the failed try took effect after all (a
 * request that reached GitHub but whose answer was lost); its answer, if any, ends the retries.
 */
export async function withRetry<T>(
  operation: () => Promise<T>,
  options: RetryOptions,
  recover?: () => Promise<T | undefined>,
): Promise<T> {
  const random = options.random ?? Math.random;
  for (let attempt = 1; ; attempt++) {
    try {
      return await operation();
    } catch (error) {
      const { retry, retryAfterMs } = transientError(error);
      if (!retry || attempt >= options.attempts) throw error;
      if (retryAfterMs !== null && retryAfterMs > options.maxDelayMs) throw error;
      const backoff = options.baseDelayMs * 2 ** (attempt - 1);
      const delayMs = Math.min(
        options.maxDelayMs,
        retryAfterMs ?? Math.round(backoff * (0.75 + random() * 0.5)),
      );
      const reason = error instanceof Error ? error.message : String(error);
      options.onRetry?.({ attempt, delayMs, reason });
      await options.sleep(delayMs);
      if (recover) {
        const recovered = await recover();
        if (recovered !== undefined) return recovered;
      }
    }
  }
}

/** Replaces every secret in a message with ***, so a token never reaches the log. */
export function scrubSecrets(message: string, secrets: readonly string[]): string {
  let scrubbed = message;
  for (const secret of secrets) {
    if (secret.length >= 4) scrubbed = scrubbed.split(secret).join('***');
  }
  return scrubbed;
}
