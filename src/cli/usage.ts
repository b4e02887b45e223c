// The main command's usage, shared by the dispatcher (`--help`, a mistyped command) and the command.
import { COMMAND_NAME } from './invocation.js';

/** Exit code when the summary was written but --fail-on says the run should fail. */
export const FAIL_ON_EXIT = 3;

export const summarizeUsage = (command = COMMAND_NAME): string => {
  return `usage: ${command} [EXPERIMENT_DIR] [--no-sacct] [--sacct PATH] [--fail-on WHEN] [--quiet]
       ${command} read-eval PATH... [--json] [--scorer NAME]
       ${command} read-loss PATH... [--json]
       ${command} --version

Summarizes a fine-tuning + evaluation experiment: writes summary.md, summary.json and
logs/summarize-experiment.log into EXPERIMENT_DIR (default: the current directory), which must
hold experiment_summary.yaml (the path of that file is accepted too).

  --no-sacct      do not ask SLURM accounting (statuses and durations come from the files)
  --sacct PATH    the sacct executable to use (default: sacct from PATH)
  --fail-on WHEN  exit 3 after writing the summary when: never (default), incomplete (some run
                  has not finished every stage), failed (some stage failed or an evaluation erred)
  --quiet         print nothing but errors (unreadable files included)
  -h, --help      this text
  --version       the version

Exit codes: 0 summary written; 1 no summary can be made; 2 usage error; 3 --fail-on triggered.
`;
};
