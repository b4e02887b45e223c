// src/cli/: the command line. index.ts dispatches to one file per command; io.ts holds the
// terminal seam. May import everything below it (sinks, pipeline, render, model, sources, util);
// nothing imports cli/. Every subcommand is `(args, io) => exit code`, so tests run them in-process.
// Each command is imported when it runs: the bundle stays one file (webpack's "eager" mode keeps a
// dynamic import's module in it, see scripts/bundle.js) but evaluates only what the command needs,
// so `--help` and `--version` answer without loading the readers, the YAML parser or zlib.
import { existsSync } from 'node:fs';
import { COMMAND_NAME, currentInvocation } from './invocation.js';
import { quietOnClosedPipe, type CliIo, type Command } from './io.js';
import { usageError } from './options.js';
import { summarizeUsage } from './usage.js';
import { VERSION } from './version.js';
import { terminalSafe } from '../util/clean-text.js';

export type { CliIo, Command } from './io.js';

/**
 * The process's stdout and stderr, each set up on its first write: a quiet run never creates either
 * stream (for a pipe that is a socket, and loading node:net, ~4 ms of every run).
 */
function processIo(): CliIo {
  return {
    stdout: lazyWriter(() => process.stdout),
    stderr: lazyWriter(() => process.stderr),
    // A CI log is not a terminal even when a runner gives the job a pseudo-terminal.
    get stderrIsTTY() {
      return Boolean(process.stderr.isTTY) && !process.env['CI'];
    },
    command: currentInvocation(),
  };
}

function lazyWriter(open: () => NodeJS.WriteStream): (text: string) => void {
  let stream: NodeJS.WriteStream | undefined;
  return (text) => {
    if (!stream) {
      stream = open();
      quietOnClosedPipe(stream);
    }
    stream.write(text);
  };
}

/** Subcommands by name, each loaded when it runs; the default (no subcommand) is the experiment summary. */
const commands: Record<string, () => Promise<Command>> = {
  'read-eval': async () => (await import(/* webpackMode: "eager" */ './read-eval.js')).readEvalCommand,
  'read-loss': async () => (await import(/* webpackMode: "eager" */ './read-loss.js')).readLossCommand,
};
const summarize = async (): Promise<Command> =>
  (await import(/* webpackMode: "eager" */ './summarize.js')).summarizeCommand;

/**
 * Everything written goes through terminalSafe: names from files cannot move the cursor, clear the
 * screen, set the window title or reorder text (escape sequences, controls and bidi characters are
 * removed; JSON output has them escaped already, so it passes unchanged).
 */
function safeIo(io: CliIo): CliIo {
  // Copied as defined, not spread: stderrIsTTY may be a getter, asked only when progress could show.
  const safe = Object.defineProperties({}, Object.getOwnPropertyDescriptors(io)) as CliIo;
  safe.progressWrite = io.progressWrite ?? io.stderr;
  safe.stdout = (text) => io.stdout(terminalSafe(text, true));
  safe.stderr = (text) => io.stderr(terminalSafe(text, true));
  return safe;
}

/**
 * A first argument that is neither a command nor an existing path, followed by more arguments or
 * shaped like a command (`read-evl`), is a mistyped command: say so rather than "no experiment".
 */
function unknownCommand(argv: string[]): string | null {
  const [first, ...rest] = argv;
  if (first === undefined || first.startsWith('-') || /[/\\.]/.test(first) || existsSync(first)) return null;
  if (!/^[a-z]+-[a-z-]+$/.test(first) && rest.every((arg) => arg.startsWith('-'))) return null;
  return `unknown command ${first}, and no such experiment directory (commands: ${Object.keys(commands).join(', ')})`;
}

export async function runCli(argv: string[], given?: CliIo): Promise<number> {
  const io = safeIo(given ?? processIo());
  const [first, ...rest] = argv;
  if (first === '--version' || first === '-V') {
    io.stdout(`${COMMAND_NAME} ${VERSION}\n`);
    return 0;
  }
  const command = first === undefined ? undefined : commands[first];
  if (command) return (await command())(rest, io);
  const beforeDashes = argv.indexOf('--') < 0 ? argv : argv.slice(0, argv.indexOf('--'));
  if (beforeDashes.includes('-h') || beforeDashes.includes('--help')) {
    io.stdout(summarizeUsage(io.command));
    return 0;
  }
  const mistyped = unknownCommand(argv);
  if (mistyped) return usageError(COMMAND_NAME, mistyped, summarizeUsage(io.command), io);
  return (await summarize())(argv, io);
}
