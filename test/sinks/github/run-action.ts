// Runs a bundled action (dist/index.js) as the runner does: `node <main>` in a child process with
// only the runner's environment (plus PATH), collecting exit code, stdout and stderr.
import { spawn } from 'node:child_process';

export interface ActionProcessResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runActionProcess(
  main: string,
  env: Record<string, string>,
  timeoutMs = 60_000,
): Promise<ActionProcessResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [main], {
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${main} did not finish within ${timeoutMs} ms\n${stdout}\n${stderr}`));
    }, timeoutMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** The workflow commands (`::warning::...`) of one kind in an action's stdout, decoded. */
export function workflowCommands(
  stdout: string,
  kind: 'warning' | 'error' | 'notice' | 'add-mask',
): string[] {
  return stdout
    .split(/\r?\n/)
    .filter((line) => line.startsWith(`::${kind}`))
    .map((line) =>
      line
        .replace(/^::[^:]*::/, '')
        .replace(/%0D/g, '\r')
        .replace(/%0A/g, '\n')
        .replace(/%25/g, '%'),
    );
}
