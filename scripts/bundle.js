// Builds dist/ from src/: the Action bundle (dist/index.js) and the CLI bundle (dist/cli/index.js).
// dist/ is committed; the check-dist workflow and .ci/run fail when it differs from a fresh build.
import { execFileSync } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const ncc = fileURLToPath(new URL('../node_modules/@vercel/ncc/dist/ncc/cli.js', import.meta.url));
const dist = new URL('../dist', import.meta.url);

rmSync(dist, { recursive: true, force: true });
for (const [entry, out] of [
  ['src/index.ts', 'dist'],
  ['src/cli.ts', 'dist/cli'],
]) {
  execFileSync(process.execPath, [ncc, 'build', entry, '-o', out, '--license', 'licenses.txt', '--quiet'], {
    cwd: root,
    stdio: 'inherit',
  });
}

// ncc's asset relocator turns a path.resolve/path.join it can partly evaluate into a path inside
// dist/ and copies whatever matches there (vercel/ncc#444): the bundle would then read the wrong
// files at run time. Nothing but the bundles belongs in dist/, so anything else is that bug.
const expected = new Set([
  'index.js',
  'package.json',
  'licenses.txt',
  'cli',
  'cli/index.js',
  'cli/package.json',
  'cli/licenses.txt',
]);
const unexpected = readdirSync(dist, { recursive: true })
  .map((name) => String(name).split('\\').join('/'))
  .filter((name) => !expected.has(name));
if (unexpected.length > 0) {
  console.error(
    `ncc emitted files into dist/ (a path expression in src/ was relocated as an asset; build paths with path.join from a runtime directory, not path.resolve):\n  ${unexpected.slice(0, 20).join('\n  ')}`,
  );
  process.exit(1);
}
