// The log the sinks write to: @actions/core's annotations in the action, an array in tests.

export interface ActionLog {
  debug(message: string): void;
  info(message: string): void;
  /** Shown as a notice annotation: worth seeing, nothing wrong. */
  notice(message: string): void;
  /** Shown as a warning annotation: something did not happen, the step still succeeds. */
  warning(message: string): void;
}

/** Collects messages by level, for tests and for summaries of what happened. */
export function recordingLog(): ActionLog & { messages: Array<{ level: keyof ActionLog; message: string }> } {
  const messages: Array<{ level: keyof ActionLog; message: string }> = [];
  const record = (level: keyof ActionLog) => (message: string) => {
    messages.push({ level, message });
  };
  return {
    messages,
    debug: record('debug'),
    info: record('info'),
    notice: record('notice'),
    warning: record('warning'),
  };
}
