// `runs:` of experiment_summary.yaml: each run's name, type, model and parameters.
import { isMap, isSeq, type YAMLMap, type YAMLSeq } from 'yaml';
import {
  ReadContext,
  child,
  describe,
  describeValue,
  isNullScalar,
  isStringScalar,
  isWholeNumber,
  scalarText,
} from './context.js';
import { type ExperimentRun, type RunType } from './types.js';

/** `runs:` [{name, type, model, parameters}]; fatal when no run has a name: nothing to summarize. */
export function readRuns(
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
