// Reader of experiment_summary.yaml, the design file cruijff_kit writes for every experiment.
// Pure apart from finding and reading the file: it returns a typed Experiment plus warnings, and
// throws an ExperimentError only when no summary can be made at all (no YAML, YAML that does not
// parse, no runs). Both schemas are read: Jan–Apr 2026 (`experiment.directory`,
// `output.base_directory`, `evaluation.scorer`) and the later one (`experiment.dir`,
// `experiment.project`, `evaluation.scorers`, no `output.base_directory`).
import { readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import {
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  type Node,
  type YAMLMap,
  type YAMLSeq,
} from 'yaml';
import { decodeBytes } from '../util/clean-text.js';
import { checkYamlText, resolveYamlAliases, YAML_LIMITS, YamlLimitError } from './experiment/yaml-resolve.js';
import type { Diagnostic, RunType } from '../model/summary.js';

export const EXPERIMENT_FILE = 'experiment_summary.yaml';

/** The end of the messages about a path that leads to no experiment; the Action words it its own way. */
export const HOW_TO_POINT =
  'run summarize-experiment inside an experiment directory or pass its path (the directory or its experiment_summary.yaml)';

/** No summary can be made from this experiment; the message is one line naming the file. */
export class ExperimentError extends Error {
  override name = 'ExperimentError';
  constructor(
    message: string,
    /** The YAML file (or the path that was given), absolute. */
    readonly file: string,
    /** 1-based line in `file`, when the problem has one. */
    readonly line?: number,
  ) {
    super(message);
  }
}

export interface ExperimentRun {
  name: string;
  /** From `type`; inferred (with a warning) when missing or not one of the two values. */
  type: RunType;
  model: string | null;
  parameters: Record<string, unknown>;
  /** Training epochs of this run: `parameters.epochs`, else `controls.epochs`; null when neither says. */
  epochs: number | null;
  /** 1-based line of the run's entry in the YAML. */
  line: number | null;
}

export interface ExperimentTask {
  name: string;
  script: string | null;
  description: string | null;
  line: number | null;
}

export interface MatrixEntry {
  run: string;
  tasks: string[];
  /** 0-based checkpoint epochs to evaluate; null for control runs (the base model). */
  epochs: number[] | null;
  /** With a vis_label, inspect's task name carries it as a suffix (`capitalization_rank4`). */
  visLabel: string | null;
  /** Whether `run` names a run of `runs[]`. */
  knownRun: boolean;
  line: number | null;
}

/**
 * Where training outputs live:
 * - `ck-out` (schema with `output.base_directory`, Jan–Apr 2026): `{output.base_directory}/ck-out-{run}/`
 *   holds the `epoch_N` checkpoints and, when training succeeded, its `slurm-*.out`;
 * - `artifacts` (later schema, cruijff_kit 41d4c85): `{experiment}/{run}/artifacts/`, no ck-out.
 * In both, a failed run's `slurm-*.out` stays in the run directory `{experiment}/{run}/`.
 */
export type TrainingLayout = 'ck-out' | 'artifacts';

export interface Experiment {
  /** Absolute path of experiment_summary.yaml. */
  yamlPath: string;
  /** The experiment directory: the YAML's own directory (never the path written inside it). */
  dir: string;
  /** `experiment.name`, or the directory's name when missing. */
  name: string;
  project: string | null;
  /** `experiment.directory` / `experiment.dir` as written (may be a path on another machine). */
  declaredDir: string | null;
  /** `output.base_directory` as written (placeholders such as `__SCRATCH__` kept). */
  outputBaseDirectory: string | null;
  layout: TrainingLayout;
  /** `controls.epochs`. */
  trainingEpochs: number | null;
  runs: ExperimentRun[];
  tasks: ExperimentTask[];
  matrix: MatrixEntry[];
  /** Scorer names from `evaluation.scorer` (string or list) or `evaluation.scorers`. */
  scorers: string[];
}

export interface ExperimentReadResult {
  experiment: Experiment;
  warnings: Diagnostic[];
}

/**
 * Read an experiment from its directory or from the path of its experiment_summary.yaml.
 * Throws ExperimentError when there is no usable YAML or it has no runs; everything else is a warning.
 */
export async function readExperiment(experimentPath: string): Promise<ExperimentReadResult> {
  const given = path.resolve(experimentPath);
  let yamlPath = given;
  let info;
  try {
    info = await stat(given);
  } catch {
    throw new ExperimentError(`${given} does not exist: ${HOW_TO_POINT}`, given);
  }
  if (info.isDirectory()) {
    yamlPath = path.join(given, EXPERIMENT_FILE);
    let yamlInfo;
    try {
      yamlInfo = await stat(yamlPath);
    } catch {
      throw new ExperimentError(`No ${EXPERIMENT_FILE} in ${given}: ${HOW_TO_POINT}`, yamlPath);
    }
    if (!yamlInfo.isFile()) {
      throw new ExperimentError(`${yamlPath} is not a file: ${HOW_TO_POINT}`, yamlPath);
    }
  } else if (!info.isFile()) {
    throw new ExperimentError(`${given} is not a file or directory: ${HOW_TO_POINT}`, given);
  }
  let text: string;
  try {
    const { size } = await stat(yamlPath);
    if (size > YAML_LIMITS.maxBytes) {
      throw new ExperimentError(
        `${yamlPath}: the YAML is ${size} bytes, over the ${YAML_LIMITS.maxBytes}-byte limit (not read)`,
        yamlPath,
      );
    }
    text = decodeBytes(await readFile(yamlPath));
  } catch (error) {
    if (error instanceof ExperimentError) throw error;
    throw new ExperimentError(`Cannot read ${yamlPath}: ${errorText(error)}`, yamlPath);
  }
  const result = parseExperiment(text, yamlPath);
  const dirWarning = await declaredDirWarning(result.experiment);
  if (dirWarning) result.warnings.unshift(dirWarning);
  return result;
}

/**
 * Parse and validate the YAML text of an experiment. `yamlPath` names the file in messages and gives
 * the experiment directory. Pure: no file system access.
 */
export function parseExperiment(text: string, yamlPath: string): ExperimentReadResult {
  const context = new ReadContext(path.resolve(yamlPath));
  const dir = path.dirname(context.file);
  const root = readRoot(context, text);
  // The order matters: a run's missing type is guessed from the matrix (so evaluation is found first),
  // the matrix is checked against runs and tasks, and warnings on one line keep this order.
  const { name, project, declaredDir } = readExperimentSection(context, root, path.basename(dir));
  const outputBaseDirectory = readOutputSection(context, root);
  const trainingEpochs = readControlsEpochs(context, root);
  const evaluation = readEvaluationSection(context, root);
  const runs = readRuns(context, root, evaluation, trainingEpochs);
  const tasks = readTasks(context, evaluation);
  const matrix = readMatrix(context, evaluation, runs, tasks);
  const scorers = readScorers(context, evaluation);
  return {
    experiment: {
      yamlPath: context.file,
      dir,
      name,
      project,
      declaredDir,
      outputBaseDirectory,
      layout: outputBaseDirectory !== null ? 'ck-out' : 'artifacts',
      trainingEpochs,
      runs,
      tasks,
      matrix,
      scorers,
    },
    // In file order, the way a researcher fixes them.
    warnings: context.warnings.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)),
  };
}

/** What every section reader shares: the file named in messages, its line numbers, the warnings so far. */
class ReadContext {
  readonly lineCounter = new LineCounter();
  readonly warnings: Diagnostic[] = [];
  /** Warnings name the file as the researcher knows it, errors by its absolute path. */
  private readonly fileLabel: string;

  constructor(
    /** The YAML file, absolute. */
    readonly file: string,
  ) {
    this.fileLabel = path.basename(file);
  }

  lineAt(offset: number | undefined): number | undefined {
    return offset === undefined ? undefined : this.lineCounter.linePos(offset).line;
  }

  lineOf(node: unknown): number | undefined {
    return node && typeof node === 'object' && 'range' in node && Array.isArray(node.range)
      ? this.lineAt(node.range[0] as number)
      : undefined;
  }

  /** A problem with one key: the message starts with the key path, the line is the node's. */
  warn(key: string, node: unknown, message: string): void {
    this.push(this.lineOf(node), `${key}: ${message}`, key);
  }

  /** A problem the YAML parser tolerated; it has a position but no key. */
  warnYaml(offset: number | undefined, message: string): void {
    this.push(this.lineAt(offset), `YAML: ${message}`);
  }

  /** No summary can be made; `file:line:` first, so an editor or terminal can jump there. */
  fatal(message: string, line: number | undefined): ExperimentError {
    return new ExperimentError(`${this.file}${line ? `:${line}` : ''}: ${message}`, this.file, line);
  }

  private push(line: number | undefined, message: string, key?: string): void {
    this.warnings.push({
      level: 'warning',
      file: this.fileLabel,
      ...(line === undefined ? {} : { line }),
      ...(key === undefined ? {} : { key }),
      message,
    });
  }
}

/** The top-level mapping; fatal when the text does not parse or holds no mapping. */
function readRoot(context: ReadContext, text: string): YAMLMap {
  const source = text.replace(/^\uFEFF/, '');
  try {
    checkYamlText(source);
  } catch (error) {
    throw context.fatal(`YAML refused: ${(error as Error).message}`, undefined);
  }
  const doc = parseDocument(source, {
    lineCounter: context.lineCounter,
    prettyErrors: false,
  });
  const firstError = doc.errors[0];
  if (firstError) {
    const line = context.lineAt(firstError.pos[0]);
    throw context.fatal(`YAML does not parse: ${firstLine(firstError.message)}`, line);
  }
  try {
    resolveYamlAliases(doc);
  } catch (error) {
    if (!(error instanceof YamlLimitError)) throw error;
    throw context.fatal(`YAML refused: ${error.message}`, undefined);
  }
  for (const warning of doc.warnings) context.warnYaml(warning.pos[0], firstLine(warning.message));
  const root = doc.contents;
  if (!isMap(root)) {
    const what = root === null ? 'is empty' : `is a ${describe(root)}, not a mapping`;
    // The whole file is wrong, not one line of it: the message names no line (the error keeps it).
    throw new ExperimentError(
      `${context.file}: the YAML ${what}, so it has no runs: ${HOW_TO_POINT}`,
      context.file,
      context.lineOf(root),
    );
  }
  return root;
}

interface ExperimentSection {
  name: string;
  project: string | null;
  declaredDir: string | null;
}

/** `experiment:` name, project, directory | dir. Without a name the directory's name stands in. */
function readExperimentSection(context: ReadContext, root: YAMLMap, dirName: string): ExperimentSection {
  const section: ExperimentSection = { name: dirName, project: null, declaredDir: null };
  const experimentNode = child(root, 'experiment');
  if (experimentNode === undefined) {
    context.warn('experiment', root, `missing: using the directory name "${dirName}" as the experiment name`);
    return section;
  }
  if (!isMap(experimentNode)) {
    context.warn('experiment', experimentNode, `expected a mapping, got a ${describe(experimentNode)}`);
    return section;
  }
  section.name = readExperimentName(context, experimentNode, dirName);
  section.project = optionalString(context, experimentNode, 'project', 'experiment.project');
  const directory = optionalString(context, experimentNode, 'directory', 'experiment.directory');
  const dirKey = optionalString(context, experimentNode, 'dir', 'experiment.dir');
  section.declaredDir = dirKey ?? directory;
  return section;
}

function readExperimentName(context: ReadContext, experimentNode: YAMLMap, dirName: string): string {
  const nameNode = child(experimentNode, 'name');
  const name = scalarText(nameNode);
  if (name === null || name === '') {
    context.warn(
      'experiment.name',
      nameNode ?? experimentNode,
      `missing: using the directory name "${dirName}"`,
    );
    return dirName;
  }
  if (!isStringScalar(nameNode))
    context.warn('experiment.name', nameNode, `expected a string, got ${describeValue(nameNode)}`);
  return name;
}

/** `output.base_directory`: in the Jan–Apr 2026 schema only; with it, training outputs are in ck-out. */
function readOutputSection(context: ReadContext, root: YAMLMap): string | null {
  const outputNode = child(root, 'output');
  if (outputNode === undefined || isNullScalar(outputNode)) return null;
  if (!isMap(outputNode)) {
    context.warn('output', outputNode, `expected a mapping, got a ${describe(outputNode)}`);
    return null;
  }
  return optionalString(context, outputNode, 'base_directory', 'output.base_directory');
}

/** `controls.epochs`: the epochs a run trains unless its own parameters say otherwise. */
function readControlsEpochs(context: ReadContext, root: YAMLMap): number | null {
  const controlsNode = child(root, 'controls');
  if (!isMap(controlsNode)) return null;
  const epochsNode = child(controlsNode, 'epochs');
  if (epochsNode === undefined || isNullScalar(epochsNode)) return null;
  const value = isScalar(epochsNode) ? epochsNode.value : undefined;
  if (isWholeNumber(value)) return value;
  context.warn(
    'controls.epochs',
    epochsNode,
    `expected a whole number of epochs, got ${describeValue(epochsNode)}`,
  );
  return null;
}

/** `evaluation:` (tasks, matrix, scorer(s)); undefined when absent or not a mapping. */
function readEvaluationSection(context: ReadContext, root: YAMLMap): YAMLMap | undefined {
  const evaluationNode = child(root, 'evaluation');
  if (isMap(evaluationNode)) return evaluationNode;
  if (evaluationNode !== undefined && !isNullScalar(evaluationNode))
    context.warn('evaluation', evaluationNode, `expected a mapping, got a ${describe(evaluationNode)}`);
  return undefined;
}

/** `runs:` [{name, type, model, parameters}]; fatal when no run has a name: nothing to summarize. */
function readRuns(
  context: ReadContext,
  root: YAMLMap,
  evaluation: YAMLMap | undefined,
  trainingEpochs: number | null,
): ExperimentRun[] {
  const runsNode = runsList(context, root);
  const evaluatedWithoutEpochs = matrixRunsWithoutEpochs(evaluation);
  const runs: ExperimentRun[] = [];
  const firstIndexByName = new Map<string, number>();
  runsNode.items.forEach((item, index) => {
    const key = `runs[${index}]`;
    if (!isMap(item)) {
      context.warn(
        key,
        item,
        `expected a mapping {name, type, model, parameters}, got ${describeValue(item)}: skipped`,
      );
      return;
    }
    const name = readRunName(context, item, key, firstIndexByName);
    if (name === null) return;
    firstIndexByName.set(name, index);
    const parameters = readRunParameters(context, item, key);
    const type = readRunType(context, item, key, name, parameters, evaluatedWithoutEpochs);
    const model = readRunModel(context, item, key, name);
    const parameterEpochs = parameters['epochs'];
    const epochs = isWholeNumber(parameterEpochs) ? parameterEpochs : trainingEpochs;
    runs.push({ name, type, model, parameters, epochs, line: context.lineOf(item) ?? null });
  });
  if (runs.length === 0)
    throw context.fatal('no runs: no entry of runs: has a name', context.lineOf(runsNode));
  return runs;
}

/** The `runs:` list itself; fatal when it is missing, not a list, or empty. */
function runsList(context: ReadContext, root: YAMLMap): YAMLSeq {
  const runsNode = child(root, 'runs');
  const line = context.lineOf(runsNode);
  if (runsNode === undefined || isNullScalar(runsNode))
    throw context.fatal('no runs: the YAML needs a runs: list of {name, type, model, parameters}', line);
  if (!isSeq(runsNode))
    throw context.fatal(
      `runs is a ${describe(runsNode)}, not a list of {name, type, model, parameters}`,
      line,
    );
  if (runsNode.items.length === 0) throw context.fatal('no runs: the runs: list is empty', line);
  return runsNode;
}

/**
 * For each run the matrix names (its last row wins), whether that row has no epochs: the sign of a
 * control run, used to infer a missing run type.
 */
function matrixRunsWithoutEpochs(evaluation: YAMLMap | undefined): Map<string, boolean> {
  const withoutEpochs = new Map<string, boolean>();
  const matrixNode = evaluation ? child(evaluation, 'matrix') : undefined;
  if (!isSeq(matrixNode)) return withoutEpochs;
  for (const row of matrixNode.items) {
    if (!isMap(row)) continue;
    const runName = scalarText(child(row, 'run'));
    if (runName === null) continue;
    const epochsNode = child(row, 'epochs');
    withoutEpochs.set(runName, epochsNode === undefined || isNullScalar(epochsNode));
  }
  return withoutEpochs;
}

/** A run's name; null (the run is skipped) when it is missing or an earlier run has it. */
function readRunName(
  context: ReadContext,
  run: YAMLMap,
  key: string,
  firstIndexByName: Map<string, number>,
): string | null {
  const nameNode = child(run, 'name');
  const name = scalarText(nameNode);
  if (name === null || name === '') {
    context.warn(`${key}.name`, nameNode ?? run, 'missing: run skipped');
    return null;
  }
  if (!isStringScalar(nameNode)) {
    context.warn(
      `${key}.name`,
      nameNode,
      `expected a string, got ${describeValue(nameNode)}; using "${name}"`,
    );
  }
  // The name becomes a directory name when its outputs are looked for.
  if (name === '.' || name === '..' || /[/\\]/.test(name)) {
    context.warn(
      `${key}.name`,
      nameNode,
      `"${name}" is not a plain folder name: refused, nothing of this run is read`,
    );
  }
  const firstIndex = firstIndexByName.get(name);
  if (firstIndex !== undefined) {
    context.warn(
      `${key}.name`,
      nameNode,
      `duplicate run name "${name}" (also runs[${firstIndex}]): this entry is skipped`,
    );
    return null;
  }
  return name;
}

function readRunParameters(context: ReadContext, run: YAMLMap, key: string): Record<string, unknown> {
  const parametersNode = child(run, 'parameters');
  if (isMap(parametersNode)) {
    const value: unknown = parametersNode.toJSON();
    return value && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : {};
  }
  if (parametersNode !== undefined && !isNullScalar(parametersNode)) {
    context.warn(
      `${key}.parameters`,
      parametersNode,
      `expected a mapping, got ${describeValue(parametersNode)}: ignored`,
    );
  }
  return {};
}

/**
 * `type`; when missing or misspelled, guessed: a run the matrix evaluates without epochs, or one
 * without parameters named `_base`/`_control`, is a control run.
 */
function readRunType(
  context: ReadContext,
  run: YAMLMap,
  key: string,
  runName: string,
  parameters: Record<string, unknown>,
  evaluatedWithoutEpochs: Map<string, boolean>,
): RunType {
  const typeNode = child(run, 'type');
  const typeText = scalarText(typeNode);
  if (typeText === 'fine-tuned' || typeText === 'control') return typeText;
  const looksControl =
    evaluatedWithoutEpochs.get(runName) === true ||
    (Object.keys(parameters).length === 0 && /(_|-)(base|control)$/i.test(runName));
  const type = looksControl ? 'control' : 'fine-tuned';
  const why = looksControl
    ? 'no epochs in the matrix or a _base/_control name'
    : 'it has parameters or checkpoint epochs';
  context.warn(
    `${key}.type`,
    typeNode ?? run,
    typeText === null
      ? `missing for run "${runName}": assuming ${type} (${why})`
      : `"${typeText}" is not "fine-tuned" or "control": assuming ${type} (${why})`,
  );
  return type;
}

function readRunModel(context: ReadContext, run: YAMLMap, key: string, runName: string): string | null {
  const modelNode = child(run, 'model');
  if (modelNode === undefined || isNullScalar(modelNode)) {
    context.warn(`${key}.model`, run, `missing for run "${runName}"`);
    return null;
  }
  const model = scalarText(modelNode);
  if (model === null) {
    context.warn(`${key}.model`, modelNode, `expected a string, got ${describeValue(modelNode)}`);
  } else if (!isStringScalar(modelNode)) {
    context.warn(
      `${key}.model`,
      modelNode,
      `expected a string, got ${describeValue(modelNode)}; using "${model}"`,
    );
  }
  return model;
}

/** `evaluation.tasks`: [{name, script, dataset, description}]; plain names are tolerated. */
function readTasks(context: ReadContext, evaluation: YAMLMap | undefined): ExperimentTask[] {
  const tasksNode = evaluation ? child(evaluation, 'tasks') : undefined;
  const tasks: ExperimentTask[] = [];
  if (isSeq(tasksNode)) {
    tasksNode.items.forEach((item, index) => {
      const task = readTask(context, item, `evaluation.tasks[${index}]`, tasks);
      if (task) tasks.push(task);
    });
  } else if (tasksNode !== undefined && !isNullScalar(tasksNode)) {
    context.warn('evaluation.tasks', tasksNode, `expected a list, got ${describeValue(tasksNode)}: ignored`);
  }
  return tasks;
}

/** One task; null (skipped) when it has no name or a mapping repeats an earlier task's name. */
function readTask(
  context: ReadContext,
  item: unknown,
  key: string,
  earlier: ExperimentTask[],
): ExperimentTask | null {
  const plainName = isScalar(item) ? scalarText(item) : null;
  if (plainName)
    return { name: plainName, script: null, description: null, line: context.lineOf(item) ?? null };
  if (!isMap(item)) {
    context.warn(
      key,
      item,
      `expected a mapping {name, script, description}, got ${describeValue(item)}: skipped`,
    );
    return null;
  }
  const nameNode = child(item, 'name');
  const name = scalarText(nameNode);
  if (!name) {
    context.warn(`${key}.name`, nameNode ?? item, 'missing: task skipped');
    return null;
  }
  if (earlier.some((task) => task.name === name)) {
    context.warn(`${key}.name`, nameNode, `duplicate task name "${name}"`);
    return null;
  }
  return {
    name,
    script: optionalString(context, item, 'script', `${key}.script`),
    description: optionalString(context, item, 'description', `${key}.description`),
    line: context.lineOf(item) ?? null,
  };
}

/** What a matrix row is checked against: the runs and tasks read, and the rows before it. */
interface MatrixChecks {
  runByName: Map<string, ExperimentRun>;
  taskNames: Set<string>;
  /** Index of the first row of each run. */
  firstRowByRun: Map<string, number>;
}

/** `evaluation.matrix`: [{run, tasks, epochs, vis_label?}], the evaluations that were expected. */
function readMatrix(
  context: ReadContext,
  evaluation: YAMLMap | undefined,
  runs: ExperimentRun[],
  tasks: ExperimentTask[],
): MatrixEntry[] {
  if (!evaluation) return [];
  const matrixNode = child(evaluation, 'matrix');
  if (matrixNode === undefined || isNullScalar(matrixNode)) {
    context.warn('evaluation.matrix', evaluation, 'missing: which evaluations were expected is unknown');
    return [];
  }
  if (!isSeq(matrixNode)) {
    context.warn(
      'evaluation.matrix',
      matrixNode,
      `expected a list, got ${describeValue(matrixNode)}: ignored`,
    );
    return [];
  }
  const checks: MatrixChecks = {
    runByName: new Map(runs.map((run) => [run.name, run])),
    taskNames: new Set(tasks.map((task) => task.name)),
    firstRowByRun: new Map(),
  };
  const matrix: MatrixEntry[] = [];
  matrixNode.items.forEach((item, index) => {
    const row = readMatrixRow(context, item, index, checks);
    if (row) matrix.push(row);
  });
  return matrix;
}

/** One matrix row; null (skipped) when it is not a mapping or names no run. */
function readMatrixRow(
  context: ReadContext,
  item: unknown,
  index: number,
  checks: MatrixChecks,
): MatrixEntry | null {
  const key = `evaluation.matrix[${index}]`;
  if (!isMap(item)) {
    context.warn(key, item, `expected a mapping {run, tasks, epochs}, got ${describeValue(item)}: skipped`);
    return null;
  }
  const runNode = child(item, 'run');
  const runName = scalarText(runNode);
  if (!runName) {
    context.warn(`${key}.run`, runNode ?? item, 'missing: matrix row skipped');
    return null;
  }
  const run = checks.runByName.get(runName);
  if (!run) context.warn(`${key}.run`, runNode, `"${runName}" is not a run of runs:`);
  const earlier = checks.firstRowByRun.get(runName);
  if (earlier !== undefined)
    context.warn(
      `${key}.run`,
      runNode,
      `"${runName}" already has a matrix row (evaluation.matrix[${earlier}])`,
    );
  else checks.firstRowByRun.set(runName, index);

  const tasks = readMatrixRowTasks(context, item, key, checks.taskNames);
  const epochs = readMatrixRowEpochs(context, item, key, runName, run);
  const visLabelNode = child(item, 'vis_label');
  return {
    run: runName,
    tasks,
    epochs,
    visLabel: visLabelNode === undefined || isNullScalar(visLabelNode) ? null : scalarText(visLabelNode),
    knownRun: run !== undefined,
    line: context.lineOf(item) ?? null,
  };
}

/** A row's `tasks`: a list of task names; a single name is read as a list of one. */
function readMatrixRowTasks(
  context: ReadContext,
  row: YAMLMap,
  key: string,
  taskNames: Set<string>,
): string[] {
  const tasksNode = child(row, 'tasks');
  const tasks: string[] = [];
  if (isSeq(tasksNode)) {
    tasksNode.items.forEach((taskNode, taskIndex) => {
      const taskName = scalarText(taskNode);
      if (taskName) tasks.push(taskName);
      else
        context.warn(
          `${key}.tasks[${taskIndex}]`,
          taskNode,
          `expected a task name, got ${describeValue(taskNode)}: skipped`,
        );
    });
  } else if (isScalar(tasksNode) && scalarText(tasksNode)) {
    context.warn(
      `${key}.tasks`,
      tasksNode,
      'expected a list of task names, got a single name: read as a list of one',
    );
    tasks.push(scalarText(tasksNode) as string);
  } else {
    context.warn(
      `${key}.tasks`,
      tasksNode ?? row,
      tasksNode === undefined ? 'missing' : `expected a list, got ${describeValue(tasksNode)}`,
    );
  }
  // Without evaluation.tasks there is no list to check the names against.
  if (taskNames.size > 0) {
    for (const taskName of tasks) {
      if (!taskNames.has(taskName))
        context.warn(`${key}.tasks`, tasksNode, `"${taskName}" is not a task of evaluation.tasks`);
    }
  }
  return tasks;
}

/**
 * A row's `epochs`: the 0-based checkpoints to evaluate, null for a control run (the base model).
 * Checked against the run: a control run has no checkpoints, a fine-tuned one only as many as it trains.
 */
function readMatrixRowEpochs(
  context: ReadContext,
  row: YAMLMap,
  key: string,
  runName: string,
  run: ExperimentRun | undefined,
): number[] | null {
  const epochsNode = child(row, 'epochs');
  if (epochsNode === undefined || isNullScalar(epochsNode)) {
    if (run?.type === 'fine-tuned')
      context.warn(
        `${key}.epochs`,
        epochsNode ?? row,
        `null for fine-tuned run "${runName}": no checkpoint is evaluated`,
      );
    return null;
  }
  const epochs = readEpochList(context, epochsNode, `${key}.epochs`);
  if (epochs && run?.type === 'control') {
    context.warn(
      `${key}.epochs`,
      epochsNode,
      `control run "${runName}" has epochs: it has no checkpoints, expected null`,
    );
  }
  const trained = run?.epochs ?? null;
  if (epochs && trained !== null) {
    const beyond = epochs.filter((epoch) => epoch >= trained);
    if (beyond.length > 0) {
      context.warn(
        `${key}.epochs`,
        epochsNode,
        `epoch ${beyond.join(', ')} does not exist: "${runName}" trains ${trained} epoch(s), checkpoints are 0-based (0–${trained - 1})`,
      );
    }
  }
  return epochs;
}

/** The epoch numbers as written (not null); a single number is read as a list of one. */
function readEpochList(context: ReadContext, epochsNode: Node | null, key: string): number[] | null {
  if (isSeq(epochsNode)) {
    const epochs: number[] = [];
    epochsNode.items.forEach((epochNode, epochIndex) => {
      const value = isScalar(epochNode) ? epochNode.value : undefined;
      if (isWholeNumber(value)) epochs.push(value);
      else
        context.warn(
          `${key}[${epochIndex}]`,
          epochNode,
          `expected a 0-based epoch number, got ${describeValue(epochNode)}: skipped`,
        );
    });
    return epochs;
  }
  if (isScalar(epochsNode) && isWholeNumber(epochsNode.value)) {
    context.warn(key, epochsNode, 'expected a list of epochs, got a single number: read as a list of one');
    return [epochsNode.value];
  }
  context.warn(
    key,
    epochsNode,
    `expected a list of 0-based epochs or null, got ${describeValue(epochsNode)}: ignored`,
  );
  return null;
}

/** `evaluation.scorer` (a name, or [{name}]) in the Jan–Apr 2026 schema, `evaluation.scorers` later. */
function readScorers(context: ReadContext, evaluation: YAMLMap | undefined): string[] {
  const scorers: string[] = [];
  for (const scorerKey of ['scorer', 'scorers']) {
    const scorerNode = evaluation ? child(evaluation, scorerKey) : undefined;
    if (scorerNode === undefined || isNullScalar(scorerNode)) continue;
    const items = isSeq(scorerNode) ? scorerNode.items : [scorerNode];
    items.forEach((scorer, index) => {
      const scorerName = isMap(scorer) ? scalarText(child(scorer, 'name')) : scalarText(scorer);
      if (scorerName) scorers.push(scorerName);
      else
        context.warn(
          `evaluation.${scorerKey}${isSeq(scorerNode) ? `[${index}]` : ''}`,
          scorer,
          `expected a scorer name, got ${describeValue(scorer)}`,
        );
    });
  }
  return scorers;
}

export interface TrainingLocation {
  /**
   * Where the `epoch_N` checkpoints and a successful run's `slurm-*.out` are:
   * `{output.base_directory}/ck-out-{run}` (resolved against the experiment directory when relative),
   * or `{experiment}/{run}/artifacts` in the later schema.
   */
  outputDir: string;
  /** The run's own directory, where a failed run's `slurm-*.out` stays. */
  runDir: string;
}

/** Where to look for a run's training outputs (see TrainingLayout). The paths may not exist. */
export function trainingLocation(experiment: Experiment, runName: string): TrainingLocation {
  const runDir = path.join(experiment.dir, runName);
  const base = experiment.outputBaseDirectory;
  // Written without path.resolve(dir, base, name): ncc's asset relocator mistakes that call for a
  // file of the project and rewrites it into the bundle's own folder.
  const baseDir = base === null ? null : path.isAbsolute(base) ? base : path.join(experiment.dir, base);
  const outputDir =
    experiment.layout === 'ck-out' && baseDir !== null
      ? path.join(baseDir, `ck-out-${runName}`)
      : path.join(runDir, 'artifacts');
  return { outputDir, runDir };
}

/**
 * The YAML's own `experiment.directory` / `dir` is only reported, never trusted: experiments are
 * copied between machines. A warning when it names an existing or absolute path that is not this one.
 */
async function declaredDirWarning(experiment: Experiment): Promise<Diagnostic | null> {
  const declared = experiment.declaredDir;
  if (declared === null || !path.isAbsolute(declared) || /__[A-Z]+__/.test(declared)) return null;
  const actual = await realpath(experiment.dir).catch(() => experiment.dir);
  const declaredReal = await realpath(declared).catch(() => path.resolve(declared));
  if (declaredReal === actual) return null;
  return {
    level: 'warning',
    file: path.basename(experiment.yamlPath),
    key: 'experiment.directory',
    message: `the YAML names the experiment directory ${declared}, but it is read from ${experiment.dir}: using ${experiment.dir}`,
  };
}

function child(map: YAMLMap, key: string): Node | null | undefined {
  for (const pair of map.items) {
    const pairKey = isScalar(pair.key) ? pair.key.value : pair.key;
    if (pairKey === key) return (pair.value as Node | null) ?? null;
  }
  return undefined;
}

function optionalString(context: ReadContext, map: YAMLMap, key: string, keyPath: string): string | null {
  const node = child(map, key);
  if (node === undefined || node === null || isNullScalar(node)) return null;
  const text = scalarText(node);
  if (text === null) {
    context.warn(keyPath, node, `expected a string, got ${describeValue(node)}: ignored`);
    return null;
  }
  return text;
}

/** A scalar's value as text (numbers and booleans too); null for anything else. */
function scalarText(node: unknown): string | null {
  if (!isScalar(node)) return null;
  const value = node.value;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
    return String(value);
  return null;
}

/** A count of epochs or a 0-based epoch number. */
function isWholeNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

function isStringScalar(node: unknown): boolean {
  return isScalar(node) && typeof node.value === 'string';
}

function isNullScalar(node: unknown): boolean {
  return node === null || (isScalar(node) && node.value === null);
}

function describe(node: unknown): string {
  if (isMap(node)) return 'mapping';
  if (isSeq(node)) return 'list';
  if (isScalar(node)) return node.value === null ? 'null' : typeof node.value;
  return 'value';
}

function describeValue(node: unknown): string {
  if (node === undefined || node === null) return 'nothing';
  if (isScalar(node)) {
    if (node.value === null) return 'null';
    if (typeof node.value === 'string') return `the string ${JSON.stringify(truncate(node.value, 60))}`;
    return `${typeof node.value} ${String(node.value)}`;
  }
  return `a ${describe(node)}`;
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

function firstLine(text: string): string {
  return (text.split('\n')[0] ?? '').trim();
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
