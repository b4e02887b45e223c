// YAML as YAML: anchors, aliases and merge keys resolve as the spec says; hostile documents end
// quickly with one message naming the file.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { ExperimentError, readExperiment } from '../../../src/sources/experiment/index.js';
import { resolveYamlAliases, YAML_LIMITS } from '../../../src/sources/experiment/yaml-resolve.js';
import { useTempDir } from '../../helpers/temp-dir.js';

const tempDir = useTempDir();

async function experimentWith(yaml: string): Promise<string> {
  const dir = tempDir();
  await writeFile(path.join(dir, 'experiment_summary.yaml'), yaml);
  return dir;
}

async function refusal(yaml: string): Promise<{ message: string; ms: number }> {
  const dir = await experimentWith(yaml);
  const started = performance.now();
  const error = await readExperiment(dir).then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ExperimentError);
  const message = (error as Error).message;
  expect(message.split('\n')).toHaveLength(1);
  expect(message).toContain(path.join(dir, 'experiment_summary.yaml'));
  return { message, ms: performance.now() - started };
}

describe('anchors, aliases and merge keys', () => {
  it('resolve like any YAML loader: a shared epoch list, shared parameters, a merged run', async () => {
    const dir = await experimentWith(`experiment:
  name: sweep
defaults: &defaults
  type: fine-tuned
  model: Llama-3.2-1B-Instruct
runs:
  - name: rank4
    <<: *defaults
    parameters: &p4 {lora_rank: 4, source: ep}
  - name: rank8
    <<: *defaults
    parameters:
      <<: *p4
      lora_rank: 8
  - name: base
    type: control
    model: Llama-3.2-1B-Instruct
evaluation:
  tasks: [capitalization]
  matrix:
    - run: rank4
      tasks: [capitalization]
      epochs: &eps [0, 1]
    - run: rank8
      tasks: [capitalization]
      epochs: *eps
    - run: base
      tasks: [capitalization]
`);
    const { experiment, warnings } = await readExperiment(dir);
    expect(warnings).toEqual([]);
    expect(experiment.runs.map((run) => [run.name, run.type, run.model, run.parameters])).toEqual([
      ['rank4', 'fine-tuned', 'Llama-3.2-1B-Instruct', { lora_rank: 4, source: 'ep' }],
      ['rank8', 'fine-tuned', 'Llama-3.2-1B-Instruct', { lora_rank: 8, source: 'ep' }],
      ['base', 'control', 'Llama-3.2-1B-Instruct', {}],
    ]);
    expect(experiment.matrix.map((row) => [row.run, row.tasks, row.epochs])).toEqual([
      ['rank4', ['capitalization'], [0, 1]],
      ['rank8', ['capitalization'], [0, 1]],
      ['base', ['capitalization'], null],
    ]);
    expect(experiment.tasks.map((task) => task.name)).toEqual(['capitalization']);
  });

  it('a merge of several mappings: the map itself wins, then the earlier source', async () => {
    const dir = await experimentWith(`a: &a {type: control, model: A}
b: &b {type: fine-tuned, model: B, parameters: {lora_rank: 2}}
runs:
  - name: r
    <<: [*a, *b]
    model: C
`);
    const { experiment } = await readExperiment(dir);
    expect(experiment.runs.map((run) => [run.type, run.model, run.parameters])).toEqual([
      ['control', 'C', { lora_rank: 2 }],
    ]);
  });
});

describe('hostile YAML ends quickly with one line naming the file', () => {
  it('an alias bomb (9 levels of 9 aliases: 387 million nodes)', async () => {
    let yaml = 'a: &a ["x","x","x","x","x","x","x","x","x"]\n';
    let previous = 'a';
    for (const name of 'bcdefghi') {
      yaml += `${name}: &${name} [${Array(9).fill(`*${previous}`).join(', ')}]\n`;
      previous = name;
    }
    yaml += 'runs:\n  - name: r\n    type: control\n    parameters: *i\n';
    const { message, ms } = await refusal(yaml);
    expect(message).toMatch(/aliases expand to more than \d+ nodes \(an alias bomb\?\)/);
    expect(ms).toBeLessThan(5000);
  });

  it('but not a large plain file: the node cap is for aliases, which alone can expand', () => {
    // The 4 MiB cap on the text bounds a plain file's nodes; the quick reader (yaml-plain.ts),
    // which has no node cap, reads such a file too. A cap of 10 nodes stands for 200,000 here.
    const limits = { ...YAML_LIMITS, maxExpandedNodes: 10 };
    const plain = parseDocument('grid: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]\nanchored: &a {x: 1}\n');
    expect(() => resolveYamlAliases(plain, limits)).not.toThrow();
    const aliased = parseDocument('a: &a [1, 2, 3, 4]\nb: [*a, *a, *a]\n');
    expect(() => resolveYamlAliases(aliased, limits)).toThrow(/aliases expand to more than 10 nodes/);
  });

  it('an alias that contains itself', async () => {
    const { message } = await refusal('runs: &r [{name: x, type: control}, *r]\n');
    expect(message).toMatch(/contains itself/);
  });

  it('nesting 20,000 levels deep', async () => {
    const { message, ms } = await refusal(`runs: ${'['.repeat(20_000)}${']'.repeat(20_000)}\n`);
    expect(message).toMatch(/nested more than 256 levels deep/);
    expect(ms).toBeLessThan(5000);
  });

  it('a huge document is not even read', async () => {
    const { message } = await refusal(`runs: []\n# ${'x'.repeat(5 * 1024 * 1024)}\n`);
    expect(message).toMatch(/over the 4194304-byte limit \(not read\)/);
  });
});
