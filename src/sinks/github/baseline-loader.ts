// `baseline: auto` as the pipeline's baseline loader: asks GitHub for the base branch's summary
// artifact once the experiment's name is known. Nothing here fails the step: every reason not to
// compare becomes a notice (nothing to compare with) or a warning (a baseline that cannot be read).
import { baselineFromPath, type BaselineOptions } from '../../pipeline/baseline.js';
import { findAutoBaseline } from './baseline-auto.js';
import type { RunContext } from './context.js';
import type { ActionInputs } from './inputs.js';
import type { ActionRuntime } from './runtime.js';

/** The pipeline's `baseline` option for the inputs `baseline` and `regression-margin`; {} for none. */
export function baselineOptions(options: {
  inputs: ActionInputs;
  runtime: Pick<ActionRuntime, 'gitHubApi'>;
  context: RunContext;
  scrub: (error: unknown) => string;
}): { baseline?: BaselineOptions } {
  const { inputs } = options;
  const setting = inputs.baseline;
  if (setting.mode === 'none') return {};
  const load =
    setting.mode === 'path'
      ? baselineFromPath(setting.path)
      : autoBaselineLoader({
          runtime: options.runtime,
          context: options.context,
          token: inputs.githubToken,
          artifactName: inputs.artifactName,
          scrub: options.scrub,
        });
  // Live mode summarizes again every check: the baseline is looked up once.
  let loaded: ReturnType<typeof load> | null = null;
  const once: typeof load = (experiment) => (loaded ??= load(experiment));
  return { baseline: { load: once, margin: inputs.regressionMargin } };
}

export interface AutoBaselineLoaderOptions {
  runtime: Pick<ActionRuntime, 'gitHubApi'>;
  context: RunContext;
  token: string;
  artifactName: string | null;
  /** Removes the token from error messages. */
  scrub: (error: unknown) => string;
}

export function autoBaselineLoader(options: AutoBaselineLoaderOptions): BaselineOptions['load'] {
  return async (experiment) => {
    const { context } = options;
    if (!options.token) {
      return {
        ok: false,
        level: 'notice',
        problem:
          "No baseline: baseline: auto needs the input 'github-token' (with `permissions: actions: read`).",
      };
    }
    try {
      const api = options.runtime.gitHubApi({
        token: options.token,
        apiUrl: context.apiUrl,
        owner: context.owner,
        repo: context.repo,
      });
      const found = await findAutoBaseline({
        api,
        context,
        experimentName: experiment.name,
        artifactName: options.artifactName,
        outputDir: experiment.dir,
      });
      if (!found.found) return { ok: false, level: 'notice', problem: found.notice };
      if (!found.read.ok) return { ok: false, level: 'warning', problem: found.read.problem };
      return { ok: true, baseline: found.read.baseline, url: found.url };
    } catch (error) {
      return { ok: false, level: 'notice', problem: `No baseline: ${options.scrub(error)}` };
    }
  };
}
