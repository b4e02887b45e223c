import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkLayers, importsOf, readSources } from '../../scripts/check-layers.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('the layer check of npm run lint', () => {
  it('finds nothing wrong in src/ and scripts/ as they are', () => {
    const files = readSources(root);
    expect(files.has('src/pipeline/index.ts')).toBe(true);
    expect(checkLayers(files)).toEqual([]);
  });

  it('reads import, import type, export from and dynamic import', () => {
    const text = [
      "import { a } from './a.js';",
      "import type { B } from '../b.js';",
      "export { c } from './c.js';",
      "export * from './d.js';",
      "const e = await import('./e.js');",
      "import './f.js';",
      "// import { g } from './not-code' is a comment only when written so",
    ].join('\n');
    expect(importsOf(text).slice(0, 6)).toEqual([
      './a.js',
      '../b.js',
      './c.js',
      './d.js',
      './e.js',
      './f.js',
    ]);
  });

  it('rejects an import that goes up a layer, naming the file, the layers and the rule', () => {
    const files = new Map([
      ['src/model/build.ts', "import { summarize } from '../pipeline/index.js';\n"],
      ['src/pipeline/index.ts', "import { buildSummary } from '../model/build.js';\n"],
    ]);
    const problems = checkLayers(files);
    expect(problems[0]).toBe(
      'src/model/build.ts: imports ../pipeline/index.js (pipeline), a layer above model; imports only go down: ' +
        'entry → cli → sinks → pipeline → render → model → sources → diagnostic → util',
    );
    expect(problems).toContain(
      'import cycle: src/model/build.ts → src/pipeline/index.ts → src/model/build.ts',
    );
  });

  it('rejects a reader that imports the model (the lowest floor depending on the one above)', () => {
    const problems = checkLayers(
      new Map([
        ['src/sources/slurm/training-log.ts', "import type { StageStatus } from '../../model/summary.js';\n"],
        ['src/model/summary.ts', ''],
      ]),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^src\/sources\/slurm\/training-log.ts: imports .* \(model\), a layer above sources/,
    );
  });

  it('rejects a cycle inside one layer', () => {
    const problems = checkLayers(
      new Map([
        ['src/cli/index.ts', "import { summarizeCommand } from './summarize.js';\n"],
        ['src/cli/summarize.ts', "import type { CliIo } from './index.js';\n"],
      ]),
    );
    expect(problems).toEqual(['import cycle: src/cli/index.ts → src/cli/summarize.ts → src/cli/index.ts']);
  });

  it('rejects @actions/* outside the GitHub sink, and files outside every layer', () => {
    const problems = checkLayers(
      new Map([
        ['src/render/markdown.ts', "import * as core from '@actions/core';\n"],
        ['src/sinks/github/runtime.ts', "import * as core from '@actions/core';\n"],
        ['src/stray.ts', ''],
      ]),
    );
    expect(problems).toEqual([
      'src/render/markdown.ts: imports @actions/core; only src/sinks/github/ talks to GitHub',
      'src/stray.ts: not in any layer of scripts/check-layers.ts; put it in one',
    ]);
  });

  it('rejects scripts/ importing test/', () => {
    const problems = checkLayers(
      new Map([['scripts/make-demo.ts', "import { buildEvalLog } from '../test/helpers/eval-log.js';\n"]]),
    );
    expect(problems).toEqual([
      'scripts/make-demo.ts: imports ../test/helpers/eval-log.js; scripts/ imports nothing from test/ (share code in scripts/lib/)',
    ]);
  });
});
