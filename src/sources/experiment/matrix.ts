// `evaluation.matrix` of experiment_summary.yaml: the evaluations that were expected, checked against
// the runs and tasks read.
import { isMap, isScalar, isSeq, type Node, type YAMLMap } from 'yaml';
import { ReadContext, child, describeValue, isNullScalar, isWholeNumber, scalarText } from './context.js';
import { type ExperimentRun, type ExperimentTask, type MatrixEntry } from './types.js';

/** What a matrix row is checked against: the runs and tasks read, and the rows before it. */
interface MatrixChecks {
  runByName: Map<string, ExperimentRun>;
  taskNames: Set<string>;
  /** Index of the first row of each run. */
  firstRowByRun: Map<string, number>;
}

/** `evaluation.matrix`: [{run, tasks, epochs, vis_label?}], the evaluations that were expected. */
export function readMatrix(
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
