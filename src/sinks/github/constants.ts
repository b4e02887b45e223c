// Names of the action's inputs and outputs, in one place, so action.yml and the code cannot drift
// (test/github/action-yml.test.ts compares them with action.yml).

export enum Input {
  ExperimentPath = 'experiment-path',
  GitHubToken = 'github-token',
  JobSummary = 'job-summary',
  Comment = 'comment',
  CommentKey = 'comment-key',
  PrNumber = 'pr-number',
  Artifact = 'artifact',
  ArtifactName = 'artifact-name',
  RetentionDays = 'retention-days',
  Sacct = 'sacct',
  Squeue = 'squeue',
  Wait = 'wait',
  WaitInterval = 'wait-interval',
  WaitTimeout = 'wait-timeout',
  FailOn = 'fail-on',
  Charts = 'charts',
}

export enum Output {
  SummaryPath = 'summary-path',
  SummaryJsonPath = 'summary-json-path',
  Complete = 'complete',
  Total = 'total',
  BestRun = 'best-run',
  BestEpoch = 'best-epoch',
  BestMetric = 'best-metric',
  BestValue = 'best-value',
  CommentId = 'comment-id',
  CommentUrl = 'comment-url',
  ArtifactId = 'artifact-id',
  ArtifactUrl = 'artifact-url',
  WaitResult = 'wait-result',
}

/**
 * Defaults exactly as action.yml declares them. An empty string means "no default in action.yml":
 * the code derives the value at run time (comment-key, artifact-name) or leaves it unset.
 */
export const inputDefaults: Record<Input, string> = {
  [Input.ExperimentPath]: '',
  [Input.GitHubToken]: '${{ github.token }}',
  [Input.JobSummary]: 'true',
  [Input.Comment]: 'auto',
  [Input.CommentKey]: '',
  [Input.PrNumber]: '',
  [Input.Artifact]: 'true',
  [Input.ArtifactName]: '',
  [Input.RetentionDays]: '',
  [Input.Sacct]: 'auto',
  [Input.Squeue]: 'auto',
  [Input.Wait]: 'false',
  [Input.WaitInterval]: '5m',
  [Input.WaitTimeout]: '',
  [Input.FailOn]: 'never',
  [Input.Charts]: 'true',
};

export const commentModes = ['auto', 'always', 'off'] as const;
export const failOnValues = ['never', 'incomplete', 'failed'] as const;

/** The README section a fork / read-only-token warning points to (README.md has it). */
export const forkRecipeHeading = 'Pull requests from forks: the workflow_run recipe';
export const forkRecipeAnchor = 'pull-requests-from-forks-the-workflow_run-recipe';

/** The hidden marker's prefix; the comment key follows it. */
export const markerPrefix = 'summarize-experiment';
