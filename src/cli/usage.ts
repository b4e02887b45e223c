// The main command's usage, shared by the dispatcher (`--help`, a mistyped command) and the command.
import { COMMAND_NAME } from './invocation.js';

/** Exit code when the summary was written but --fail-on says the run should fail. */
export const FAIL_ON_EXIT = 3;

export const summarizeUsage = (command = COMMAND_NAME): string => {
  const indent = ' '.repeat(`usage: ${command} `.length);
  return `usage: ${command} [EXPERIMENT_DIR] [--no-sacct] [--sacct PATH] [--no-squeue] [--squeue PATH]
${indent}[--no-charts] [--watch [--interval DURATION] [--timeout DURATION]]
${indent}[--baseline PATH [--margin X]] [--fail-on WHEN] [--quiet]
       ${command} read-eval PATH... [--json] [--scorer NAME]
       ${command} read-loss PATH... [--json]
       ${command} --version

Summarizes a fine-tuning + evaluation experiment: writes summary.md, summary.json and
logs/summarize-experiment.log into EXPERIMENT_DIR (default: the current directory), which must
hold experiment_summary.yaml (the path of that file is accepted too).

  --no-sacct      do not ask SLURM accounting (statuses and durations come from the files)
  --sacct PATH    the sacct executable to use (default: sacct from PATH)
  --no-charts     no mermaid charts (loss curves, metric by epoch) in summary.md
  --no-squeue     do not ask the SLURM queue (a run with nothing written may then be queued or never submitted)
  --squeue PATH   the squeue executable to use (default: squeue from PATH, when there is one)
  --watch         summarize again every interval until no run is RUNNING or PENDING (live mode)
  --interval D    time between checks: 30s, 5m, 2h or seconds (default 5m)
  --timeout D     stop watching after this long even if work still runs (default: no limit)
  --fail-on WHEN  exit 3 after writing the summary when: never (default), incomplete (some run
                  has not finished every stage), failed (some stage failed or an evaluation erred)
  --baseline PATH compare with an earlier summary.json (or a directory holding one): adds
                  "Changes since baseline" (regressed, improved, no change, inconclusive)
  --margin X      differences within ±X do not matter (accuracy, 0 ≤ X < 1; default 0)
  --quiet         print nothing but errors (unreadable files included)
  -h, --help      this text
  --version       the version

Exit codes: 0 summary written; 1 no summary can be made; 2 usage error; 3 --fail-on triggered;
130/143 a watch stopped by SIGINT/SIGTERM.
`;
};
