// A fake `sacct` for tests: a Node script that records the arguments it received to argv.json
// next to it, then prints `stdout` / `stderr` and exits with `exitCode`, or runs `body` instead.
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

let counter = 0;

export interface FakeSacct {
  /** The folder holding the executable, to put first on PATH. */
  dir: string;
  path: string;
  argv: () => Promise<string[]>;
}

export async function fakeSacct(
  root: string,
  spec: { stdout?: string; stderr?: string; exitCode?: number; body?: string },
): Promise<FakeSacct> {
  const dir = join(root, `bin-${counter++}`);
  await mkdir(dir, { recursive: true });
  const path = join(dir, 'sacct');
  const record = join(dir, 'argv.json');
  const body =
    spec.body ??
    [
      `process.stdout.write(${JSON.stringify(spec.stdout ?? '')});`,
      `process.stderr.write(${JSON.stringify(spec.stderr ?? '')});`,
      `process.exitCode = ${spec.exitCode ?? 0};`,
    ].join('\n');
  await writeFile(
    path,
    `#!/usr/bin/env node\nrequire('fs').writeFileSync(${JSON.stringify(record)}, JSON.stringify(process.argv.slice(2)));\n${body}\n`,
  );
  await chmod(path, 0o755);
  return { dir, path, argv: async () => JSON.parse(await readFile(record, 'utf8')) as string[] };
}
