// Runs the whole job on one experiment in a fresh process, so peak RSS is the job's own.
import { summarizeExperiment } from '../src/sinks/files.js';
import { peakRssMb } from './peak-rss.js';

const dir = process.argv[2]!;
const started = performance.now();
const { summary } = await summarizeExperiment({ experimentPath: dir, sacct: { mode: 'off' } });
const ms = performance.now() - started;
process.stdout.write(
  JSON.stringify({
    ms,
    maxRssMb: peakRssMb(),
    complete: summary.complete,
    total: summary.total,
    evaluations: summary.evaluations.length,
    losses: summary.training.filter((t) => t.final_loss !== null).length,
  }),
);
