// Builds dist/ from src/: the Action bundle (dist/index.js), the CLI bundle (dist/cli/index.js), and
// the installed command's answer to `--help`/`--version` alone (dist/quick/index.js, see src/cli/quick.ts).
// dist/ is committed; the check-dist workflow and .ci/run fail when it differs from a fresh build.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { transformSync } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = fileURLToPath(new URL('../dist', import.meta.url));
const ncc = fileURLToPath(new URL('../node_modules/@vercel/ncc/dist/ncc/cli.js', import.meta.url));

rmSync(dist, { recursive: true, force: true });
for (const [entry, out] of [
  ['src/index.ts', 'dist'],
  ['src/cli/main.ts', 'dist/cli'],
  ['src/cli/quick.ts', 'dist/quick'],
]) {
  execFileSync(process.execPath, [ncc, 'build', entry, '-o', out, '--license', 'licenses.txt', '--quiet'], {
    cwd: root,
    stdio: 'inherit',
  });
}

// The CLI bundle is started for every command and by every worker thread, and V8 parses all of it
// first. Reprinted by esbuild, which drops most comments, and in ASCII (non-ASCII in strings and
// regular expressions as escapes), it parses faster: one non-ASCII character anywhere makes the
// whole source a two-byte string. The code stays readable (no minification). tsconfig.json keeps
// comments for ncc so that webpack sees the `webpackMode: "eager"` of the lazy imports. The small
// bundle of `--help` and `--version` (dist/quick/) is reprinted the same way.
for (const bundle of ['cli/index.js', 'quick/index.js']) {
  const file = `${dist}/${bundle}`;
  const reprinted = transformSync(readFileSync(file, 'utf8'), {
    format: 'esm',
    platform: 'node',
    target: 'esnext',
    charset: 'ascii',
    legalComments: 'inline',
  }).code;
  const nonAscii = reprinted
    .split('\n')
    .flatMap((line, i) => (/[\u0080-\uffff]/.test(line) ? [`${i + 1}: ${line}`] : []));
  if (nonAscii.length > 0) {
    console.error(
      'bundle: non-ASCII text esbuild could not escape (a comment inside an expression, or String.raw)' +
        ` in dist/${bundle}: write it in ASCII:\n  ${nonAscii.join('\n  ').slice(0, 2000)}`,
    );
    process.exit(1);
  }
  writeFileSync(file, reprinted);
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
  'quick/index.js',
  'quick/package.json',
];
const found = readdirSync(dist, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile())
  .map((entry) => `${entry.parentPath.slice(dist.length + 1)}/${entry.name}`.replace(/^\//, ''))
  .sort();
const relocated = ['index.js', 'cli/index.js', 'quick/index.js'].filter((file) =>
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
