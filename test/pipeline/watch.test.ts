import { getEventListeners } from 'node:events';
import { describe, expect, it } from 'vitest';
import { abortableSleep, watch, type WatchDeps, type WatchNote } from '../../src/pipeline/watch.js';

/** A summary as the watch sees it: the stages' statuses. */
interface FakeSummary {
  tick: number;
  stages: Record<string, string>;
}

const T0 = Date.parse('2026-12-07T12:00:00Z');
const MINUTE = 60_000;

/** Deps with a fake clock that `sleep` advances; `script(tick)` gives each check's summary or throws. */
function harness(
  script: (tick: number) => FakeSummary | Error | 'hang',
  options: { onSleep?: (ms: number) => void } = {},
) {
  let now = T0;
  let tick = 0;
  const published: Array<{ summary: FakeSummary; note: WatchNote; at: number }> = [];
  const printed: string[] = [];
  const sleeps: number[] = [];
  const publishFails = new Set<number>();
  let publishCalls = 0;
  const deps: WatchDeps<FakeSummary> = {
    check: async () => {
      const result = script(tick++);
      if (result === 'hang') return new Promise<FakeSummary>(() => undefined);
      if (result instanceof Error) throw result;
      return result;
    },
    publish: async (summary, note) => {
      if (publishFails.has(publishCalls++)) throw new Error('GitHub is down');
      published.push({ summary, note: { ...note }, at: now });
    },
    active: (s) => Object.values(s.stages).some((v) => v === 'RUNNING' || v === 'PENDING'),
    statusLines: (s) => Object.entries(s.stages).map(([k, v]) => `${k} ${v}`),
    clock: () => now,
    sleep: async (ms) => {
      sleeps.push(ms);
      options.onSleep?.(ms);
      now += ms;
    },
    print: (line) => printed.push(line),
  };
  return {
    deps,
    published,
    printed,
    sleeps,
    /** The n-th publish (0-based) throws. */
    failPublish: (n: number) => publishFails.add(n),
    advance: (ms: number) => (now += ms),
  };
}

const stages = (rank4: string, rank8: string, tick = 0): FakeSummary => ({
  tick,
  stages: { 'rank4 fine-tuning': rank4, 'rank8 fine-tuning': rank8 },
});

describe('the watch loop', () => {
  it('checks every interval until nothing is RUNNING or PENDING, printing one line per change', async () => {
    const timeline = [
      stages('PENDING', 'PENDING'),
      stages('RUNNING', 'PENDING'),
      stages('RUNNING', 'PENDING'),
      stages('COMPLETED', 'RUNNING'),
      stages('COMPLETED', 'OUT_OF_MEMORY'),
    ];
    const h = harness((tick) => timeline[tick]!);
    const result = await watch(h.deps, { intervalMs: 5 * MINUTE, timeoutMs: null });
    expect(h.sleeps).toEqual([5 * MINUTE, 5 * MINUTE, 5 * MINUTE, 5 * MINUTE]);
    expect(h.printed).toEqual([
      'rank4 fine-tuning PENDING',
      'rank8 fine-tuning PENDING',
      'rank4 fine-tuning RUNNING',
      'rank4 fine-tuning COMPLETED',
      'rank8 fine-tuning RUNNING',
      'rank8 fine-tuning OUT_OF_MEMORY',
    ]);
    // One publish per check; the last says the watch finished and names no next check.
    expect(h.published.map((p) => p.note.state)).toEqual([
      'watching',
      'watching',
      'watching',
      'watching',
      'finished',
    ]);
    expect(h.published[0]!.note).toEqual({
      state: 'watching',
      started: '2026-12-07T12:00:00.000Z',
      checks: 1,
      interval_s: 300,
      next: '2026-12-07T12:05:00.000Z',
    });
    expect(h.published[4]!.note).toEqual({
      state: 'finished',
      started: '2026-12-07T12:00:00.000Z',
      checks: 5,
      interval_s: 300,
    });
    expect(result.note.state).toBe('finished');
    expect(result.summary).toBe(timeline[4]);
  });

  it('publishes once and stops when nothing runs at the first check', async () => {
    const h = harness(() => stages('COMPLETED', 'FAILED'));
    const result = await watch(h.deps, { intervalMs: 5 * MINUTE, timeoutMs: null });
    expect(h.sleeps).toEqual([]);
    expect(h.published.map((p) => p.note.state)).toEqual(['finished']);
    expect(result.note.checks).toBe(1);
  });

  it('stops at the timeout with a last check at the timeout itself; a timeout is not an error', async () => {
    const h = harness((tick) => stages('RUNNING', 'PENDING', tick));
    const result = await watch(h.deps, { intervalMs: 5 * MINUTE, timeoutMs: 12 * MINUTE });
    // Checks at 0, 5 and 10 minutes, then a shorter wait to 12 minutes and the last check there.
    expect(h.sleeps).toEqual([5 * MINUTE, 5 * MINUTE, 2 * MINUTE]);
    expect(h.published.map((p) => [p.note.state, (p.at - T0) / MINUTE])).toEqual([
      ['watching', 0],
      ['watching', 5],
      ['watching', 10],
      ['timed-out', 12],
    ]);
    expect(result).toMatchObject({ note: { state: 'timed-out', checks: 4 }, summary: { tick: 3 } });
    expect(result.error).toBeUndefined();
    expect(h.printed.at(-1)).toBe('the watch timed out with work still running');
  });

  it('on SIGTERM during a wait publishes the last summary as stopped, without another check', async () => {
    const controller = new AbortController();
    let checks = 0;
    const h = harness(
      (tick) => {
        checks++;
        return stages('RUNNING', 'PENDING', tick);
      },
      { onSleep: () => checks === 2 && controller.abort() },
    );
    const result = await watch(h.deps, { intervalMs: MINUTE, timeoutMs: null, signal: controller.signal });
    expect(checks).toBe(2);
    expect(h.published.map((p) => p.note.state)).toEqual(['watching', 'watching', 'stopped']);
    expect(h.published[2]!.summary.tick).toBe(1);
    expect(result.note.state).toBe('stopped');
    expect(h.printed.at(-1)).toBe('the watch was stopped with work still running');
  });

  it('on SIGTERM during a check that hangs publishes the previous summary as stopped at once', async () => {
    const controller = new AbortController();
    const h = harness((tick) => (tick === 0 ? stages('RUNNING', 'RUNNING') : 'hang'));
    const running = watch(h.deps, { intervalMs: MINUTE, timeoutMs: null, signal: controller.signal });
    await new Promise((resolve) => setImmediate(resolve));
    controller.abort();
    const result = await running;
    expect(result.note.state).toBe('stopped');
    expect(h.published.map((p) => p.note.state)).toEqual(['watching', 'stopped']);
  });

  it('retries a failed check or publish at the next tick and keeps the last good summary', async () => {
    const h = harness((tick) =>
      tick === 1
        ? new Error('summary.json: unexpected end of file')
        : stages(tick < 3 ? 'RUNNING' : 'COMPLETED', 'COMPLETED', tick),
    );
    h.failPublish(1);
    const result = await watch(h.deps, { intervalMs: MINUTE, timeoutMs: null });
    expect(h.printed).toContain(
      'check failed (summary.json: unexpected end of file); trying again at the next check',
    );
    expect(h.printed).toContain(
      'could not publish the summary (GitHub is down); trying again at the next check',
    );
    expect(result).toMatchObject({ note: { state: 'finished', checks: 3 }, summary: { tick: 3 } });
  });

  it('ends at once, publishing nothing, when the first check fails', async () => {
    const error = new Error('no experiment_summary.yaml in /nowhere');
    const h = harness(() => error);
    const result = await watch(h.deps, { intervalMs: MINUTE, timeoutMs: null });
    expect(result).toEqual({ summary: null, note: expect.objectContaining({ checks: 0 }), error });
    expect(h.published).toEqual([]);
  });

  it('holds no per-tick state over thousands of ticks (no listeners left, no lines kept)', async () => {
    const controller = new AbortController();
    const TICKS = 5000;
    let maxListeners = 0;
    const h = harness(
      (tick) => stages(tick < TICKS - 1 ? 'RUNNING' : 'COMPLETED', `step ${tick % 7}`, tick),
      {
        onSleep: () => {
          maxListeners = Math.max(maxListeners, getEventListeners(controller.signal, 'abort').length);
        },
      },
    );
    const published: number[] = [];
    const publish = h.deps.publish;
    h.deps.publish = async (s, n) => {
      published.push(s.tick);
      if (s.tick % 1000 === 0) await publish(s, n);
    };
    const result = await watch(h.deps, { intervalMs: 1000, timeoutMs: null, signal: controller.signal });
    expect(result.note.checks).toBe(TICKS);
    expect(published).toHaveLength(TICKS);
    expect(maxListeners).toBe(0);
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
    // Only changes print: both lines at the first check, the rank8 line at each later check, and
    // rank4's COMPLETED at the last: 2 + (TICKS - 1) + 1.
    expect(h.printed).toHaveLength(TICKS + 2);
  });
});

describe('the real sleep', () => {
  it('ends early when aborted and removes its listener', async () => {
    const controller = new AbortController();
    const started = Date.now();
    const sleeping = abortableSleep(60_000, controller.signal);
    controller.abort();
    await sleeping;
    expect(Date.now() - started).toBeLessThan(1000);
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
    await abortableSleep(10, new AbortController().signal);
  });
});
