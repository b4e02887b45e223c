// src/cli/: the command line. index.ts dispatches to one file per command; io.ts holds the
// terminal seam. May import everything below it (sinks, pipeline, render, model, sources, util);
// nothing imports cli/. Every subcommand is `(args, io) => exit code`, so tests run them in-process.
import { readEvalCommand } from './read-eval.js';
import { readLossCommand } from './read-loss.js';
import { summarizeCommand } from './summarize.js';
import type { CliIo, Command } from './io.js';

export type { CliIo, Command } from './io.js';

const processIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stderrIsTTY: Boolean(process.stderr.isTTY),
};

/** Subcommands by name; the default (no subcommand) is the experiment summary. */
const commands: Record<string, Command> = {
  'read-eval': readEvalCommand,
  'read-loss': readLossCommand,
};

/** `summarize-experiment … | head` closes the pipe early: that ends the output, it is not an error. */
function quietOnClosedPipe(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
      process.exit(process.exitCode ?? 0);
    });
  }
}

export async function runCli(argv: string[], io: CliIo = processIo): Promise<number> {
  if (io === processIo) quietOnClosedPipe();
  const [first, ...rest] = argv;
  const command = first === undefined ? undefined : commands[first];
  if (command) return command(rest, io);
  return summarizeCommand(argv, io);
}
