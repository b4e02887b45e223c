// Hostile experiment_summary.yaml files: an alias bomb, 20,000 levels of nesting, a document over
// the size cap, and a large legitimate one with many aliases. Each is read in a child process; the
// floor is the same child reading a minimal YAML (Node and the modules alone).
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const DATA = join(import.meta.dirname, '.data', 'hostile-yaml');

function bomb(): string {
  let yaml = 'a: &a ["x","x","x","x","x","x","x","x","x"]\n';
  let previous = 'a';
  for (const name of 'bcdefghi') {
    yaml += `${name}: &${name} [${Array(9).fill(`*${previous}`).join(', ')}]\n`;
    previous = name;
  }
  return `${yaml}runs:\n  - name: r\n    type: control\n    parameters: *i\n`;
}

function manyAliases(): string {
  const lines = ['defaults: &d {type: fine-tuned, model: m, parameters: {lora_rank: 4}}', 'runs:'];
  for (let i = 0; i < 5000; i += 1) lines.push(`  - name: r${i}`, '    <<: *d');
  return `${lines.join('\n')}\n`;
}

const CASES: Array<[string, () => string]> = [
  ['minimal (floor)', () => 'runs:\n  - name: r\n    type: control\n'],
  ['alias bomb (387 M nodes)', bomb],
  ['nesting 20,000 deep', () => `runs: ${'['.repeat(20_000)}${']'.repeat(20_000)}\n`],
  ['5 MiB document', () => `runs: []\n# ${'x'.repeat(5 * 1024 * 1024)}\n`],
  ['5,000 runs merging one anchor', manyAliases],
];

export async function run(): Promise<void> {
  for (const [name, make] of CASES) {
    const dir = join(DATA, name.replace(/\W+/g, '-'));
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'experiment_summary.yaml'), make());
    const output = execFileSync(
      process.execPath,
      ['--import', 'tsx', join(import.meta.dirname, 'hostile-yaml.child.ts'), dir],
      {
        encoding: 'utf8',
      },
    );
    const result = JSON.parse(output) as { ms: number; maxRssMb: number; outcome: string };
    console.log(
      `${name}: ${result.ms.toFixed(0)} ms, peak RSS ${result.maxRssMb.toFixed(0)} MB: ${result.outcome}`,
    );
  }
}
