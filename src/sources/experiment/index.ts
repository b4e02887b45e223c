// src/sources/experiment/: the reader of experiment_summary.yaml, the design file cruijff_kit writes
// for every experiment; one file per section, importing only diagnostic and util.
// Pure apart from finding and reading the file: it returns a typed Experiment plus warnings, and
// throws an ExperimentError only when no summary can be made at all (no YAML, YAML that does not
// parse, no runs). Both schemas are read: Jan–Apr 2026 (`experiment.directory`,
// `output.base_directory`, `evaluation.scorer`) and the later one (`experiment.dir`,
// `experiment.project`, `evaluation.scorers`, no `output.base_directory`).
import { readFile, realpath, stat } from 'node:fs/promises';
import { decodeBytes } from '../../util/clean-text.js';
import { YAML_LIMITS } from './yaml-resolve.js';
import path from 'node:path';
import type { Diagnostic } from '../../diagnostic.js';
import { ReadContext, errorText, readRoot } from './context.js';
import { readMatrix } from './matrix.js';
import { readRuns } from './runs.js';
import {
  readControlsEpochs,
  readEvaluationSection,
  readExperimentSection,
  readOutputSection,
  readScorers,
} from './sections.js';
import { readTasks } from './tasks.js';
import {
  EXPERIMENT_FILE,
  type Experiment,
  ExperimentError,
  type ExperimentReadResult,
  HOW_TO_POINT,
  type TrainingLocation,
} from './types.js';

export * from './types.js';

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
