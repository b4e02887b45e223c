// The watch loop over many ticks: memory must stay flat (issue 15: "memory stays flat over
// thousands of ticks"). Each tick builds a summary of 200 runs, as a large sweep would; the loop
// may keep only the latest. Heap after a full GC is printed at tick 1,000 and at the end.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { watch } from '../src/pipeline/watch.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const TICKS = 20_000;
const RUNS = 200;

interface Summary {
  runs: Array<{ name: string; status: string; progress: { step: number; loss: number } }>;
}

function build(tick: number): Summary {
  return {
    runs: Array.from({ length: RUNS }, (_, i) => ({
      name: `Llama-3.2-1B-Instruct_rank${i}`,
      status: tick < TICKS - 1 ? 'RUNNING' : 'COMPLETED',
      progress: { step: (tick + i) % 250, loss: 1 / (1 + tick) },
    })),
  };
}

function heapMb(): number {
  gc();
  return process.memoryUsage().heapUsed / 1024 / 1024;
}

export async function run(): Promise<void> {
  let now = 0;
  let tick = 0;
  let atThousand = 0;
  let rendered = 0;
  const started = performance.now();
  const result = await watch<Summary>(
    {
      check: async () => build(tick++),
      publish: async (summary) => {
        // What a publish does with the summary: render it to text once.
        rendered += JSON.stringify(summary).length;
        if (tick === 1000) atThousand = heapMb();
      },
      active: (s) => s.runs.some((r) => r.status === 'RUNNING'),
      statusLines: (s) => s.runs.map((r) => `${r.name} ${r.status} step ${r.progress.step}`),
      clock: () => now,
      sleep: async (ms) => {
        now += ms;
      },
      print: () => undefined,
    },
    { intervalMs: 300_000, timeoutMs: null },
  );
  const end = heapMb();
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `watch: ${result.note.checks} checks of ${RUNS} runs in ${seconds.toFixed(1)} s (${(rendered / 1e6).toFixed(0)} MB rendered)`,
  );
  console.log(
    `  heap after GC: ${atThousand.toFixed(1)} MB at check 1,000, ${end.toFixed(1)} MB at check ${TICKS} ` +
      `(floor: flat, within 1 MB; grew ${(end - atThousand).toFixed(2)} MB)`,
  );
}
