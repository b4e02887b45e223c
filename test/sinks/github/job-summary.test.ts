import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MarkdownBudget } from '../../../src/render/fit.js';
import { jobSummaryLimitBytes, writeJobSummary } from '../../../src/sinks/github/job-summary.js';
import { recordingLog } from '../../helpers/recording-log.js';
import { coreJobSummary } from '../../../src/sinks/github/runtime.js';

// One step summary file for the whole file: @actions/core resolves GITHUB_STEP_SUMMARY once per
// process and keeps that path, as in a real step.
let scratch: string;
let summaryFile: string;
beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'job-summary-'));
  summaryFile = join(scratch, 'step_summary.md');
});
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});
beforeEach(() => {
  rmSync(summaryFile, { recursive: true, force: true });
  writeFileSync(summaryFile, '');
  vi.stubEnv('GITHUB_STEP_SUMMARY', summaryFile);
});
afterEach(() => {
  vi.unstubAllEnvs();
});

describe('the job summary through @actions/core', () => {
  it('is written once, exactly as rendered', async () => {
    const markdown = '# Experiment Summary: cap_4L_lora\n\n| Run | Accuracy |\n|---|---|\n| rank4 | 0.81 |\n';
    const result = await writeJobSummary({
      writer: coreJobSummary,
      render: () => markdown,
      log: recordingLog(),
    });
    expect(result).toMatchObject({ written: true, recut: false });
    expect(readFileSync(summaryFile, 'utf8')).toBe(`${markdown}\n`);
  });

  it('asks the renderer for bytes under 1 MiB and a huge experiment stays under the runner limit', async () => {
    const asked: MarkdownBudget[] = [];
    const row = '| rank-α | 0.8125 | 0.7900 | 0.8011 | COMPLETED |\n';
    const result = await writeJobSummary({
      writer: coreJobSummary,
      render: (budget) => {
        asked.push(budget);
        return row.repeat(40_000); // ~2 MB: a renderer that ignores the budget
      },
      fullReportNote: 'The full summary is in the artifact.',
      log: recordingLog(),
    });
    expect(asked[0]).toMatchObject({ unit: 'bytes', fullReportNote: 'The full summary is in the artifact.' });
    expect(asked[0]!.maxLength).toBeLessThan(jobSummaryLimitBytes);
    expect(result).toMatchObject({ written: true, recut: true });
    expect(readFileSync(summaryFile).length).toBeLessThanOrEqual(jobSummaryLimitBytes);
  });

  it('without GITHUB_STEP_SUMMARY (old GitHub Enterprise Server) it warns and does not throw', async () => {
    vi.stubEnv('GITHUB_STEP_SUMMARY', '');
    const log = recordingLog();
    const result = await writeJobSummary({ writer: coreJobSummary, render: () => 'x', log });
    expect(result.written).toBe(false);
    expect(log.messages).toEqual([
      { level: 'warning', message: expect.stringContaining('GITHUB_STEP_SUMMARY is not set') },
    ]);
  });

  it('a step summary file that cannot be written is a warning', async () => {
    await writeJobSummary({ writer: coreJobSummary, render: () => 'first', log: recordingLog() });
    rmSync(summaryFile);
    mkdirSync(summaryFile); // the path now names a directory: appending fails
    const log = recordingLog();
    const result = await writeJobSummary({ writer: coreJobSummary, render: () => 'x', log });
    expect(result.written).toBe(false);
    expect(log.messages[0]).toMatchObject({
      level: 'warning',
      message: expect.stringContaining('Could not write the job summary'),
    });
  });
});
