// The job summary: written once, kept under the runner's 1 MiB per-step limit.
import { type RenderWithin, renderWithinBudget } from '../../render/fit.js';
import type { ActionLog } from './log.js';

/** The runner drops a step summary over 1024 KiB entirely (with an error annotation). */
export const jobSummaryLimitBytes = 1024 * 1024;
/** Headroom for the runner's own accounting and line-ending differences. */
export const jobSummaryMarginBytes = 16 * 1024;

export interface JobSummaryWriter {
  /** False where GITHUB_STEP_SUMMARY is not set (GitHub Enterprise Server before 3.6). */
  available(): boolean;
  write(markdown: string): Promise<void>;
}

export type JobSummaryResult =
  { written: true; bytes: number; recut: boolean } | { written: false; reason: string };

export interface JobSummaryOptions {
  writer: JobSummaryWriter;
  render: RenderWithin;
  /** Where the full summary is (the artifact link), shown if detail had to be dropped. */
  fullReportNote?: string;
  log: ActionLog;
}

export async function writeJobSummary(options: JobSummaryOptions): Promise<JobSummaryResult> {
  const { writer, log } = options;
  if (!writer.available()) {
    const reason =
      'GITHUB_STEP_SUMMARY is not set (GitHub Enterprise Server older than 3.6?): no job summary; summary.md and the artifact still have the report.';
    log.warning(reason);
    return { written: false, reason };
  }
  const { markdown, recut } = renderWithinBudget(options.render, {
    maxLength: jobSummaryLimitBytes - jobSummaryMarginBytes,
    unit: 'bytes',
    ...(options.fullReportNote ? { fullReportNote: options.fullReportNote } : {}),
  });
  if (recut) log.debug('The rendered job summary was over its budget; it was cut at a line boundary.');
  try {
    await writer.write(markdown);
  } catch (error) {
    const reason = `Could not write the job summary: ${error instanceof Error ? error.message : String(error)}`;
    log.warning(reason);
    return { written: false, reason };
  }
  const bytes = Buffer.byteLength(markdown, 'utf8');
  log.info(`Job summary written (${bytes} bytes).`);
  return { written: true, bytes, recut };
}
