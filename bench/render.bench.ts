// Rendering a very large sweep: the full summary.md, the PR-comment and job-summary budgets, summary.json,
// and appending to a full process log. Prints sizes and times.
import { renderJson } from '../src/render/json.js';
import { appendRunBlock, renderLogBlock } from '../src/render/log.js';
import { renderMarkdown } from '../src/render/markdown.js';
import type { ProcessEvent } from '../src/model/summary.js';
import { hugeSweep } from '../test/fixtures/summaries.js';

function timed<T>(label: string, work: () => T, size: (result: T) => string): T {
  const start = performance.now();
  const result = work();
  const ms = performance.now() - start;
  console.log(`  ${label.padEnd(44)} ${ms.toFixed(1).padStart(8)} ms  ${size(result)}`);
  return result;
}

export async function run(): Promise<void> {
  const runs = 5000;
  const summary = hugeSweep(runs, 10, 2); // 100,000 evaluation rows
  console.log(
    `render: ${runs} runs, ${summary.evaluations.length} evaluation rows, ${summary.warnings.length} warnings`,
  );
  const mib = (text: string): string => `${(Buffer.byteLength(text) / 1024 / 1024).toFixed(2)} MiB`;
  timed('summary.md, full', () => renderMarkdown(summary), mib);
  timed(
    'summary.md, PR comment (65,536 chars)',
    () => renderMarkdown(summary, { maxLength: 65_536, unit: 'chars', fullReportNote: 'See the artifact.' }),
    (text) => `${text.length} chars`,
  );
  timed(
    'summary.md, job summary (1 MiB)',
    () =>
      renderMarkdown(summary, { maxLength: 1024 * 1024, unit: 'bytes', fullReportNote: 'See the artifact.' }),
    (text) => `${Buffer.byteLength(text)} bytes`,
  );
  timed('summary.json', () => renderJson(summary), mib);

  const events: ProcessEvent[] = summary.evaluations.slice(0, 2000).map((row, index) => ({
    time: new Date(Date.UTC(2026, 2, 16, 14, 0, index)).toISOString(),
    action: 'EXTRACT_ACCURACY',
    subject: `${row.run}/${row.task}/epoch${row.epoch}`,
    lines: [['Result', `Accuracy = ${row.accuracy}, samples = ${row.samples}, scorer = match`]],
  }));
  const block = renderLogBlock(events);
  let log = '';
  for (let i = 0; i < 10; i += 1) log = appendRunBlock(log, block, 1024 * 1024);
  timed('append a run block to a full 1 MiB log', () => appendRunBlock(log, block, 1024 * 1024), mib);
}
