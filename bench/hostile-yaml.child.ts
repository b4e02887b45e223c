// Reads one experiment_summary.yaml in a fresh process (so peak RSS is the read's own) and prints
// how long it took, the peak RSS and how it ended.
import { readExperiment } from '../src/sources/experiment/index.js';
import { peakRssMb } from './peak-rss.js';

const dir = process.argv[2]!;
const started = performance.now();
let outcome: string;
try {
  const { experiment } = await readExperiment(dir);
  outcome = `read, ${experiment.runs.length} runs`;
} catch (error) {
  outcome = (error as Error).message.replace(/^.*?: /, '').slice(0, 90);
}
process.stdout.write(JSON.stringify({ ms: performance.now() - started, maxRssMb: peakRssMb(), outcome }));
