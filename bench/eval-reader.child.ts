// Runs one measurement of bench/eval-reader.bench.ts in a fresh process, so that its peak RSS is
// the reader's alone (not the generator's), and prints it as one JSON line.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readEvalLog } from '../src/sources/inspect/eval-log.js';
import { summarizeEvalLog, summarizeEvalLogs } from '../src/pipeline/eval-logs.js';
import { peakRssMb } from './peak-rss.js';

const [mode, target] = process.argv.slice(2);
const started = performance.now();
let detail: Record<string, unknown>;
if (mode === 'baseline') {
  detail = {};
} else if (mode === 'header') {
  const log = await readEvalLog(target!);
  detail = { status: log.status };
} else if (mode === 'summary') {
  const summary = await summarizeEvalLog(target!);
  detail = {
    status: summary.status,
    samples: summary.samples,
    accuracy: summary.accuracy,
    warnings: summary.warnings,
  };
} else if (mode === 'many') {
  const paths = readdirSync(target!)
    .filter((name) => name.endsWith('.eval'))
    .map((name) => join(target!, name));
  const summaries = await summarizeEvalLogs(paths, { concurrency: 16 });
  const statuses: Record<string, number> = {};
  for (const s of summaries) statuses[s.status] = (statuses[s.status] ?? 0) + 1;
  detail = { logs: paths.length, statuses, binary: summaries.filter((s) => s.binary !== null).length };
} else {
  throw new Error(`unknown mode ${mode}`);
}
const ms = performance.now() - started;
console.log(JSON.stringify({ ms, maxRssMB: peakRssMb(), ...detail }));
