// The small sections of experiment_summary.yaml: `experiment:`, `output:`, `controls:`, `evaluation:`
// itself and its scorer(s).
import { isMap, isScalar, isSeq, type YAMLMap } from 'yaml';
import {
  ReadContext,
  child,
  describe,
  describeValue,
  isNullScalar,
  isStringScalar,
  isWholeNumber,
  optionalString,
  scalarText,
} from './context.js';

interface ExperimentSection {
  name: string;
  project: string | null;
  declaredDir: string | null;
}

/** `experiment:` name, project, directory | dir. Without a name the directory's name stands in. */
export function readExperimentSection(
  context: ReadContext,
  root: YAMLMap,
  dirName: string,
): ExperimentSection {
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
export function readOutputSection(context: ReadContext, root: YAMLMap): string | null {
  const outputNode = child(root, 'output');
  if (outputNode === undefined || isNullScalar(outputNode)) return null;
  if (!isMap(outputNode)) {
    context.warn('output', outputNode, `expected a mapping, got a ${describe(outputNode)}`);
    return null;
  }
  return optionalString(context, outputNode, 'base_directory', 'output.base_directory');
}

/** `controls.epochs`: the epochs a run trains unless its own parameters say otherwise. */
export function readControlsEpochs(context: ReadContext, root: YAMLMap): number | null {
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
export function readEvaluationSection(context: ReadContext, root: YAMLMap): YAMLMap | undefined {
  const evaluationNode = child(root, 'evaluation');
  if (isMap(evaluationNode)) return evaluationNode;
  if (evaluationNode !== undefined && !isNullScalar(evaluationNode))
    context.warn('evaluation', evaluationNode, `expected a mapping, got a ${describe(evaluationNode)}`);
  return undefined;
}

/** `evaluation.scorer` (a name, or [{name}]) in the Jan–Apr 2026 schema, `evaluation.scorers` later. */
export function readScorers(context: ReadContext, evaluation: YAMLMap | undefined): string[] {
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
