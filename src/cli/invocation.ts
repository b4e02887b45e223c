// How the user started this program, so that every command the tool prints (the usage, summary.md's
// "summarize again") works where the user is: `summarize-experiment` when that name on PATH is this
// program (an `npm install -g`), else `node <the script's path>` (a clone's bin/, the single file).
// Never `npx summarize-experiment`: outside a clone that asks the public registry for a package of
// that name, which this project does not publish.
import { basename, delimiter, dirname, isAbsolute, resolve } from 'node:path';
import { shellQuote } from '../render/format.js';

export const COMMAND_NAME = 'summarize-experiment';

/**
 * The command that starts this program again, as a shell word or two. `script` is process.argv[1]
 * (for an installed command, the link on PATH through which it was started).
 */
export function invocation(
  script: string | undefined,
  pathVariable: string | undefined,
  cwd: string,
): string {
  if (script === undefined || script === '') return COMMAND_NAME;
  const absolute = isAbsolute(script) ? script : resolve(cwd, script);
  if (basename(absolute) === COMMAND_NAME) {
    const onPath = (pathVariable ?? '')
      .split(delimiter)
      .filter((dir) => dir !== '')
      .some((dir) => resolve(cwd, dir) === dirname(absolute));
    return onPath ? COMMAND_NAME : shellQuote(absolute);
  }
  return `node ${shellQuote(absolute)}`;
}

/** This process's invocation. */
export function currentInvocation(): string {
  return invocation(process.argv[1], process.env['PATH'], process.cwd());
}
