// Builds dist/ from src/: the Action bundle (dist/index.js) and the CLI bundle (dist/cli/index.js).
// dist/ is committed; the check-dist workflow and .ci/run fail when it differs from a fresh build.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = fileURLToPath(new URL('../dist', import.meta.url));
const ncc = fileURLToPath(new URL('../node_modules/@vercel/ncc/dist/ncc/cli.js', import.meta.url));

rmSync(dist, { recursive: true, force: true });
for (const [entry, out] of [
  ['src/index.ts', 'dist'],
  ['src/cli/main.ts', 'dist/cli'],
]) {
  execFileSync(process.execPath, [ncc, 'build', entry, '-o', out, '--license', 'licenses.txt', '--quiet'], {
    cwd: root,
    stdio: 'inherit',
  });
}

// ncc's asset relocator copies files it believes a path expression points to into dist/ and
// rewrites the expression to point there: for this tool that would read the bundle's copy of
// an experiment instead of the user's. Refuse any bundle where that happened.
const expected = [
  'cli/index.js',
  'cli/licenses.txt',
  'cli/package.json',
  'index.js',
  'licenses.txt',
  'package.json',
];
const found = readdirSync(dist, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile())
  .map((entry) => `${entry.parentPath.slice(dist.length + 1)}/${entry.name}`.replace(/^\//, ''))
  .sort();
const relocated = ['index.js', 'cli/index.js'].filter((file) =>
  readFileSync(`${dist}/${file}`, 'utf8').includes('__nccwpck_require__.ab +'),
);
if (JSON.stringify(found) !== JSON.stringify(expected) || relocated.length > 0) {
  console.error(
    `bundle: unexpected files in dist/ or relocated assets (${relocated.join(', ')}):\n  ${found.join('\n  ')}`,
  );
  console.error(
    'A path.resolve/path.join over dynamic values was taken for a project file: write it another way.',
  );
  process.exit(1);
}
