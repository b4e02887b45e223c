// The CLI as a user starts it (`node bin/summarize-experiment.js DIR`, which is what the installed
// `summarize-experiment` runs), side by side with the floor (bench/floor.js) measured the same way:
// a fresh process each, wall time from the parent, peak RSS from /usr/bin/time, in interleaved
// rounds (floor, CLI, floor, CLI, …) so that a machine shared with other work slows both alike;
// medians are printed, and the spread of the per-round ratios. Also the start-up time of `--help`. The CLI runs with --no-sacct and
// --no-squeue: the floor asks SLURM nothing, and on a machine without SLURM each attempt is only a
// failed spawn (~8 ms) that says nothing about reading.
// Then the large preset with a slow SLURM (stand-ins for sacct and squeue that answer after 0.7 s
// and 0.3 s, as a busy cluster's may) against itself without SLURM: the logs are read while SLURM
// is asked, so the difference should be far less than the wait.
// BENCH_ROUNDS (default 3) sets the rounds, BENCH_NODE the node binary (default: the one running
// the bench), BENCH_PRESETS a comma-separated subset of small,large,huge-file,20k-samples, or wide.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { ensurePreset, PRESETS, WIDE, type Preset } from './presets.js';

const ROOT = join(import.meta.dirname, '..');
const NODE = process.env['BENCH_NODE'] ?? process.execPath;
const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 3);
const TIME = '/usr/bin/time';
const FLOOR = join(import.meta.dirname, 'floor.js');
const CLI = join(ROOT, 'bin', 'summarize-experiment.js');

/** Targets from issue 14: wall time as a multiple of the floor, and peak RSS of the CLI. */
const TARGETS: Record<string, { ratio?: number; rssMb: number }> = {
  large: { ratio: 1.25, rssMb: 200 },
  'huge-file': { ratio: 1.3, rssMb: 150 },
  '20k-samples': { rssMb: 150 },
};

interface Run {
  ms: number;
  rssMb: number | null;
}

function measure(args: string[]): Run {
  const withTime = existsSync(TIME);
  const started = performance.now();
  const result = withTime
    ? spawnSync(TIME, ['-f', '%M', NODE, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
    : spawnSync(NODE, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const ms = performance.now() - started;
  if (result.status !== 0) {
    throw new Error(`${args.join(' ')} exited ${result.status}:\n${result.stderr.slice(-2000)}`);
  }
  const kb = withTime ? Number(result.stderr.trim().split('\n').pop()) : NaN;
  return { ms, rssMb: Number.isFinite(kb) ? kb / 1024 : null };
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
/**
 * Each round's CLI time over the same round's floor: the median, then the lowest and highest. The
 * load of a shared machine drifts from minute to minute; a round's two runs share it, so this spread
 * shows how much of a ratio is noise. (The verdict stays on the ratio of the medians.)
 */
const byRound = (floorRuns: Run[], cliRuns: Run[]): string => {
  const ratios = cliRuns.map((run, i) => run.ms / floorRuns[i]!.ms);
  return `${median(ratios).toFixed(2)}× (${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)})`;
};
/** Peak RSS of the runs: the median, and the highest when it differs (one run's peak varies with the GC's timing). */
const rssOf = (runs: Run[]): number[] => runs.map((r) => r.rssMb).filter((v): v is number => v !== null);
const mb = (runs: Run[]): string => {
  const values = rssOf(runs);
  if (!values.length) return 'n/a';
  const med = median(values).toFixed(0);
  const max = Math.max(...values).toFixed(0);
  return med === max ? `${med} MB` : `${med} MB (max ${max})`;
};

function verdict(preset: Preset, ratio: number, rssMb: number | null): string {
  const target = TARGETS[preset.name];
  if (!target) return '';
  const parts: string[] = [];
  if (target.ratio !== undefined) parts.push(`${ratio <= target.ratio ? 'ok' : 'OVER'} ≤ ${target.ratio}×`);
  if (rssMb !== null) parts.push(`${rssMb <= target.rssMb ? 'ok' : 'OVER'} ≤ ${target.rssMb} MB`);
  return parts.join(', ');
}

function startup(): void {
  const bare: number[] = [];
  const help: number[] = [];
  for (let i = 0; i < 10; i++) {
    bare.push(measure(['-e', '']).ms);
    help.push(measure([CLI, '--help']).ms);
  }
  console.log(
    `start-up (median of 10): \`node -e ''\` ${median(bare).toFixed(0)} ms, ` +
      `\`summarize-experiment --help\` ${median(help).toFixed(0)} ms [target ≤ 150 ms]`,
  );
}

export async function run(): Promise<void> {
  const wanted = process.env['BENCH_PRESETS']?.split(',');
  // The wide sweep only when asked for: it takes ~5 s a round and has no target.
  const presets = [...PRESETS, WIDE].filter((p) => (wanted ? wanted.includes(p.name) : p !== WIDE));
  for (const preset of presets) ensurePreset(preset);
  const [load1] = loadavg();
  console.log(
    `node ${spawnSync(NODE, ['--version'], { encoding: 'utf8' }).stdout.trim()} (${NODE}); ` +
      `${ROUNDS} interleaved rounds; load average at start ${load1!.toFixed(1)}` +
      (load1! > 1.5 ? ' — a loaded machine: compare the ratios, not the seconds' : ''),
  );
  startup();
  const floor = new Map<string, Run[]>(presets.map((p) => [p.name, []]));
  const cli = new Map<string, Run[]>(presets.map((p) => [p.name, []]));
  for (let round = 0; round < ROUNDS; round++) {
    for (const preset of presets) {
      floor.get(preset.name)!.push(measure([FLOOR, preset.dir]));
      cli.get(preset.name)!.push(measure([CLI, preset.dir, '--no-sacct', '--no-squeue', '--quiet']));
    }
  }
  console.log(
    '\n| preset | logs | floor | CLI | ratio | ratio by round | peak RSS floor / CLI (median of runs) | per log floor / CLI | target |\n' +
      '|---|---|---|---|---|---|---|---|---|',
  );
  for (const preset of presets) {
    const logs = preset.evalLogs + preset.trainingLogs;
    const f = median(floor.get(preset.name)!.map((r) => r.ms));
    const c = median(cli.get(preset.name)!.map((r) => r.ms));
    const cliRssRuns = rssOf(cli.get(preset.name)!);
    const cliRss = cliRssRuns.length ? median(cliRssRuns) : null;
    console.log(
      `| ${preset.name} | ${preset.evalLogs} .eval × ${preset.samplesPerLog} samples` +
        (preset.trainingLogs ? ` + ${preset.trainingLogs} training logs` : '') +
        ` | ${seconds(f)} | ${seconds(c)} | ${(c / f).toFixed(2)}× | ${byRound(floor.get(preset.name)!, cli.get(preset.name)!)}` +
        ` | ${mb(floor.get(preset.name)!)} / ${mb(cli.get(preset.name)!)}` +
        ` | ${(f / logs).toFixed(2)} / ${(c / logs).toFixed(2)} ms | ${verdict(preset, c / f, cliRss)} |`,
    );
  }
  const large = presets.find((p) => p.name === 'large');
  if (large) slowSlurm(large);
}

/** Waits of the stand-in sacct and squeue, in ms. */
const SLOW_SLURM = { sacct: 700, squeue: 300 };

/**
 * The large preset with stand-ins for sacct and squeue that wait, then answer nothing (no job
 * known: statuses come from the files, as without SLURM), in rounds interleaved with runs without
 * SLURM. Each stand-in notes when it ends (ms since its process started, Node's own start
 * included): that it ran at all, since a stand-in that cannot run (a noexec folder) only costs the
 * CLI a warning, and how long the CLI waited on it. Asked one after the other, that whole wait
 * would come on top of the reading.
 */
function slowSlurm(preset: Preset): void {
  // In the bench's own data folder, not the temp folder: /tmp is often noexec on a cluster.
  const dataDir = join(import.meta.dirname, '.data');
  mkdirSync(dataDir, { recursive: true });
  const dir = mkdtempSync(join(dataDir, 'slurm-stand-ins-'));
  const marks = join(dir, 'ran');
  try {
    const stand = (name: keyof typeof SLOW_SLURM): string => {
      const path = join(dir, name);
      writeFileSync(
        path,
        // (import(), not require: the file may be read as an ES module or as CommonJS.)
        `#!${NODE}\nsetTimeout(() => import('node:fs').then((fs) => fs.appendFileSync(${JSON.stringify(marks)}, ` +
          `\`${name} \${performance.now()}\\n\`)), ${SLOW_SLURM[name]});\n`,
      );
      chmodSync(path, 0o755);
      return path;
    };
    const slurm = ['--sacct', stand('sacct'), '--squeue', stand('squeue')];
    const without: number[] = [];
    const slow: number[] = [];
    const waited: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      without.push(measure([CLI, preset.dir, '--no-sacct', '--no-squeue', '--quiet']).ms);
      rmSync(marks, { force: true });
      slow.push(measure([CLI, preset.dir, ...slurm, '--quiet']).ms);
      const ran = existsSync(marks) ? readFileSync(marks, 'utf8').trim().split('\n') : [];
      if (ran.length !== 2) {
        throw new Error(
          `the stand-ins for sacct and squeue did not both run (${ran.length} of 2): is ${dir} noexec?`,
        );
      }
      waited.push(ran.reduce((sum, line) => sum + Number(line.split(' ')[1]), 0));
    }
    const extra = median(slow) - median(without);
    console.log(
      `\n${preset.name} with a slow SLURM (stand-ins: sacct answers after ${SLOW_SLURM.sacct / 1000} s, squeue after ` +
        `${SLOW_SLURM.squeue / 1000} s; ${seconds(median(waited))} with their own start), medians of ${ROUNDS} ` +
        `interleaved: ${seconds(median(slow))} against ${seconds(median(without))} without SLURM ` +
        `(${extra < 0 ? '−' : '+'}${seconds(Math.abs(extra))}; asked before reading, all ${seconds(median(waited))} would come on top)`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
