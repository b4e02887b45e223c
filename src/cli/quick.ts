// `--help` or `--version` given alone, answered without the rest of the CLI. The installed command
// (bin/summarize-experiment.js) loads this small bundle (dist/quick/) first and the whole CLI bundle
// only when it declines: asking for the usage then does not compile 0.8 MB of JavaScript (~25 ms;
// on a login node's Node 20, ~134 ms instead of ~165 ms, against ~113 ms for `node -e ''`). The
// texts are the ones the whole CLI prints (usage.ts, version.ts); test/cli/startup.test.ts compares
// the two.
import { COMMAND_NAME, currentInvocation } from './invocation.js';
import { quietOnClosedPipe } from './io.js';
import { summarizeUsage } from './usage.js';
import { VERSION } from './version.js';
import { terminalSafe } from '../util/clean-text.js';

/** What `--help` or `--version` alone prints; null for any other arguments. */
export function quickAnswer(argv: readonly string[], command: string): string | null {
  if (argv.length !== 1) return null;
  if (argv[0] === '--version' || argv[0] === '-V') return `${COMMAND_NAME} ${VERSION}\n`;
  if (argv[0] === '--help' || argv[0] === '-h') return summarizeUsage(command);
  return null;
}

/** Prints the answer and returns true, or returns false: the whole CLI is then to run. */
export function answeredQuickly(argv: readonly string[] = process.argv.slice(2)): boolean {
  const answer = quickAnswer(argv, currentInvocation());
  if (answer === null) return false;
  quietOnClosedPipe(process.stdout);
  process.stdout.write(terminalSafe(answer, true));
  return true;
}
