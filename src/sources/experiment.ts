// Reader of experiment_summary.yaml, the design file cruijff_kit writes for every experiment.
// Pure apart from finding and reading the file: it returns a typed Experiment plus warnings, and
// throws an ExperimentError only when no summary can be made at all (no YAML, YAML that does not
// parse, no runs). Both schemas are read: Jan–Mar 2026 (`experiment.directory`,
// `output.base_directory`, `evaluation.scorer`) and the later one (`experiment.dir`,
// `experiment.project`, `evaluation.scorers`, no `output.base_directory`).
import { readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type YAMLMap } from 'yaml';
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
    text = await readFile(yamlPath, 'utf8');
  } catch (error) {
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
  const file = path.resolve(yamlPath);
  const dir = path.dirname(file);
  const fileLabel = path.basename(file);
  const lineCounter = new LineCounter();
  const doc = parseDocument(text.replace(/^\uFEFF/, ''), { lineCounter, prettyErrors: false });
  const lineAt = (offset: number | undefined): number | undefined =>
    offset === undefined ? undefined : lineCounter.linePos(offset).line;
  const firstError = doc.errors[0];
  if (firstError) {
    const line = lineAt(firstError.pos[0]);
    throw new ExperimentError(
      `${file}${line ? `:${line}` : ''}: YAML does not parse: ${firstLine(firstError.message)}`,
      file,
      line,
    );
  }

  const warnings: Diagnostic[] = [];
  const lineOf = (node: unknown): number | undefined =>
    node && typeof node === 'object' && 'range' in node && Array.isArray(node.range)
      ? lineAt(node.range[0] as number)
      : undefined;
  const warn = (key: string, node: unknown, message: string): void => {
    const line = lineOf(node);
    warnings.push({
      level: 'warning',
      file: fileLabel,
      ...(line === undefined ? {} : { line }),
      key,
      message: `${key}: ${message}`,
    });
  };
  for (const warning of doc.warnings) {
    const line = lineAt(warning.pos[0]);
    warnings.push({
      level: 'warning',
      file: fileLabel,
      ...(line === undefined ? {} : { line }),
      message: `YAML: ${firstLine(warning.message)}`,
    });
  }

  const root = doc.contents;
  if (!isMap(root)) {
    const what = root === null ? 'is empty' : `is a ${describe(root)}, not a mapping`;
    throw new ExperimentError(
      `${file}: the YAML ${what}, so it has no runs: ${HOW_TO_POINT}`,
      file,
      lineOf(root),
    );
  }

  // experiment: name, project, directory | dir
  const experimentNode = child(root, 'experiment');
  let name = path.basename(dir);
  let project: string | null = null;
  let declaredDir: string | null = null;
  if (experimentNode === undefined) {
    warn('experiment', root, `missing: using the directory name "${name}" as the experiment name`);
  } else if (!isMap(experimentNode)) {
    warn('experiment', experimentNode, `expected a mapping, got a ${describe(experimentNode)}`);
  } else {
    const nameNode = child(experimentNode, 'name');
    const nameValue = scalarText(nameNode);
    if (nameValue === null || nameValue === '') {
      warn('experiment.name', nameNode ?? experimentNode, `missing: using the directory name "${name}"`);
    } else {
      if (!isStringScalar(nameNode))
        warn('experiment.name', nameNode, `expected a string, got ${describeValue(nameNode)}`);
      name = nameValue;
    }
    project = optionalString(experimentNode, 'project', 'experiment.project', warn);
    const directory = optionalString(experimentNode, 'directory', 'experiment.directory', warn);
    const dirKey = optionalString(experimentNode, 'dir', 'experiment.dir', warn);
    declaredDir = dirKey ?? directory;
  }

  // output.base_directory (absent in the later schema)
  let outputBaseDirectory: string | null = null;
  const outputNode = child(root, 'output');
  if (outputNode !== undefined && outputNode !== null && !isNullScalar(outputNode)) {
    if (!isMap(outputNode)) warn('output', outputNode, `expected a mapping, got a ${describe(outputNode)}`);
    else outputBaseDirectory = optionalString(outputNode, 'base_directory', 'output.base_directory', warn);
  }
  const layout: TrainingLayout = outputBaseDirectory !== null ? 'ck-out' : 'artifacts';

  // controls.epochs
  let trainingEpochs: number | null = null;
  const controlsNode = child(root, 'controls');
  if (isMap(controlsNode)) {
    const epochsNode = child(controlsNode, 'epochs');
    if (epochsNode !== undefined && !isNullScalar(epochsNode)) {
      const value = isScalar(epochsNode) ? epochsNode.value : undefined;
      if (typeof value === 'number' && Number.isInteger(value) && value >= 0) trainingEpochs = value;
      else
        warn(
          'controls.epochs',
          epochsNode,
          `expected a whole number of epochs, got ${describeValue(epochsNode)}`,
        );
    }
  }

  // evaluation: tasks, matrix, scorer(s) — read before runs so a missing run type can be inferred.
  const evaluationNode = child(root, 'evaluation');
  const evaluation = isMap(evaluationNode) ? evaluationNode : undefined;
  if (evaluationNode !== undefined && !isNullScalar(evaluationNode) && !evaluation) {
    warn('evaluation', evaluationNode, `expected a mapping, got a ${describe(evaluationNode)}`);
  }

  // runs (fatal when missing or empty: there is nothing to summarize)
  const runsNode = child(root, 'runs');
  if (runsNode === undefined || isNullScalar(runsNode)) {
    const line = lineOf(runsNode ?? undefined);
    throw new ExperimentError(
      `${file}${line ? `:${line}` : ''}: no runs: the YAML needs a runs: list of {name, type, model, parameters}`,
      file,
      line,
    );
  }
  if (!isSeq(runsNode)) {
    const line = lineOf(runsNode);
    throw new ExperimentError(
      `${file}${line ? `:${line}` : ''}: runs is a ${describe(runsNode)}, not a list of {name, type, model, parameters}`,
      file,
      line,
    );
  }
  if (runsNode.items.length === 0) {
    const line = lineOf(runsNode);
    throw new ExperimentError(
      `${file}${line ? `:${line}` : ''}: no runs: the runs: list is empty`,
      file,
      line,
    );
  }

  // Matrix epochs per run, used to infer a missing run type (null epochs = control).
  const matrixNode = evaluation ? child(evaluation, 'matrix') : undefined;
  const matrixEpochsNull = new Map<string, boolean>();
  if (isSeq(matrixNode)) {
    for (const entry of matrixNode.items) {
      if (!isMap(entry)) continue;
      const runName = scalarText(child(entry, 'run'));
      if (runName === null) continue;
      const epochsNode = child(entry, 'epochs');
      matrixEpochsNull.set(runName, epochsNode === undefined || isNullScalar(epochsNode));
    }
  }

  const runs: ExperimentRun[] = [];
  const seenRuns = new Map<string, number>();
  runsNode.items.forEach((item, index) => {
    const key = `runs[${index}]`;
    if (!isMap(item)) {
      warn(
        key,
        item,
        `expected a mapping {name, type, model, parameters}, got ${describeValue(item)}: skipped`,
      );
      return;
    }
    const nameNode = child(item, 'name');
    const runName = scalarText(nameNode);
    if (runName === null || runName === '') {
      warn(`${key}.name`, nameNode ?? item, 'missing: run skipped');
      return;
    }
    if (!isStringScalar(nameNode)) {
      warn(`${key}.name`, nameNode, `expected a string, got ${describeValue(nameNode)}; using "${runName}"`);
    }
    if (runName === '.' || runName === '..' || /[/\\]/.test(runName)) {
      warn(
        `${key}.name`,
        nameNode,
        `"${runName}" is not a plain directory name: its files cannot be found safely`,
      );
    }
    const firstIndex = seenRuns.get(runName);
    if (firstIndex !== undefined) {
      warn(
        `${key}.name`,
        nameNode,
        `duplicate run name "${runName}" (also runs[${firstIndex}]): this entry is skipped`,
      );
      return;
    }
    seenRuns.set(runName, index);

    const parametersNode = child(item, 'parameters');
    let parameters: Record<string, unknown> = {};
    if (isMap(parametersNode)) {
      const value: unknown = parametersNode.toJSON();
      if (value && typeof value === 'object' && !Array.isArray(value))
        parameters = value as Record<string, unknown>;
    } else if (parametersNode !== undefined && !isNullScalar(parametersNode)) {
      warn(
        `${key}.parameters`,
        parametersNode,
        `expected a mapping, got ${describeValue(parametersNode)}: ignored`,
      );
    }

    const typeNode = child(item, 'type');
    const typeText = scalarText(typeNode);
    let type: RunType;
    if (typeText === 'fine-tuned' || typeText === 'control') {
      type = typeText;
    } else {
      const looksControl =
        matrixEpochsNull.get(runName) === true ||
        (Object.keys(parameters).length === 0 && /(_|-)(base|control)$/i.test(runName));
      type = looksControl ? 'control' : 'fine-tuned';
      const why = looksControl
        ? 'no epochs in the matrix or a _base/_control name'
        : 'it has parameters or checkpoint epochs';
      warn(
        `${key}.type`,
        typeNode ?? item,
        typeText === null
          ? `missing for run "${runName}": assuming ${type} (${why})`
          : `"${typeText}" is not "fine-tuned" or "control": assuming ${type} (${why})`,
      );
    }

    const modelNode = child(item, 'model');
    let model: string | null = scalarText(modelNode);
    if (modelNode === undefined || isNullScalar(modelNode)) {
      warn(`${key}.model`, item, `missing for run "${runName}"`);
      model = null;
    } else if (model === null) {
      warn(`${key}.model`, modelNode, `expected a string, got ${describeValue(modelNode)}`);
    } else if (!isStringScalar(modelNode)) {
      warn(`${key}.model`, modelNode, `expected a string, got ${describeValue(modelNode)}; using "${model}"`);
    }

    const parameterEpochs = parameters['epochs'];
    const epochs =
      typeof parameterEpochs === 'number' && Number.isInteger(parameterEpochs) && parameterEpochs >= 0
        ? parameterEpochs
        : trainingEpochs;
    runs.push({ name: runName, type, model, parameters, epochs, line: lineOf(item) ?? null });
  });
  if (runs.length === 0) {
    const line = lineOf(runsNode);
    throw new ExperimentError(
      `${file}${line ? `:${line}` : ''}: no runs: no entry of runs: has a name`,
      file,
      line,
    );
  }
  const runByName = new Map(runs.map((run) => [run.name, run]));

  // evaluation.tasks: [{name, script, dataset, description}] (plain strings tolerated)
  const tasks: ExperimentTask[] = [];
  const tasksNode = evaluation ? child(evaluation, 'tasks') : undefined;
  if (isSeq(tasksNode)) {
    tasksNode.items.forEach((item, index) => {
      const key = `evaluation.tasks[${index}]`;
      if (isScalar(item) && scalarText(item)) {
        tasks.push({
          name: scalarText(item) as string,
          script: null,
          description: null,
          line: lineOf(item) ?? null,
        });
        return;
      }
      if (!isMap(item)) {
        warn(
          key,
          item,
          `expected a mapping {name, script, description}, got ${describeValue(item)}: skipped`,
        );
        return;
      }
      const taskName = scalarText(child(item, 'name'));
      if (!taskName) {
        warn(`${key}.name`, child(item, 'name') ?? item, 'missing: task skipped');
        return;
      }
      if (tasks.some((task) => task.name === taskName)) {
        warn(`${key}.name`, child(item, 'name'), `duplicate task name "${taskName}"`);
        return;
      }
      tasks.push({
        name: taskName,
        script: optionalString(item, 'script', `${key}.script`, warn),
        description: optionalString(item, 'description', `${key}.description`, warn),
        line: lineOf(item) ?? null,
      });
    });
  } else if (tasksNode !== undefined && !isNullScalar(tasksNode)) {
    warn('evaluation.tasks', tasksNode, `expected a list, got ${describeValue(tasksNode)}: ignored`);
  }
  const taskNames = new Set(tasks.map((task) => task.name));

  // evaluation.matrix: [{run, tasks, epochs, vis_label?}]
  const matrix: MatrixEntry[] = [];
  if (evaluation && (matrixNode === undefined || isNullScalar(matrixNode))) {
    warn('evaluation.matrix', evaluation, 'missing: which evaluations were expected is unknown');
  } else if (matrixNode !== undefined && !isSeq(matrixNode)) {
    warn('evaluation.matrix', matrixNode, `expected a list, got ${describeValue(matrixNode)}: ignored`);
  } else if (isSeq(matrixNode)) {
    const rowsByRun = new Map<string, number>();
    matrixNode.items.forEach((item, index) => {
      const key = `evaluation.matrix[${index}]`;
      if (!isMap(item)) {
        warn(key, item, `expected a mapping {run, tasks, epochs}, got ${describeValue(item)}: skipped`);
        return;
      }
      const runNode = child(item, 'run');
      const runName = scalarText(runNode);
      if (!runName) {
        warn(`${key}.run`, runNode ?? item, 'missing: matrix row skipped');
        return;
      }
      const run = runByName.get(runName);
      if (!run) warn(`${key}.run`, runNode, `"${runName}" is not a run of runs:`);
      const earlier = rowsByRun.get(runName);
      if (earlier !== undefined)
        warn(`${key}.run`, runNode, `"${runName}" already has a matrix row (evaluation.matrix[${earlier}])`);
      else rowsByRun.set(runName, index);

      const rowTasksNode = child(item, 'tasks');
      const rowTasks: string[] = [];
      if (isSeq(rowTasksNode)) {
        rowTasksNode.items.forEach((taskNode, taskIndex) => {
          const taskName = scalarText(taskNode);
          if (!taskName) {
            warn(
              `${key}.tasks[${taskIndex}]`,
              taskNode,
              `expected a task name, got ${describeValue(taskNode)}: skipped`,
            );
          } else {
            rowTasks.push(taskName);
          }
        });
      } else if (isScalar(rowTasksNode) && scalarText(rowTasksNode)) {
        warn(
          `${key}.tasks`,
          rowTasksNode,
          'expected a list of task names, got a single name: read as a list of one',
        );
        rowTasks.push(scalarText(rowTasksNode) as string);
      } else {
        warn(
          `${key}.tasks`,
          rowTasksNode ?? item,
          rowTasksNode === undefined ? 'missing' : `expected a list, got ${describeValue(rowTasksNode)}`,
        );
      }
      if (taskNames.size > 0) {
        for (const taskName of rowTasks) {
          if (!taskNames.has(taskName))
            warn(`${key}.tasks`, rowTasksNode, `"${taskName}" is not a task of evaluation.tasks`);
        }
      }

      const epochsNode = child(item, 'epochs');
      let epochs: number[] | null = null;
      if (epochsNode === undefined || isNullScalar(epochsNode)) {
        if (run?.type === 'fine-tuned') {
          warn(
            `${key}.epochs`,
            epochsNode ?? item,
            `null for fine-tuned run "${runName}": no checkpoint is evaluated`,
          );
        }
      } else if (isSeq(epochsNode)) {
        epochs = [];
        epochsNode.items.forEach((epochNode, epochIndex) => {
          const value = isScalar(epochNode) ? epochNode.value : undefined;
          if (typeof value === 'number' && Number.isInteger(value) && value >= 0) epochs?.push(value);
          else {
            warn(
              `${key}.epochs[${epochIndex}]`,
              epochNode,
              `expected a 0-based epoch number, got ${describeValue(epochNode)}: skipped`,
            );
          }
        });
      } else if (
        isScalar(epochsNode) &&
        typeof epochsNode.value === 'number' &&
        Number.isInteger(epochsNode.value) &&
        epochsNode.value >= 0
      ) {
        warn(
          `${key}.epochs`,
          epochsNode,
          'expected a list of epochs, got a single number: read as a list of one',
        );
        epochs = [epochsNode.value];
      } else {
        warn(
          `${key}.epochs`,
          epochsNode,
          `expected a list of 0-based epochs or null, got ${describeValue(epochsNode)}: ignored`,
        );
      }
      if (epochs && run?.type === 'control') {
        warn(
          `${key}.epochs`,
          epochsNode,
          `control run "${runName}" has epochs: it has no checkpoints, expected null`,
        );
      }
      const trained = run?.epochs ?? null;
      if (epochs && trained !== null) {
        const beyond = epochs.filter((epoch) => epoch >= trained);
        if (beyond.length > 0) {
          warn(
            `${key}.epochs`,
            epochsNode,
            `epoch ${beyond.join(', ')} does not exist: "${runName}" trains ${trained} epoch(s), checkpoints are 0-based (0–${trained - 1})`,
          );
        }
      }
      const visLabelNode = child(item, 'vis_label');
      const visLabel =
        visLabelNode === undefined || isNullScalar(visLabelNode) ? null : scalarText(visLabelNode);
      matrix.push({
        run: runName,
        tasks: rowTasks,
        epochs,
        visLabel,
        knownRun: run !== undefined,
        line: lineOf(item) ?? null,
      });
    });
  }

  // evaluation.scorer (string or [{name}]) / evaluation.scorers ([{name}])
  const scorers: string[] = [];
  for (const scorerKey of ['scorer', 'scorers']) {
    const scorerNode = evaluation ? child(evaluation, scorerKey) : undefined;
    if (scorerNode === undefined || isNullScalar(scorerNode)) continue;
    const items = isSeq(scorerNode) ? scorerNode.items : [scorerNode];
    items.forEach((scorer, index) => {
      const scorerName = isMap(scorer) ? scalarText(child(scorer, 'name')) : scalarText(scorer);
      if (scorerName) scorers.push(scorerName);
      else
        warn(
          `evaluation.${scorerKey}${isSeq(scorerNode) ? `[${index}]` : ''}`,
          scorer,
          `expected a scorer name, got ${describeValue(scorer)}`,
        );
    });
  }

  return {
    experiment: {
      yamlPath: file,
      dir,
      name,
      project,
      declaredDir,
      outputBaseDirectory,
      layout,
      trainingEpochs,
      runs,
      tasks,
      matrix,
      scorers,
    },
    // In file order, the way a researcher fixes them.
    warnings: warnings.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)),
  };
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

type Warn = (key: string, node: unknown, message: string) => void;

function child(map: YAMLMap, key: string): Node | null | undefined {
  for (const pair of map.items) {
    const pairKey = isScalar(pair.key) ? pair.key.value : pair.key;
    if (pairKey === key) return (pair.value as Node | null) ?? null;
  }
  return undefined;
}

function optionalString(map: YAMLMap, key: string, keyPath: string, warn: Warn): string | null {
  const node = child(map, key);
  if (node === undefined || node === null || isNullScalar(node)) return null;
  const text = scalarText(node);
  if (text === null) {
    warn(keyPath, node, `expected a string, got ${describeValue(node)}: ignored`);
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
