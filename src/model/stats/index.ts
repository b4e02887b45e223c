// Statistics for evaluation results (pure functions; see the eval-statistics notes in the README).
export { normalCdf, normalQuantile, normalTwoSidedP, tCdf, tQuantile, tTwoSidedP } from './distributions.js';
export {
  meanAndStderr,
  meanInterval,
  wilsonInterval,
  Z95,
  type Interval,
  type MeanAndStderr,
} from './intervals.js';
export {
  excludesZero,
  noiseFloorHalfWidth,
  pairedDifference,
  unpairedDifference,
  type Difference,
  type MeanWithError,
} from './difference.js';
export {
  bootstrapBalancedAccuracy,
  bootstrapKey,
  computeBootstrap,
  COMPUTED_BOOTSTRAPS,
  CORRECT,
  knownBootstraps,
  pairedBootstrapRequest,
  planningBootstraps,
  singleBootstrapRequest,
  type BootstrapRequest,
  type BootstrapResult,
  type Bootstraps,
  DEFAULT_RESAMPLES,
  DEFAULT_SEED,
  OTHER,
  pairedBootstrapBalancedAccuracy,
  quantile,
  WRONG,
  type BootstrapInterval,
  type BootstrapOptions,
  type PairedBalancedAccuracy,
} from './bootstrap.js';
export { holmBonferroni, type HolmResult } from './multiple.js';
export { mulberry32 } from './random.js';
