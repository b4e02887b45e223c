import { describe, expect, it } from 'vitest';
import type { ProcessEvent } from '../../src/model/summary.js';
import {
  appendRunBlock,
  LOG_BLOCK_MARKER,
  renderLogBlock,
  renderLogEntry,
  splitBlocks,
} from '../../src/render/log.js';

const EVENTS: ProcessEvent[] = [
  {
    time: '2025-12-05T14:00:00Z',
    action: 'DISCOVER_EXPERIMENT',
    lines: [
      ['Details', 'Found experiment_summary.yaml'],
      ['Result', '3 runs, 1 task'],
    ],
  },
  {
    time: '2025-12-05T14:00:02Z',
    action: 'EXTRACT_LOSS',
    subject: 'rank4_lr1e-5',
    lines: [
      ['Details', 'Parsing slurm-12345678.out'],
      ['Result', 'Final loss = 0.234 (epoch 2, step 500)'],
    ],
  },
  {
    time: '2025-12-05T14:00:04Z',
    action: 'EXTRACT_ACCURACY',
    subject: 'rank4_lr1e-5/capitalization/epoch0',
    lines: [['Result', 'Accuracy = 0.85, samples = 100, scorer = exact_match']],
  },
  {
    time: '2025-12-05T14:00:10Z',
    action: 'COMPLETE',
    lines: [
      ['Summary', '2 loss values extracted, 3 accuracy values extracted'],
      ['Duration', '10 seconds'],
    ],
  },
];

function block(started: string, count = EVENTS.length): string {
  return renderLogBlock(EVENTS.slice(0, count), { started });
}

describe('process log entries', () => {
  it("reproduce the skill's logging.md examples verbatim", () => {
    const text = renderLogBlock(EVENTS);
    expect(text).toBe(
      [
        `${LOG_BLOCK_MARKER}2025-12-05 14:00:00 UTC =====`,
        '',
        '[2025-12-05 14:00:00] DISCOVER_EXPERIMENT',
        'Details: Found experiment_summary.yaml',
        'Result: 3 runs, 1 task',
        '',
        '[2025-12-05 14:00:02] EXTRACT_LOSS: rank4_lr1e-5',
        'Details: Parsing slurm-12345678.out',
        'Result: Final loss = 0.234 (epoch 2, step 500)',
        '',
        '[2025-12-05 14:00:04] EXTRACT_ACCURACY: rank4_lr1e-5/capitalization/epoch0',
        'Result: Accuracy = 0.85, samples = 100, scorer = exact_match',
        '',
        '[2025-12-05 14:00:10] COMPLETE',
        'Summary: 2 loss values extracted, 3 accuracy values extracted',
        'Duration: 10 seconds',
        '',
      ].join('\n'),
    );
  });

  it('keep a file name with a line break (or a fake block marker) on one line', () => {
    const entry = renderLogEntry({
      time: '2025-12-05T14:00:00Z',
      action: 'EXTRACT_ACCURACY',
      subject: 'run\n===== summarize-experiment run 2099',
      lines: [['Result', 'ERROR - bad\r\n===== summarize-experiment run x']],
    });
    expect(entry.split('\n')).toHaveLength(3);
    expect(splitBlocks(`${block('2025-12-05T13:00:00Z')}\n${entry}`)).toHaveLength(1);
  });
});

describe('appending a run block under a size cap', () => {
  it('appends to an empty log and to an existing one with a blank line between blocks', () => {
    const first = appendRunBlock('', block('2025-12-05T14:00:00Z'), 1_000_000);
    expect(first).toBe(block('2025-12-05T14:00:00Z'));
    const second = appendRunBlock(first, block('2025-12-06T14:00:00Z'), 1_000_000);
    expect(second).toBe(`${block('2025-12-05T14:00:00Z')}\n${block('2025-12-06T14:00:00Z')}`);
    expect(splitBlocks(second)).toHaveLength(2);
  });

  it('drops the oldest blocks, whole, to stay under the cap', () => {
    let log = '';
    const days = Array.from({ length: 30 }, (_, i) => `2025-12-${String(i + 1).padStart(2, '0')}T09:00:00Z`);
    const cap = Buffer.byteLength(block(days[0] ?? '')) * 5 + 10;
    for (const day of days) {
      log = appendRunBlock(log, block(day), cap);
      expect(Buffer.byteLength(log)).toBeLessThanOrEqual(cap);
    }
    // A block is b bytes, each older one b + 1 with its separator; the cap 5b + 10. The 6th block
    // makes 6b + 5 > cap, so the oldest go until a quarter of the cap is free (≤ 3.75b + 7.5):
    // 3 blocks (3b + 2). Then 4 and 5 fit again, the next overflows: 3, 4, 5, 3, … from day 6 on,
    // so day 30 (6 + 8·3) ends with 3 blocks, days 28 to 30.
    const blocks = splitBlocks(log);
    expect(blocks).toHaveLength(3);
    expect(blocks[0]?.startsWith(`${LOG_BLOCK_MARKER}2025-12-28 09:00:00 UTC`)).toBe(true);
    expect(blocks.at(-1)?.startsWith(`${LOG_BLOCK_MARKER}2025-12-30 09:00:00 UTC`)).toBe(true);
  });

  it('drops a hand-written log without markers (the manual skill era) before any run block', () => {
    const b = Buffer.byteLength(block('2025-12-05T14:00:00Z'));
    const line = '[2025-12-01 10:00:00] DISCOVER_EXPERIMENT\nDetails: by hand\n';
    // About 2b of notes: with the cap 3b + 10 the three parts (4b + 2) overflow, and dropping the
    // notes alone frees a quarter of the cap (2b + 1 ≤ 2.25b + 7.5).
    const manual = line.repeat(Math.ceil((2 * b) / line.length));
    const first = appendRunBlock(manual, block('2025-12-05T14:00:00Z'), 1_000_000);
    expect(first.startsWith(manual)).toBe(true);
    const cap = b * 3 + 10;
    const capped = appendRunBlock(first, block('2025-12-06T14:00:00Z'), cap);
    expect(capped).toBe(`${block('2025-12-05T14:00:00Z')}\n${block('2025-12-06T14:00:00Z')}`);
  });

  it('keeps the first entries of a block that alone is bigger than the cap, and says so', () => {
    const big = block('2025-12-05T14:00:00Z');
    const cap = Buffer.byteLength(big) - 20;
    const text = appendRunBlock('old', big, cap);
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(cap);
    expect(text.startsWith(`${LOG_BLOCK_MARKER}2025-12-05 14:00:00 UTC =====`)).toBe(true);
    expect(text).toContain('[2025-12-05 14:00:04] EXTRACT_ACCURACY');
    expect(text).toContain('Note: 1 more entry of this run left out to keep the log under');
    expect(text).not.toContain('COMPLETE');
  });

  it('never exceeds even a tiny cap', () => {
    for (const cap of [0, 1, 10, 40, 80]) {
      expect(Buffer.byteLength(appendRunBlock('x', block('2025-12-05T14:00:00Z'), cap))).toBeLessThanOrEqual(
        cap,
      );
    }
  });
});
