// A CliIo that collects what a command prints, for running CLI commands in-process.
import type { CliIo } from '../../src/cli/index.js';

export function fakeIo(
  options: { stderrIsTTY?: boolean; clock?: () => number } = {},
): CliIo & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    stdout: (text) => {
      out += text;
    },
    stderr: (text) => {
      err += text;
    },
    stderrIsTTY: options.stderrIsTTY ?? false,
    ...(options.clock ? { clock: options.clock } : {}),
    out: () => out,
    err: () => err,
  };
}
