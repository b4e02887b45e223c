// The log the sinks write to: @actions/core's annotations in the action (test/helpers has a recording one).

export interface ActionLog {
  debug(message: string): void;
  info(message: string): void;
  /** Shown as a notice annotation: worth seeing, nothing wrong. */
  notice(message: string): void;
  /** Shown as a warning annotation: something did not happen, the step still succeeds. */
  warning(message: string): void;
}
