import { copyFile, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../src/model/summary.js';
import { ExperimentError, readExperiment, trainingLocation } from '../../../src/sources/experiment/index.js';

const FIXTURES = path.join(import.meta.dirname, '..', '..', 'fixtures', 'cruijff_kit');
const OLD_SCHEMA = path.join(FIXTURES, 'experiment_summary.fixture_0395e3e.yaml');
const NEW_SCHEMA = path.join(FIXTURES, 'experiment_summary.fixture_HEAD_newer_schema.yaml');
const TEMPLATE = path.join(FIXTURES, 'experiment_summary.TEMPLATE_296864a.yaml');

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'summarize-yaml-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function experimentWith(yaml: string): Promise<string> {
  await writeFile(path.join(dir, 'experiment_summary.yaml'), yaml);
  return dir;
}

async function thrown(promise: Promise<unknown>): Promise<ExperimentError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ExperimentError);
  return error as ExperimentError;
}

function where(warnings: Diagnostic[]): string[] {
  return warnings.map((warning) => `${warning.line ?? '?'} ${warning.message}`);
}

const MINIMAL = `experiment:
  name: "sweep"
runs:
  - name: "rank4"
    type: "fine-tuned"
    model: "Llama-3.2-1B-Instruct"
    parameters: {lora_rank: 4}
evaluation:
  tasks:
    - name: "capitalization"
  matrix:
    - run: "rank4"
      tasks: ["capitalization"]
      epochs: [0]
`;

describe('the real cruijff_kit experiment_summary.yaml files', () => {
  it('reads the Jan–Apr 2026 schema (output.base_directory, ck-out layout) without a warning', async () => {
    const { experiment, warnings } = await readExperiment(OLD_SCHEMA);
    expect(warnings).toEqual([]);
    expect(experiment.name).toBe('workflow_test_2026-03-16');
    expect(experiment.dir).toBe(FIXTURES);
    expect(experiment.declaredDir).toBe('__SCRATCH__/ck-experiments/workflow_test_2026-03-16');
    expect(experiment.outputBaseDirectory).toBe('__SCRATCH__/ck-outputs/workflow_test_2026-03-16');
    expect(experiment.layout).toBe('ck-out');
    expect(experiment.trainingEpochs).toBe(1);
    expect(experiment.runs.map((run) => [run.name, run.type, run.model, run.parameters, run.epochs])).toEqual(
      [
        ['Llama-3.2-1B-Instruct_rank4', 'fine-tuned', 'Llama-3.2-1B-Instruct', { lora_rank: 4 }, 1],
        ['Llama-3.2-1B-Instruct_rank8', 'fine-tuned', 'Llama-3.2-1B-Instruct', { lora_rank: 8 }, 1],
      ],
    );
    expect(experiment.tasks.map((task) => task.name)).toEqual(['capitalization']);
    expect(experiment.matrix.map((row) => [row.run, row.tasks, row.epochs, row.visLabel, row.line])).toEqual([
      ['Llama-3.2-1B-Instruct_rank4', ['capitalization'], [0], 'rank4', 77],
      ['Llama-3.2-1B-Instruct_rank8', ['capitalization'], [0], 'rank8', 82],
    ]);
    expect(experiment.scorers).toEqual(['match']);
    // The placeholder stays as written: the path does not exist here, and the training reader falls back.
    expect(trainingLocation(experiment, 'Llama-3.2-1B-Instruct_rank4')).toEqual({
      outputDir: path.join(
        FIXTURES,
        '__SCRATCH__/ck-outputs/workflow_test_2026-03-16/ck-out-Llama-3.2-1B-Instruct_rank4',
      ),
      runDir: path.join(FIXTURES, 'Llama-3.2-1B-Instruct_rank4'),
    });
  });

  it('reads the later schema (experiment.dir, project, scorers) and looks for training in {run}/artifacts', async () => {
    const { experiment, warnings } = await readExperiment(NEW_SCHEMA);
    expect(warnings).toEqual([]);
    expect(experiment.project).toBe('capitalization');
    expect(experiment.declaredDir).toBe('__SCRATCH__/ck-projects/capitalization/workflow_test_2026-03-16');
    expect(experiment.outputBaseDirectory).toBeNull();
    expect(experiment.layout).toBe('artifacts');
    expect(experiment.scorers).toEqual(['match']);
    expect(trainingLocation(experiment, 'Llama-3.2-1B-Instruct_rank8')).toEqual({
      outputDir: path.join(FIXTURES, 'Llama-3.2-1B-Instruct_rank8', 'artifacts'),
      runDir: path.join(FIXTURES, 'Llama-3.2-1B-Instruct_rank8'),
    });
  });

  it('reads the schema template (type names as values) with warnings that name key and line', async () => {
    const { experiment, warnings } = await readExperiment(TEMPLATE);
    expect(experiment.runs.map((run) => run.name)).toEqual(['string']);
    expect(where(warnings)).toEqual([
      '47 controls.epochs: expected a whole number of epochs, got the string "int"',
      '93 runs[0].type: "string" is not "fine-tuned" or "control": assuming fine-tuned (it has parameters or checkpoint epochs)',
      '101 runs[1].name: duplicate run name "string" (also runs[0]): this entry is skipped',
      '126 evaluation.matrix[0].epochs[0]: expected a 0-based epoch number, got the string "int": skipped',
    ]);
    expect(warnings[0]).toMatchObject({
      level: 'warning',
      file: 'experiment_summary.TEMPLATE_296864a.yaml',
      key: 'controls.epochs',
    });
  });

  it('finds experiment_summary.yaml when given the experiment directory', async () => {
    await copyFile(OLD_SCHEMA, path.join(dir, 'experiment_summary.yaml'));
    const { experiment } = await readExperiment(dir);
    expect(experiment.yamlPath).toBe(path.join(dir, 'experiment_summary.yaml'));
    expect(experiment.dir).toBe(dir);
  });
});

describe('experiments no summary can be made from', () => {
  it('a path that does not exist', async () => {
    const missing = path.join(dir, 'no-such-experiment');
    const error = await thrown(readExperiment(missing));
    expect(error.file).toBe(missing);
    expect(error.message).toBe(
      `${missing} does not exist: run summarize-experiment inside an experiment directory or pass its path (the directory or its experiment_summary.yaml)`,
    );
  });

  it('a directory without experiment_summary.yaml', async () => {
    const error = await thrown(readExperiment(dir));
    expect(error.file).toBe(path.join(dir, 'experiment_summary.yaml'));
    expect(error.message).toMatch(
      new RegExp(`^No experiment_summary\\.yaml in ${dir}: run summarize-experiment inside`),
    );
    expect(error.message).not.toContain('\n');
  });

  it('a YAML that does not parse, with its line', async () => {
    await experimentWith('experiment:\n  name: x\nruns:\n  - name: [a, b\n    type: control\n');
    const error = await thrown(readExperiment(dir));
    expect(error.line).toBe(5);
    expect(error.message).toMatch(/experiment_summary\.yaml:5: YAML does not parse: /);
    expect(error.message).not.toContain('\n');
  });

  it('a YAML with a key twice does not parse either', async () => {
    await experimentWith('runs: []\nruns: []\n');
    expect((await thrown(readExperiment(dir))).line).toBe(2);
  });

  it('an empty YAML', async () => {
    await experimentWith('# nothing yet\n');
    expect((await thrown(readExperiment(dir))).message).toContain('the YAML is empty, so it has no runs');
  });

  it('a YAML without runs', async () => {
    await experimentWith('experiment:\n  name: x\n');
    const error = await thrown(readExperiment(dir));
    expect(error.message).toMatch(/experiment_summary\.yaml: no runs: the YAML needs a runs: list/);
  });

  it('an empty runs list, and runs that is not a list, name their line', async () => {
    await experimentWith('experiment:\n  name: x\nruns: []\n');
    expect((await thrown(readExperiment(dir))).line).toBe(3);
    await experimentWith('experiment:\n  name: x\nruns: "rank4, rank8"\n');
    const error = await thrown(readExperiment(dir));
    expect(error.message).toMatch(/:3: runs is a string, not a list/);
  });

  it('a YAML that is a list, not a mapping (the message has no line, the error has)', async () => {
    await experimentWith('- name: rank4\n  type: control\n');
    const error = await thrown(readExperiment(dir));
    expect(error.message).toMatch(
      /experiment_summary\.yaml: the YAML is a list, not a mapping, so it has no runs: run summarize-experiment/,
    );
    expect(error.line).toBe(1);
  });

  it('runs: with no value names its line', async () => {
    await experimentWith('experiment: {name: x}\nruns:\n');
    const error = await thrown(readExperiment(dir));
    expect(error.message).toMatch(/experiment_summary\.yaml:2: no runs: the YAML needs a runs: list/);
  });

  it('runs of which none has a name', async () => {
    await experimentWith('runs:\n  - type: control\n  - 42\n');
    expect((await thrown(readExperiment(dir))).message).toContain('no runs: no entry of runs: has a name');
  });
});

describe('problems that become warnings with the key path and line', () => {
  it('a matrix row naming an unknown run, a run without type, epochs that are not a list, duplicate runs', async () => {
    await experimentWith(`experiment:
  name: "sweep"
controls:
  epochs: 2
runs:
  - name: "rank4"
    model: "m"
    parameters: {lora_rank: 4}
  - name: "rank4"
    type: "fine-tuned"
    model: "m"
  - name: "base"
    model: "m"
    parameters: {}
  - name: "odd"
    type: "finetuned"
    model: 7
    parameters: [1, 2]
evaluation:
  tasks:
    - capitalization
    - name: "mmlu"
  matrix:
    - run: "rank4"
      tasks: "capitalization"
      epochs: "0,1"
    - run: "rank2"
      tasks: ["capitalization", "arc"]
      epochs: [0, 2, -1]
    - run: "base"
      tasks: ["mmlu"]
      epochs: null
    - run: "odd"
      tasks: ["mmlu"]
      epochs: 1
`);
    const { experiment, warnings } = await readExperiment(dir);
    expect(where(warnings)).toEqual([
      '6 runs[0].type: missing for run "rank4": assuming fine-tuned (it has parameters or checkpoint epochs)',
      '9 runs[1].name: duplicate run name "rank4" (also runs[0]): this entry is skipped',
      '12 runs[2].type: missing for run "base": assuming control (no epochs in the matrix or a _base/_control name)',
      '16 runs[3].type: "finetuned" is not "fine-tuned" or "control": assuming fine-tuned (it has parameters or checkpoint epochs)',
      '17 runs[3].model: expected a string, got number 7; using "7"',
      '18 runs[3].parameters: expected a mapping, got a list: ignored',
      '25 evaluation.matrix[0].tasks: expected a list of task names, got a single name: read as a list of one',
      '26 evaluation.matrix[0].epochs: expected a list of 0-based epochs or null, got the string "0,1": ignored',
      '27 evaluation.matrix[1].run: "rank2" is not a run of runs:',
      '28 evaluation.matrix[1].tasks: "arc" is not a task of evaluation.tasks',
      '29 evaluation.matrix[1].epochs[2]: expected a 0-based epoch number, got number -1: skipped',
      '35 evaluation.matrix[3].epochs: expected a list of epochs, got a single number: read as a list of one',
    ]);
    expect(warnings.every((warning) => warning.file === 'experiment_summary.yaml' && warning.key)).toBe(true);
    expect(experiment.runs.map((run) => [run.name, run.type, run.model])).toEqual([
      ['rank4', 'fine-tuned', 'm'],
      ['base', 'control', 'm'],
      ['odd', 'fine-tuned', '7'],
    ]);
    expect(experiment.tasks.map((task) => task.name)).toEqual(['capitalization', 'mmlu']);
    expect(experiment.matrix.map((row) => [row.run, row.tasks, row.epochs, row.knownRun])).toEqual([
      ['rank4', ['capitalization'], null, true],
      ['rank2', ['capitalization', 'arc'], [0, 2], false],
      ['base', ['mmlu'], null, true],
      ['odd', ['mmlu'], [1], true],
    ]);
  });

  it('an epoch the run never trained (checkpoints are 0-based) and epochs on a control run', async () => {
    await experimentWith(`experiment: {name: x}
controls: {epochs: 2}
runs:
  - {name: r, type: fine-tuned, model: m, parameters: {}}
  - {name: long, type: fine-tuned, model: m, parameters: {epochs: 3}}
  - {name: base, type: control, model: m, parameters: {}}
evaluation:
  matrix:
    - {run: r, tasks: [t], epochs: [1, 2]}
    - {run: long, tasks: [t], epochs: [2]}
    - {run: base, tasks: [t], epochs: [0]}
    - {run: r, tasks: [u], epochs: null}
`);
    const { warnings } = await readExperiment(dir);
    expect(where(warnings)).toEqual([
      '9 evaluation.matrix[0].epochs: epoch 2 does not exist: "r" trains 2 epoch(s), checkpoints are 0-based (0–1)',
      '11 evaluation.matrix[2].epochs: control run "base" has epochs: it has no checkpoints, expected null',
      '12 evaluation.matrix[3].run: "r" already has a matrix row (evaluation.matrix[0])',
      '12 evaluation.matrix[3].epochs: null for fine-tuned run "r": no checkpoint is evaluated',
    ]);
  });

  it('a missing experiment name falls back to the directory name; a run name that is a path is flagged', async () => {
    await experimentWith('runs:\n  - name: "../escape"\n    type: control\n    model: m\n');
    const { experiment, warnings } = await readExperiment(dir);
    expect(experiment.name).toBe(path.basename(dir));
    expect(where(warnings)).toEqual([
      `1 experiment: missing: using the directory name "${path.basename(dir)}" as the experiment name`,
      '2 runs[0].name: "../escape" is not a plain folder name: refused, nothing of this run is read',
    ]);
  });

  it('reports, but does not use, an experiment directory written in the YAML that is not this one', async () => {
    await experimentWith(
      MINIMAL.replace('  name: "sweep"\n', '  name: "sweep"\n  directory: "/gpfs/elsewhere/sweep"\n'),
    );
    const { experiment, warnings } = await readExperiment(dir);
    expect(experiment.dir).toBe(dir);
    expect(experiment.declaredDir).toBe('/gpfs/elsewhere/sweep');
    expect(where(warnings)).toEqual([
      `? the YAML names the experiment directory /gpfs/elsewhere/sweep, but it is read from ${dir}: using ${dir}`,
    ]);
  });

  it('is quiet when the written directory is this one, through a symlink or not', async () => {
    await experimentWith(MINIMAL.replace('  name: "sweep"\n', `  name: "sweep"\n  dir: "${dir}/"\n`));
    expect((await readExperiment(dir)).warnings).toEqual([]);
    const link = `${dir}-link`;
    await symlink(dir, link);
    try {
      await experimentWith(MINIMAL.replace('  name: "sweep"\n', `  name: "sweep"\n  dir: "${link}"\n`));
      expect((await readExperiment(dir)).warnings).toEqual([]);
    } finally {
      await rm(link);
    }
  });

  it('reads a file with a byte-order mark and Windows line ends', async () => {
    await experimentWith(`\uFEFF${MINIMAL.replace(/\n/g, '\r\n')}`);
    const { experiment, warnings } = await readExperiment(path.join(dir, 'experiment_summary.yaml'));
    expect(warnings).toEqual([]);
    expect(experiment.matrix[0]?.line).toBe(12);
  });

  it('keeps unknown keys out of the way and resolves a relative output.base_directory against the experiment', async () => {
    await mkdir(path.join(dir, 'outputs'));
    await experimentWith(
      `${MINIMAL}output:\n  base_directory: outputs\n  something_new: 1\nfuture_section: {a: 1}\n`,
    );
    const { experiment, warnings } = await readExperiment(dir);
    expect(warnings).toEqual([]);
    expect(trainingLocation(experiment, 'rank4').outputDir).toBe(path.join(dir, 'outputs', 'ck-out-rank4'));
  });

  it('takes an absolute output.base_directory as it is, wherever the experiment directory is', async () => {
    const scratchOutputs = path.join(dir, 'elsewhere', 'ck-outputs');
    await experimentWith(`${MINIMAL}output:\n  base_directory: ${scratchOutputs}/./\n`);
    const { experiment } = await readExperiment(dir);
    expect(trainingLocation(experiment, 'rank4').outputDir).toBe(path.join(scratchOutputs, 'ck-out-rank4'));
  });

  it('sections of the wrong shape are left out with a warning, and the rest is still read', async () => {
    await experimentWith(`experiment: "sweep"
output: "/scratch/out"
controls: {epochs: 1}
runs:
  - {name: r, type: control, model: m}
evaluation: [matrix]
`);
    const { experiment, warnings } = await readExperiment(dir);
    expect(where(warnings)).toEqual([
      '1 experiment: expected a mapping, got a string',
      '2 output: expected a mapping, got a string',
      '6 evaluation: expected a mapping, got a list',
    ]);
    expect(experiment.name).toBe(path.basename(dir));
    expect(experiment.layout).toBe('artifacts');
    expect(experiment.trainingEpochs).toBe(1);
    expect(experiment.runs.map((run) => run.name)).toEqual(['r']);
  });

  it('entries of runs, tasks and matrix that cannot be read are skipped or kept with a warning', async () => {
    await experimentWith(`experiment:
  name: 12
  project: [a]
  dir: {x: 1}
runs:
  - 42
  - {type: control, model: m}
  - {name: true, type: control}
  - {name: r, type: fine-tuned, model: {id: m}}
evaluation:
  tasks:
    - [x]
    - {script: a.py}
    - {name: cap, script: 3, description: [d]}
    - {name: cap}
  matrix:
    - 7
    - {tasks: [cap]}
    - {run: r, tasks: [cap, {n: 1}], epochs: [0], vis_label: r0}
    - {run: "true", epochs: null}
    - {run: r, tasks: {a: 1}, epochs: [0]}
`);
    const { experiment, warnings } = await readExperiment(dir);
    expect(where(warnings)).toEqual([
      '2 experiment.name: expected a string, got number 12',
      '3 experiment.project: expected a string, got a list: ignored',
      '4 experiment.dir: expected a string, got a mapping: ignored',
      '6 runs[0]: expected a mapping {name, type, model, parameters}, got number 42: skipped',
      '7 runs[1].name: missing: run skipped',
      '8 runs[2].name: expected a string, got boolean true; using "true"',
      '8 runs[2].model: missing for run "true"',
      '9 runs[3].model: expected a string, got a mapping',
      '12 evaluation.tasks[0]: expected a mapping {name, script, description}, got a list: skipped',
      '13 evaluation.tasks[1].name: missing: task skipped',
      '14 evaluation.tasks[2].description: expected a string, got a list: ignored',
      '15 evaluation.tasks[3].name: duplicate task name "cap"',
      '17 evaluation.matrix[0]: expected a mapping {run, tasks, epochs}, got number 7: skipped',
      '18 evaluation.matrix[1].run: missing: matrix row skipped',
      '19 evaluation.matrix[2].tasks[1]: expected a task name, got a mapping: skipped',
      '20 evaluation.matrix[3].tasks: missing',
      '21 evaluation.matrix[4].run: "r" already has a matrix row (evaluation.matrix[2])',
      '21 evaluation.matrix[4].tasks: expected a list, got a mapping',
    ]);
    expect(experiment.name).toBe('12');
    expect([experiment.project, experiment.declaredDir]).toEqual([null, null]);
    expect(experiment.runs.map((run) => [run.name, run.type, run.model])).toEqual([
      ['true', 'control', null],
      ['r', 'fine-tuned', null],
    ]);
    expect(experiment.tasks).toEqual([{ name: 'cap', script: '3', description: null, line: 14 }]);
    expect(experiment.matrix.map((row) => [row.run, row.tasks, row.epochs, row.visLabel])).toEqual([
      ['r', ['cap'], [0], 'r0'],
      ['true', [], null, null],
      ['r', [], [0], null],
    ]);
  });

  it('tasks and matrix that are not lists are ignored; an evaluation without a matrix is flagged', async () => {
    await experimentWith(`experiment: {name: x}
runs:
  - {name: r, type: control, model: m}
evaluation:
  tasks: "cap"
  matrix: "r: cap"
`);
    expect(where((await readExperiment(dir)).warnings)).toEqual([
      '5 evaluation.tasks: expected a list, got the string "cap": ignored',
      '6 evaluation.matrix: expected a list, got the string "r: cap": ignored',
    ]);
    await experimentWith(`experiment: {name: x}
runs:
  - {name: r, type: control, model: m}
evaluation:
  tasks: [cap]
`);
    const { experiment, warnings } = await readExperiment(dir);
    expect(where(warnings)).toEqual([
      '5 evaluation.matrix: missing: which evaluations were expected is unknown',
    ]);
    expect(experiment.tasks.map((task) => [task.name, task.line])).toEqual([['cap', 5]]);
  });

  it('reads scorers from evaluation.scorer (a name or a list) and evaluation.scorers, flagging entries without a name', async () => {
    await experimentWith(`${MINIMAL}  scorer: match
  scorers:
    - {name: accuracy}
    - {nom: x}
    - includes
`);
    const { experiment, warnings } = await readExperiment(dir);
    expect(experiment.scorers).toEqual(['match', 'accuracy', 'includes']);
    expect(where(warnings)).toEqual(['18 evaluation.scorers[1]: expected a scorer name, got a mapping']);
    await experimentWith(`${MINIMAL}  scorer: [{name: match}, [x]]\n`);
    const second = await readExperiment(dir);
    expect(second.experiment.scorers).toEqual(['match']);
    expect(where(second.warnings)).toEqual(['15 evaluation.scorer[1]: expected a scorer name, got a list']);
  });
});
