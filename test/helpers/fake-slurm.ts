// Fake `sacct` / `squeue` executables whose answers follow a fake clock: the test writes the current
// fake time (seconds) with `setTime`, and each call prints the answer of the last phase that has
// begun by then. A phase can also fail (exit code, stderr) or hang (sleep far past any timeout).
// Every call appends its arguments to calls.jsonl next to the executable.
//
// For end-to-end runs, where the process under test has its own real clock, a command can move the
// fake clock itself (`advance` seconds after each call), and a phase can change files when it is
// first entered (`effects`: the jobs writing their outputs), so each check sees the next state.
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface FakePhase {
  /** Fake time (seconds) from which this answer is given. */
  from: number;
  stdout?: string;
  stderr?: string;
  exitCode?: number;
  /** Never answers (the caller's timeout must kill it). */
  hang?: boolean;
  /** File changes made when this phase is first entered (by any command). */
  effects?: FileEffect[];
}

export interface FileEffect {
  /** Absolute path. */
  path: string;
  /** Text to write (or append). */
  text?: string;
  append?: boolean;
  /** Copy this file instead. */
  copyFrom?: string;
  /** Move the file at `path` here instead. */
  moveTo?: string;
}

export interface FakeCommand {
  phases: FakePhase[];
  /** Seconds the fake clock moves after each call of this command. */
  advance?: number;
}

export interface FakeSlurm {
  dir: string;
  /** Executable paths by command name. */
  paths: Record<string, string>;
  setTime: (seconds: number) => Promise<void>;
  /** Replaces a command's phases. */
  program: (command: string, spec: FakePhase[] | FakeCommand) => Promise<void>;
  calls: (command: string) => Promise<string[][]>;
}

let counter = 0;

export async function fakeSlurm(
  root: string,
  programs: Record<string, FakePhase[] | FakeCommand>,
): Promise<FakeSlurm> {
  const dir = join(root, `slurm-bin-${counter++}`);
  await mkdir(dir, { recursive: true });
  const clockFile = join(dir, 'clock');
  await writeFile(clockFile, '0');
  const paths: Record<string, string> = {};
  const program = async (command: string, spec: FakePhase[] | FakeCommand): Promise<void> => {
    const { phases, advance = 0 } = Array.isArray(spec) ? { phases: spec } : spec;
    const path = join(dir, command);
    paths[command] = path;
    const phasesFile = join(dir, `${command}.phases.json`);
    await writeFile(phasesFile, JSON.stringify(phases));
    await writeFile(
      path,
      `#!/usr/bin/env node
const fs = require('fs');
fs.appendFileSync(${JSON.stringify(join(dir, `${command}.calls.jsonl`))}, JSON.stringify(process.argv.slice(2)) + '\\n');
const now = Number(fs.readFileSync(${JSON.stringify(clockFile)}, 'utf8'));
const phases = JSON.parse(fs.readFileSync(${JSON.stringify(phasesFile)}, 'utf8'));
const phase = phases.filter((p) => p.from <= now).pop() || {};
const path = require('path');
const applied = ${JSON.stringify(join(dir, 'applied'))};
const key = ${JSON.stringify(command)} + '@' + phase.from;
const done = fs.existsSync(applied) ? fs.readFileSync(applied, 'utf8').split('\\n') : [];
if (phase.effects && !done.includes(key)) {
  for (const e of phase.effects) {
    fs.mkdirSync(path.dirname(e.moveTo || e.path), { recursive: true });
    if (e.moveTo) fs.renameSync(e.path, e.moveTo);
    else if (e.copyFrom) fs.copyFileSync(e.copyFrom, e.path);
    else if (e.append) fs.appendFileSync(e.path, e.text || '');
    else fs.writeFileSync(e.path, e.text || '');
  }
  fs.appendFileSync(applied, key + '\\n');
}
if (${advance} > 0) fs.writeFileSync(${JSON.stringify(clockFile)}, String(now + ${advance}));
if (phase.hang) { setInterval(() => {}, 1000); } else {
  process.stdout.write(phase.stdout || '');
  process.stderr.write(phase.stderr || '');
  process.exitCode = phase.exitCode || 0;
}
`,
    );
    await chmod(path, 0o755);
  };
  for (const [command, phases] of Object.entries(programs)) await program(command, phases);
  return {
    dir,
    paths,
    setTime: (seconds) => writeFile(clockFile, String(seconds)),
    program,
    calls: async (command) => {
      const text = await readFile(join(dir, `${command}.calls.jsonl`), 'utf8').catch(() => '');
      return text
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as string[]);
    },
  };
}

const U = '\x1f';
/** One squeue row as `squeueArguments()` asks for it. */
export const squeueRow = (
  id: string,
  name: string,
  state: string,
  time: string,
  workDir: string,
  reason = 'None',
) => [id, name, state, time, workDir, reason].join(U);
/** One sacct row as `sacctArguments()` asks for it. */
export const sacctRow = (id: string, name: string, state: string, elapsed: string, exit = '0:0') =>
  [id, name, state, elapsed, exit].join(U);
