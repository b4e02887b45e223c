import { describe, expect, it } from 'vitest';
import { scrubSecrets, transientError, withRetry } from '../../../src/sinks/github/retry.js';

const httpError = (status: number, headers: Record<string, string> = {}) =>
  Object.assign(new Error(`HTTP ${status}`), { status, response: { headers } });

function retrying(sleeps: number[]) {
  return {
    attempts: 4,
    baseDelayMs: 1000,
    maxDelayMs: 30_000,
    sleep: async (ms: number) => void sleeps.push(ms),
    random: () => 0.5,
  };
}

describe('retries of GitHub calls', () => {
  it('a 502 then success: one retry after the base delay', async () => {
    const sleeps: number[] = [];
    let calls = 0;
    const result = await withRetry(async () => {
      calls++;
      if (calls === 1) throw httpError(502);
      return 'ok';
    }, retrying(sleeps));
    expect(result).toBe('ok');
    expect(sleeps).toEqual([1000]);
  });

  it('a network reset is retried; backoff doubles; the attempts are bounded', async () => {
    const sleeps: number[] = [];
    const reset = Object.assign(new Error('fetch failed'), { status: 500, cause: { code: 'ECONNRESET' } });
    await expect(withRetry(async () => Promise.reject(reset), retrying(sleeps))).rejects.toBe(reset);
    expect(sleeps).toEqual([1000, 2000, 4000]);
  });

  it('a 429 waits for Retry-After; one longer than the cap gives up at once', async () => {
    const sleeps: number[] = [];
    let calls = 0;
    await withRetry(async () => {
      if (calls++ === 0) throw httpError(429, { 'retry-after': '3' });
      return 'ok';
    }, retrying(sleeps));
    expect(sleeps).toEqual([3000]);
    const tooLong = httpError(429, { 'retry-after': '3600' });
    await expect(withRetry(async () => Promise.reject(tooLong), retrying(sleeps))).rejects.toBe(tooLong);
    expect(sleeps).toEqual([3000]);
  });

  it('a try whose answer was lost but which took effect is recovered, not repeated', async () => {
    const sleeps: number[] = [];
    let calls = 0;
    const lost = Object.assign(new Error('other side closed'), { status: 500 });
    const result = await withRetry(
      async () => {
        calls++;
        throw lost;
      },
      retrying(sleeps),
      async () => 'found the comment the first try posted',
    );
    expect(result).toBe('found the comment the first try posted');
    expect(calls).toBe(1);
    expect(sleeps).toEqual([1000]);
  });

  it('when the recovery finds nothing, the operation is tried again', async () => {
    const sleeps: number[] = [];
    let calls = 0;
    const result = await withRetry(
      async () => {
        if (calls++ === 0) throw httpError(502);
        return 'posted';
      },
      retrying(sleeps),
      async () => undefined,
    );
    expect(result).toBe('posted');
    expect(calls).toBe(2);
  });

  it('403, 404 and 422 are answers, not hiccups: never retried', async () => {
    for (const status of [401, 403, 404, 422]) {
      const sleeps: number[] = [];
      await expect(
        withRetry(async () => Promise.reject(httpError(status)), retrying(sleeps)),
      ).rejects.toMatchObject({ status });
      expect(sleeps).toEqual([]);
    }
  });

  it('a 403 that is a secondary rate limit (Retry-After) is retried', () => {
    expect(transientError(httpError(403, { 'retry-after': '1' }))).toEqual({
      retry: true,
      retryAfterMs: 1000,
    });
    expect(transientError(httpError(403))).toEqual({ retry: false, retryAfterMs: null });
  });

  it('the token is scrubbed from messages', () => {
    expect(scrubSecrets('request with ghs_abc123 failed; ghs_abc123 again', ['ghs_abc123'])).toBe(
      'request with *** failed; *** again',
    );
  });
});
