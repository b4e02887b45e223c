// `evaluation.tasks` of experiment_summary.yaml.
import { isMap, isScalar, isSeq, type YAMLMap } from 'yaml';
import { ReadContext, child, describeValue, isNullScalar, optionalString, scalarText } from './context.js';
import { type ExperimentTask } from './types.js';

/** `evaluation.tasks`: [{name, script, dataset, description}]; plain names are tolerated. */
export function readTasks(context: ReadContext, evaluation: YAMLMap | undefined): ExperimentTask[] {
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
