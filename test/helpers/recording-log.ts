// An ActionLog that collects messages by level, for tests of the GitHub sinks.
import type { ActionLog } from '../../src/sinks/github/log.js';

/** Collects messages by level. */
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
