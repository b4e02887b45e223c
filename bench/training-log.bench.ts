// The training log reader on a torchtune log as cruijff_kit saw them before tqdm_miniters: 30 MB,
// every render drawn, all renders of the run on one `\r`-separated physical line.
// Targets (issue 3): the last loss reading < 1 MB in a few ms; the full curve in constant memory.
import { createWriteStream, existsSync, statSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { once } from 'node:events';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { readLossCurve } from '../src/sources/slurm/loss-curve.js';
import { findLastLossRecord, scanLossCurve } from '../src/sources/slurm/training-log.js';

const DATA_DIR = join(import.meta.dirname, '.data');
/** Bump when the generated content changes, so a stale file is regenerated. */
const FORMAT = 2;
const LOG = join(DATA_DIR, `training-30mb-one-line.v${FORMAT}.out`);
const TARGET_BYTES = 30 * 1024 * 1024;
const STEPS_PER_EPOCH = 250;

function render(epoch: number, step: number, loss: number, done: number): string {
  const pct = Math.round((100 * done) / STEPS_PER_EPOCH);
  const cells = Math.floor((10 * done) / STEPS_PER_EPOCH);
  const bar = '█'.repeat(cells) + ' '.repeat(10 - cells);
  return `${epoch}|${step}|Loss: ${loss}: ${String(pct).padStart(3)}%|${bar}| ${done}/${STEPS_PER_EPOCH} [01:55<00:00,  2.22it/s]`;
}

/** Writes the log in 1 MB pieces (constant memory); returns its final step. */
async function generate(): Promise<void> {
  await mkdir(DATA_DIR, { recursive: true });
  const out = createWriteStream(LOG);
  let written = 0;
  const write = async (text: string): Promise<void> => {
    written += Buffer.byteLength(text);
    if (!out.write(text)) await once(out, 'drain');
  };
  await write(
    'Running LoRAFinetuneRecipeSingleDevice with resolved config:\n\nbatch_size: 4\nepochs: 1000\n',
  );
  await write('  0%|          | 0/250 [00:00<?, ?it/s]');
  let step = 0;
  let piece = '';
  while (written + piece.length < TARGET_BYTES - 4096) {
    step++;
    const epoch = Math.floor((step - 1) / STEPS_PER_EPOCH) + 1;
    const done = ((step - 1) % STEPS_PER_EPOCH) + 1;
    const loss = 2.5 * Math.exp(-step / 20_000) + 1e-6 * (step % 7);
    // Two renders per step, as tqdm draws them: update(1) with the old description (none yet on a
    // new epoch's bar), then set_description.
    const before =
      done === 1
        ? `  0%|          | 0/${STEPS_PER_EPOCH} [00:00<?, ?it/s]`
        : render(epoch, step - 1, loss, done);
    piece += `\r${before}\r${render(epoch, step, loss, done)}`;
    if (piece.length > 1024 * 1024) {
      await write(piece);
      piece = '';
    }
  }
  await write(
    `${piece}\nStarting checkpoint save...\nCheckpoint saved in 33.06 seconds.\nwandb: Run summary:\nwandb:                      loss 0.1\n`,
  );
  out.end();
  await once(out, 'finish');
}

function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(2)} MB`;

export async function run(): Promise<void> {
  if (!existsSync(LOG) || Math.abs(statSync(LOG).size - TARGET_BYTES) > 1024 * 1024) await generate();
  const size = statSync(LOG).size;
  console.log(`training-log: ${LOG} (${mb(size)}, renders on one \\r-separated line)`);

  // The last loss, read backwards from the end.
  const times: number[] = [];
  let last: Awaited<ReturnType<typeof findLastLossRecord>> | null = null;
  for (let i = 0; i < 20; i++) {
    const started = process.hrtime.bigint();
    last = await findLastLossRecord(LOG);
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  times.sort((a, b) => a - b);
  const record = last?.record;
  console.log(
    `  last loss: epoch ${record?.epoch}, step ${record?.step}, loss ${record?.loss}; ` +
      `read ${last?.bytesRead} bytes (${((100 * (last?.bytesRead ?? 0)) / size).toFixed(2)}% of the file, target < 1 MB); ` +
      `median ${times[Math.floor(times.length / 2)]?.toFixed(2)} ms, min ${times[0]?.toFixed(2)} ms over 20 runs`,
  );

  // The whole curve, streamed: timed, with the peak heap (garbage included) and RSS.
  collectGarbage();
  const heapBefore = process.memoryUsage().heapUsed;
  const rssBefore = process.memoryUsage().rss;
  const rssPeakBefore = process.resourceUsage().maxRSS * 1024;
  let heapPeak = heapBefore;
  let rssPeak = rssBefore;
  let points = 0;
  let lastStep = 0;
  const started = process.hrtime.bigint();
  for await (const point of scanLossCurve(LOG)) {
    points++;
    lastStep = point.step;
    if (points % 5000 === 0) {
      const usage = process.memoryUsage();
      heapPeak = Math.max(heapPeak, usage.heapUsed);
      rssPeak = Math.max(rssPeak, usage.rss);
    }
  }
  const elapsedMs = Number(process.hrtime.bigint() - started) / 1e6;
  console.log(
    `  loss curve: ${points} points (last step ${lastStep}) in ${elapsedMs.toFixed(0)} ms ` +
      `(${(size / 1024 / 1024 / (elapsedMs / 1000)).toFixed(0)} MB/s); peak heap delta ${mb(heapPeak - heapBefore)} ` +
      `(uncollected garbage included); RSS ${mb(rssBefore)} before, peak ${mb(rssPeak)} during ` +
      `(process max RSS ${mb(rssPeakBefore)} → ${mb(process.resourceUsage().maxRSS * 1024)})`,
  );

  // Constant memory: what the scan still holds after a GC, a quarter of the way and at the end.
  collectGarbage();
  const retainedBase = process.memoryUsage().heapUsed;
  const retained: string[] = [];
  const quarter = Math.floor(points / 4);
  let seen = 0;
  for await (const _point of scanLossCurve(LOG)) {
    seen++;
    if (seen % quarter === 0) {
      collectGarbage();
      retained.push(mb(process.memoryUsage().heapUsed - retainedBase));
    }
  }
  console.log(`  loss curve retained heap after GC at 25/50/75/100%: ${retained.slice(0, 4).join(', ')}`);

  // The chart's curve: ~60 positioned windows instead of the whole file (issue 11).
  const windowed: number[] = [];
  let curve: Awaited<ReturnType<typeof readLossCurve>> | null = null;
  for (let i = 0; i < 10; i++) {
    const begun = process.hrtime.bigint();
    curve = await readLossCurve(LOG);
    windowed.push(Number(process.hrtime.bigint() - begun) / 1e6);
  }
  windowed.sort((a, b) => a - b);
  console.log(
    `  chart curve (windows): ${curve?.points.length} points, last step ${curve?.points.at(-1)?.step}; ` +
      `read ${mb(curve?.bytesRead ?? 0)} (${((100 * (curve?.bytesRead ?? 0)) / size).toFixed(1)}% of the file; ` +
      `target: a few MB at most) in median ${windowed[5]?.toFixed(1)} ms (full scan above: ${elapsedMs.toFixed(0)} ms)`,
  );
}
