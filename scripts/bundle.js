// Builds dist/ from src/: the Action bundle (dist/index.js) and the CLI bundle (dist/cli/index.js).
// dist/ is committed; the check-dist workflow and .ci/run fail when it differs from a fresh build.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const ncc = fileURLToPath(new URL('../node_modules/@vercel/ncc/dist/ncc/cli.js', import.meta.url));

rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });
for (const [entry, out] of [
  ['src/index.ts', 'dist'],
  ['src/cli.ts', 'dist/cli'],
]) {
  execFileSync(process.execPath, [ncc, 'build', entry, '-o', out, '--license', 'licenses.txt', '--quiet'], {
    cwd: root,
    stdio: 'inherit',
  });
}
