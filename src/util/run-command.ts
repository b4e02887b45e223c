// Running a cluster command (sacct, squeue) with an argument array,
// never a shell; a timeout that kills the whole process group (a wrapper script's children could
// otherwise keep the pipes open); and a cap on the output kept.
// node:child_process is loaded on the first command: it brings net, dgram and the socket bindings
// with it (~5 ms), which a run without sacct or squeue never needs.
import { decodeBytes } from './clean-text.js';

type Spawn = typeof import('node:child_process').spawn;
let loadedSpawn: Spawn | undefined;

export type CommandRun =
  | { kind: 'exited'; exitCode: number | null; signal: string | null; stdout: string; stderr: string }
  | { kind: 'spawn-error'; code: string | undefined; message: string }
  | { kind: 'timeout' }
  | { kind: 'too-much-output' };

export interface RunCommandOptions {
  timeoutMs: number;
  /** stdout + stderr bytes kept at most; the child is killed beyond. Default 64 MiB. */
  maxOutputBytes?: number;
}

const DEFAULT_MAX_OUTPUT_BYTES = 64 * 1024 * 1024;

/** Never rejects: every way the command can fail is a `kind`. */
export async function runCommand(
  command: string,
  args: string[],
  options: RunCommandOptions,
): Promise<CommandRun> {
  loadedSpawn ??= (await import('node:child_process')).spawn;
  return runWith(loadedSpawn, command, args, options);
}

/** Kills the child's whole process group (it was started detached, as its group's leader). */
function killGroup(child: ReturnType<Spawn> | undefined): void {
  if (child?.pid === undefined) return;
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    child.kill('SIGKILL');
  }
}

function runWith(
  spawn: Spawn,
  command: string,
  args: string[],
  options: RunCommandOptions,
): Promise<CommandRun> {
  const maxOutput = options.maxOutputBytes ?? DEFAULT_MAX_OUTPUT_BYTES;
  return new Promise((resolve) => {
    let settled = false;
    let child: ReturnType<typeof spawn> | undefined;
    const kill = (): void => killGroup(child);
    const timer = setTimeout(() => {
      kill();
      settle({ kind: 'timeout' });
    }, options.timeoutMs);
    const settle = (run: CommandRun): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(run);
    };
    try {
      child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], detached: true, windowsHide: true });
    } catch (error) {
      const failure = error as NodeJS.ErrnoException;
      settle({ kind: 'spawn-error', code: failure.code, message: failure.message });
      return;
    }
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    let size = 0;
    const collect = (into: Buffer[]) => (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxOutput) {
        kill();
        settle({ kind: 'too-much-output' });
        return;
      }
      into.push(chunk);
    };
    child.stdout?.on('data', collect(stdout));
    child.stderr?.on('data', collect(stderr));
    child.on('error', (error: NodeJS.ErrnoException) =>
      settle({ kind: 'spawn-error', code: error.code, message: error.message }),
    );
    child.on('close', (exitCode, signal) =>
      settle({
        kind: 'exited',
        exitCode,
        signal,
        // Undecodable bytes (a job name in Latin-1) are named, never turned into U+FFFD.
        stdout: decodeBytes(Buffer.concat(stdout)),
        stderr: decodeBytes(Buffer.concat(stderr)),
      }),
    );
  });
}

/**
 * Why `name` (at `command`, given explicitly or not) could not be started, in one wording for every
 * SLURM command the tool runs.
 */
export function spawnProblem(
  name: string,
  command: string,
  explicitPath: boolean,
  run: { code: string | undefined; message: string },
): string {
  if (run.code === 'ENOENT')
    return explicitPath ? `${name} not found at ${command}` : `${name} is not installed or not on PATH`;
  if (run.code === 'EACCES') return `${name} at ${command} cannot be run (permission denied)`;
  return `${name} could not be started: ${run.message}`;
}
