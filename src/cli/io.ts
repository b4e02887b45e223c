// The terminal seam of the CLI: what a command may write to, so tests run commands in-process.

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /**
   * Raw stderr for the progress line's own control sequences (`\r`, erase to end of line), which the
   * terminal-safe stderr would strip; its text is the program's own, never text from files.
   */
  progressWrite?: (text: string) => void;
  /** Whether stderr is a terminal (progress is shown only there). */
  stderrIsTTY: boolean;
  /** Milliseconds clock for deciding when to show progress, and --watch's clock; Date.now when absent. */
  clock?: () => number;
  /**
   * How the user starts this program (`summarize-experiment`, `node …/summarize-experiment.mjs`), for
   * the usage and the hints; `summarize-experiment` when absent.
   */
  command?: string;
  /** --watch's wait between checks (tests advance a fake clock instead of waiting). */
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
  /** --watch stops when this aborts; SIGTERM/SIGINT when absent. */
  signal?: AbortSignal;
}

export type Command = (args: string[], io: CliIo) => Promise<number>;

/** `summarize-experiment … | head` closes the pipe early: that ends the output, it is not an error. */
export function quietOnClosedPipe(stream: NodeJS.WriteStream): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? 0);
  });
}
