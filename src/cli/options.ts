// One option parser for every subcommand (node:util parseArgs), one way to answer -h/--help and
// one wording for usage errors: the command, the problem (naming the option), then the usage.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { CliIo } from './io.js';

export type OptionSpec = NonNullable<ParseArgsConfig['options']>;

export interface ParsedCommandLine {
  values: Record<string, string | boolean | string[] | boolean[] | undefined>;
  positionals: string[];
}

/** Why parseArgs refused the arguments, in a sentence that names the option. */
function problemOf(error: unknown): string {
  const { code, message } = error as { code?: string; message: string };
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const option = /^Unknown option '([^']+)'/.exec(message)?.[1];
    if (option !== undefined) return `unknown option ${option} (a path starting with - goes after --)`;
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const missing = /^Option '(--[^ ']+)[^']*' argument missing/.exec(message)?.[1];
    if (missing !== undefined) return `${missing} needs a value`;
    const noValue = /^Option '(--[^ ']+)' does not take an argument/.exec(message)?.[1];
    if (noValue !== undefined) return `${noValue} takes no value`;
  }
  return message;
}

/**
 * Parses `args` for `command` with -h/--help added. Returns the parsed values, or the exit code when
 * there is nothing to run: 0 after printing the usage for -h, 2 after a usage error on stderr.
 */
export function parseCommandLine(
  command: string,
  usage: string,
  args: string[],
  options: OptionSpec,
  io: CliIo,
): ParsedCommandLine | number {
  let parsed: ParsedCommandLine;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: { ...options, help: { type: 'boolean', short: 'h' } },
    }) as ParsedCommandLine;
  } catch (error) {
    return usageError(command, problemOf(error), usage, io);
  }
  if (parsed.values['help']) {
    io.stdout(usage);
    return 0;
  }
  return parsed;
}

/** Prints `command: problem` and the usage on stderr; returns the usage-error exit code, 2. */
export function usageError(command: string, problem: string, usage: string, io: CliIo): number {
  io.stderr(`${command}: ${problem}\n\n${usage}`);
  return 2;
}
