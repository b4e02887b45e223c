import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ProcessEvent } from '../../src/model/summary.js';
import {
  appendRunBlock,
  appendRunBlockBytes,
  logTailText,
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

describe('appending a run block to the log as bytes', () => {
  // What the files sink gives appendRunBlock when the bytes path declines.
  const asText = logTailText;
  const days = Array.from({ length: 12 }, (_, i) => `2025-12-${String(i + 1).padStart(2, '0')}T09:00:00Z`);
  const written = days.slice(0, 10).reduce((log, day) => appendRunBlock(log, block(day), 1_000_000), '');
  const bytes = Buffer.from(written);

  it('gives what the text path gives on a log as this program writes it, cut or whole, under any cap', () => {
    const next = block(days[10]!);
    const b = Buffer.byteLength(next);
    // At the caps where one byte decides whether old blocks go, and around them.
    const full = Buffer.byteLength(appendRunBlock(written, next, 10_000_000));
    for (const cap of [b, b * 2 + 5, b * 3 + 10, b * 7, full - 1, full, full + 1, 10_000_000]) {
      const whole = appendRunBlockBytes(bytes, false, next, cap);
      expect(whole, `cap ${cap}`).not.toBeNull();
      expect(Buffer.concat(whole!).toString()).toBe(appendRunBlock(written, next, cap));
      // The last cap bytes only, as the sink reads a log longer than its cap.
      const tail = bytes.subarray(Math.max(0, bytes.length - cap));
      const cut = tail.length < bytes.length;
      expect(Buffer.concat(appendRunBlockBytes(tail, cut, next, cap)!).toString()).toBe(
        appendRunBlock(asText(tail, cut), next, cap),
      );
    }
  });

  it('appends to an empty log', () => {
    expect(
      Buffer.concat(appendRunBlockBytes(Buffer.alloc(0), false, block(days[0]!), 1_000_000)!).toString(),
    ).toBe(block(days[0]!));
  });

  it('declines a log in another shape, which the text path then handles', () => {
    const next = block(days[11]!);
    const decline = (text: string | Buffer, cap = 1_000_000) =>
      appendRunBlockBytes(Buffer.from(text), false, next, cap);
    // Notes written by hand before the first block.
    expect(decline(`my notes\n${written}`)).toBeNull();
    // A block that ends in spaces or a blank line (appendRunBlock trims them).
    expect(decline(written.replace(/\n\n(?====== )/, '  \n\n'))).toBeNull();
    expect(decline(`${written}\n`)).toBeNull();
    // Blocks with no blank line between them (appendRunBlock puts one back).
    expect(decline(written.replace(/\n\n(?====== )/, '\n'))).toBeNull();
    // A marker after a carriage return, where the text path's line-start match also splits.
    expect(decline(written.replace(/\n(?====== )/, '\r'))).toBeNull();
    // Bytes that are not UTF-8 (the text path names them).
    expect(
      decline(
        Buffer.concat([
          Buffer.from(written.slice(0, 200)),
          Buffer.from([0xff]),
          Buffer.from(written.slice(200)),
        ]),
      ),
    ).toBeNull();
    // A new block that alone exceeds the cap (the text path keeps its first entries).
    expect(decline(written, Buffer.byteLength(next) - 20)).toBeNull();
  });

  it('agrees with the text path whenever it answers, on any log the program could write', () => {
    const event = fc.record({
      time: fc.constantFrom('2025-12-05T14:00:00Z', 'not a time'),
      action: fc.constantFrom('EXTRACT_LOSS', 'COMPLETE'),
      subject: fc.option(fc.string({ unit: 'grapheme', maxLength: 12 }), { nil: undefined }),
      lines: fc.array(
        fc.tuple(
          fc.constantFrom('Details', 'Result'),
          fc.oneof(
            fc.string({ unit: 'grapheme-ascii', maxLength: 20 }),
            fc.string({ unit: 'grapheme', maxLength: 20 }),
          ),
        ),
        {
          maxLength: 3,
        },
      ),
    });
    let answered = 0;
    fc.assert(
      fc.property(
        fc.array(fc.array(event, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 6 }),
        fc.array(event, { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 0, max: 3000 }),
        fc.integer({ min: 1, max: 3000 }),
        (runs, last, cap, keep) => {
          const log = runs.reduce(
            (text, events) => appendRunBlock(text, renderLogBlock(events), 1_000_000),
            '',
          );
          const all = Buffer.from(log);
          const tail = all.subarray(Math.max(0, all.length - keep));
          const cut = tail.length < all.length;
          const next = renderLogBlock(last);
          const full = Buffer.byteLength(appendRunBlock(asText(tail, cut), next, 10_000_000));
          return [cap, full - 1, full].every((limit) => {
            const pieces = appendRunBlockBytes(tail, cut, next, limit);
            if (pieces === null) return true;
            const fast = Buffer.concat(pieces);
            answered++;
            return (
              fast.length <= Math.max(limit, 0) &&
              fast.toString() === appendRunBlock(asText(tail, cut), next, limit)
            );
          });
        },
      ),
      { numRuns: 400 },
    );
    // Most such logs are in the shape the bytes path takes.
    expect(answered).toBeGreaterThan(100);
  });
});
